"""From pieces of text placed on PDF pages to the report's paragraphs.

A PDF says only where each piece of text is drawn. Official documents (GB/T 9704) are set in a
way that shows their paragraphs: the body's lines start at one left margin and run to the right
margin; a paragraph's first line is indented two characters, and its last line usually stops short;
headings, the addressee and the 落款 stand on lines of their own; the title is larger and centred.
So, on each page:

1. pieces on one baseline are one printed line, read left to right; a wide gap between two pieces
   (a table's cells, a spaced-out layout) becomes a tab, so that a table is read as a table;
2. page furniture is dropped: page numbers (“— 1 —”, “- 2 -”, “第 3 页 共 5 页”, “3/5”) in the top or
   bottom band of the page, and, in a document of two pages or more, any line that stands in that
   band on at least half of them (the header and
   footer a browser prints: date, page title, address);
3. a printed line starts a new paragraph when it is indented past the body's left margin (first
   lines, headings, centred and right-aligned lines), when its type size differs from the line
   before, or when either is a table row. In a document whose paragraphs are not shown by a
   first-line indent (a web page printed to PDF), a line also starts a new paragraph when the
   line before it stopped well short of the right margin. Lines of the larger title size run on
   as one title.

A table that runs onto the next page often repeats its header rows there (Word's “重复标题行”):
rows at the top of a page that repeat the table's first rows (up to three), in their order, are the
page's layout, not rows, and are left out.

The margins are the whole document's (the most common line start; the line end that four in five
body lines reach), so that a last page of a few short lines is measured against the same margin.
A line's right end is estimated from its characters' widths (1 em for Chinese, 0.6 em for digits
and Latin letters), since the PDF gives only where each piece starts; taking narrow characters
wide errs towards one paragraph and one cell, never towards a false break.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from lawreport.cjk import em_width

_SAME_LINE = 0.35
"""Pieces whose baselines differ by less than this share of the type size are on one line."""
_CELL_GAP = 1.0
"""A gap of this many em between two pieces of a line separates table cells (a tab)."""
_INDENT = 0.8
"""A line starting this many em right of the page's left margin is indented."""
_SHORT = 1.5
"""A line ending this many em before the page's right margin ends its paragraph."""
_LOOKS = 16
"""Lines a piece of text may be compared with, on average over a page, to find the line it is on."""
_BAND = 0.1
"""The top and bottom tenth of a page, where headers, footers and page numbers stand."""
_HEADER_ROWS = 3
"""A table's first rows that may be repeated as its header at the top of each next page."""
_PAGE_NUMBER = re.compile(r"[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页")


class Chunk(NamedTuple):
    """A piece of text as the page draws it: where it starts (x None: not known), its baseline, size."""

    x: float | None
    y: float
    size: float
    text: str


class Page(NamedTuple):
    """One page's size (points) and pieces of text in drawing order."""

    number: int
    width: float
    height: float
    chunks: tuple[Chunk, ...]
    images: bool = False
    """Whether the page draws an image (``pdfscan``: a page of images and no text is a scan)."""


class PrintedLine(NamedTuple):
    """One line as printed: where it starts and (estimated) ends, its baseline and type size."""

    left: float | None
    right: float
    y: float
    size: float
    text: str
    page: int
    """The page's number, from 1."""


class PdfParagraph(NamedTuple):
    """One paragraph rebuilt from the layout, and the page its first line is printed on."""

    text: str
    page: int


def _width(text: str) -> float:
    """``text``'s printed width in em, erring wide: digits and Latin letters, half an em in Word's
    fonts, are up to 0.6 em in others, and a width taken too wide never makes a gap or a short line."""
    wide = em_width(text)
    return wide + 0.2 * (len(text) - wide)


class LayoutTooComplex(Exception):
    """A page whose pieces of text would take too long to gather into lines (``page``: its number)."""

    def __init__(self, page: int) -> None:
        super().__init__(page)
        self.page = page


def _rows(page: Page) -> list[list[Chunk]]:
    """The page's pieces gathered into printed lines: a piece joins the earliest line whose first
    piece stands on its baseline (within ``_SAME_LINE`` of the larger type size), else starts one.

    Lines are looked up by baseline (a sorted list), not one by one: a page of tens of thousands of
    baselines was quadratic (a 1 MB content stream of 32,000 one-word lines took 80 s). A piece is
    compared only with the lines within reach of the tallest type on the page; a page where that
    still means many comparisons a piece (type sizes thousands of times apart) is refused with
    :class:`LayoutTooComplex`, since no report's page is set so.
    """
    rows: list[list[Chunk]] = []
    baselines: list[float] = []  # the lines a piece may join: their baselines, negated (pages are drawn top down)
    numbers: list[int] = []  # the index in ``rows`` of each
    tallest, budget = 0.0, 4096 + _LOOKS * len(page.chunks)
    for chunk in page.chunks:
        if chunk.x is None and rows:  # a piece pypdf split off at a line break: the next line, place unknown
            rows.append([chunk._replace(y=rows[-1][0].y - 1.5 * chunk.size)])
            continue
        reach = _SAME_LINE * max(tallest, chunk.size)
        low, high = bisect_left(baselines, -chunk.y - reach), bisect_right(baselines, -chunk.y + reach)
        budget -= high - low
        if budget < 0:
            raise LayoutTooComplex(page.number)
        joined = min((numbers[at] for at in range(low, high)
                      if abs(rows[numbers[at]][0].y - chunk.y) < _SAME_LINE * max(rows[numbers[at]][0].size, chunk.size)),
                     default=None)
        if joined is not None:
            rows[joined].append(chunk)
            continue
        rows.append([chunk])
        if chunk.x is not None:
            at = bisect_right(baselines, -chunk.y)
            baselines.insert(at, -chunk.y)
            numbers.insert(at, len(rows) - 1)
            tallest = max(tallest, chunk.size)
    return rows


