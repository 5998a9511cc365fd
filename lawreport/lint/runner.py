"""Running the configured rules over a document: findings → stamped, suppressed, sorted diagnostics."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path

from lawreport.errors import LawreportError
from lawreport.lint.base import Diagnostic, Document, Finding, Rule, Severity
from lawreport.lint.config import Active, resolver
from lawreport.lint.layout import genre
from lawreport.lint.registry import ALL_RULES, BY_CODE
from lawreport.lint.suppress import scan


@functools.cache
def _codes() -> dict[str, str]:
    """Rule codes and names → codes, for the suppression comments (built once)."""
    return resolver(ALL_RULES)


def stamp(finding: Finding, rule: Rule, configured: Severity | None) -> Diagnostic:
    """A finding of ``rule`` as a diagnostic (configured severity, else the finding's, else the rule's)."""
    severity = configured or finding.severity or rule.severity
    span = finding.span
    return Diagnostic(span.path, span.line, span.column, rule.code, rule.name, severity, finding.message, finding.fix,
                      finding.length)


def lint_document(doc: Document, active: Sequence[Active]) -> list[Diagnostic]:
    """Run ``active`` rules over ``doc``; apply inline suppressions; stable order, no duplicates."""
    suppressions = scan(doc, _codes())
    hides = suppressions.hides if suppressions.lines or suppressions.comments else None  # none in a received report
    diagnostics: set[Diagnostic] = set()
    # A received file that is not a 法治政府建设年度报告 (a notice, a news item …) gets S001's one finding
    # saying so, not every rule's view of it as a very bad report (unless S001 is switched off).
    only = "S001" if any(a.rule.code == "S001" for a in active) and genre(doc) is not None else None
    for item in active:
        rule = item.rule
        if rule.target != "report" or (only is not None and rule.code != only):
            continue
        for finding in rule.check(doc, item.options):
            if hides is not None and hides(finding.span, (rule.code, rule.name)):
                continue
            diagnostics.add(stamp(finding, rule, item.severity))
    directive = next((a for a in active if a.rule.code == "L001"), None)
    if directive is not None:
        for finding in suppressions.problems:
            diagnostics.add(stamp(finding, directive.rule, directive.severity))
    return sorted(diagnostics, key=Diagnostic.sort_key)


def error_diagnostics(errors: Iterable[LawreportError], fallback: Path, active: Sequence[Active]) -> list[Diagnostic]:
    """Read errors (a source that cannot be read, or a received report whose year is unknown) as
    S000 errors, whatever the selection and configuration: a file no rule could read is never
    reported as clean."""
    rule = BY_CODE["S000"]
    result = []
    for error in errors:
        message = f"{error.message.rstrip('。')}。{error.hint}" if error.hint else error.message
        result.append(Diagnostic(error.path or fallback, error.line or 1, error.column or 1, rule.code, rule.name,
                                 Severity.ERROR, message))
    return sorted(result, key=Diagnostic.sort_key)
