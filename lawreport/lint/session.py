"""One ``lawreport lint`` run as a library call: targets → documents → diagnostics (→ fixes)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lawreport.config import Workspace, load_workspace
from lawreport.errors import UsageError
from lawreport.lint.base import Diagnostic, Severity
from lawreport.lint.config import Active, LintConfig, expand, parse_config
from lawreport.lint.fix import apply_file
from lawreport.lint.registry import ALL_RULES
from lawreport.lint.runner import error_diagnostics, lint_document
from lawreport.lint.targets import Loaded, load_all, resolve

MAX_FIX_ROUNDS = 8


@dataclass
class Outcome:
    """What a run found (after fixing, when asked), and the source lines to show."""

    diagnostics: list[Diagnostic]
    lines: dict[Path, tuple[str, ...]] = field(default_factory=dict)
    fixed: int = 0

    def exit_code(self, strict: bool) -> int:
        """0 clean, 1 errors (or warnings with ``strict``)."""
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return 1 if any(d.severity in failing for d in self.diagnostics) else 0


def _workspace(start: Path | None, targets: Sequence[str]) -> Workspace | None:
    try:
        return load_workspace(start)
    except UsageError:
        if not targets:
            raise
        return None


def active_rules(workspace: Workspace | None, select: str | None, ignore: str | None) -> list[Active]:
    """The configured rules, with command-line ``--select``/``--ignore`` applied."""
    node = workspace.lint if workspace is not None else None
    path = workspace.config_path if workspace is not None else None
    config = parse_config(node, path, ALL_RULES) if node is not None else LintConfig()
    chosen: tuple[str, ...] | None = None
    skipped: tuple[str, ...] = ()
    for option, text in (("--select", select), ("--ignore", ignore)):
        if text is None:
            continue
        codes, unknown = expand(text.split(","), ALL_RULES)
        if unknown:
            raise UsageError(f"{option} 中的规则 {'、'.join(unknown)} 不存在", hint="可用 lawreport rules 查看全部规则")
        if option == "--select":
            chosen = codes
        else:
            skipped = codes
    return config.active(ALL_RULES, chosen, skipped)


def _diagnose(loaded: Loaded, active: list[Active]) -> list[Diagnostic]:
    if loaded.document is None:
        found = error_diagnostics(loaded.errors, loaded.fallback, active)
    else:
        found = lint_document(loaded.document, active)
        if loaded.document.kind == "docx":  # a Word file is never rewritten: report without fixes
            found = [dataclasses.replace(d, fix=None) for d in found]
    if loaded.only:
        found = [d for d in found if d.path.resolve() in loaded.only]
    return found


def run(targets: Sequence[str], start: Path | None = None, select: str | None = None,
        ignore: str | None = None, fix: bool = False) -> Outcome:
    """Lint ``targets`` (see docs/lint.md); with ``fix``, apply safe fixes until nothing changes."""
    from lawreport.sources.structure import load_structure

    workspace = _workspace(start, targets)
    active = active_rules(workspace, select, ignore)
    structure = load_structure(workspace.structure_path if workspace is not None else None)
    resolved = resolve(tuple(targets), workspace)
    outcome = Outcome([])
    for loaded in load_all(resolved, workspace, structure):
        found = _diagnose(loaded, active)
        rounds = 0
        while fix and loaded.document is not None and loaded.document.kind != "docx" and rounds < MAX_FIX_ROUNDS:
            by_file: dict[Path, list] = {}
            for d in found:
                if d.fix is not None:
                    by_file.setdefault(d.path, []).append(d.fix)
            changed = sum(apply_file(path, fixes) for path, fixes in sorted(by_file.items()))
            if not changed:
                break
            outcome.fixed += changed
            rounds += 1
            target = next(t for t in resolved if (t.year is not None and loaded.document.kind == "sources"
                                                  and t.year == loaded.document.report.year)
                          or (t.path is not None and t.path == loaded.fallback))
            loaded = next(load_all([target], workspace, structure))
            found = _diagnose(loaded, active)
        outcome.diagnostics.extend(found)
        if loaded.document is not None:
            outcome.lines.update(loaded.document.lines)
    outcome.diagnostics.sort(key=Diagnostic.sort_key)
    return outcome
