"""Render the HTML page in a forked helper process while this one reads the sources.

Importing Jinja costs about as much as reading and parsing a whole report, and a build of
one report is mostly start-up. So ``lawreport build`` forks before it loads the sources:
the child imports the HTML renderer (on another core) and waits for the view; the parent
meanwhile parses the sources and writes the DOCX, then sends the view and gets the page
back. The page is the same bytes as an in-process rendering; where fork is unavailable
(Windows), with a single core, or when ``LAWREPORT_NO_FORK`` is set, it is rendered here.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from lawreport.errors import ExitCode, LawreportError, UsageError
from lawreport.render.context import ReportView
from lawreport.serial import dumps, loads


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _child(to_child: int, to_parent: int, render: Callable[[ReportView], bytes]) -> None:
    """The helper: import the renderer, wait for the view, send back the page or the error."""
    try:
        from lawreport.render import html  # noqa: F401 - the import this process exists for

        data = _read_all(to_child)
        if not data:
            return
        view = loads(data)
        try:
            result: tuple[object, ...] = ("ok", render(view))
        except LawreportError as exc:
            path = str(exc.path) if exc.path is not None else None
            result = ("error", exc.message, path, exc.line, exc.column, exc.hint, int(exc.exit_code))
        _write_all(to_parent, dumps(result))
    except BaseException:  # the parent renders in-process instead, and reports what happens
        pass


def _fork_allowed() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and not os.environ.get("LAWREPORT_NO_FORK")


class HtmlWorker:
    """``with HtmlWorker(render) as worker: ... worker.start(view); ...; page = worker.finish()``.

    ``render`` turns a view into the page's bytes; it runs in the helper, or here when the
    helper cannot be used or failed (so every error surfaces exactly as in-process).
    """

    def __init__(self, render: Callable[[ReportView], bytes]) -> None:
        self.render_here = render
        self.view: ReportView | None = None
        self.pid = 0
        self.to_child = self.from_child = -1
        if not _fork_allowed():
            return
        child_in, parent_out = os.pipe()
        parent_in, child_out = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(parent_out)
            os.close(parent_in)
            try:
                _child(child_in, child_out, render)
            finally:
                os._exit(0)
        os.close(child_in)
        os.close(child_out)
        self.pid, self.to_child, self.from_child = pid, parent_out, parent_in

    def start(self, view: ReportView) -> None:
        """Give the helper ``view`` to render; the caller goes on while it does."""
        self.view = view
        if not self.pid:
            return
        try:
            payload = dumps(view)
        except Exception:  # something in the view cannot be pickled: render here instead
            self.close()
            return
        try:
            _write_all(self.to_child, payload)
        except OSError:
            pass
        finally:
            os.close(self.to_child)
            self.to_child = -1

    def finish(self) -> bytes:
        """The HTML page of the view given to :meth:`start`."""
        view = self.view
        assert view is not None, "start(view) first"
        if not self.pid:
            return self.render_here(view)
        try:
            data = _read_all(self.from_child)
        except OSError:
            data = b""
        finally:
            self.close()
        result = loads(data) if data else ("crashed",)
        if result[0] == "ok":
            return bytes(result[1])
        if result[0] == "error":
            _, message, path, line, column, hint, code = result
            error = UsageError(message, Path(path) if path else None, line, column, hint)
            error.exit_code = ExitCode(code)
            raise error
        return self.render_here(view)

    def close(self) -> None:
        """Collect the helper; one that was never given a view (nothing to render, or an error
        before) is stopped at once rather than left to finish importing."""
        unused = self.to_child >= 0
        for fd in (self.to_child, self.from_child):
            if fd >= 0:
                os.close(fd)
        self.to_child = self.from_child = -1
        if self.pid:
            if unused:
                with contextlib.suppress(OSError):
                    os.kill(self.pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.pid = 0

    def __enter__(self) -> HtmlWorker:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
