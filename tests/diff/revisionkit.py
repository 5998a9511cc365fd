"""Reading a tracked-changes document as Word would after "accept all" or "reject all"."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"), etree.XMLParser(resolve_entities=False))


def _text(element: etree._Element, drop: str) -> str:
    """Text of the runs of ``element`` outside ``drop`` (w:ins or w:del) elements."""
    pieces = []
    for node in element.iter(f"{W}t", f"{W}delText", f"{W}br", f"{W}tab"):
        if any(a.tag == f"{W}{drop}" for a in node.iterancestors()):
            continue
        if node.tag == f"{W}br":
            pieces.append("\n")
        elif node.tag == f"{W}tab":
            pieces.append("\t")
        else:
            pieces.append(node.text or "")
    return "".join(pieces)


def _mark(element: etree._Element, holder: str) -> set[str]:
    found = element.find(f"{W}{holder}")
    if found is None:
        return set()
    if holder == "pPr":
        found = found.find(f"{W}rPr")
        if found is None:
            return set()
    return {child.tag[len(W):] for child in found if child.tag in (f"{W}ins", f"{W}del")}


def read(data: bytes, accept: bool = True) -> list[str]:
    """Paragraph texts (tables: one ``row:`` line per row, cells joined by tabs) after accepting or
    rejecting every revision."""
    drop = "del" if accept else "ins"
    body = document(data).find(f"{W}body")
    lines: list[str] = []
    pending = ""
    for child in body:
        if child.tag == f"{W}p":
            text = pending + _text(child, drop)
            if drop in _mark(child, "pPr"):
                pending = text  # the paragraph mark is removed: the text joins the next paragraph
                continue
            pending = ""
            lines.append(text)
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                if drop in _mark(row, "trPr"):
                    continue
                lines.append("row:" + "\t".join(_text(cell, drop) for cell in row.iter(f"{W}tc")))
    if pending:
        lines.append(pending)
    return lines


def revisions(data: bytes) -> list[etree._Element]:
    root = document(data)
    return [*root.iter(f"{W}ins"), *root.iter(f"{W}del")]
