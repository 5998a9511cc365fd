"""One build per output folder at a time: an operating-system lock on ``<folder>/.lawreport.lock``.

The lock is the ``filelock`` library's (``flock`` on POSIX, ``LockFileEx`` on Windows): the
system releases it when the holder ends, however it ends, so a lock file left behind by a
killed build never refuses the next one. The file itself stays; only holding it counts. The
holder writes its process id into it, which a refused build shows (nothing depends on it).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import filelock

from lawreport.errors import UsageError, display_path
from lawreport.files.atomic import reason

LOCK_NAME = ".lawreport.lock"


def _holder(path: Path) -> str:
    """``（进程 123）`` from the lock file, when it names a process."""
    try:
        text = path.read_text("utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f"（进程 {text}）" if text.isdigit() else ""


@contextlib.contextmanager
def exclusive(folder: Path) -> Iterator[Path]:
    """Hold ``folder/.lawreport.lock`` for the duration of the block, or raise UsageError (exit 2)."""
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"无法创建输出目录 {display_path(folder)}：{reason(exc)}",
                         hint="请检查磁盘空间和目录权限。") from None
    lock = filelock.FileLock(path, timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise UsageError(f"另一个 lawreport{_holder(path)}正在生成 {display_path(folder)}，本次不生成", path,
                         hint="请等它结束后再试。") from None
    except OSError as exc:
        raise UsageError(f"无法在 {display_path(folder)} 中创建锁文件：{reason(exc)}",
                         hint="请检查磁盘空间和目录权限后重试；原有文件保持不变。") from None
    try:
        with contextlib.suppress(OSError):  # only informative: a full disk does not stop the build
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\n")
        yield path
    finally:
        lock.release()
