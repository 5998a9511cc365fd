"""What ``lawreport lint`` does once its arguments are known: run, print or write, exit status.

Independent of the command-line parser: the click command (lawreport.commands.lint) calls it,
and so does the fast path of lawreport.entry for ``lawreport lint [TARGET…]`` without options,
which does not import click at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lawreport.running.guard import echo_err


def lint_command(targets: tuple[str, ...], fmt: str = "text", strict: bool = False, fix: bool = False,
                 select: str | None = None, ignore: str | None = None, built: bool = False,
                 output: Path | None = None) -> int:
    """Lint ``targets`` and report in ``fmt`` on standard output (or to ``output``); the exit status.

    A LawreportError (nothing to lint, a bad configuration, an unwritable ``output``) is left
    to the caller's lawreport.running.guard.guarded.
    """
    from lawreport.lint.output import render
    from lawreport.lint.registry import ALL_RULES
    from lawreport.lint.session import run

    outcome = run(targets, select=select, ignore=ignore, fix=fix, built=built)
    text = render(fmt, outcome.diagnostics, ALL_RULES, outcome.lines)
    if output is not None:
        from lawreport.files.atomic import atomic_write

        atomic_write(output, text.encode("utf-8"))
    elif text:
        sys.stdout.write(text)
        sys.stdout.flush()
    if fix and outcome.fixed:
        echo_err(f"已自动修复 {outcome.fixed} 处。")
    return outcome.exit_code(strict)
