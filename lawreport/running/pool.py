"""One job per item on all cores: outcomes in the items' order, as soon as they are done.

Used by ``lawreport build`` with several years, ``lawreport lint`` with many files and
``lawreport audit``. ``run_all(job, items, label)`` hands the items in chunks to a
``concurrent.futures.ProcessPoolExecutor`` and yields one ``Outcome`` per item, in order.

- **Memory stays flat.** At most ``WINDOW`` chunks per worker are handed out and not yet
  yielded; the next chunk is handed out as one is yielded. What waits in this process does not
  grow with the number of items.
- **The job reaches each worker once**, when it starts (a module-level function, or a
  ``functools.partial`` of one carrying what every item needs); a chunk carries only its items.
- **Outcomes are plain data:** the job's value, or a LawreportError (the user's input) as its
  rendered message and exit code.
- **A bug costs one item.** Any other exception of the job (not KeyboardInterrupt, SystemExit or
  Terminated, which stop the run) is a bug in lawreport, not in the item: its traceback goes to
  a crash log (lawreport.running.crashlog), written by the process that ran the job, and the
  item gets an error outcome with exit code 3 whose Chinese message names the log. The other
  items go on, in workers as in this process. The caller reports it with the item and ends
  its run with exit code 3 once every item is done.
- **A dead worker costs one item.** When a worker dies (a file that crashes a parser, the
  system killing a process short of memory), the items then in flight are run again one at a
  time in a worker of their own: the item whose worker dies again gets ``failed(item)`` as its
  value (without ``failed``: an error outcome with exit code 3), the others their outcomes;
  then the rest go on on all cores. An error outcome with exit code 3 is therefore always an
  internal error of its item alone, never the user's input.
- **Stopping early** (Ctrl-C, SIGTERM, the time limit, the caller closing the iterator) sets a
  shared stop event, so that no worker starts another item, and sends SIGTERM to the workers:
  a worker in the middle of an item unwinds it (temporaries removed, locks released); one
  between items ignores it (it may hold a lock of the pool's queues). Then every worker is
  waited for. While a pool runs, SIGTERM to this process unwinds it this way (whichever command
  it is), instead of ending it and leaving its workers behind. Windows has no SIGTERM to unwind with: there the items under way finish, and
  nothing else starts.
- **Processes:** forked on Linux (the workers inherit every module this process imported),
  else the platform's default, or the start method the program set with
  ``multiprocessing.set_start_method``. With one item, or one core, everything runs here.
- **Preparing once for all workers** (``preload``: the imports, parsers and templates every
  item's job needs) is worth it only when the workers are forked: they inherit what it made.
  Spawned workers start afresh, and the job in this process prepares what it needs anyway, so
  then ``preload`` is not run.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType
from typing import Any, NamedTuple, TypeVar

from lawreport.errors import ExitCode, LawreportError
from lawreport.running.crashlog import write_crash_log
from lawreport.running.progress import Progress
from lawreport.running.stopping import Terminated, orderly_sigterm

T = TypeVar("T")

MAX_WORKERS = 61
"""The most worker processes ProcessPoolExecutor can run on Windows."""
WINDOW = 4
"""Chunks in flight per worker: enough that no worker waits for this process to hand it work."""
MAX_CHUNK = 16
"""Items per chunk at most: a chunk's outcomes wait here until it is its turn."""

DIED = "处理这一项的子进程意外结束（可能被系统终止，或输入过于复杂）"


class Outcome(NamedTuple):
    """The result of one item: ``value`` on success, else ``error`` (a message) and ``exit_code``."""

    item: Any
    value: Any = None
    error: str | None = None
    exit_code: int = 0


