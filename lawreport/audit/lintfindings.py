"""Lint findings for one received report, as ``lawreport lint FILE`` reports them, counted by rule group."""

from __future__ import annotations

import functools

from lawreport.audit.records import GROUPS, FindingRow, GroupCount
from lawreport.lint.base import Document, Severity
from lawreport.lint.config import Active


@functools.cache
def _active() -> tuple[Active, ...]:
    from lawreport.lint.session import active_rules

    return tuple(a for a in active_rules(None, None, None) if a.rule.target == "report")


def lint_findings(document: Document) -> tuple[FindingRow, ...]:
    """The default rules' findings on ``document``, in file order."""
    from lawreport.lint.runner import lint_document

    return tuple(FindingRow(d.line, d.column, d.code, d.name, d.severity.value, d.message)
                 for d in lint_document(document, _active()))


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
