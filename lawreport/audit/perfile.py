"""The per-file stage: one received file (and its unit's previous report) → its audit row and text chunks.

A pure function of the file, the previous file it is given and the settings: it can run in any
process, in any order, on any machine.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import numpy as np

from lawreport.audit.deadline import check_deadline
from lawreport.audit.lintfindings import group_counts, lint_findings
from lawreport.audit.names import unit_key
from lawreport.audit.previous import compare_previous
from lawreport.audit.records import Deadline, FileAudit, Previous
from lawreport.audit.shingles import Chunk, chunks
from lawreport.audit.source import Received, Unreadable, read, read_report
from lawreport.errors import LawreportError
from lawreport.lint.metadata.deadline import page_signed
from lawreport.model import Structure
from lawreport.received.genre import NOT_A_REPORT
from lawreport.received.layout import missing_parts
from lawreport.text.controls import escape_undecodable

_EMPTY = np.zeros(0, dtype=np.uint64)


class Settings(NamedTuple):
    """What every file's audit needs besides the file."""

    structure: Structure
    year: int | None
    previous: dict[str, tuple[tuple[int, str], ...]]
    """Unit key → (year, path) of each of that unit's reports in the --previous folder (empty without it)."""
    annotate: dict[str, str] = {}  # shared default, never mutated
    """Received .docx path → where to write its copy with the findings as comments (``--annotate``)."""


class Done(NamedTuple):
    """One file's audit, and what the cross-unit index takes from it."""

    row: FileAudit
    chunks: tuple[Chunk, ...]
    shingles: np.ndarray
    """The file's distinct shingle hashes, sorted."""


def unreadable_row(path: str, reason: str) -> FileAudit:
    """The row of a file that could not be read."""
    return FileAudit(escape_undecodable(path), False, reason, "", "", "", None, (), (), True, "", "",
                     Deadline("unknown", "", "", "", "", ()), (), (), None)


def _previous(received: Received, settings: Settings) -> Previous | None:
    """The comparison with the unit's latest report of an earlier year than this one: a folder that
    holds this year's reports too (an archive of all years) does not compare a report with itself."""
    if received.year is None:
        return None
    year = received.year
    earlier = [found for found in settings.previous.get(unit_key(received.issuer), ()) if found[0] < year]
    if not earlier:
        return None
    old_path = max(earlier)[1]
    old = read_report(Path(old_path), settings.structure)
    if old is None:
        return None
    return compare_previous(old[2], received.report, Path(old_path))


def _page_signed(received: Received) -> dt.date | None:
    """The page's 成文日期 as lint's M005 reads it (a field labelled 成文日期, not a 发文日期), so that the
    deadline column and M005 in the findings column give the same verdict."""
    document = received.loaded.document
    if document is None:
        return None
    found = page_signed(document.report.meta, lambda span: document.line(span.path, span.line))
    return found[1] if found is not None else None


def _row(path: str, received: Received, settings: Settings) -> FileAudit:
    report = received.report
    other = received.loaded.document.genre if received.loaded.document is not None else None
    if other is not None:  # a notice, a news item …: not a very bad report (see lawreport.received.genre)
        return _other_row(path, received, other)
    structure = settings.structure
    present = tuple(p.key for p in report.parts if structure.spec(p.key) is not None)
    order = [spec.key for spec in structure.parts]
    missing = tuple(spec.key for spec in missing_parts(report, received.layout))  # what S001 reports
    in_order = list(present) == sorted(present, key=order.index)
    meta = dict(received.page_meta)
    if received.year is None:
        deadline = Deadline("unknown", "", "", "", "", ("无法识别报告年度，未检查期限",))
    else:
        deadline = check_deadline(received.year, received.issuer_type, received.date, _page_signed(received),
                                  received.published)
    findings = lint_findings(received.loaded)
    unit_of_line = "段" if received.loaded.document is not None and received.loaded.document.kind == "docx" else "行"
    # the row names the file as every output can write it (bytes of the name that are not UTF-8 as \xNN)
    return FileAudit(escape_undecodable(path), True, "", received.issuer, received.issuer_type, received.title, received.year,
                     present, missing, in_order, received.signature, received.date_text or "", deadline,
                     group_counts(findings), findings, _previous(received, settings), unit_of_line,
                     tuple(sorted(meta.items())), received.layout)


def _other_row(path: str, received: Received, other: str) -> FileAudit:
    """The row of a readable file that is not a 法治政府建设年度报告: what it looks like, and lint's
    one finding saying so; nothing is held to a report's parts, deadline or last year's plans."""
    findings = lint_findings(received.loaded)
    unit_of_line = "段" if received.loaded.document is not None and received.loaded.document.kind == "docx" else "行"
    deadline = Deadline("unknown", "", "", "", "", (f"{NOT_A_REPORT}，未检查期限",))
    return FileAudit(escape_undecodable(path), True, "", received.issuer, received.issuer_type, received.title,
                     received.year, (), (), True, received.signature, received.date_text or "", deadline,
                     group_counts(findings), findings, None, unit_of_line, tuple(sorted(received.page_meta.items())),
                     received.layout, not_report=other)


def _audit(path: str, settings: Settings) -> Done:
    received = read(Path(path), settings.structure, settings.year)
    if isinstance(received, Unreadable):
        return Done(unreadable_row(path, received.reason), (), _EMPTY)
    row = _row(path, received, settings)
    target = settings.annotate.get(path)
    if target is not None and row.findings:
        from lawreport.lint.annotate import annotate_docx

        try:
            annotate_docx(Path(path), row.findings, Path(target))
        except (LawreportError, OSError):  # the file changed since it was read, or the copy cannot be written:
            pass  # the row stands without its copy, and its column stays empty (a bug is not caught here)
        else:
            row = row._replace(annotated=target)
    found = () if row.not_report else tuple(chunks(received.report))  # a notice shares no passage with a report
    hashes = np.unique(np.concatenate([c.hashes for c in found])) if found else _EMPTY
    return Done(row, found, hashes)


def audit_file(path: str, settings: Settings) -> Done:
    """Audit one received file; a file that cannot be read gets a row saying why.

    A bug of lawreport's on one file (any other exception) is not the file's fault and is not
    reported as such: the pool (lawreport.running.pool) gives that file a row naming the crash
    log, goes on with the others and ends the run with exit code 3.
    """
    try:
        return _audit(path, settings)
    except LawreportError as exc:
        return Done(unreadable_row(path, exc.message + (f"（{exc.hint}）" if exc.hint else "")), (), _EMPTY)