def cores() -> int:
    """The cores this process may run on (fewer than the machine's in a container limited to some)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def workers(count: int) -> int:
    """How many processes to use for ``count`` items: one per core (LAWREPORT_JOBS overrides).

    The jobs compute rather than wait, so a process more than the cores only takes turns with
    the others (measured: more CPU time and a slower run for lint and build). On a single core
    everything runs in this process.
    """
    configured = os.environ.get("LAWREPORT_JOBS", "").strip()
    wanted = int(configured) if configured.isdigit() and int(configured) > 0 else cores()
    return max(1, min(wanted, count, MAX_WORKERS))


def chunk_size(items: int, processes: int) -> int:
    """Items handed to a worker at a time: each hand-over is a round trip between processes,
    about eight chunks per worker spread uneven items (a long report among short ones) over all
    of them, and a chunk's outcomes wait here until their turn."""
    return max(1, min(MAX_CHUNK, items // (processes * 8)))


def run_all(job: Callable[[T], Any], items: Sequence[T], label: str | None = None,
            failed: Callable[[T], Any] | None = None, preload: Callable[[], object] | None = None,
            ) -> Iterator[Outcome]:
    """``job(item)`` for every item on all cores; one Outcome per item, in the items' order.

    ``label``: the progress line's (none without it). ``failed(item)``, called here, is the value
    of an item whose worker died. ``preload()`` is called here before the workers start when they
    are forked, and not otherwise (see the module's docstring). An item on which ``job`` raises a
    bug gets an error outcome with exit code 3 naming its crash log, and the run goes on. With
    several processes, ``job`` and the items must be picklable.
    """
    progress = Progress(label, len(items))
    count = workers(len(items))
    outcomes = (_call(job, item) for item in items) if count == 1 else _pooled(job, items, count, failed, preload)
    try:
        for outcome in outcomes:
            progress.step()
            yield outcome
    finally:
        outcomes.close()  # a pool stops and waits for its workers now, not when collected
        progress.close()


def _call(job: Callable[[T], Any], item: T) -> Outcome:
    try:
        return Outcome(item, value=job(item))
    except LawreportError as exc:
        return Outcome(item, error=exc.render(), exit_code=int(exc.exit_code))
    except Exception as exc:  # a bug in the job: this item's outcome; BaseException stops the run
        return Outcome(item, error=internal_error(exc, write_crash_log(exc, item)),
                       exit_code=int(ExitCode.INTERNAL))


def internal_error(exc: BaseException, log: Path | None) -> str:
    """The message of an item on which the job raised ``exc`` (a bug), its details in ``log``."""
    what = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line: it may become a lint finding
    if len(what) > 200:
        what = what[:200] + "…"
    where = (f"详细信息已写入 {log}，请把该文件反馈给维护者" if log is not None else
             "无法写入崩溃日志，请把这条信息和所用的命令反馈给维护者")
    return f"lawreport 内部错误：{what}（这是 lawreport 的缺陷，不是输入文件的问题；其余各项照常处理）。{where}。"


# In a worker process ---------------------------------------------------------------------------

_worker: dict[str, Any] = {"job": None, "stop": None, "in_item": False}
"""A worker's state: its job, the run's stop event, and whether an item is being worked on."""


def _start_worker(job: Callable[[Any], Any], stop: Any) -> None:
    """Keep the job; Ctrl-C is the parent's to handle, and SIGTERM unwinds the running item."""
    _worker.update(job=job, stop=stop)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    if _worker["in_item"]:
        _worker["in_item"] = False
        raise Terminated(128 + signum)


def _run_chunk(chunk: list[Any]) -> list[Outcome]:
    outcomes = []
    for item in chunk:
        if _worker["stop"].is_set():
            break  # the run is stopping: its outcomes are not read any more
        _worker["in_item"] = True
        try:
            outcomes.append(_call(_worker["job"], item))
        finally:
            _worker["in_item"] = False
    return outcomes


# In this process -------------------------------------------------------------------------------

def _mp_context() -> Any:
    method = multiprocessing.get_start_method(allow_none=True)
    if method is None and sys.platform == "linux":
        method = "fork"
    return multiprocessing.get_context(method)


def _forks(context: Any) -> bool:
    """Whether the workers of ``context`` are forked from this process, inheriting what it holds."""
    return bool(context.get_start_method() == "fork")


class _Run(NamedTuple):
    """What every pool of one run shares: the job, how processes start, the stop event."""

    job: Callable[[Any], Any]
    context: Any
    stop: Any


@contextlib.contextmanager
def _executor(run: _Run, processes: int) -> Iterator[ProcessPoolExecutor]:
    """A pool whose workers have the run's job; left early (not by a worker's death), its
    workers are stopped; in every case each of them is waited for."""
    freeze = _forks(run.context) and gc.get_freeze_count() == 0
    if freeze:
        # What this process holds now (modules, the rules, the templates) lives as long as the
        # workers: frozen, their collector never visits it, so its pages stay shared with this
        # process instead of being copied into each worker (the gc.freeze pattern for fork).
        # Left alone when the program froze objects itself.
        gc.freeze()
    try:
        pool = ProcessPoolExecutor(processes, mp_context=run.context, initializer=_start_worker,
                                   initargs=(run.job, run.stop))
        try:
            yield pool
        except BrokenProcessPool:  # the pool has ended its workers itself
            raise
        except BaseException:  # an error, Ctrl-C, SIGTERM, the time limit, or the caller stopping early
            run.stop.set()
            _stop_workers()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        if freeze:
            gc.unfreeze()


def _pooled(job: Callable[[T], Any], items: Sequence[T], count: int, failed: Callable[[T], Any] | None,
            preload: Callable[[], object] | None) -> Iterator[Outcome]:
    context = _mp_context()
    if preload is not None and _forks(context):
        preload()
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written again by a forked worker
        with contextlib.suppress(Exception):
            stream.flush()
    run = _Run(job, context, context.Event())
    size = chunk_size(len(items), count)
    start = 0  # the first item not handed out yet
    with orderly_sigterm():  # SIGTERM to this process stops the workers too, not only this process
        while start < len(items):
            in_flight: deque[tuple[int, int, Future[list[Outcome]]]] = deque()
            try:
                with _executor(run, count) as pool:
                    while True:
                        while start < len(items) and len(in_flight) < count * WINDOW:
                            end = min(start + size, len(items))
                            in_flight.append((start, end, pool.submit(_run_chunk, list(items[start:end]))))
                            start = end
                        if not in_flight:
                            return
                        # BrokenProcessPool: a worker died. Any other exception is no item's (the job,
                        # the items or a value cannot be pickled: a bug of the caller's, on every chunk
                        # alike) and ends the run, its worker's traceback as its cause.
                        outcomes = in_flight[0][2].result()
                        in_flight.popleft()
                        yield from outcomes
            except BrokenProcessPool:
                pass
            for first, end, future in in_flight:  # a worker died: which of these items killed it?
                if future.cancelled() or isinstance(future.exception(), BrokenProcessPool):
                    yield from _one_by_one(run, items[first:end], failed)
                else:
                    yield from future.result()


def _one_by_one(run: _Run, items: Sequence[T], failed: Callable[[T], Any] | None) -> Iterator[Outcome]:
    """The items in a worker of their own, one at a time: a death is the item's own."""
    index = 0
    while index < len(items):
        try:
            with _executor(run, 1) as pool:
                while index < len(items):
                    outcomes = pool.submit(_run_chunk, [items[index]]).result()
                    index += 1
                    yield from outcomes
        except BrokenProcessPool:
            item = items[index]
            index += 1
            yield Outcome(item, value=failed(item)) if failed is not None else \
                Outcome(item, error=DIED, exit_code=int(ExitCode.INTERNAL))


def _stop_workers() -> None:
    """SIGTERM to this process's worker processes (not on Windows, where it would kill them)."""
    if os.name == "nt":
        return
    for child in multiprocessing.active_children():
        if child.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(child.pid, signal.SIGTERM)
