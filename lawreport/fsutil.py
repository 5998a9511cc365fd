"""Writing files atomically: a temporary file beside the target, fsync, then rename.

A build killed at any moment leaves either the previous file or the complete new one.
Temporary files carry a recognisable prefix so that the next run sweeps what a killed run
left behind, and SIGTERM is turned into an orderly exit that removes them at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from lawreport.errors import UsageError

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


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers only ever see the old or the new content."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, _default_mode())
        _replace(temp, target)
    except PermissionError:
        temp.unlink(missing_ok=True)
        raise UsageError(f"无法写入 {target}：文件被占用或没有权限", hint="如果它正在 Word/WPS 中打开，请先关闭再重试。") from None
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UsageError(f"无法写入 {target}：{exc.strerror or exc}", hint="请检查磁盘空间和目录权限。") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def move_into_place(source: Path, target: Path) -> None:
    """Move a finished file (e.g. a converted PDF) atomically onto ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        with source.open("rb") as src, temp.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.chmod(temp, _default_mode())
        _replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
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
