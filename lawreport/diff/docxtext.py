"""The paragraphs of a .docx in document order (tables row by row), read straight from the zip.

The fallback of ``lawreport textconv`` for Word files the importer cannot recognise as a
report. The file is opened through :mod:`lawreport.ooxml` (the same size, member and ratio
limits and the same hardened XML parser as import); only the main document part is read and
external relationships are never followed. lxml is imported here and nowhere on the diff path.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lawreport.diff.canonical import CELL_SEPARATOR
from lawreport.ooxml import compat, tables

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {_W + "delText", _W + "instrText", _W + "txbxContent", _MC_FALLBACK, _W + "footnoteReference"}


def _text(element: object) -> str:
    pieces: list[str] = []

    def walk(node: object) -> None:
        for child in node:  # type: ignore[attr-defined]
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                pieces.append(child.text or "")
            elif tag == _W + "tab":
                pieces.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                pieces.append("")
            else:
                walk(child)

    walk(element)
    return "".join(pieces).strip()


def _blocks(container: object) -> Iterator[str]:
    for child in container:  # type: ignore[attr-defined]
        tag = child.tag
        if tag == _W + "p":
            text = _text(child)
            if text:
                yield text
        elif tag == _W + "tbl":
            for row in tables.rows(child):  # rows, cells and paragraphs as the importer finds them
                cells = [" ".join(t for t in (_text(p) for p in tables.cell_blocks(cell, True)) if t)
                         for cell in tables.cells(row)]
                if any(cells):
                    yield CELL_SEPARATOR.join(cells)
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "body"):
            yield from _blocks(child)
        elif tag == compat.ALTERNATE:  # read as the importer reads it
            branch = compat.branch(child)
            if branch is not None:
                yield from _blocks(branch)


def docx_paragraphs(path: Path) -> list[str]:
    """The non-empty paragraphs of the document body, tables as one line per row."""
    from lawreport.ooxml.limits import READ
    from lawreport.ooxml.package import read_package

    package = read_package(path, READ)
    body = package.xml(package.main).find(_W + "body")
    return list(_blocks(body)) if body is not None else []
