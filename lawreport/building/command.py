"""What ``lawreport build`` does once its arguments are known: build, report, exit status.

Independent of the command-line parser: the click command (lawreport.commands.build) calls it.
One year is built in this process; several are built on all cores (lawreport.running.pool),
each year's error printed while the other years are still built.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lawreport.errors import UsageError
from lawreport.running.guard import echo_err

if TYPE_CHECKING:
    from lawreport.building.year import BuildResult
    from lawreport.sources.workspace import Workspace


def parse_years(values: tuple[str, ...]) -> list[int]:
    """Four-digit years from the command line, or a UsageError."""
    years = []
    for value in values:
        if not (value.isdigit() and len(value) == 4):
            raise UsageError(f"年份应为四位数字：{value}", hint="例如 lawreport build 2023")
        years.append(int(value))
    return years


def build_command(years: tuple[str, ...], all_years: bool = False, formats: str | None = None,
                  out: Path | None = None, force: bool = False, strict: bool = False) -> int:
    """Build the years asked for and print what was written; the exit status.

    A LawreportError (not a workspace, a bad year, a source error in a single build) is left
    to the caller's lawreport.running.guard.guarded; in a batch, each year's error is printed
    and the other years are still built (a bug in one year too: its message names the crash
    log, and the status is then 3).
    """
    from lawreport.building.year import build_year
    from lawreport.running.stopping import orderly_sigterm
    from lawreport.sources.workspace import load_workspace, parse_formats

    workspace = load_workspace()
    wanted = parse_years(years)
    if all_years:
        wanted = workspace.years()
    if not wanted:
        raise UsageError("请指定年份，例如 lawreport build 2023，或使用 --all", hint=f"可用年份：{'、'.join(map(str, workspace.years())) or '无'}")
    if out is not None and len(wanted) > 1:
        raise UsageError("--out 只能用于单个年份")
    chosen = parse_formats(formats) if formats else workspace.formats
    strict = strict or workspace.strict
    with orderly_sigterm():  # SIGTERM unwinds: temporaries removed, lock released, outputs untouched
        if len(wanted) == 1:
            _report(build_year(workspace, wanted[0], chosen, out, force, strict))
            return 0
        from lawreport.running.pool import run_all

        status = 0
        job = functools.partial(_build_one, workspace, chosen, force, strict)
        for outcome in run_all(job, wanted, "生成中", preload=functools.partial(preload, workspace, chosen)):
            if outcome.value is not None:
                _report(outcome.value)
            else:
                echo_err(f"{outcome.item} 年：{outcome.error}")
                status = max(status, outcome.exit_code)
    return status


def _build_one(workspace: Workspace, formats: tuple[str, ...], force: bool, strict: bool, year: int) -> BuildResult:
    from lawreport.building.year import build_year

    return build_year(workspace, year, formats, None, force, strict)


def preload(workspace: Workspace, formats: tuple[str, ...]) -> None:
    """Prepare what every year's build shares: the YAML and Markdown parsers, the lint rules, the
    Word template, the compiled page template and the fingerprint of lawreport's code. The pool
    runs it before forking its workers, which inherit it instead of each preparing it again."""
    import lawreport.lint.runner  # noqa: F401  (the ~70 rule modules the lint check of each year runs)
    from lawreport.building.year import prepare_templates
    from lawreport.files.digests import code_fingerprint
    from lawreport.files.statekey import state_key
    from lawreport.sources import markdown, yamlsafe

    yamlsafe.prepare()
    markdown.block_tokens("")
    prepare_templates(workspace, formats)
    code_fingerprint()
    state_key()  # one key for the workers too (a key of this run only, when none can be kept)


def _report(result: BuildResult) -> None:
    if result.lint_summary:
        echo_err(result.lint_summary)
    for note in result.notes:
        echo_err(f"提示：{note}")
    for path in result.written:
        _echo(f"已生成 {_relative(path)}")
    for path in result.unchanged:
        _echo(f"未变化 {_relative(path)}")


def _echo(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
