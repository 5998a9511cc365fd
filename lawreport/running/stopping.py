"""Orderly stops: SIGTERM and the run's time limit unwind the stack instead of killing it.

Every ``finally`` runs: temporaries are removed, the lock is released, outputs stay whole.
"""

from __future__ import annotations

import _thread
import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from lawreport.errors import UsageError


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

    def expire() -> None:
        # _thread is the documented low-level module behind threading. Its interrupt_main(signum) is the
        # one call that delivers a signal to the main thread's Python handler from another thread and does
        # nothing once that handler is gone. The public alternatives are worse on Windows, where this path
        # runs: os.kill(os.getpid(), SIGTERM) is TerminateProcess, which skips every ``finally``, and
        # signal.raise_signal runs the C default action (ending the process at once) should the timer fire
        # just after orderly_sigterm has put the default handler back.
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
