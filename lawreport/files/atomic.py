"""Writing files atomically: a temporary file beside the target, fsync, then rename.

A build killed at any moment leaves either the previous file or the complete new one.
Temporary files carry a recognisable prefix so that the next run sweeps what a killed run
left behind (lawreport.running.stopping turns SIGTERM into an orderly exit that removes them at once).
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

from lawreport.errors import UsageError, display_path

TEMP_PREFIX = ".lawreport-tmp-"


def _default_mode() -> int:
    """The mode a newly created file gets under the current umask (mkstemp uses 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _replace(source: Path, target: Path) -> None:
    """os.replace, retried briefly: on Windows a file open in Word/WPS cannot be replaced."""
    for attempt in range(10):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == 9:
                raise
            time.sleep(0.1)


def _test_delay() -> float:
    """Test hook: ``LAWREPORT_TEST_DELAY_WRITE=<seconds>`` pauses every atomic write halfway.

    Used by the kill test (tests/reliability/test_kill.py) to interrupt a build mid-write;
    it has no effect unless the variable is set to a number.
    """
    try:
        return max(float(os.environ.get("LAWREPORT_TEST_DELAY_WRITE", "0")), 0.0)
    except ValueError:
        return 0.0


_ERRNO_REASONS = {
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "文件系统是只读的",
    getattr(errno, "EDQUOT", -1): "超出磁盘配额",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENAMETOOLONG: "路径过长",
}


def reason(exc: OSError) -> str:
    """What went wrong, in Chinese (disk full, read-only, no permission …)."""
    if isinstance(exc, PermissionError) and exc.errno != errno.EROFS:
        return "没有写入权限"
    return _ERRNO_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_error(target: Path, exc: OSError) -> UsageError:
    """A Chinese message for an OSError while writing ``target`` (exit 2; nothing half-written)."""
    where = display_path(target)
    if isinstance(exc, PermissionError) and exc.errno not in (errno.EROFS,):
        return UsageError(f"无法写入 {where}：文件被占用或没有写入权限",
                          hint=f"如果它正在 Word/WPS 中打开，请先关闭 {where} 再重试；否则请检查目录权限。")
    return UsageError(f"无法写入 {where}：{reason(exc)}", hint="原有文件保持不变；请检查磁盘空间和目录权限后重试。")


def memo_key(path: Path) -> tuple[str, int, int]:
    """What identifies a file's contents within one process (a memo's key; it changes when the
    file is saved again): its absolute path (no need to resolve links), modification time and
    size. Raises OSError if it cannot be read."""
    stat = path.stat()
    return os.path.abspath(path), stat.st_mtime_ns, stat.st_size


def create_temporary(folder: Path, prefix: str = TEMP_PREFIX) -> tuple[int, Path]:
    """A new, empty file in ``folder`` (mode 0600), open for writing: ``tempfile.mkstemp``."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=prefix, dir=folder)
    return fd, Path(name)


def stage(target: Path, data: bytes, mode: int | None = None, durable: bool = True) -> Path:
    """Write ``data`` to a new temporary file beside ``target`` and return its path; nothing
    is replaced yet (:func:`put_in_place` does that). Raises UsageError (nothing left behind).

    The file gets ``mode`` (e.g. the mode of the file it replaces), else the umask's default.
    ``durable``: flush the data to disk, so that a power cut after the rename leaves the old
    or the new file, never an empty one. Skipped only where nothing is lost without it:
    bookkeeping that is recomputed when missing or unreadable (the build state), and a build
    output that replaces no file (see ``building.outputs.OutputSet.add``).
    """
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = create_temporary(target.parent)
        with os.fdopen(fd, "wb") as handle:
            delay = _test_delay()
            if delay:
                handle.write(data[: len(data) // 2])
                handle.flush()
                time.sleep(delay)
                data = data[len(data) // 2 :]
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temp, _default_mode() if mode is None else mode)
        return temp
    except BaseException as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from None
        raise


def put_in_place(temp: Path, target: Path) -> None:
    """Rename a file made by :func:`stage` onto ``target`` (atomic); raises OSError."""
    _replace(temp, target)


def atomic_write(target: Path, data: bytes, mode: int | None = None, durable: bool = True) -> None:
    """Write ``data`` to ``target`` so that readers only ever see the old or the new content."""
    temp = stage(target, data, mode, durable)
    try:
        put_in_place(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from None
        raise


def sweep_temporaries(folder: Path) -> int:
    """Remove temporary files a killed run left in ``folder``; return how many."""
    if not folder.is_dir():
        return 0
    count = 0
    for leftover in folder.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            count += 1
    return count
