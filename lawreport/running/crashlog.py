"""The crash log of an internal error: a private per-user folder, a new file, and no way to fail.

The folder is ``$XDG_STATE_HOME/lawreport/crash`` (else ``~/.local/state/lawreport/crash``; on
Windows ``%LOCALAPPDATA%\\lawreport\\crash``), created with mode 0700. It is used only if it is
a real folder (not a link) that belongs to this user and that nobody else may write to;
otherwise the log goes to a new private temporary folder (``tempfile.mkdtemp``). The log file
is made by ``tempfile.mkstemp``: a new name, created exclusively, without following a link,
with mode 0600. Whatever goes wrong while
writing it, :func:`write_crash_log` returns None instead of raising: the user still gets the
short message.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
import traceback
from pathlib import Path

from lawreport import __version__


def crash_folder() -> Path:
    """Where crash logs go for this user (not created here)."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "lawreport" / "crash"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "lawreport" / "crash"


def _private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder of this user that no one else may write to."""
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        return False
    if os.name == "nt":
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _folder() -> Path:
    folder = crash_folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _private(folder):
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="lawreport-crash-"))


def write_crash_log(exc: BaseException, item: object = None) -> Path | None:
    """Write the details of an unexpected exception to a new log file; its path, or None.

    ``item``: what the failing job was given, when one item of a run failed (lawreport.running.pool).
    """
    try:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        about = f"item: {repr(item)[:1000]}\n" if item is not None else ""
        text = f"lawreport {__version__}\nargv: {sys.argv!r}\n{about}\n{details}"
        folder = _folder()
        fd, name = tempfile.mkstemp(prefix=f"crash-{time.strftime('%Y%m%d-%H%M%S')}-", suffix=".log", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8", "backslashreplace"))
        return Path(name)
    except BaseException:  # the crash handler must not crash (a full disk, a hostile folder)
        return None
