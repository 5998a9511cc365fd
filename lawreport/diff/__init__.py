"""Comparing two years' reports: ``compare(old, new) -> ReportDiff`` and its output formats.

Nothing here imports the DOCX stack; the HTML output imports Jinja2 only when it is used.
"""

from __future__ import annotations

from lawreport.diff.compare import compare
from lawreport.diff.result import SCHEMA_VERSION, DiffOptions, ReportDiff

__all__ = ["SCHEMA_VERSION", "DiffOptions", "ReportDiff", "compare"]
