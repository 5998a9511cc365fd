"""One build per output folder at a time: ``<folder>/.lawreport.lock``.

The lock file is created exclusively and holds ``<pid> <host> <time>``. A second build of
the same folder is refused with a clear message (exit 2). A lock left by a process that no
longer exists (killed, power loss) is stale and is taken over; so is an unreadable lock
older than a minute, or a lock from another host older than twelve hours.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from lawreport.errors import UsageError, display_path


def _hostname() -> str:
    """This machine's name (without importing socket where the OS tells it directly)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()

LOCK_NAME = ".lawreport.lock"
_UNREADABLE_GRACE = 60.0
_FOREIGN_HOST_STALE = 12 * 3600.0


def _pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def holder(path: Path) -> int | None:
    """The pid of the live process holding the lock at ``path``, or None if it is stale."""
    try:
        text = path.read_text("utf-8", errors="replace")
        age = time.time() - path.stat().st_mtime
    except OSError:
        return None
    fields = text.split()
    if not fields or not fields[0].isdigit():
        return -1 if age < _UNREADABLE_GRACE else None  # being written right now, or garbage
    pid = int(fields[0])
    host = fields[1] if len(fields) > 1 else _hostname()
    if host != _hostname():
        return pid if age < _FOREIGN_HOST_STALE else None
    if pid == os.getpid() or not _pid_alive(pid):
        return None
    return pid


@contextlib.contextmanager
def exclusive(folder: Path) -> Iterator[Path]:
    """Hold ``folder/.lawreport.lock`` for the duration of the block, or raise UsageError."""
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"无法创建输出目录 {display_path(folder)}：{exc.strerror or exc}") from None
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pid = holder(path)
            if pid is not None:
                who = f"（进程 {pid}）" if pid > 0 else ""
                raise UsageError(
                    f"另一个 lawreport{who}正在生成 {display_path(folder)}，本次不生成",
                    path,
                    hint=f"请等它结束后再试；如果确定没有其他生成在运行，可删除 {display_path(path)}。",
                ) from None
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        except OSError as exc:
            raise UsageError(f"无法在 {display_path(folder)} 中创建锁文件：{exc.strerror or exc}",
                             hint="请检查磁盘空间和目录权限。") from None
        try:
            os.write(fd, f"{os.getpid()} {_hostname()} {int(time.time())}\n".encode())
        finally:
            os.close(fd)
        break
    else:
        raise UsageError(f"无法取得 {display_path(path)}", hint="另一个生成可能刚刚开始，请稍后再试。")
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            fields = path.read_text("utf-8").split()
            if fields and fields[0] == str(os.getpid()):
                path.unlink()
