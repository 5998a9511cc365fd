"""What ``lawreport lint`` does once its arguments are known: run, print or write, exit status.

Independent of the command-line parser: the click command (lawreport.commands.lint) calls it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lawreport.errors import ExitCode
from lawreport.running.guard import echo_err

if TYPE_CHECKING:
    from lawreport.files.outpath import Writer
    from lawreport.lint.output import Counts
    from lawreport.lint.session import Plan


def lint_command(targets: tuple[str, ...], fmt: str = "text", strict: bool = False, fix: bool = False,
                 select: str | None = None, ignore: str | None = None, built: bool = False,
                 output: Path | None = None, year: int | None = None) -> int:
    """Lint ``targets`` and report in ``fmt`` on standard output (or to ``output``); the exit status.

    Findings are written as each file is done. ``output`` is checked before anything is
    linted (lawreport.files.outpath: never a source) and replaced only when the report is
    complete. A LawreportError (nothing to lint, a bad configuration, a refused or unwritable
    ``output``) is left to lawreport.running.guard, which ends every command. A file on which
    lawreport has a bug is one S000 error naming the crash log; the others are linted, and the
    status is then 3.
    """
    from lawreport.lint.session import plan

    prepared = plan(targets, select=select, ignore=ignore, fix=fix, built=built, year=year)
    if output is not None:
        from lawreport.files.outpath import check_output, open_output

        destination = check_output(output, prepared.workspace, prepared.inputs())
        with open_output(destination) as out:
            counts, fixed, internal = _report(prepared, fmt, out, progress=True)
    else:
        counts, fixed, internal = _report(prepared, fmt, sys.stdout)
        sys.stdout.flush()
    if fix and fixed:
        echo_err(f"已自动修复 {fixed} 处。")
    if internal:
        echo_err(f"有 {internal} 个文件因 lawreport 内部错误没有检查完（各报一个 S000 错误），"
                 "请把其中写明的崩溃日志反馈给维护者。")
        return ExitCode.INTERNAL
    failing = counts.errors + (counts.warnings if strict else 0)
    return 1 if failing else 0


def _report(prepared: Plan, fmt: str, out: Writer, progress: bool = False) -> tuple[Counts, int, int]:
    """Write the findings of every item as it is done; (the counts, the fixes made, the items
    not linted because of a bug in lawreport). With ``progress`` (the report goes to a file), a
    progress line on a terminal's standard error."""
    from lawreport.lint.output import Report
    from lawreport.lint.registry import ALL_RULES
    from lawreport.lint.session import chunks

    report = Report(fmt, out, ALL_RULES)
    fixed = internal = 0
    try:
        for chunk in chunks(prepared, fmt, "lawreport lint" if progress else None):
            report.add(chunk.text, chunk.counts)
            fixed += chunk.fixed
            internal += chunk.internal
    except BaseException:
        report.close()  # the error itself goes to standard error, with exit status 2
        raise
    return report.finish(), fixed, internal
