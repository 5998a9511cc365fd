"""One received file → what the audit reads from it: the single adapter over the received-report reader.

Everything else in lawreport.audit reads a :class:`Received`, never the reader's own types, so
that a change of reader stays inside this module.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import LawreportError
from lawreport.lint.base import Document
from lawreport.model import Report, Structure

_LABELS = "成文日期|发布日期|发布时间|发文日期|公开日期|文号|发文字号|发布机构|发文机关|来源|索引号"
_PAGE_FIELD = re.compile(rf"({_LABELS})\s*[：:]\s*(\S.*?)(?=\s+(?:{_LABELS})\s*[：:]|\s*$)")
_SAME = {"发文日期": "成文日期", "公开日期": "发布日期", "发布时间": "发布日期", "发文机关": "发布机构",
         "来源": "发布机构", "发文字号": "文号"}
_DATE = re.compile(r"(\d{4})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})")
PAGE_SCAN_LINES = 12
"""Web-page furniture (索引号、发布日期…) stands above the title or right below it."""


class Received(NamedTuple):
    """A received report as the audit sees it."""

    report: Report
    document: Document
    """The report with its raw lines, for the lint runner."""
    title: str
    year: int
    issuer: str
    issuer_type: str
    """``department`` or ``government`` (a joint Party–government report counts as government)."""
    signature: str
    date: dt.date | None
    date_text: str | None
    page_meta: dict[str, str]
    """Fields of the web page the text was copied from: 成文日期, 发布日期, 文号, 发布机构, 索引号."""
    notes: tuple[str, ...]


class Unreadable(NamedTuple):
    """Why a file could not be read."""

    reason: str


def page_date(meta: dict[str, str], *labels: str) -> dt.date | None:
    """The first of ``labels`` in ``meta`` that holds a valid date."""
    for label in labels:
        match = _DATE.search(meta.get(label, ""))
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def _page_meta(lines: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in lines[:PAGE_SCAN_LINES]:
        for label, value in _PAGE_FIELD.findall(text.strip()):
            found.setdefault(_SAME.get(label, label), value.strip())
    return found


def read(path: Path, structure: Structure, year: int | None = None) -> Received | Unreadable:
    """Read one received .txt/.docx/.md report, or say why it cannot be read."""
    from lawreport.lint.targets import load_received

    loaded = load_received(path, structure, year)
    if loaded.document is None:
        error: LawreportError | None = loaded.errors[0] if loaded.errors else None
        if error is None:
            return Unreadable("无法读取")
        return Unreadable(error.message + (f"（{error.hint}）" if error.hint else ""))
    document = loaded.document
    report = document.report
    meta = report.meta
    lines = next(iter(document.lines.values()), ())
    issuer_type = "department" if meta.issuer_type == "department" else "government"
    return Received(report, document, report.title, report.year, meta.issuer, issuer_type, meta.signatory,
                    meta.date, meta.date_text, _page_meta(lines), ())
