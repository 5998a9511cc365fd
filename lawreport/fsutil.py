"""Writing files atomically: a temporary file beside the target, fsync, then rename.

A build killed at any moment leaves either the previous file or the complete new one.
Temporary files carry a recognisable prefix so that the next run sweeps what a killed run
left behind, and SIGTERM is turned into an orderly exit that removes them at once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

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


def write_error(target: Path, exc: OSError) -> UsageError:
    """A Chinese message for an OSError while writing ``target`` (exit 2; nothing half-written)."""
    where = display_path(target)
    if isinstance(exc, PermissionError) and exc.errno not in (errno.EROFS,):
        return UsageError(f"无法写入 {where}：文件被占用或没有写入权限",
                          hint=f"如果它正在 Word/WPS 中打开，请先关闭 {where} 再重试；否则请检查目录权限。")
    reason = _ERRNO_REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    return UsageError(f"无法写入 {where}：{reason}", hint="原有文件保持不变；请检查磁盘空间和目录权限后重试。")


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers only ever see the old or the new content."""
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
        temp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            delay = _test_delay()
            if delay:
                handle.write(data[: len(data) // 2])
                handle.flush()
                time.sleep(delay)
                data = data[len(data) // 2 :]
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _default_mode())
        _replace(temp, target)
    except BaseException as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from None
        raise


def move_into_place(source: Path, target: Path) -> None:
    """Put a finished file (e.g. a converted PDF) atomically onto ``target``."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise write_error(target, exc) from None
    atomic_write(target, data)


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


class Terminated(SystemExit):
    """Raised in place of the default SIGTERM action so that cleanup code runs."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise Terminated(128 + signum)


@contextlib.contextmanager
def orderly_sigterm() -> Iterator[None]:
    """Within the block, SIGTERM unwinds the stack (running ``finally``) instead of killing."""
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
