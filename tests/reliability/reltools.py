"""Helpers shared by the reliability tests (a module of its own: every test folder has a conftest.py)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (symlinks by their target path), by relative path.

    Build locks are left out: the file stays after a build and names its last holder; only
    holding it counts (see :func:`held_locks`)."""
    digests: dict[str, str] = {}
    if not folder.exists():
        return digests
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.name == ".lawreport.lock":
            continue
        if path.is_symlink():
            digests[key] = "link:" + os.readlink(path)
        elif path.is_file():
            digests[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


_HELD: list[object] = []
"""Locks taken by :func:`hold_lock` (kept referenced: a lock is released when its object goes)."""


def hold_lock(folder: Path) -> None:
    """Hold ``folder``'s build lock from here, as a build running meanwhile would."""
    import filelock

    from lawreport.files.lock import LOCK_NAME

    folder.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(folder / LOCK_NAME, timeout=0)
    lock.acquire()
    (folder / LOCK_NAME).write_text(f"{os.getpid()}\n", "utf-8")
    _HELD.append(lock)


def held_locks(folder: Path) -> list[Path]:
    """The build locks under ``folder`` that some process holds (a lock file alone is not held)."""
    import filelock

    from lawreport.files.lock import LOCK_NAME

    held = []
    for path in sorted(folder.rglob(LOCK_NAME)) if folder.exists() else []:
        lock = filelock.FileLock(path, timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            held.append(path)
        else:
            lock.release()
    return held
