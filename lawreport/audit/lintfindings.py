"""Lint findings for one received report, as ``lawreport lint FILE`` reports them, counted by rule group."""

from __future__ import annotations

import functools

from lawreport.audit.records import GROUPS, FindingRow, GroupCount
from lawreport.lint.annotate import fixed_length
from lawreport.lint.base import Severity
from lawreport.lint.config import Active
from lawreport.lint.targets import Loaded


@functools.cache
def _active() -> tuple[Active, ...]:
    from lawreport.lint.session import active_rules

    return tuple(a for a in active_rules(None, None, None) if a.rule.target == "report" or a.rule.code == "S000")


def lint_findings(loaded: Loaded) -> tuple[FindingRow, ...]:
    """The default rules' findings on a received file, as ``lawreport lint FILE`` reports them, in file order."""
    from lawreport.lint.base import page_of
    from lawreport.lint.runner import error_diagnostics, lint_document

    active = _active()
    found = error_diagnostics(loaded.errors, loaded.fallback, active)
    if loaded.document is not None:
        found += lint_document(loaded.document, active)
    pages = loaded.document.pages if loaded.document is not None else {}
    return tuple(FindingRow(d.line, d.column, d.code, d.name, d.severity.value, d.message,
                            page_of(pages, d.path, d.line), fixed_length(d.line, d.column, d.fix) or d.length)
                 for d in sorted(found, key=lambda d: d.sort_key()))


def group_counts(findings: tuple[FindingRow, ...]) -> tuple[GroupCount, ...]:
    """Errors and warnings per rule group, every group listed (in GROUPS order)."""
    counts = {letter: [0, 0] for letter in GROUPS}
    for finding in findings:
        slot = counts.setdefault(finding.code[:1], [0, 0])
        if finding.severity == Severity.ERROR.value:
            slot[0] += 1
        elif finding.severity == Severity.WARNING.value:
            slot[1] += 1
    return tuple(GroupCount(letter, errors, warnings) for letter, (errors, warnings) in counts.items())
