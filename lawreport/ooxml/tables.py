"""Word tables as rows, cells and the paragraphs of a cell, through the wrappers Word writes.

Forms and templates wrap parts of a table in content controls (``w:sdt``, their content in
``w:sdtContent``) and in custom XML (``w:customXml``), at every level and nested in one another:
around rows (``w:tbl/w:sdt/w:sdtContent/w:tr``), around cells (``w:tr/w:sdt/w:sdtContent/w:tc``)
and around paragraphs in a cell (``w:tc/w:sdt/w:sdtContent/w:p``). Each function here enters
those wrappers and nothing else, so a wrapped cell is read where Word shows it and a nested
table's rows never become the outer table's rows.

A cell's paragraphs are its own, in order (a table nested in it gives its paragraphs row by
row, cell by cell), never the paragraphs of a text box anchored in it (``w:txbxContent``,
inside a run's ``w:drawing``/``w:pict``, often twice through ``mc:AlternateContent``): the
reader reads a text box in a cell as it does in the body, as part of its run (counted, not
imported, not numbered). Compatibility content between a cell's blocks
(``mc:AlternateContent``) is read through its ``mc:Fallback``, as in the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.ooxml import compat
from lawreport.ooxml.names import w

if TYPE_CHECKING:
    from lxml import etree

_WRAPPERS = frozenset((w("sdt"), w("customXml")))
_INSERTED = frozenset((w("ins"), w("moveTo")))
CELL_BLOCKS = frozenset((w("p"), w("altChunk")))
"""What :func:`cell_blocks` gives: paragraphs, and embedded files (which hold no text of the document)."""


def _unwrapped(container: etree._Element) -> Iterator[etree._Element]:
    """The children of ``container``, each content control or custom XML element replaced by what it holds."""
    for child in container:
        if child.tag in _WRAPPERS:
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else None
            yield from _unwrapped(content if content is not None else child)
        else:
            yield child


def rows(table: etree._Element) -> Iterator[etree._Element]:
    """The rows (``w:tr``) of ``table``, in order, wrapped or not; not those of a table nested in a cell."""
    return (child for child in _unwrapped(table) if child.tag == w("tr"))


def cells(row: etree._Element) -> Iterator[etree._Element]:
    """The cells (``w:tc``) of ``row``, in order, wrapped or not."""
    return (child for child in _unwrapped(row) if child.tag == w("tc"))


def cell_blocks(cell: etree._Element, accept: bool) -> Iterator[etree._Element]:
    """The paragraphs (``w:p``) and embedded files (``w:altChunk``) of ``cell``, in order: wrapped
    ones, those of tables nested in it, and those of insertions when changes are ``accept``-ed;
    never a text box's paragraphs (they belong to a run of one of these paragraphs)."""
    for child in _unwrapped(cell):
        tag = child.tag
        if tag in CELL_BLOCKS:
            yield child
        elif tag == w("tbl"):
            for row in rows(child):
                for inner in cells(row):
                    yield from cell_blocks(inner, accept)
        elif tag in _INSERTED and accept:
            yield from cell_blocks(child, accept)
        elif tag == compat.ALTERNATE:
            branch = compat.branch(child)
            if branch is not None:
                yield from cell_blocks(branch, accept)


def _in_text_box(paragraph: etree._Element, container: etree._Element) -> bool:
    """Whether ``paragraph`` is in a text box below ``container``."""
    for ancestor in paragraph.iterancestors():
        if ancestor is container:
            return False
        if ancestor.tag == w("txbxContent"):
            return True
    return False


def numbered_paragraphs(container: etree._Element) -> int:
    """How many paragraphs under ``container`` the reader numbers: all but those of text boxes."""
    return sum(1 for p in container.iter(w("p")) if not _in_text_box(p, container))
