"""A 落款 that a Word file lays out in a table or a text box: read as the lines it shows.

WPS and Word users place the 落款 and 成文日期 with a borderless table (the name over the date in
the right-hand cell, two offices side by side for a joint report, a cell to hold the seal). As a
table the reader would find no 落款 above the end of the document (lint: M003 缺少落款; audit: no
date, so no deadline). A table that ends the document and shows only a few short lines, the
last of them a date, is read as those lines, each at its own paragraph, and so is a table of
offices' names just above the closing date: :func:`unfold_signature`.
Text boxes are not read (a 红头 stands in one, or a note beside the text), but a 落款 in text
boxes anchored at or after the last paragraph read, below a body that ends with no date, is read
as their lines, at the anchoring paragraph: :func:`boxed_signature`.
Attachments after the 落款 (GB/T 9704 7.4: ``附件1``, its title, its table) do not end the
document with the 落款: both look also just above the first ``附件``/``附件1`` line.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from lawreport.importing.attachments import ATTACHED_LABEL
from lawreport.importing.docxbreaks import pieces
from lawreport.importing.lines import Line, Received
from lawreport.importing.recognise import looks_like_office
from lawreport.model import OffsetMap, Span
from lawreport.ooxml import compat
from lawreport.ooxml.names import w
from lawreport.text.dates import is_date_text

MAX_SIGNATURE_LINES = 6
"""Lines of a 落款 table at most: up to four offices of a joint report, the date, one spare."""
_SENTENCE = "。；！？，,;!?"


def is_signature_table(lines: list[Line]) -> bool:
    """Whether the non-empty lines of a table's cells are a 落款: offices' names (“……局”), then
    the date; a table of figures or dates (“项目 | 完成时间”) is not one."""
    if not 2 <= len(lines) <= MAX_SIGNATURE_LINES or not is_date_text(lines[-1].text):
        return False
    return all(looks_like_office(line.text) and not any(ch in line.text for ch in _SENTENCE)
               for line in lines[:-1])


def _signature_ends(lines: list[Line]) -> list[int]:
    """Where a 落款 may end: the end of the document, then above each ``附件``/``附件1`` line below
    the first line (the attachments after the 落款, GB/T 9704 7.4)."""
    return [len(lines)] + [index for index, line in enumerate(lines)
                           if index and line.table is None and ATTACHED_LABEL.match(line.text)]


def unfold_signature(received: Received, tables: list[tuple[Line, list[Line]]]) -> None:
    """Replace a table by its cells' lines (``tables``: each table's line and its cells' lines in
    reading order), with a note, when they are a 落款 (:func:`is_signature_table`) and the table is
    the last of ``received``'s lines, or stands just above the last line, a date, and they are the
    offices' names of its 落款. The same above the attachments after the 落款 (GB/T 9704 7.4: the
    first ``附件``/``附件1`` line after it), when the document does not end with a 落款."""
    cells = {id(line): shown for line, shown in tables}
    for end in _signature_ends(received.lines):
        if _unfold_above(received, end, cells):
            return


def _unfold_above(received: Received, end: int, cells: dict[int, list[Line]]) -> bool:
    """:func:`unfold_signature` for a 落款 that ends just above ``lines[end]``."""
    lines = received.lines
    last = lines[end - 1] if end >= 1 else None
    if last is not None and id(last) in cells and is_signature_table(cells[id(last)]):
        lines[end - 1 : end] = cells[id(last)]
        received.note("落款和成文日期排在表格中，已按落款读取", cells[id(last)][0].span)
        return True
    above = lines[end - 2] if end >= 2 else None
    if (above is not None and last is not None and id(above) in cells and last.table is None
            and is_date_text(last.text) and is_signature_table([*cells[id(above)], last])):
        lines[end - 2 : end - 1] = cells[id(above)]
        received.note("落款（发文机关署名）排在表格中，已按落款读取", cells[id(above)][0].span)
        return True
    return False


def _box_paragraphs(drawing: etree._Element) -> list[etree._Element]:
    """The paragraphs of the (first) text box in a drawing, from one branch of an ``mc:AlternateContent``:
    the one :func:`compat.branch` reads, else the other (LibreOffice writes the box in ``mc:Choice``
    and an empty ``w:pict`` as the Fallback)."""
    branches = [drawing]
    if drawing.tag == compat.ALTERNATE:
        branches = [branch for branch in (compat.branch(drawing), *drawing) if branch is not None]
    for branch in branches:
        box = next(branch.iter(w("txbxContent")), None)
        if box is not None:
            return box.findall(w("p"))
    return []


def boxed_signature(received: Received, boxes: list[tuple[int, etree._Element]],
                    read: Callable[[etree._Element], str]) -> int:
    """Add the 落款 in the text boxes after the last line read (``boxes``: drawings and their
    anchoring paragraphs' numbers; ``read`` gives a paragraph's visible text), with a note; or,
    when the document does not end so, the 落款 in the text boxes anchored between the last line
    above the attachments (the first ``附件``/``附件1`` line) and that line.
    Returns how many text boxes were read so."""
    if not received.lines or not boxes:
        return 0
    for end in _signature_ends(received.lines):
        count = _boxed_above(received, end, boxes, read)
        if count:
            return count
    return 0


def _boxed_above(received: Received, end: int, boxes: list[tuple[int, etree._Element]],
                 read: Callable[[etree._Element], str]) -> int:
    """:func:`boxed_signature` for the boxes anchored from ``lines[end - 1]`` to above ``lines[end]``."""
    last = received.lines[end - 1]
    if last.table is None and is_date_text(last.text):
        return 0  # the body ends with its own 成文日期
    below = received.lines[end].span.line if end < len(received.lines) else None
    path = received.path
    after = [(number, drawing) for number, drawing in boxes
             if number >= last.span.line and (below is None or number < below)]
    lines = [Line(text, Span(path, number, 1), OffsetMap(path, ((0, number, 1),)))
             for number, drawing in after for p in _box_paragraphs(drawing) for _, text in pieces(read(p))]
    if not is_signature_table(lines):
        return 0
    received.lines[end:end] = lines
    received.note("落款和成文日期排在文本框中，已按落款读取", lines[0].span)
    return len(after)
