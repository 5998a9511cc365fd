"""Reading one table of a received Word document: its rows and cells as the reader's walker
(``docxreader``) meets them.

Every cell paragraph counts as a paragraph (positions are paragraph numbers); a cell's
paragraphs are joined by spaces, and a one-paragraph cell keeps where its text is so that lint
can place a finding in it. A merged cell (``w:gridSpan``) is followed by empty cells, a row
deleted as a tracked change is left out when the changes are accepted, and the lines of a short
table are kept beside it (a 落款 laid out in a table: ``docxtail``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lawreport.importing import docxparts
from lawreport.importing.docxbreaks import pieces
from lawreport.importing.docxtail import MAX_SIGNATURE_LINES
from lawreport.importing.lines import Line
from lawreport.model import OffsetMap, Span, Table
from lawreport.ooxml import tables
from lawreport.ooxml.names import w
from lawreport.ooxml.values import int_attr
from lawreport.text.spaces import EDGE_SPACE

if TYPE_CHECKING:
    from lxml import etree

    from lawreport.importing.docxruns import Counts
    from lawreport.importing.lines import Received
    from lawreport.ooxml.package import Package

MAX_GRID_SPAN = 63
"""Word allows at most 63 columns; a larger ``w:gridSpan`` is corrupt (and must not blow up memory)."""


class TableReader:
    """The walker's reading of tables; the walker gives the state named here."""

    received: Received
    accept: bool
    package: Package
    number: int
    counts: Counts
    join_next: bool
    tables: list[tuple[Line, list[Line]]]
    paragraph_text: Callable[[etree._Element], str]
    """A cell paragraph's visible text (``docxruns.ParagraphText``)."""

    def table(self, tbl: etree._Element) -> None:
        self.join_next = False  # a hidden mark before a table: nothing to join
        path = self.received.path
        first = self.number + 1
        rows: list[tuple[str, ...]] = []
        spans: list[Span] = []
        places: list[tuple[OffsetMap | None, ...]] = []
        shown: list[Line] = []
        for tr in tables.rows(tbl):
            cells: list[str] = []
            row_lines: list[Line] = []
            offsets: list[OffsetMap | None] = []
            row_span = Span(path, self.number + 1, 1)
            for tc in tables.cells(tr):
                texts = []
                place: OffsetMap | None = None
                for p in tables.cell_blocks(tc, self.accept):
                    if p.tag == w("altChunk"):
                        self.counts.chunks.append((self.number + 1, docxparts.chunk_type(self.package, p)))
                        continue
                    self.number += 1
                    raw = self.paragraph_text(p)
                    piece = raw.strip(EDGE_SPACE)
                    row_lines += [Line(text, Span(path, self.number, lead + 1), OffsetMap(path, ((0, self.number, lead + 1),)))
                                  for lead, text in pieces(raw)]
                    if piece:
                        texts.append(piece.replace("\n", " "))
                        lead = len(raw) - len(raw.lstrip(EDGE_SPACE))
                        place = OffsetMap(path, ((0, self.number, lead + 1),)) if "\n" not in piece else None
                if len(texts) > 1:
                    self.counts.multi_paragraph_cells += 1
                cells.append(" ".join(texts))
                offsets.append(place if len(texts) == 1 else None)  # lint places a one-paragraph cell
                tcpr = tc.find(w("tcPr"))
                span = tcpr.find(w("gridSpan")) if tcpr is not None else None
                width = int_attr(span.get(w("val"), "1"), 1, MAX_GRID_SPAN) if span is not None else None
                if width is not None and width > 1:
                    self.counts.merged_cells += 1
                    cells.extend([""] * (width - 1))
                    offsets.extend([None] * (width - 1))
            trpr = tr.find(w("trPr"))
            if self.accept and trpr is not None and trpr.find(w("del")) is not None:
                continue  # a deleted row: accepting the changes removes it
            if len(shown) <= MAX_SIGNATURE_LINES:  # a longer table is no 落款: its lines are not kept
                shown += row_lines
            rows.append(tuple(cells))
            spans.append(row_span)
            places.append(tuple(offsets))
        if not rows:
            return
        table = Table(tuple(rows), Span(path, first, 1), tuple(spans), tuple(places))
        self.received.lines.append(Line("", Span(path, first, 1), OffsetMap(path, ((0, first, 1),)), table=table))
        self.tables.append((self.received.lines[-1], shown))
