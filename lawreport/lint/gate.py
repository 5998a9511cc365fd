"""The lint check ``lawreport build`` runs first: a short summary of the errors, and with
``--strict`` (or ``build: {strict: true}`` in lawreport.yaml) no build while there are any."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lawreport.errors import LawreportError, SourceError
from lawreport.lint.base import Diagnostic, Severity

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


def lint_year(root: Path, year: int) -> GateResult:
    """Lint ``year`` of the workspace at ``root`` as ``lawreport lint YEAR`` would."""
    from lawreport.lint.session import run

    try:
        outcome = run([str(year)], start=root)
    except LawreportError as exc:
        return GateResult(year, (), 0, exc.render())
    found = [d for d in outcome.diagnostics if d.code not in _BUILD_CHECKS_ITSELF]
    errors = tuple(d for d in found if d.severity is Severity.ERROR)
    warnings = sum(1 for d in found if d.severity is Severity.WARNING)
    return GateResult(year, errors, warnings)


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


def before_build(root: Path, year: int, strict: bool) -> str:
    """Lint ``year`` before it is built: what to tell the user ("" when clean), or, for a strict
    build of a report with errors, :class:`LintRefused`."""
    result = lint_year(root, year)
    text = summary(result, root, strict)
    if strict and (result.errors or result.failure):
        raise LintRefused(text)
    return f"{year} 年：{text}" if text else ""
