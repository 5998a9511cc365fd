"""Running one job per item over all cores, with a progress line on a terminal.

Used by ``lawreport build`` with several years and by ``lawreport lint`` with many files.
Workers are forked after the parent has imported what the job needs, so each item costs
only its own work. A job's outcome is returned as plain data (an error as its rendered
message and exit code), never as a live exception, so that nothing depends on pickling
exception objects. With one item, or one core, everything runs in this process.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from lawreport.errors import LawreportError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn, TypeVar

    T = TypeVar("T")
    R = TypeVar("R")


class Outcome(NamedTuple):
    """The result of one item: ``value`` on success, else ``error`` (a message) and ``exit_code``."""

    item: Any
    value: Any = None
    error: str | None = None
    exit_code: int = 0


def _call(job: Callable[[T], R], item: T) -> Outcome:
    try:
        return Outcome(item, value=job(item))
    except LawreportError as exc:
        return Outcome(item, error=exc.render(), exit_code=int(exc.exit_code))


def chunk_size(items: int, processes: int) -> int:
    """Items handed to a worker at a time: each hand-over and each result is a round trip
    between processes (about half a millisecond on two cores); about eight chunks per
    worker still spreads uneven items (a long report among short ones) over all of them."""
    return max(1, items // (processes * 8))


def workers(count: int) -> int:
    """How many processes to use for ``count`` items: one more than the cores (LAWREPORT_JOBS overrides).

    A worker is not always computing: a build waits for the disk to take each output (fsync), a
    worker waits for its next chunk; the extra one runs meanwhile (on two cores, three workers
    made a batch of a hundred years 4–7% faster, a lint of a hundred files about as much). On a
    single core everything runs in this process.
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


def _can_fork() -> bool:
    return hasattr(os, "fork")


class WorkerFailed(RuntimeError):
    """A worker process failed on something other than the user's input (a bug, or it was killed):
    an internal error (exit 3). The worker's traceback is its cause (so it reaches the crash log)."""


class WorkerTraceback(Exception):
    """The traceback of an exception raised in a worker, as text."""


_FRAME = 4
"""Bytes of a message's length (little-endian) before the message."""
_DONE = (1 << 32) - 1
"""The chunk number that tells a worker to stop."""
MAX_WORKERS = 256
_ORDERS_MAX = 1024
"""Chunk numbers and stop orders together: 4 KB, written to the pipe at once on every system."""


def run_all(job: Callable[[T], R], items: Iterable[T], label: str) -> Iterator[Outcome]:
    """Run ``job`` on every item, using all cores; yield outcomes in the items' order."""
    items = list(items)
    progress = Progress(label, len(items))
    count = workers(len(items))
    try:
        if count == 1 or not _can_fork():
            for item in items:
                outcome = _call(job, item)
                progress.step()
                yield outcome
            return
        for outcome in _forked(job, items, count):
            progress.step()
            yield outcome
    finally:
        progress.close()


def _forked(job: Callable[[T], R], items: list[T], count: int) -> Iterator[Outcome]:
    """The outcomes of ``job`` over ``items`` from ``count`` forked workers.

    The workers inherit everything the parent has imported and prepared (and the job itself: nothing
    is pickled but the outcomes). Chunk numbers wait in a pipe that all workers read, four bytes
    at a time, so a worker that finishes early takes the next chunk; each worker sends back each
    chunk's outcomes on its own pipe. No multiprocessing or concurrent.futures: importing them
    and starting their threads was a tenth of a batch's serial start.
    """
    # Every order is written before any worker starts: they must fit in one small pipe write.
    size = max(chunk_size(len(items), count), -(-len(items) // (_ORDERS_MAX - count)))
    chunks = [items[start:start + size] for start in range(0, len(items), size)]
    orders = b"".join(number.to_bytes(_FRAME, "little") for number in [*range(len(chunks)), *[_DONE] * count])
    tasks, orders_in = os.pipe()
    os.write(orders_in, orders)
    os.close(orders_in)
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written again by a worker
        with contextlib.suppress(Exception):
            stream.flush()
    children: dict[int, int] = {}  # result pipe → pid
    finished = False
    try:
        for _ in range(count):
            results, results_in = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(results)
                for other in children:
                    os.close(other)
                _work(job, chunks, tasks, results_in)
            os.close(results_in)
            children[results] = pid
        os.close(tasks)
        tasks = -1
        yield from _collect(children, len(chunks))
        finished = True
    finally:
        if tasks >= 0:
            os.close(tasks)
        for results in children:  # a worker still writing gets EPIPE instead of waiting for us
            os.close(results)
        for pid in children.values():
            if not finished:  # SIGTERM, the time limit, Ctrl-C, an error, the caller stopping early
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGTERM)  # the worker unwinds: temporaries removed, locks released
        for pid in children.values():
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _collect(children: dict[int, int], total: int) -> Iterator[Outcome]:
    """Read the workers' messages; yield the outcomes chunk after chunk, in order."""
    import select
    from pickle import loads

    poller = select.poll()
    for results in children:
        poller.register(results, select.POLLIN)
    received: dict[int, list[Outcome]] = {}
    pending = {results: bytearray() for results in children}
    following = 0
    while following < total:
        if not pending:
            raise WorkerFailed("一个批量处理的子进程意外结束（可能被系统终止）")
        for results, _event in poller.poll():
            data = os.read(results, 1 << 16)
            if not data:
                poller.unregister(results)
                del pending[results]
                continue
            buffer = pending[results]
            buffer += data
            while len(buffer) >= _FRAME and len(buffer) >= _FRAME + (length := int.from_bytes(buffer[:_FRAME], "little")):
                number, outcomes, failure = loads(bytes(buffer[_FRAME:_FRAME + length]))
                del buffer[:_FRAME + length]
                if failure is not None:
                    last = failure.strip().rsplit("\n", 1)[-1]
                    raise WorkerFailed(f"子进程出错：{last}") from WorkerTraceback(failure)
                received[number] = outcomes
        while following in received:
            yield from received.pop(following)
            following += 1


def _work(job: Callable[[T], R], chunks: list[list[T]], tasks: int, results: int) -> NoReturn:
    """A worker: take chunk numbers until told to stop, send each chunk's outcomes; never returns."""
    from pickle import dumps

    from lawreport.fsutil import orderly_sigterm_in_worker

    status = 0
    try:
        orderly_sigterm_in_worker()
        while True:
            order = os.read(tasks, _FRAME)
            number = int.from_bytes(order, "little") if len(order) == _FRAME else _DONE
            if number == _DONE:
                break
            _send(results, dumps((number, [_call(job, item) for item in chunks[number]], None)))
    except Exception as exc:  # a bug in the job: the parent reports it (exit 3), if it still listens
        status = 1
        with contextlib.suppress(BaseException):
            import traceback

            _send(results, dumps((-1, [], "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))))
    except BaseException:  # SIGTERM, Ctrl-C: the parent is stopping too (or sees this worker end)
        status = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):
                stream.flush()
        os._exit(status)


def _send(results: int, message: bytes) -> None:
    data = memoryview(len(message).to_bytes(_FRAME, "little") + message)
    while data:
        data = data[os.write(results, data):]
