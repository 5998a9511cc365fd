"""A job over many files on all cores: results in file order, progress on a terminal, a dead worker costs one file.

Workers are forked from this process (which has imported what the job needs) and receive the
job's settings once, through ``initializer``. When a worker dies (a file that crashes the
parser, the system killing a process short of memory), the files of the chunks then in flight
are run again one at a time, each in a process of its own: the file that kills its process
gets ``failed(path)``, and the others their results; then the pool resumes with the rest.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

R = TypeVar("R")

CHUNKS_PER_WORKER = 8


def _context() -> Any:
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _alone(job: Callable[[str], R], path: str, initializer: Callable[[Any], None], setting: Any,
           failed: Callable[[str], R]) -> R:
    try:
        with ProcessPoolExecutor(1, mp_context=_context(), initializer=initializer, initargs=(setting,)) as pool:
            return pool.submit(job, path).result()
    except BrokenProcessPool:
        return failed(path)


def map_files(job: Callable[[str], R], paths: Sequence[str], initializer: Callable[[Any], None], setting: Any,
              label: str, failed: Callable[[str], R]) -> Iterator[R]:
    """``job(path)`` for every path, in order (in this process when one worker is enough)."""
    from lawreport.running.batch import Progress, workers

    progress = Progress(label, len(paths))
    count = workers(len(paths))
    try:
        if count <= 1:
            initializer(setting)
            for path in paths:
                yield job(path)
                progress.step()
            return
        pending = list(paths)
        while pending:
            chunk = max(1, len(pending) // (count * CHUNKS_PER_WORKER))
            done = 0
            try:
                with ProcessPoolExecutor(count, mp_context=_context(), initializer=initializer,
                                         initargs=(setting,)) as pool:
                    for value in pool.map(job, pending, chunksize=chunk):
                        yield value
                        done += 1
                        progress.step()
                return
            except BrokenProcessPool:
                suspects = pending[done:done + chunk * count]
                for path in suspects:
                    yield _alone(job, path, initializer, setting, failed)
                    progress.step()
                pending = pending[done + len(suspects):]
    finally:
        progress.close()
