"""Running one job per item on all cores, with a progress line on a terminal.

Used by ``lawreport build`` with several years and by ``lawreport lint`` with many files. The
items are handed in chunks to a ``concurrent.futures.ProcessPoolExecutor`` (on Windows and
macOS its workers are started fresh, elsewhere they are forked), and the outcomes come back
in the items' order as soon as each chunk is done. A job's outcome is plain data (an error
as its rendered message and exit code), never a live exception of the user's input. With
one item, or one core, everything runs in this process.

Stopping early (Ctrl-C, SIGTERM, the time limit, the caller closing the iterator) sets a
shared stop event, so that no worker starts another item, and sends SIGTERM to the workers:
a worker in the middle of an item unwinds it (temporaries removed, locks released); one
between items ignores it (it may hold a lock of the pool's queues). Then the pool is shut
down and every worker waited for. Windows has no SIGTERM to unwind with: there the items
being built finish, and nothing else starts.
"""

from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Any, NamedTuple, TypeVar

from lawreport.errors import LawreportError
from lawreport.running.stopping import Terminated

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 61
"""The most worker processes ProcessPoolExecutor can run on Windows."""


class Outcome(NamedTuple):
    """The result of one item: ``value`` on success, else ``error`` (a message) and ``exit_code``."""

    item: Any
    value: Any = None
    error: str | None = None
    exit_code: int = 0


class WorkerFailed(RuntimeError):
    """A worker failed on something other than the user's input (a bug, or it was killed): an
    internal error (exit 3). The worker's exception, with its traceback, is the cause."""


def _call(job: Callable[[T], R], item: T) -> Outcome:
    try:
        return Outcome(item, value=job(item))
    except LawreportError as exc:
        return Outcome(item, error=exc.render(), exit_code=int(exc.exit_code))


_worker: dict[str, Any] = {"stop": None, "in_item": False}
"""A worker's state: the batch's stop event, and whether an item is being worked on."""


def _call_chunk(job: Callable[[T], R], chunk: list[T]) -> list[Outcome]:
    outcomes = []
    for item in chunk:
        stop = _worker["stop"]
        if stop is not None and stop.is_set():
            break  # the batch is stopping: its outcomes are not read any more
        _worker["in_item"] = True
        try:
            outcomes.append(_call(job, item))
        finally:
            _worker["in_item"] = False
    return outcomes


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    if _worker["in_item"]:
        _worker["in_item"] = False
        raise Terminated(128 + signum)


def _start_worker(stop: Any) -> None:
    """In each worker: Ctrl-C is the parent's to handle, and SIGTERM unwinds the running item."""
    _worker["stop"] = stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)


def chunk_size(items: int, processes: int) -> int:
    """Items handed to a worker at a time: each hand-over is a round trip between processes,
    and about eight chunks per worker still spread uneven items over all of them."""
    return max(1, items // (processes * 8))


def workers(count: int) -> int:
    """How many processes to use for ``count`` items: one more than the cores (LAWREPORT_JOBS overrides).

    A worker is not always computing (it waits for the disk to take each output, or for its
    next chunk); the extra one runs meanwhile. On a single core everything runs in this process.
    """
    configured = os.environ.get("LAWREPORT_JOBS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        wanted = int(configured)
    else:
        cores = os.cpu_count() or 1
        wanted = cores + 1 if cores > 1 else 1
    return max(1, min(wanted, count, MAX_WORKERS))


class Progress:
    """``label 3/10`` rewritten in place on a terminal's stderr; silent when not a terminal."""

    def __init__(self, label: str, total: int, stream: object = None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) and total > 1 and not os.environ.get("CI")

    def step(self) -> None:
        """One more item finished."""
        self.done += 1
        if self.enabled:
            self.stream.write(f"\r{self.label} {self.done}/{self.total}")  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]

    def close(self) -> None:
        """Clear the progress line."""
        if self.enabled and self.done:
            self.stream.write("\r" + " " * (len(self.label) + 12) + "\r")  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]


def run_all(job: Callable[[T], R], items: Iterable[T], label: str) -> Iterator[Outcome]:
    """Run ``job`` on every item, using all cores; yield outcomes in the items' order.

    With several processes, ``job`` and the items must be picklable (a module-level function,
    or a functools.partial of one).
    """
    items = list(items)
    progress = Progress(label, len(items))
    count = workers(len(items))
    try:
        if count == 1:
            for item in items:
                outcome = _call(job, item)
                progress.step()
                yield outcome
            return
        for outcome in _pooled(job, items, count):
            progress.step()
            yield outcome
    finally:
        progress.close()


def _pooled(job: Callable[[T], R], items: list[T], count: int) -> Iterator[Outcome]:
    size = chunk_size(len(items), count)
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written again by a forked worker
        with contextlib.suppress(Exception):
            stream.flush()
    stop = multiprocessing.Event()
    pool = ProcessPoolExecutor(max_workers=count, initializer=_start_worker, initargs=(stop,))
    futures: collections.deque[Future[list[Outcome]]] = collections.deque()
    finished = False
    try:
        for start in range(0, len(items), size):
            try:
                futures.append(pool.submit(_call_chunk, job, items[start:start + size]))
            except BrokenProcessPool:  # a worker died while the work was still being handed out
                raise WorkerFailed(_DIED) from None
        while futures:  # each chunk's outcomes are let go once yielded: memory stays flat
            yield from _outcomes(futures.popleft())
        finished = True
    finally:
        if not finished:  # an error, Ctrl-C, SIGTERM, the time limit, or the caller stopping early
            stop.set()
            for future in futures:
                future.cancel()
            _stop_workers()
        pool.shutdown(wait=True, cancel_futures=True)


_DIED = "一个批量处理的子进程意外结束（可能被系统终止）"


def _outcomes(future: Future[list[Outcome]]) -> list[Outcome]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerFailed(_DIED) from None
    except Exception as exc:  # a bug in the job: its traceback is the cause (it reaches the crash log)
        raise WorkerFailed(f"子进程出错：{type(exc).__name__}: {exc}") from exc


def _stop_workers() -> None:
    """SIGTERM to this process's worker processes (not on Windows, where it would kill them)."""
    if os.name == "nt":
        return
    for child in multiprocessing.active_children():
        if child.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(child.pid, signal.SIGTERM)
