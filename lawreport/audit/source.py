"""One received file → what the audit reads from it: the single adapter over the received-report reader
(:func:`lawreport.received.read_received`) and the lint loader.

Everything else in lawreport.audit reads a :class:`Received`, never the reader's own types, so
that a change of reader stays inside this module.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

from lawreport.lint.targets import Loaded
from lawreport.model import Report, Structure
from lawreport.text.deadlines import field_date


class Received(NamedTuple):
    """A received report as the audit sees it."""

    report: Report
    loaded: Loaded
    """The report with its raw lines (and what kept parts of it from loading), as ``lawreport lint`` loads it."""
    title: str
    year: int | None
    issuer: str
    issuer_type: str
    """``department``, ``government`` (a joint Party–government report counts as government) or ""."""
    signature: str
    date: dt.date | None
    date_text: str | None
    page_meta: dict[str, str]
    """Fields of the web page the text was copied from: 成文日期, 发布日期, 文号, 发布机构, 索引号."""
    published: dt.date | None
    """The publication date: the page's 发布日期, unless the page is a news site's repost."""
    layout: str
    """``statutory``, ``thematic`` or ``excerpt`` (see lawreport.received)."""


class Unreadable(NamedTuple):
    """Why a file could not be read."""

    reason: str


def page_date(meta: dict[str, str], *labels: str) -> dt.date | None:
    """The first of ``labels`` in ``meta`` (the page fields as the reader keeps them) that holds a valid date.

    The deadline column does not use this for the 成文日期: it takes lint's ``page_signed`` (no 发文日期)."""
    for label in labels:
        date = field_date(meta.get(label, ""))
        if date is not None:
            return date
    return None


def read(path: Path, structure: Structure, year: int | None = None) -> Received | Unreadable:
    """Read one received .docx/.pdf/.txt/.md report, or say why it cannot be read.

    Raises :class:`~lawreport.errors.LawreportError` for a file the reader refuses.
    """
    from lawreport.importing import read_file
    from lawreport.lint.targets import received_document
    from lawreport.received import find_report

    received = read_file(path, accept_changes=True)  # read and understood once, for the row and for lint alike
    found = find_report(received, structure, year)
    loaded = received_document(path, received, found)
    if loaded.document is None:
        error = loaded.errors[0] if loaded.errors else None
        return Unreadable(error.message if error is not None else "无法读取")
    report = found.report
    return Received(report, loaded, found.title or "", found.year, found.issuer or "",
                    found.issuer_type or "", found.signature or "", report.meta.date, found.date,
                    dict(found.page_meta), report.meta.published, found.layout)


def read_report(path: Path, structure: Structure) -> tuple[str, int | None, Report] | None:
    """Issuer, year and report of a file (a previous year's report: nothing is linted), or None if unreadable."""
    from lawreport.errors import LawreportError
    from lawreport.received import read_received

    try:
        found = read_received(path, structure, accept_changes=True)
    except LawreportError:
        return None
    return found.issuer or "", found.year, found.report
