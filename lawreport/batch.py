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
import sys
from collections.abc import Callable, Iterable, Iterator

from lawreport.errors import LawreportError
from lawreport.record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from typing import Any, TypeVar

    T = TypeVar("T")
    R = TypeVar("R")


class Outcome(Record):
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


_JOB: list[Callable[[Any], Any]] = []
"""The job of the running batch: forked workers inherit it, so only the items are pickled
(a lint job carries its configuration and rules, ~50 KB, which took ~1.5 ms per item)."""


def _call_inherited(item: T) -> Outcome:
    return _call(_JOB[0], item)


def chunk_size(items: int, processes: int) -> int:
    """Items handed to a worker at a time: each hand-over and each result is a round trip
    between processes (about half a millisecond on two cores); about eight chunks per
    worker still spreads uneven items (a long report among short ones) over all of them."""
    return max(1, items // (processes * 8))


def workers(count: int) -> int:
    """How many processes to use for ``count`` items (LAWREPORT_JOBS overrides)."""
    configured = os.environ.get("LAWREPORT_JOBS", "").strip()
    cores = int(configured) if configured.isdigit() and int(configured) > 0 else (os.cpu_count() or 1)
    return max(1, min(cores, count))


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
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the running workers, instead of waiting for them.

    The workers were forked with the parent's SIGTERM handler: a build in a worker unwinds
    (temporaries removed, lock released) just as it would in the main process.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()


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
        import multiprocessing  # only for a batch: a single item starts no pool
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork")
        from lawreport.fsutil import orderly_sigterm_in_worker

        _JOB[:] = [job]  # before the pool forks its workers
        with ProcessPoolExecutor(max_workers=count, mp_context=context, initializer=orderly_sigterm_in_worker) as pool:
            try:
                for outcome in pool.map(_call_inherited, items, chunksize=chunk_size(len(items), count)):
                    progress.step()
                    yield outcome
            except BaseException:  # SIGTERM, the time limit, Ctrl-C, the caller stopping early
                _stop(pool)
                raise
    finally:
        _JOB.clear()
        progress.close()
