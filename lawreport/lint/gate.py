"""The lint check ``lawreport build`` runs first: a short summary of the errors, and with
``--strict`` (or ``build: {strict: true}`` in lawreport.yaml) no build while there are any."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lawreport.errors import LawreportError, SourceError
from lawreport.lint.base import Diagnostic, Severity

TYPE_CHECKING = False
if TYPE_CHECKING:
    from lawreport.model import Report
    from lawreport.sources.workspace import Workspace

SHOWN = 3
"""How many errors the build prints; ``lawreport lint`` shows them all."""
_BUILD_CHECKS_ITSELF = frozenset({"S000", "S001"})
"""Source errors and missing or empty required parts (lawreport.building.checks) stop the build
with their own message: not repeated here."""


class GateResult(NamedTuple):
    """The lint errors and warnings of one year, as the build reports them."""

    year: int
    errors: tuple[Diagnostic, ...]
    warnings: int
    failure: str = ""
    """Why lint could not run (a faulty lint configuration), or ""."""


def lint_report(workspace: Workspace, report: Report) -> GateResult:
    """Lint the already loaded ``report`` as ``lawreport lint YEAR`` would (the build does not
    read and parse its sources a second time)."""
    from lawreport.lint.runner import lint_document
    from lawreport.lint.session import active_rules
    from lawreport.lint.targets import source_document

    try:
        active = active_rules(workspace, None, None)
    except LawreportError as exc:
        return GateResult(report.year, (), 0, exc.render())
    found = [d for d in lint_document(source_document(report), active) if d.code not in _BUILD_CHECKS_ITSELF]
    errors = tuple(sorted((d for d in found if d.severity is Severity.ERROR), key=Diagnostic.sort_key))
    warnings = sum(1 for d in found if d.severity is Severity.WARNING)
    return GateResult(report.year, errors, warnings)


def _where(diagnostic: Diagnostic, root: Path) -> str:
    try:
        path = diagnostic.path.resolve().relative_to(root.resolve())
    except ValueError:
        path = diagnostic.path
    return f"{path}:{diagnostic.line}:{diagnostic.column}"


def summary(result: GateResult, root: Path, strict: bool) -> str:
    """What to print: the count and the first errors ("" when lint found none)."""
    if result.failure:
        return f"无法运行检查：{result.failure}"
    if not result.errors:
        return ""
    extra = f"（另有 {result.warnings} 个警告）" if result.warnings else ""
    lines = [f"lawreport lint 发现 {len(result.errors)} 个错误{extra}"
             + ("，已停止生成（--strict），没有写入任何文件：" if strict else "，仍照常生成；前几个错误：")]
    lines.extend(f"  {_where(d, root)}: {d.code} {d.message}" for d in result.errors[:SHOWN])
    if len(result.errors) > SHOWN:
        lines.append(f"  ……其余 {len(result.errors) - SHOWN} 个")
    lines.append(f"  请运行 lawreport lint {result.year} 查看全部并修正"
                 + ("" if strict else "；如要在有错误时不生成，可用 lawreport build --strict，或在 lawreport.yaml 中写 build: {strict: true}"))
    return "\n".join(lines)


class LintRefused(SourceError):
    """A strict build of a report with lint errors: nothing is written (exit 1)."""


def before_build(workspace: Workspace, report: Report, strict: bool) -> str:
    """Lint ``report`` before it is built: what to tell the user ("" when clean), or, for a strict
    build of a report with errors, :class:`LintRefused`."""
    result = lint_report(workspace, report)
    text = summary(result, workspace.root, strict)
    if strict and (result.errors or result.failure):
        raise LintRefused(text)
    return f"{report.year} 年：{text}" if text else ""
