"""A received report's layout (see lawreport.received.layout), worked out once per document for
the structure and heading rules that ask for it."""

from __future__ import annotations

from typing import NamedTuple

from lawreport.lint.base import Document
from lawreport.model import Part
from lawreport.received.layout import layout_of, restarted, themes


class Layout(NamedTuple):
    """What ``layout_of``, ``themes`` and ``restarted`` say of the report (never modified)."""

    kind: str
    """"statutory", "thematic" or "excerpt"."""
    themes: tuple[Part, ...]
    restarted: dict[int, int]


def layout(doc: Document) -> Layout:
    """The report's layout (computed once per document)."""
    report = doc.report
    return doc.derived("layout", lambda: Layout(layout_of(report), themes(report), restarted(report)))
