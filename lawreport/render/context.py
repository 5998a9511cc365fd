"""Report → ReportView: everything presentational, computed once for every renderer.

Numbering labels (一、（一）1.（1）), run-in headings merged into their paragraph, the
成文日期 in Chinese form and the placement of the 落款 all live here, so the DOCX and the
HTML cannot disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from lawreport.cjk import em_width
from lawreport.model import Heading, Paragraph, Report, Run, Section, Table
from lawreport.render.columns import TABLE_WIDTH, table_layout
from lawreport.render.titlebreak import title_lines, title_words
from lawreport.render.wordunits import heading_words, number_pieces
from lawreport.text.numbering import label

__all__ = ["Block", "ReportView", "build_view", "chinese_date", "clean_text", "em_width", "place_signature",
           "title_lines", "title_words"]

_CONTROL = dict.fromkeys([*range(0x09), 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF, *range(0xD800, 0xE000)])
"""Code points to delete (a table for str.translate)."""


def clean_text(text: str) -> str:
    """Remove characters that cannot appear in a document (pasted control characters)."""
    if text.isprintable():  # every character _CONTROL deletes, and \x0b, is unprintable
        return text
    return text.replace("\x0b", "\n").translate(_CONTROL)


class Block(NamedTuple):
    """One output paragraph or table.

    ``kind`` is "heading" (a stand-alone heading), "body" (a paragraph, possibly opening
    with a run-in heading) or "table".
    """

    kind: str
    level: int = 0
    """For headings and run-in headings: 1 = 一、 … 4 = （1）; 0 for plain body text."""
    label: str = ""
    heading: str = ""
    """Heading text (stand-alone or run-in), without the label."""
    runs: tuple[Run, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    ident: str = ""
    """A stable id for HTML anchors."""

    @property
    def text(self) -> str:
        """The block's full text as printed (label, run-in heading and body)."""
        if self.kind == "table":
            return "\n".join("\t".join(row) for row in self.rows)
        return self.label + self.heading + "".join(run.text for run in self.runs)

    @property
    def cells(self) -> tuple[tuple[tuple[tuple[str, bool], ...], ...], ...]:
        """For a table, each cell's text as (piece, keep whole) pairs: a number with its unit
        (2019年, 86件) is a piece the HTML keeps on one line (lawreport.render.wordunits)."""
        return tuple(tuple(number_pieces(cell) for cell in row) for row in self.rows)

    @property
    def words(self) -> tuple[tuple[tuple[str, bool], ...], ...]:
        """The label and heading cut into words where a phone may wrap them (lawreport.render.wordunits),
        each word as (piece, keep whole) pairs: a range (2021—2025年) is a piece kept on one line."""
        words = (self.label, *heading_words(self.heading)) if self.label else heading_words(self.heading)
        return tuple(number_pieces(word, ranges_only=True) for word in words)

    @property
    def run_pieces(self) -> tuple[tuple[Run, tuple[tuple[str, bool], ...]], ...]:
        """Each run with its text as (piece, keep whole) pairs: a range (2021—2025年, 1—3月) is a piece
        the HTML keeps on one line, so that it is not cut at its dash."""
        return tuple((run, number_pieces(run.text, ranges_only=True)) for run in self.runs)

    @property
    def table_size(self) -> int:
        """For a table, its type size in half-points as the DOCX sets it: 28 (4号), or 24 or 21 for
        a table too wide for its numbers in 4号 (lawreport.render.columns); 0 for other blocks."""
        if self.kind != "table":
            return 0
        columns = max((len(row) for row in self.rows), default=1)
        return table_layout(self.rows, columns, TABLE_WIDTH).half_points