def _printed_lines(page: Page) -> list[PrintedLine]:
    rows = _rows(page)
    lines: list[PrintedLine] = []
    for row in sorted(rows, key=lambda r: -r[0].y):
        placed = sorted((c for c in row if c.x is not None), key=lambda c: c.x or 0.0) or row
        text, end = "", None
        for chunk in placed:
            if end is not None and chunk.x is not None and chunk.x - end > _CELL_GAP * chunk.size:
                text += "\t"
            text += chunk.text
            end = (chunk.x or 0.0) + _width(chunk.text) * chunk.size
        size = Counter(c.size for c in row).most_common(1)[0][0]
        lines.append(PrintedLine(placed[0].x, end or 0.0, row[0].y, size, text.strip(), page.number))
    return [line for line in lines if line.text]


def _in_band(line: PrintedLine, page: Page) -> bool:
    return line.y > page.height * (1 - _BAND) or line.y < page.height * _BAND


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def _drop_furniture(pages: Sequence[Page], printed: list[list[PrintedLine]]) -> list[list[PrintedLine]]:
    counts = Counter(key for page, lines in zip(pages, printed, strict=True)
                     for key in {_furniture_key(line.text) for line in lines if _in_band(line, page)})
    # a running header or footer: on two pages at least (on a two-page PDF, a title at the top of page 1 is no header)
    repeated = {key for key, count in counts.items() if count >= 2 and count * 2 >= len(pages)}
    return [[line for line in lines
             if not (_in_band(line, page) and (_PAGE_NUMBER.fullmatch(line.text.strip())
                                               or _furniture_key(line.text) in repeated))]
            for page, lines in zip(pages, printed, strict=True)]


class _Margins(NamedTuple):
    left: float
    right: float
    size: float


def _margins(lines: list[PrintedLine]) -> _Margins:
    """The body's left margin, right margin and type size.

    The left margin is the most common line start, unless lines also start about two characters
    further left: then the common start is the first-line indent of a report whose paragraphs are
    mostly one line long, and the margin is where those lines start (the addressee, a paragraph's
    second line). The right margin is where four in five of the lines from the margin end.
    """
    size = Counter(round(line.size, 1) for line in lines).most_common(1)[0][0]
    starts = Counter(round(line.left) for line in lines if line.left is not None)
    left = float(min(starts.most_common(3), key=lambda item: (-item[1], item[0]))[0]) if starts else 0.0
    outer = [start for start in starts if abs(left - start - 2 * size) < 0.4 * size]
    if outer:
        left = float(min(outer))
    ends = sorted(line.right for line in lines if line.left is not None and abs(line.left - left) < 2)
    right = ends[int(len(ends) * 0.8)] if ends else max(line.right for line in lines)
    return _Margins(left, right, size)


def _join(before: str, after: str) -> str:
    if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha():
        return f"{before} {after}"
    return before + after


def _indented_style(lines: list[PrintedLine], margins: _Margins) -> bool:
    """Whether paragraphs are shown by a first-line indent of about two characters (as GB/T 9704 sets
    them): then a line that stops short does not by itself end a paragraph (a line also stops short
    where a number or a Latin word does not fit)."""
    placed = [line for line in lines if line.left is not None]
    indented = sum(1.5 * line.size <= (line.left or 0.0) - margins.left <= 2.5 * line.size for line in placed)
    return indented >= max(2, 0.05 * len(placed))


def body_lines(pages: Sequence[Page]) -> list[PrintedLine]:
    """Every printed line of the document but its page furniture (steps 1 and 2), in reading order."""
    return [line for page_lines in _drop_furniture(pages, [_printed_lines(page) for page in pages])
            for line in page_lines]


def paragraphs(lines: Sequence[PrintedLine]) -> list[PdfParagraph]:
    """The paragraphs of the body's lines (step 3), in reading order."""
    if not lines:
        return []
    margins = _margins(lines)  # one body block for the whole document: a last page may hold one short line
    short_ends = not _indented_style(lines, margins)
    texts: list[PdfParagraph] = []
    previous: PrintedLine | None = None
    heading_rows: list[str] = []  # the first rows of the table being read
    repeated = 0  # how many of them the rows at the top of this page have repeated so far
    for line in lines:
        if "\t" in line.text and previous is not None and "\t" in previous.text:
            if (line.page != previous.page and repeated < len(heading_rows)
                    and line.text == heading_rows[repeated]):
                repeated += 1
                continue  # a header row repeated at the top of the next page
            repeated = 0
            if len(heading_rows) < _HEADER_ROWS and previous.page == line.page:
                heading_rows.append(line.text)
        elif "\t" in line.text:
            heading_rows, repeated = [line.text], 0
        size_changed = previous is not None and abs(line.size - previous.size) > 0.15 * margins.size
        title_run = (previous is not None and not size_changed and line.size > 1.15 * margins.size
                     and "\t" not in line.text)
        starts = (previous is None or "\t" in line.text or "\t" in previous.text or size_changed
                  or (not title_run and line.left is not None and line.left > margins.left + _INDENT * line.size)
                  or (short_ends and not title_run and previous.right < margins.right - _SHORT * previous.size))
        if starts or not texts:
            texts.append(PdfParagraph(line.text, line.page))
        else:
            texts[-1] = texts[-1]._replace(text=_join(texts[-1].text, line.text))
        previous = line
    return texts
