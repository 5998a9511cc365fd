"""Report → ReportView: everything presentational, computed once for every renderer.

Numbering labels (一、（一）1.（1）), run-in headings merged into their paragraph, the
成文日期 in Chinese form and the placement of the 落款 all live here, so the DOCX and the
HTML cannot disagree.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lawreport.model import Heading, Paragraph, Report, Run, Section, Table
from lawreport.text.numbering import label

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
        return tuple(title_words(line) for line in self.title_lines)

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


TITLE_EMS_PER_LINE = 20  # 156 mm of 2号 (22 pt) characters
_BREAK_AFTER = re.compile(r"局|委(?!员)|府|院|室|办(?!公)|会|厅|部|处|所|中心|\d{4}年度|\d{4}年(?!度)")
_BREAK_BEFORE = re.compile(r"法治政府建设|关于|年度报告|情况报告|工作报告|的报告")


def _cuts(title: str) -> set[int]:
    """Offsets in ``title`` between two words (after an office or a year, before a set phrase)."""
    phrases = list(_BREAK_BEFORE.finditer(title))
    inside = {i for m in phrases for i in range(m.start() + 1, m.end())}  # 法治政府|建设 is one word
    return ({m.end() for m in _BREAK_AFTER.finditer(title)} - inside) | {m.start() for m in phrases}


def title_words(line: str) -> tuple[str, ...]:
    """A title line cut between its words, where a narrow screen may wrap it (never inside a word)."""
    bounds = [0, *sorted(c for c in _cuts(line) if 0 < c < len(line)), len(line)]
    return tuple(line[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if a < b)


def title_lines(title: str) -> tuple[str, ...]:
    """Break a long title between words, as GB/T 9704 7.3.1 asks (words intact, balanced).

    A title the author broke by hand (a line break in the metadata) is kept as written.
    """
    if "\n" in title:
        return tuple(line.strip() for line in title.split("\n") if line.strip())
    if em_width(title) <= TITLE_EMS_PER_LINE:
        return (title,)
    best: tuple[float, int] | None = None
    for cut in sorted(_cuts(title)):
        first, second = title[:cut], title[cut:]
        if not first or not second or max(em_width(first), em_width(second)) > TITLE_EMS_PER_LINE:
            continue
        score = abs(em_width(first) - em_width(second))
        if best is None or score < best[0]:
            best = (score, cut)
    if best is None:
        return (title,)
    return (title[: best[1]], title[best[1] :])


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
        title_lines=title_lines(title),
        addressee=f"{clean_text(meta.addressee)}：" if meta.addressee else "",
        preamble=preamble,
        blocks=tuple(builder.blocks),
        signatory=clean_text(meta.signatory),
        date_text=chinese_date(date.year, date.month, date.day) if date else "",
        issuer=clean_text(meta.issuer),
        date_iso=date.isoformat() if date else "",
    )


def em_width(text: str) -> float:
    """Printed width in em: CJK and full-width characters 1, digits and Latin 0.5."""
    return sum(0.5 if ord(ch) < 0x2E80 and ch not in "—…“”‘’" else 1.0 for ch in text)


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