class ReportView(NamedTuple):
    """What both renderers print, in order."""

    year: int
    title: str
    title_lines: tuple[str, ...]
    """The title as printed, line by line (GB/T 9704 7.3.1: broken between words)."""
    addressee: str
    """With its full-width colon, or "" when there is none."""
    preamble: tuple[Block, ...]
    blocks: tuple[Block, ...]
    signatory: str
    date_text: str
    """成文日期 as printed: 2024年2月22日 (Arabic numerals, no zero padding), or ""."""
    issuer: str
    date_iso: str
    """The 成文日期 as YYYY-MM-DD, or "" (used for document properties)."""

    @property
    def title_words(self) -> tuple[tuple[str, ...], ...]:
        """Each title line cut between its words: where a phone may wrap it (HTML ``<wbr>``)."""
        return tuple(title_words(line, self.issuer) for line in self.title_lines)

    def text_lines(self) -> list[str]:
        """The printed text, one paragraph per line (title, addressee, body, 落款)."""
        lines = ["".join(self.title_lines)]
        if self.addressee:
            lines.append(self.addressee)
        lines.extend(block.text for block in (*self.preamble, *self.blocks))
        lines.extend(x for x in (self.signatory, self.date_text) if x)
        return lines


def chinese_date(year: int, month: int, day: int) -> str:
    """GB/T 9704 7.3.5.4: Arabic numerals, full year, no zero padding."""
    return f"{year}年{month}月{day}日"


def _runs(paragraph: Paragraph) -> tuple[Run, ...]:
    return tuple(Run(clean_text(r.text), r.bold, r.href) for r in paragraph.runs if r.text)


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.count = 0

    def ident(self) -> str:
        self.count += 1
        return f"lr-{self.count}"

    def add_blocks(self, blocks: tuple[Paragraph | Table, ...]) -> None:
        for block in blocks:
            if isinstance(block, Table):
                rows = tuple(tuple(clean_text(c) for c in row) for row in block.rows)
                self.blocks.append(Block("table", rows=rows, ident=self.ident()))
            else:
                self.blocks.append(Block("body", runs=_runs(block), ident=self.ident()))

    def add_section(self, section: Section, number: int) -> None:
        heading: Heading = section.heading
        marker = label(min(heading.level, 4), number)
        title = clean_text(heading.title)
        blocks = section.blocks
        if heading.runin and blocks and isinstance(blocks[0], Paragraph):
            self.blocks.append(Block("body", heading.level, marker, title, _runs(blocks[0]), ident=self.ident()))
            blocks = blocks[1:]
        elif heading.runin:
            self.blocks.append(Block("body", heading.level, marker, title, (), ident=self.ident()))
        else:
            self.blocks.append(Block("heading", heading.level, marker, title, ident=self.ident()))
        self.add_blocks(blocks)
        for index, child in enumerate(section.children, 1):
            self.add_section(child, index)


def build_view(report: Report) -> ReportView:
    """Compute the printed form of ``report``."""
    builder = _Builder()
    for number, part in enumerate(report.parts, 1):
        builder.blocks.append(Block("heading", 1, label(1, number), clean_text(part.title), ident=builder.ident()))
        builder.add_blocks(part.blocks)
        for index, section in enumerate(part.sections, 1):
            builder.add_section(section, index)
    preamble = tuple(Block("body", runs=_runs(p), ident=f"lr-preamble-{i}") for i, p in enumerate(report.meta.preamble, 1))
    meta = report.meta
    date = meta.date
    title = clean_text(report.title)
    return ReportView(
        year=report.year,
        title=title.replace("\n", ""),
        title_lines=title_lines(title, clean_text(meta.issuer)),
        addressee=f"{clean_text(meta.addressee)}：" if meta.addressee else "",
        preamble=preamble,
        blocks=tuple(builder.blocks),
        signatory=clean_text(meta.signatory),
        date_text=chinese_date(date.year, date.month, date.day) if date else "",
        issuer=clean_text(meta.issuer),
        date_iso=date.isoformat() if date else "",
    )


class SignaturePlacement(NamedTuple):
    """Right indents, in em, of the 署名 and 成文日期 lines (GB/T 9704 7.3.5.2, no seal)."""

    signatory_right: float
    date_right: float


def place_signature(signatory: str, date_text: str) -> SignaturePlacement:
    """The signature ends 2 em from the right margin and the date starts 2 em right of it;
    when the date is the longer, the date ends 2 em from the margin and the signature moves left.
    A signature over several lines (joint reports) is placed by its longest line."""
    sig = max((em_width(line) for line in signatory.split("\n")), default=0.0)
    date = em_width(date_text)
    if not date_text:
        return SignaturePlacement(2.0, 2.0)
    if date + 2 <= sig:
        return SignaturePlacement(2.0, sig - date)
    return SignaturePlacement(4.0 + date - sig, 2.0)
