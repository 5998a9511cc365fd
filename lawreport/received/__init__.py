"""The received-report reader: the report found inside what was received, shared by lint, import,
diff and audit.

What arrives is rarely the report alone: a web copy carries the page around it (furniture, see
:mod:`lawreport.received.furniture`), the title may stand below the page head, over two or
three lines, or be missing (an excerpt). The reader sets the furniture aside (keeping what it
says as ``page_meta``), finds the title, recognises the report with
:func:`lawreport.importing.recognise.recognise`, and finds the report year from the title, the
part titles, the preamble or the metadata, in that order (:mod:`lawreport.received.year`).

A report whose year cannot be found is still read: ``year`` is None and ``report.year`` is 0,
so that every check that does not need the year can run.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.model import Report, Span, Structure
from lawreport.received.facts import BYLINE, CAPTION, RADICALS, REVISIONS

if TYPE_CHECKING:
    from lawreport.importing.lines import Line, Note, Received
    from lawreport.received.furniture import Furniture

__all__ = ["UNKNOWN_YEAR", "ReceivedReport", "find_report", "read_dated", "read_received", "read_received_text"]

UNKNOWN_YEAR = 0
"""``report.year`` of a report whose year could not be found (``ReceivedReport.year`` is None)."""


class ReceivedReport(NamedTuple):
    """A received report as the reader found it."""

    path: Path
    report: Report
    """The recognised report (the model lint, diff and import use); its year is 0 when unknown."""
    title: str | None
    title_lines: tuple[str, ...]
    """The title as the file breaks it, one entry per line."""
    year: int | None
    year_source: str | None
    """"given", "title", "part-title", "preamble", "metadata", or None when not found."""
    issuer: str | None
    issuer_type: str | None
    """"department" or "government": the issuer's kind, or without an issuer the kind the opening
    speaks as (“我局”, “我镇”); None when neither tells."""
    signature: str | None
    """The 落款 as written (two lines of a joint report joined by a newline)."""
    date: str | None
    """The 成文日期 as written."""
    page_meta: Mapping[str, str]
    """成文日期 / 发布日期 / 文号 / 发布机构 / 索引号 as the page furniture gives them."""
    furniture: tuple[Span, ...]
    """The start of every line set aside as page furniture, in file order."""
    layout: str
    """"statutory", "thematic" (the author's own themes as 一、 headings) or "excerpt" (no title)."""
    notes: tuple[Note, ...]
    """What could not be understood or mapped exactly, with positions."""
    unit: str = "行"
    """How positions count: "行" (text lines) or "段" (Word paragraphs)."""
    genre: str | None = None
    """What the file looks like when it is not a 法治政府建设年度报告 at all (“会议通知”, “新闻” …,
    see :mod:`lawreport.received.genre`); None for a report, however badly laid out."""


def read_received(path: Path, structure: Structure, year: int | None = None,
                  accept_changes: bool = False) -> ReceivedReport:
    """Read ``path`` (.txt, .md, .docx …) and find the report in it.

    Raises :class:`~lawreport.errors.SourceError` for a file that cannot be read at all.
    """
    from lawreport.importing import read_file

    return find_report(read_file(path, accept_changes), structure, year)


def read_dated(path: Path, structure: Structure, year: int | None = None,
               accept_changes: bool = False) -> ReceivedReport:
    """:func:`read_received` for a use that needs the report's year (``lawreport import``, the
    canonical text of ``textconv``): a report whose year cannot be found is a SourceError saying
    how to give it."""
    from lawreport.errors import SourceError

    found = read_received(path, structure, year, accept_changes)
    if found.year is None:
        raise SourceError("无法识别报告年度（标题、部分标题、开头语和成文日期中都没有年份）", path,
                          hint="导入时可以用 --year 指定，例如 lawreport import 报告.docx --year 2023")
    return found


def read_received_text(text: str, path: Path, structure: Structure, year: int | None = None) -> ReceivedReport:
    """The same for text already decoded (positions are ``path``'s lines and columns)."""
    from lawreport.importing.lines import Received
    from lawreport.importing.textables import find_tables
    from lawreport.importing.textreader import split_lines

    received = Received(path, [])
    received.lines = find_tables(split_lines(text, path), received)
    return find_report(received, structure, year)


def find_report(received: Received, structure: Structure, year: int | None = None) -> ReceivedReport:
    """The report in lines already read (what :func:`read_received` does after reading the file)."""
    from lawreport.errors import SourceError
    from lawreport.importing.docinfo import issuer_in_title, page_title
    from lawreport.importing.lines import Received as ReceivedLines
    from lawreport.importing.recognise import recognise
    from lawreport.received import covering, furniture, head, layout
    from lawreport.received.caption import byline_line, caption_lines
    from lawreport.received.genre import looks_like
    from lawreport.received.issuer import issuer_type, joint_issuer, office_title, opening_office, page_office
    from lawreport.received.listed import listed_title, stamp_between_titles, stamp_under_title
    from lawreport.received.year import resolve

    if not received.lines:
        raise SourceError("文件中没有任何文字", received.path)
    found = stamp_under_title(received.lines, furniture.find(received.lines))
    lines = list(received.lines)
    for index, at in found.cuts:  # the title, without the page's label after it on its line
        lines[index] = lines[index]._replace(text=lines[index].text[:at].rstrip(" -*\t"))
    top = head.find_head(lines, found)
    found = stamp_between_titles(lines, found, top)
    aside = found.indices | top.aside
    aside |= head.repeated_title(lines, aside)
    kept = head.split_run_on_title([line for index, line in enumerate(lines) if index not in aside])
    spans = tuple(lines[index].span for index in sorted(aside))
    if aside:
        received.note(f"网页附带的内容（共 {len(aside)} {received.unit}：栏目、索引号、发布时间等）不属于报告正文，"
                      "已略过（不导入，也不检查）", spans[0])
    if not kept:
        raise SourceError("文件中只有网页栏目、索引号等附带内容，没有报告正文", received.path)
    kept = covering.reordered(kept) or kept  # a covering letter sent before the report: its 落款 is the report's
    captioned = caption_lines(kept)  # the 题注 under the title of a report made to a meeting
    caption = tuple(kept[index].span for index in captioned)
    if captioned:
        received.note("标题下的题注（会议时间和名称）属于标题部分，不作为正文检查", caption[0])
        kept = [line for index, line in enumerate(kept) if index not in captioned]
    at = byline_line(kept)  # the issuer set under the title on a line of its own (a page's byline)
    byline = kept.pop(at) if at is not None else None
    if byline is not None:
        received.note(f"标题下的“{byline.text.strip()}”是署名，属于标题部分，不作为正文检查", byline.span)
    inner = ReceivedLines(received.path, kept, received.notes, received.unit, received.relative_outline)
    imported = recognise(inner, structure, year, require_year=False)
    report = imported.report
    meta = report.meta
    found_year, source = resolve(year, report, meta.title, found.meta)
    if found_year is not None and report.year != found_year:
        report = _with_year(report, found_year)
    if spans:
        report = _with_page(report, spans, found)
    if caption:  # where the 题注 stands (lint's line rules leave it alone, as the title)
        report = report._replace(meta=report.meta._replace(spans={
            **report.meta.spans, **{f"{CAPTION}{number}": span for number, span in enumerate(caption)}}))
    if byline is not None:
        report = _with_byline(report, byline)
    report = layout.divided(report)  # a heading over two parts: which text is which (the year is known now)
    if any(received.revisions):  # read as accepted; M009 tells the unit to accept or reject them
        report = report._replace(meta=report.meta._replace(
            spans={**report.meta.spans, REVISIONS: Span(received.path, 1, 1)}))
    if received.facts:  # what the reader saw beyond the text (an automatic number's tab…), for lint
        report = report._replace(meta=report.meta._replace(spans={**report.meta.spans, **received.facts}))
    if received.radicals[0]:  # read as the characters; M010 tells the unit its PDF's text is wrong
        report = report._replace(meta=report.meta._replace(
            spans={**report.meta.spans, RADICALS: Span(received.path, received.radicals[1], 1)}))
    kind = layout.layout_of(report)
    missing = layout.missing_parts(report, kind)  # S001 and the audit name the same parts
    if missing:
        received.note("未找到必需的部分：" + "；".join(spec.title_in(report.year) for spec in missing))
    if source == "metadata":
        received.note(f"标题、部分标题和开头语中都没有年份，按日期推断为 {found_year} 年度报告，请核对")
    elif source in ("part-title", "preamble"):
        where = "部分标题" if source == "part-title" else "开头语"
        received.note(f"标题中没有年份，按{where}取 {found_year} 年度", meta.span("title") if meta.title else None)
    meta = report.meta
    listed = None if meta.title else listed_title(lines, found.indices)  # the title only the page's list gives
    issuer = (meta.issuer or (issuer_in_title(listed) if listed else None)
              or page_office(found.meta.get("发布机构"), report) or office_title(meta.title, report)
              or opening_office(report))
    if issuer:
        issuer = joint_issuer(issuer, imported.title_lines)
    kind_of_office = issuer_type(issuer, report)
    # The report is held to the deadline of the kind the whole reader found (from the page, the
    # opening's voice), not only of the 落款's, so that lint's M005, import and the audit agree; a
    # kind nothing shows gets the later, government's deadline, as in the audit: no report is
    # called late on a guess.
    held_as = kind_of_office or ("government" if not meta.issuer else meta.issuer_type)
    if (held_as == "department") != (meta.issuer_type == "department"):
        report = report._replace(meta=meta._replace(issuer_type=held_as))
    signature = meta.signatory if "signatory" in meta.spans else None
    title = page_title(meta.title) if meta.title else listed
    return ReceivedReport(
        path=received.path,
        report=report,
        title=title,
        title_lines=imported.title_lines,
        year=found_year,
        year_source=source,
        issuer=issuer,
        issuer_type=kind_of_office,
        signature=signature,
        date=meta.date_text,
        page_meta=dict(found.meta),
        furniture=spans,
        layout=kind,
        notes=tuple(received.notes),
        unit=received.unit,
        genre=looks_like(report, title),
    )


def _with_year(report: Report, year: int) -> Report:
    """``report`` as a report on ``year`` (each part's title compared with its title for that year)."""
    parts = []
    for part in report.parts:
        spec = report.structure.spec(part.key)
        parts.append(part._replace(title_overridden=spec is None or part.title != spec.title_for(year)))
    return report._replace(year=year, parts=tuple(parts))


def _with_byline(report: Report, byline: Line) -> Report:
    """``report`` with the byline under its title: the 题注's place (lint's line rules leave it
    alone), and the issuer when neither the title nor a 落款 names one."""
    from lawreport.importing.docinfo import issuer_type_of

    meta = report.meta
    spans = {**meta.spans, f"{CAPTION}byline": byline.span, BYLINE: byline.span}
    if meta.issuer:
        return report._replace(meta=meta._replace(spans=spans))
    name = byline.text.strip()
    spans["issuer"] = byline.span
    return report._replace(meta=meta._replace(issuer=name, issuer_type=issuer_type_of(name), spans=spans))


def _with_page(report: Report, furniture: tuple[Span, ...], page: Furniture) -> Report:
    """``report`` with the furniture's positions in its metadata spans: ``furniture:N`` for the
    N-th line set aside, ``page:成文日期`` … for the line where the page gives a value (rules
    read the value there, see :mod:`lawreport.received.facts`), ``excerpt`` when the page says
    part of the text was left out. The page's 发布日期 is the report's publication date (M005 checks
    it against the deadline for publishing), unless the page is a news site's repost or the date
    comes before the report year (a page template's leftover date)."""
    from lawreport.received.year import page_date

    spans = dict(report.meta.spans)
    spans.update((f"furniture:{number}", span) for number, span in enumerate(furniture))
    spans.update((f"page:{key}", span) for key, span in page.where.items())
    if page.omitted:
        spans["excerpt"] = furniture[0]
    published = report.meta.published
    if published is None and "发布日期" in page.where and not page.repost:
        published = page_date({"发布日期": page.meta["发布日期"]})
        if published is not None and report.year and published.year < report.year:
            published = None  # a template's leftover (“时间：2017-08-20”): no report is published before its year
        if published is not None:
            spans["published"] = page.where["发布日期"]
    return report._replace(meta=report.meta._replace(spans=spans, published=published))
