"""The lint check ``lawreport build`` runs first: a short summary of the errors, and with
``--strict`` (or ``build: {strict: true}`` in lawreport.yaml) no build while there are any.

The verdict is kept in the build state: a build of unchanged sources (outputs up to date)
repeats it without importing and running the rules (a strict build only a verdict of errors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.errors import LawreportError, SourceError
from lawreport.files import digests
from lawreport.lint.base import Diagnostic, Document, Severity
from lawreport.lint.targets import source_document

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
    errors: tuple[str, ...]
    """Each error as printed: ``sections/2023/measures.md:3:1: S011 …`` (sorted)."""
    warnings: int
    failure: str = ""
    """Why lint could not run (a faulty lint configuration), or ""."""


def lint_report(workspace: Workspace, report: Report, document: Document | None = None) -> GateResult:
    """Lint the already loaded ``report`` as ``lawreport lint YEAR`` would (the build does not
    read and parse its sources a second time)."""
    from lawreport.lint.runner import lint_document  # the rules: imported only when a year is linted
    from lawreport.lint.session import active_rules

    try:
        active = active_rules(workspace, None, None)
    except LawreportError as exc:
        return GateResult(report.year, (), 0, exc.render())
    doc = document if document is not None else source_document(report)
    found = [d for d in lint_document(doc, active) if d.code not in _BUILD_CHECKS_ITSELF]
    errors = sorted((d for d in found if d.severity is Severity.ERROR), key=Diagnostic.sort_key)
    warnings = sum(1 for d in found if d.severity is Severity.WARNING)
    root = workspace.root.resolve()
    return GateResult(report.year, tuple(f"{_where(d, root)}: {d.code} {d.message}" for d in errors), warnings)


def _where(diagnostic: Diagnostic, root: Path) -> str:
    """``file:line:column`` of a diagnostic, the file relative to the (resolved) workspace ``root``."""
    try:
        path = diagnostic.path.resolve().relative_to(root)
    except ValueError:
        path = diagnostic.path
    return f"{path}:{diagnostic.line}:{diagnostic.column}"


def summary(result: GateResult, strict: bool) -> str:
    """What to print: the count and the first errors ("" when lint found none)."""
    if result.failure:
        return f"无法运行检查：{result.failure}"
    if not result.errors:
        return ""
    extra = f"（另有 {result.warnings} 个警告）" if result.warnings else ""
    lines = [f"lawreport lint 发现 {len(result.errors)} 个错误{extra}"
             + ("，已停止生成（--strict），没有写入任何文件：" if strict else "，仍照常生成；前几个错误：")]
    lines.extend(f"  {error}" for error in result.errors[:SHOWN])
    if len(result.errors) > SHOWN:
        lines.append(f"  ……其余 {len(result.errors) - SHOWN} 个")
    lines.append(f"  请运行 lawreport lint {result.year} 查看全部并修正"
                 + ("" if strict else "；如要在有错误时不生成，可用 lawreport build --strict，或在 lawreport.yaml 中写 build: {strict: true}"))
    return "\n".join(lines)


def lint_inputs(workspace: Workspace, document: Document) -> str:
    """A digest of everything lint's verdict on a year depends on: lawreport's code (its rules:
    lawreport.files.digests), the lint configuration (lawreport.yaml), the structure file, and
    every file lint reads in the year's folder (``document.lines``, also the .md files the build
    ignores), by its path in the workspace, as the messages name it (a workspace this user copied or moved
    keeps its verdict)."""
    pieces = [_read(path) if path is not None else b"built-in" for path in (workspace.config_path, workspace.structure_path)]
    root = workspace.root.resolve()
    for path, lines in sorted(document.lines.items()):
        pieces += [_in_workspace(path, root).encode(), "\n".join(lines).encode()]
    return digests.digest(f"lint {document.report.year}", pieces)


def _in_workspace(path: Path, root: Path) -> str:
    """``path`` relative to the (resolved) workspace ``root``, as lint's messages name it."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"\0unreadable"


def _record(result: GateResult, inputs: str) -> str:
    """The verdict as the build state keeps it ("" when lint could not run: it runs again)."""
    if result.failure:
        return ""
    return json.dumps({"inputs": inputs, "errors": list(result.errors), "warnings": result.warnings},
                      ensure_ascii=False)


def _recorded(record: str, inputs: str, year: int) -> GateResult | None:
    """The verdict kept by the last build, if it was made from these very inputs."""
    try:
        data = json.loads(record) if record else None
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("inputs") != inputs:
        return None
    errors, warnings = data.get("errors"), data.get("warnings")
    if not (isinstance(errors, list) and all(isinstance(e, str) for e in errors) and isinstance(warnings, int)):
        return None
    return GateResult(year, tuple(errors), warnings)


class LintRefused(SourceError):
    """A strict build of a report with lint errors: nothing is written (exit 1)."""


class Verdict(NamedTuple):
    """What the build tells the user about lint, and what it keeps of it."""

    summary: str
    """The year's lint errors in short ("" when lint found none)."""
    record: str
    """For the build state (lawreport.building.state): with it, the next build of the same
    inputs says the same without linting again ("" when there is nothing to keep)."""


def before_build(workspace: Workspace, report: Report, strict: bool, record: str = "") -> Verdict:
    """Lint ``report`` before it is built, unless ``record`` (what the last build of this year
    kept) is the verdict on the very same inputs; for a strict build of a report with errors,
    :class:`LintRefused`.

    The record is a file in the workspace's build folder, and a workspace may come from anyone:
    a strict build takes from it only a refusal, never a clean verdict (a forged "no errors"
    would let a report with errors through ``--strict`` in CI), so a strict build of a report
    recorded as clean lints it again."""
    document = source_document(report)
    inputs = lint_inputs(workspace, document)
    recorded = _recorded(record, inputs, report.year)
    if strict and recorded is not None and not recorded.errors:
        recorded = None
    result = recorded or lint_report(workspace, report, document)
    text = summary(result, strict)
    if strict and (result.errors or result.failure):
        raise LintRefused(text)
    return Verdict(f"{report.year} 年：{text}" if text else "", _record(result, inputs))
