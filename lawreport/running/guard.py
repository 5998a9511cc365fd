"""Every way a command can end, turned into an exit status (no traceback for bad input).

The one place that maps outcomes to exit statuses, for the command line (lawreport.cli) and
for worker processes: an error in the user's files is a Chinese message and exit 1 or 2, a
wrong option or argument (click's usage errors, which lawreport.cli renders in Chinese) is exit 2, Ctrl-C is
130, a closed pipe is 0, and anything else is a bug: a short message, the details in a crash
log, exit 3.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from lawreport.errors import ExitCode, LawreportError


def echo_err(text: str) -> None:
    """Write one line to standard error."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def configure_streams() -> None:
    """Never crash printing a rare character to a GBK (cp936) console."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def crash_log(exc: BaseException) -> Path | None:
    """Write the details of an unexpected exception to a private log file (lawreport.running.crashlog)."""
    from lawreport.running.crashlog import write_crash_log

    return write_crash_log(exc)


def guarded(action: Callable[[], int]) -> int:
    """Run ``action`` (a command, returning its exit status) and map every outcome to a status.

    Also sets up what every command shares: safe output streams and the time limit of
    ``LAWREPORT_TIMEOUT``.
    """
    configure_streams()
    limit = os.environ.get("LAWREPORT_TIMEOUT", "").strip()
    try:
        if limit:  # lawreport.running.stopping (signals, a timer thread) only when a time limit is asked for
            from lawreport.running.stopping import parse_timeout, time_limit

            with time_limit(parse_timeout(limit)):
                return action()
        return action()
    except LawreportError as exc:
        echo_err(exc.render())
        return int(exc.exit_code)
    except click.ClickException as exc:
        echo_err(f"错误：{exc.format_message()}")
        return ExitCode.REFUSED
    except (KeyboardInterrupt, click.Abort):
        echo_err("已中止。")
        return 130
    except BrokenPipeError:
        return ExitCode.OK
    except SystemExit as exc:  # SIGTERM or the time limit turned into an orderly exit (lawreport.running.stopping)
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            echo_err(message)
        return int(exc.code) if isinstance(exc.code, int) else ExitCode.INTERNAL
    except Exception as exc:
        log = crash_log(exc)
        with contextlib.suppress(BaseException):  # the report of a crash never crashes (a closed stderr)
            echo_err(f"lawreport 内部错误：{type(exc).__name__}: {exc}")
            echo_err(f"详细信息已写入 {log}，请把该文件反馈给维护者。" if log is not None else
                     "无法写入崩溃日志；请把上面这一行和所用的命令反馈给维护者。")
        return ExitCode.INTERNAL
