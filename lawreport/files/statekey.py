"""This user's key for the build state: what makes a saved state this user's own.

The build state (``build/<year>/.lawreport-build.json``) says "these outputs were made from these
inputs"; a build that finds it true prints 未变化 and keeps the outputs. But ``build/`` may come
with a workspace someone sent (a zip, a repository with build/ committed): its state file and
its .docx could be made to match, so that lawreport keeps a document it never built. Every saved
digest (lawreport.files.digests) therefore also covers a random key kept in this user's private
folder, which no one else has: a state written elsewhere never matches, and the year is built
again once.

The key is ``$XDG_STATE_HOME/lawreport/state-key`` (else ``~/.local/state/lawreport/state-key``;
on Windows ``%LOCALAPPDATA%\\lawreport\\state-key``): 32 random bytes, created exclusively with
mode 0600 in a folder of this user that no one else may write to, never through a link. When
it cannot be kept there (a read-only home in CI, a folder others may write to), the key is new
in each run: nothing saved is reused, and every build builds.
"""

from __future__ import annotations

import functools
import os
import secrets
import stat
from pathlib import Path

KEY_BYTES = 32


def key_path() -> Path:
    """Where this user's key is kept (the folder may not exist yet)."""
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "lawreport" / "state-key"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "lawreport" / "state-key"


@functools.cache
def state_key() -> bytes:
    """This user's key (read once per process); a key of this run only when none can be kept."""
    try:
        return _kept_key(key_path())
    except (OSError, RuntimeError, ValueError):
        return secrets.token_bytes(KEY_BYTES)


def _mine(info: os.stat_result) -> bool:
    """Whether a file or folder belongs to this user and no one else may write to it."""
    if os.name == "nt":
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _kept_key(path: Path) -> bytes:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = os.lstat(path.parent)
    if not stat.S_ISDIR(folder.st_mode) or not _mine(folder):
        raise ValueError("not a private folder")
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow, 0o600)
    except FileExistsError:
        return _read_key(path, nofollow)
    key = secrets.token_bytes(KEY_BYTES)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _read_key(path: Path, nofollow: int) -> bytes:
    fd = os.open(path, os.O_RDONLY | nofollow)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or not _mine(info):
            raise ValueError("not this user's key")
        key = handle.read(KEY_BYTES + 1)
    if len(key) != KEY_BYTES:  # another run is writing it this moment, or it was cut short
        raise ValueError("incomplete key")
    return key
