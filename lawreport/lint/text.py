"""Shared text helpers for rules: character classes and the text units a report contains.

``units(doc)`` yields every piece of running text with a way to map an offset in it back to
its file position: body paragraphs (preamble included), heading titles, part titles that
were written by hand (overridden or received), a written document title and table cells.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from lawreport.lint.base import Document, Edit, Fix
from lawreport.lint.urls import url_spans
from lawreport.model import OffsetMap, Section, Span, Table


class TextUnit(NamedTuple):
    """A run of text and the map from its offsets to file positions."""

    text: str
    kind: str
    """"paragraph", "heading", "part-title", "title" or "cell"."""
    span_at: Callable[[int], Span]

    def fix(self, start: int, old: str, new: str) -> Fix | None:
        """A fix replacing ``text[start:start+len(old)]`` by ``new``, if it lies on one line."""
        first = self.span_at(start)
        if old:
            last = self.span_at(start + len(old) - 1)
            if last.line != first.line or last.column - first.column != len(old) - 1:
                return None
        return Fix((Edit(first.line, first.column, old, new),))

    def fixes(self, edits: list[tuple[int, str, str]]) -> Fix | None:
        """One fix made of several edits ``(start, old, new)``; None if any cannot be placed."""
        parts: list[Edit] = []
        for start, old, new in edits:
            single = self.fix(start, old, new)
            if single is None:
                return None
            parts.extend(single.edits)
        return Fix(tuple(parts))


def line_map(doc: Document, span: Span, text: str) -> OffsetMap:
    """Map ``text`` written from ``span`` on, possibly over several lines (a split title)."""
    anchors: list[tuple[int, int, int]] = []
    offset, number = 0, span.line
    while offset < len(text):
        raw = doc.line(span.path, number)
        if raw is None:
            break
        rest, content = text[offset:], raw.strip()
        whole = raw.find(rest)
        if whole >= 0:
            anchors.append((offset, number, whole + 1))
            break
        if content and rest.startswith(content):
            anchors.append((offset, number, raw.find(content) + 1))
            offset += len(content)
        elif content or not anchors:
            break
        number += 1
    if not anchors:
        anchors.append((0, span.line, span.column))
    return OffsetMap(span.path, tuple(anchors))


def sections(doc: Document) -> tuple[Section, ...]:
    """Every section of every part, in document order (computed once per document)."""
    return doc.derived("sections", lambda: tuple(section for part in doc.report.parts for section in part.walk()))


def units(doc: Document) -> tuple[TextUnit, ...]:
    """Every text unit of the report in document order (computed once per document)."""
    return doc.derived("units", lambda: tuple(_units(doc)))


def _units(doc: Document) -> Iterator[TextUnit]:
    report = doc.report
    meta = report.meta
    if meta.title and "title" in meta.spans:
        title_map = line_map(doc, meta.spans["title"], meta.title)
        yield TextUnit(meta.title, "title", title_map.span_at)
    for paragraph in meta.preamble:
        yield TextUnit(paragraph.text, "paragraph", paragraph.span_at)
    for part in report.parts:
        if part.title_overridden or doc.received:
            part_map = line_map(doc, part.title_span, part.title)
            yield TextUnit(part.title, "part-title", part_map.span_at)
        yield from _blocks(doc, part.blocks)
        for section in part.walk():
            heading = section.heading
            yield TextUnit(heading.title, "heading", heading.span_at)
            yield from _blocks(doc, section.blocks)


def _blocks(doc: Document, blocks: tuple[object, ...]) -> Iterator[TextUnit]:
    for block in blocks:
        if isinstance(block, Table):
            yield from _cells(doc, block)
        elif hasattr(block, "runs"):
            yield TextUnit(block.text, "paragraph", block.span_at)  # type: ignore[attr-defined]


def _cells(doc: Document, table: Table) -> Iterator[TextUnit]:
    """The non-empty cells of ``table``: placed by the parser's offsets (Markdown sources), else
    found in their row's line (a received .txt or .md); a cell that cannot be placed exactly
    (a Word table, whose cells are paragraphs of their own) is left out rather than misplaced."""
    for number, row in enumerate(table.rows):
        maps = table.cell_offsets[number] if number < len(table.cell_offsets) else ()
        span = table.row_spans[number] if number < len(table.row_spans) else None
        raw = doc.line(span.path, span.line) if span is not None else None
        cursor = 0
        for index, cell in enumerate(row):
            offsets = maps[index] if index < len(maps) else None
            if not cell.strip():
                continue
            if offsets is not None:
                yield TextUnit(cell, "cell", offsets.span_at)
                continue
            found = raw.find(cell, cursor) if raw is not None and span is not None else -1
            if found < 0 or span is None:
                continue
            cursor = found + len(cell)
            yield TextUnit(cell, "cell", OffsetMap(span.path, ((0, span.line, found + 1),)).span_at)


def in_url(text: str, index: int) -> bool:
    """Whether ``text[index]`` lies inside a URL or e-mail address."""
    spans = _url_spans(text)
    at = bisect.bisect_right(spans, (index, len(text) + 1)) - 1
    return at >= 0 and spans[at][0] <= index < spans[at][1]


@functools.lru_cache(maxsize=16)
def _url_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The URLs and e-mail addresses of ``text``, found once per text (a rule asks about each of
    its marks: searching the text each time would be quadratic)."""
    return url_spans(text)


def end_of(doc: Document) -> Span:
    """The position just after the report's last text (for findings about something missing)."""
    last: Span | None = None
    for unit in units(doc):
        span = unit.span_at(max(len(unit.text) - 1, 0))
        if last is None or (str(span.path), span.line) >= (str(last.path), last.line):
            last = span
    if last is None:
        return Span(doc.report.meta.path, 1, 1)
    return Span(last.path, last.line + 1, 1) if doc.received else Span(last.path, last.line, 1)


def first_path(doc: Document) -> Path:
    """The file a finding about the whole report points at."""
    return doc.report.meta.path
