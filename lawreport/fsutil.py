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
    """What identifies a file's contents for a memo within one process: its absolute path (no
    need to resolve links), modification time and size. Raises OSError if it cannot be read."""
    stat = path.stat()
    return os.path.abspath(path), stat.st_mtime_ns, stat.st_size


def create_temporary(folder: Path, prefix: str = TEMP_PREFIX) -> tuple[int, Path]:
    """A new, empty file in ``folder`` (mode 0600), open for writing: ``tempfile.mkstemp``."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=prefix, dir=folder)
    return fd, Path(name)


def atomic_write(target: Path, data: bytes, mode: int | None = None, durable: bool = True) -> None:
    """Write ``data`` to ``target`` so that readers only ever see the old or the new content.

    The file gets ``mode`` (e.g. the mode of the file it replaces), else the umask's default.
    ``durable``: flush the data to disk before the rename, so that a power cut leaves the old
    or the new file, never an empty one; only bookkeeping that is simply recomputed when
    missing or unreadable (the build state) skips it.
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

    message = "已中止（收到终止信号）；已有的输出文件保持不变。"


class TimedOut(Terminated):
    """Raised when the run's time limit (``LAWREPORT_TIMEOUT``) passes: an orderly exit 2."""

    def __init__(self, seconds: float) -> None:
        super().__init__(2)
        self.message = (f"运行超时：超过了 LAWREPORT_TIMEOUT 设定的 {seconds:g} 秒，已中止；"
                        "临时文件已删除，已有的输出文件保持不变（或已被完整的新文件替换）。")


_expired: list[float] = []
"""The time limit, once it has passed (set by the timer thread where there is no SIGALRM)."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    if _expired:
        raise TimedOut(_expired[0])
    raise Terminated(128 + signum)


def orderly_sigterm_in_worker() -> None:
    """For a worker process of a batch (lawreport.batch): SIGTERM unwinds there too, so that a
    worker stopped halfway (time limit, Ctrl-C, SIGTERM of the parent) removes its temporaries."""
    signal.signal(signal.SIGTERM, _on_sigterm)


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


def parse_timeout(text: str) -> float:
    """``LAWREPORT_TIMEOUT``'s value in seconds (0: no limit), or a UsageError."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 1e9:  # also refuses nan and inf
        raise UsageError(f"环境变量 LAWREPORT_TIMEOUT 的值 {text!r} 无效",
                         hint="应为秒数，例如 LAWREPORT_TIMEOUT=600；0 表示不限时。")
    return seconds


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Within the block, end the run after ``seconds`` the way SIGTERM does (``TimedOut``,
    unwinding through every ``finally``: temporaries removed, lock released, outputs untouched).

    POSIX: SIGALRM, which also interrupts a blocking wait (a PDF converter, a worker pool).
    Windows has no SIGALRM: a timer thread delivers a simulated SIGTERM to the main thread,
    which takes effect as soon as the main thread runs Python code again.
    """
    import threading

    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    del _expired[:]
    if hasattr(signal, "SIGALRM"):
        def on_alarm(signum: int, frame: FrameType | None) -> None:
            raise TimedOut(seconds)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds)  # may fire at once: inside the try
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    import _thread

    def expire() -> None:
        _expired.append(seconds)
        _thread.interrupt_main(signal.SIGTERM)

    with orderly_sigterm():
        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        try:
            timer.start()
            yield
        finally:
            timer.cancel()
            del _expired[:]
