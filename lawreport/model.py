"""The document model: a frozen, position-carrying view of one year's report.

Everything downstream (checks, renderers, diff) reads these values and never mutates them.
This module imports nothing from the rest of lawreport but the required structure's types
(``lawreport.partspecs``), which it re-exports.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from lawreport.partspecs import PartSpec as PartSpec  # the required structure, used by the model's users
from lawreport.partspecs import Structure as Structure


class Span(NamedTuple):
    """A position in a source file; line and column are 1-based, column counts characters."""

    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Run(NamedTuple):
    """Inline text with one style: the unit both an HTML element and a DOCX run map to."""

    text: str
    bold: bool = False
    href: str | None = None
    """Target of a link (already checked to be a safe scheme), or None."""


class OffsetMap(NamedTuple):
    """Maps an offset in a paragraph's text to its line and column in the source file.

    ``anchors`` holds ``(text_offset, line, column)`` triples sorted by offset: the character
    at ``text_offset`` stands at ``line:column``, and the following characters up to the next
    anchor follow it on the same line.
    """

    path: Path
    anchors: tuple[tuple[int, int, int], ...]

    def span_at(self, offset: int) -> Span:
        """Return the source position of the character at ``offset`` of the text."""
        if not self.anchors:
            return Span(self.path, 1, 1)
        index = bisect.bisect_right(self.anchors, (offset, 1 << 62, 0)) - 1
        index = max(index, 0)
        start, line, column = self.anchors[index]
        return Span(self.path, line, column + max(offset - start, 0))


class Paragraph(NamedTuple):
    """A paragraph of body text."""

    runs: tuple[Run, ...]
    span: Span
    offsets: OffsetMap | None = None

    @property
    def text(self) -> str:
        """The paragraph's plain text, without Markdown markup."""
        runs = self.runs
        return runs[0].text if len(runs) == 1 else "".join(run.text for run in runs)

    def span_at(self, offset: int) -> Span:
        """Source position of ``self.text[offset]``."""
        if self.offsets is None:
            return self.span
        return self.offsets.span_at(offset)


class Table(NamedTuple):
    """A table; the first row is the header row."""

    rows: tuple[tuple[str, ...], ...]
    span: Span
    row_spans: tuple[Span, ...] = ()
    cell_offsets: tuple[tuple[OffsetMap | None, ...], ...] = ()
    """Per row, per cell: where each character of the cell text is in the file (Markdown
    sources); empty when unknown (a received report: lint finds the cell in its row's line)."""


Block = Paragraph | Table


class Heading(NamedTuple):
    """A heading inside a part; numbered by the compiler, never by the author."""

    level: int
    """Depth in the document: 1 = 一、 (a part), 2 = （一）, 3 = 1., 4 = （1）."""
    title: str
    """The heading text without any numbering marker."""
    span: Span
    runin: bool = False
    """A run-in heading: printed at the start of the following paragraph (written ending in 。)."""
    typed_marker: str | None = None
    """A numbering marker the author typed by hand (e.g. "（三）"), removed from ``title``."""
    title_offsets: OffsetMap | None = None

    def span_at(self, offset: int) -> Span:
        """Source position of ``self.title[offset]``."""
        if self.title_offsets is None:
            return self.span
        return self.title_offsets.span_at(offset)


class Section(NamedTuple):
    """A heading with the blocks under it and its subsections."""

    heading: Heading
    blocks: tuple[Block, ...] = ()
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and all sections below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


class OpenSection:
    """A section while its source is read: the blocks and subsections still being collected."""

    __slots__ = ("heading", "blocks", "children")

    def __init__(self, heading: Heading) -> None:
        self.heading = heading
        self.blocks: list[Block] = []
        self.children: list[Section] = []

    def close(self) -> Section:
        """The finished, immutable section."""
        return Section(self.heading, tuple(self.blocks), tuple(self.children))


def _place(section: tuple[int, ...], block: int) -> tuple[tuple[int, int], ...]:
    """Where a block stands in a part (see Share), as a key that sorts in document order: a
    section's heading (-1) before its blocks, and they before its children."""
    return (*((1, index) for index in section), (0, block))


