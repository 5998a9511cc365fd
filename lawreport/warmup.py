"""Parsing a batch's years ahead, on the core that would otherwise wait while the batch starts.

Before its workers fork, a batch build spends a fifth of a second or more in one process:
importing the renderers (Jinja alone is half of it) and compiling the templates, while the
other cores wait. A helper forked before that work parses the years, last to first, into the
parse cache (lawreport.sources.cache); a worker that comes to such a year reads it back
instead of parsing it (a tenth of the time). The helper stops when the workers start.

It writes nothing but cache entries (each atomically), prints nothing and ignores every
error: a worker loading the same year reports it. Without the parse cache, without fork, on
one core or for a single year, there is no helper.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

from lawreport.errors import LawreportError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType

    from lawreport.config import Workspace


class Warmup:
    """``with Warmup(workspace, years) as warmup: …; warmup.stop()`` (stopped at the latest on exit)."""

    def __init__(self, workspace: Workspace, years: list[int], workers: int) -> None:
        self.workspace = workspace
        self.years = years
        self.wanted = workers > 1 and len(years) > 1 and hasattr(os, "fork")
        self.pid = 0
        self.stop_in = -1

    def __enter__(self) -> Warmup:
        from lawreport.sources import cache

        if not self.wanted or not cache.enabled():
            return self
        stop_out, stop_in = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice
            with contextlib.suppress(Exception):
                stream.flush()
        pid = os.fork()
        if pid == 0:
            os.close(stop_in)
            _parse_ahead(self.workspace, self.years, stop_out)
        os.close(stop_out)
        self.pid, self.stop_in = pid, stop_in
        return self

    def stop(self) -> None:
        """Tell the helper to stop after the year it is parsing (it is not waited for here)."""
        if self.stop_in >= 0:
            os.close(self.stop_in)
            self.stop_in = -1

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()
        if self.pid:
            if error is not None:  # SIGTERM, the time limit, Ctrl-C: do not wait for a long year to finish
                with contextlib.suppress(OSError):
                    os.kill(self.pid, signal.SIGTERM)  # it unwinds: the entry being written is removed
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0


def _parse_ahead(workspace: Workspace, years: list[int], stop_out: int) -> None:
    """The helper: load the years, last first, until the pipe closes; never returns."""
    status = 0
    try:
        from lawreport.fsutil import orderly_sigterm_in_worker
        from lawreport.sources.loader import load_report
        from lawreport.sources.structure import load_structure

        orderly_sigterm_in_worker()  # a SIGTERM removes the cache entry being written
        os.set_blocking(stop_out, False)
        structure = load_structure(workspace.structure_path)
        for year in reversed(years):
            try:
                if os.read(stop_out, 1) == b"":
                    break
            except BlockingIOError:  # the parent has not closed the pipe: go on
                pass
            with contextlib.suppress(LawreportError):
                load_report(workspace, year, structure)
    except BaseException:  # anything at all: the workers do the work
        status = 1
    finally:
        os._exit(status)
