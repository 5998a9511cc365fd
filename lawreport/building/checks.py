"""What must hold before a year is built, and what is worth a note when it is.

The required parts are lint's own check (S001 required-parts, lawreport.lint.structure.
required_parts): what lint reports as an error there, build refuses; what it reports as a
warning (an optional part with a title and no text), build notes.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import LawreportError, SourceError, SourceErrors, display_path
from lawreport.model import Report


def _required_parts(report: Report) -> tuple[list[SourceError], list[str]]:
    from lawreport.lint.base import Document, Severity
    from lawreport.lint.structure import required_parts

    errors: list[SourceError] = []
    notes: list[str] = []
    for finding in required_parts.check(Document(report, "sources"), None):
        span = finding.span
        if (finding.severity or required_parts.RULE.severity) is Severity.ERROR:
            errors.append(SourceError(finding.message, span.path, span.line, span.column,
                                      hint="请补全这一部分；lawreport lint 可以列出报告的全部问题。"))
        else:
            notes.append(f"{display_path(span.path)}：{finding.message}（生成的报告中只有标题）")
    return errors, notes


def validate_for_build(report: Report) -> list[str]:
    """Raise SourceErrors when a required part is missing or empty; the notes on the rest."""
    errors, notes = _required_parts(report)
    if errors:
        raise SourceErrors(list[LawreportError](errors))
    return notes


def unused_file_note(path: Path) -> str:
    """A note on a file in the year folder that is not a source."""
    text = f"{display_path(path)}：不是报告的源文件，已忽略"
    if path.suffix.lower() in (".docx", ".doc", ".wps", ".txt"):
        text += "；如果要把它导入为源文件，请用 lawreport import"
    return text