class Share(NamedTuple):
    """Under a part title that names several parts (“三、存在的问题和下一步打算”): where the text
    of one of them begins, as the reader told them apart. It runs up to where the next share begins."""

    key: str
    """The part whose text this is (``shortcomings``, ``plans`` …)."""
    section: tuple[int, ...] = ()
    """The path to the section it begins in: its index among the part's sections, then among that
    section's children …; ``()`` for the part's own blocks before its first heading."""
    block: int = 0
    """The first block that is its text, among that section's blocks; -1 when the section's heading begins it."""
    title: str = ""
    """The sub-heading or paragraph at its beginning that only names it (“下一步打算”, “下一步工作打算：”,
    or a paragraph ending in a colon that introduces it), which is its title rather than its text;
    "" when its text begins without one."""


class Part(NamedTuple):
    """One top-level part of the report, loaded from one Markdown file."""

    key: str
    title: str
    title_span: Span
    """Where the title comes from: the front matter override, or the file's first line."""
    blocks: tuple[Block, ...]
    """Blocks before the first heading."""
    sections: tuple[Section, ...]
    path: Path
    title_overridden: bool = False
    marker: str | None = None
    """The part's numbering marker as written in a received report (e.g. "一、"); None in sources."""
    names: tuple[str, ...] = ()
    """When the title names several required parts (“存在的问题和下一步打算”), their keys in the
    title's order (``("shortcomings", "plans")``); empty for a title over one part."""
    shares: tuple[Share, ...] = ()
    """Where the text of each part of ``names`` begins, in order; empty when the text does not tell
    them apart (and for a title over one part). Set by lawreport.received.layout.divided: the
    received-report reader calls it, and diff on the workspace years it loads."""

    def walk(self) -> Iterator[Section]:
        """Every section of the part in document order."""
        for section in self.sections:
            yield from section.walk()

    def share_of(self, section: tuple[int, ...] = (), block: int = -1) -> str:
        """The key of the part whose text stands at ``block`` (-1: the heading) of the section at
        ``section`` (see Share): this part's own key, or under a divided title, its share's."""
        if not self.shares:
            return self.key
        place = _place(section, block)
        found = self.shares[0].key
        for share in self.shares[1:]:
            if _place(share.section, share.block) <= place:
                found = share.key
        return found


class Metadata(NamedTuple):
    """The report's metadata (``report.yaml``)."""

    issuer: str
    issuer_type: str
    addressee: str | None
    title: str | None
    date: _dt.date | None
    signatory: str
    preamble: tuple[Paragraph, ...]
    published: _dt.date | None
    path: Path
    date_text: str | None = None
    """The 成文日期 exactly as written (a received report's own line), for format checks."""
    spans: Mapping[str, Span] = {}  # shared default, never mutated: every loader passes its own
    """Where each key is written."""

    def span(self, key: str) -> Span:
        """Where ``key`` is written, or the top of the file."""
        return self.spans.get(key, Span(self.path, 1, 1))


class Report(NamedTuple):
    """One year's report."""

    year: int
    meta: Metadata
    parts: tuple[Part, ...]
    structure: Structure
    directory: Path
    sources: Mapping[Path, str] = {}  # shared default, never mutated: the loader passes its own
    """The text of every file the report was loaded from (report.yaml and each part's .md), as
    read once by the loader: lint's source lines and the build's input digest are made from it,
    so that they describe exactly what was built."""

    @property
    def title(self) -> str:
        """The document title: the metadata override, or the structure's pattern."""
        if self.meta.title:
            return self.meta.title
        return self.structure.title.format(
            issuer=self.meta.issuer, year=self.year, next_year=self.year + 1
        )

    def part(self, key: str) -> Part | None:
        """The part with ``key``, if present."""
        for part in self.parts:
            if part.key == key:
                return part
        return None

    def headings(self) -> Iterator[Heading]:
        """Every heading below the part titles, in document order."""
        for part in self.parts:
            for section in part.walk():
                yield section.heading

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every body paragraph (preamble included), in document order."""
        yield from self.meta.preamble
        for part in self.parts:
            yield from (b for b in part.blocks if isinstance(b, Paragraph))
            for section in part.walk():
                yield from (b for b in section.blocks if isinstance(b, Paragraph))
