"""A received report's layout (see lawreport.received.layout), worked out once per document for
the structure and heading rules that ask for it (each value only when a rule asks)."""

from __future__ import annotations

from lawreport.lint.base import Document
from lawreport.model import Part
from lawreport.received import layout as received


def kind(doc: Document) -> str:
    """``layout_of`` the report: "statutory", "thematic" or "excerpt"."""
    return doc.derived("layout", lambda: received.layout_of(doc.report))


def genre(doc: Document) -> str | None:
    """What a received file looks like when it is not a 法治政府建设年度报告 (the reader's judgement,
    see lawreport.received.genre); None for a report, and always for the workspace's sources."""
    return doc.genre if doc.received else None


def themes(doc: Document) -> tuple[Part, ...]:
    """The report's ``themes``: level-1 parts that are the author's own themes."""
    return doc.derived("themes", lambda: received.themes(doc.report))


def restarted(doc: Document) -> dict[int, int]:
    """What ``restarted`` says of the report: the parts that restart the 一、二、 numbering (never modified)."""
    return doc.derived("restarted", lambda: received.restarted(doc.report))
