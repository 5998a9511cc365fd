"""Linting many files on all cores: results come back in order, a few chunks at a time.

``ordered_map`` hands chunks of items to a concurrent.futures.ProcessPoolExecutor and yields
each item's result in the items' order as soon as it and all before it are done. At most
``WINDOW`` chunks per worker are in flight, so the results waiting for the parent (which
writes them out) stay few, whatever the number of items: memory does not grow with them.
Each worker receives what every item needs (``context``) once, when it starts. (Builds use
lawreport.running.batch, which hands all the chunks out at once and keeps every outcome until
the batch ends: right for a few years, not for ten thousand files.)
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from lawreport.running.batch import workers

T = TypeVar("T")
R = TypeVar("R")

WINDOW = 4
"""Chunks in flight per worker: enough that no worker waits for the parent to hand it work."""
MAX_CHUNK = 16
"""Items per chunk at most: a chunk's results are held until it is written."""

_job: Callable[[Any, Any], Any] | None = None
_context: Any = None


def chunk_size(items: int, processes: int) -> int:
    """Items per chunk: about eight chunks per worker spreads uneven items (a long report among
    short ones) over all of them, and each chunk is one round trip between processes."""
    return max(1, min(MAX_CHUNK, items // (processes * 8)))


def _start(job: Callable[[Any, Any], Any], context: Any) -> None:
    """In each worker: keep the job and its context; Ctrl-C is the parent's to handle (it stops
    handing out work and waits for the chunks under way, each a few files)."""
    global _job, _context
    _job, _context = job, context
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(items: Sequence[Any]) -> list[Any]:
    assert _job is not None
    return [_job(_context, item) for item in items]


def _mp_context() -> Any:
    """Fork on Linux, where the workers then inherit every module the parent imported; the
    platform's default (spawn) elsewhere."""
    return multiprocessing.get_context("fork") if sys.platform == "linux" else None


def ordered_map(job: Callable[[Any, T], R], context: Any, items: Sequence[T]) -> Iterator[R]:
    """``job(context, item)`` for each item, in order, on all cores (here, for one item or one core).

    ``job`` must be a module-level function and ``context`` picklable. An exception raised by
    ``job`` is raised here, when its item's turn comes; the items after it are cancelled.
    """
    count = workers(len(items))
    if count == 1:
        for item in items:
            yield job(context, item)
        return
    # The first item here: what the job compiles or imports on first use, the workers forked
    # afterwards inherit instead of each doing it again.
    yield job(context, items[0])
    items = items[1:]
    size = chunk_size(len(items), count)
    chunks = (items[start:start + size] for start in range(0, len(items), size))
    pool = ProcessPoolExecutor(count, mp_context=_mp_context(), initializer=_start, initargs=(job, context))
    pending: deque[Future[list[R]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= count * WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when stopped early: what has not started is dropped, every worker waited for
        pool.shutdown(wait=True, cancel_futures=True)
