"""The parts around a Word document's body as the reader needs them: its related parts, its tracked
changes, its table of contents (a content control, or paragraphs in Word's TOC styles)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lawreport.model import Span
from lawreport.ooxml.names import R, w

if TYPE_CHECKING:
    from lxml import etree

    from lawreport.importing.lines import Received
    from lawreport.ooxml.package import Package

_REL_TYPES = {"styles": "styles", "numbering": "numbering", "comments": "comments", "footnotes": "footnotes"}


def is_contents(sdt: etree._Element) -> bool:
    """A table of contents, as Word and WPS wrap it: a content control from the “Table of Contents” gallery."""
    gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
    return gallery is not None and gallery.get(w("val"), "").startswith("Table of Contents")


def relationships(package: Package, received: Received) -> dict[str, str]:
    """The main document's related parts by kind; external relationships are counted, never followed."""
    external = sum(1 for name in sorted(package.names) if name.endswith(".rels")
                   for rel in package.relationships(name.replace("_rels/", "").removesuffix(".rels"))
                   if rel.external)
    if external:
        received.note(f"文档含 {external} 个外部关系（超链接地址、远程模板、链接的图片等），已忽略，也不会被访问")
    found: dict[str, str] = {}
    for rel in package.relationships(package.main):
        kind = rel.short_kind
        if kind in _REL_TYPES and not rel.external and package.find(rel.target) is not None:
            found[_REL_TYPES[kind]] = package.find(rel.target) or ""
    return found


def count_revisions(body: etree._Element) -> tuple[int, int]:
    """Tracked insertions (and moves to) and deletions (and moves from) in ``body``."""
    inserted = sum(1 for _ in body.iter(w("ins"), w("moveTo")))
    deleted = sum(1 for _ in body.iter(w("del"), w("moveFrom")))
    return inserted, deleted



def chunk_type(package: Package, chunk: etree._Element) -> str:
    """What an embedded file (``w:altChunk``) is, from its part's content type."""
    ident = chunk.get(f"{R}id", "")
    rel = next((r for r in package.relationships(package.main) if r.ident == ident), None)
    kind = package.content_type(rel.target) if rel is not None and not rel.external else ""
    for mark, name in (("html", "网页"), ("rtf", "RTF 文档"), ("plain", "文本"), ("wordprocessingml", "Word 文档"),
                       ("xhtml", "网页"), ("rfc822", "网页存档")):
        if mark in kind.lower():
            return name
    return "文件"


_TOC_STYLE = re.compile(r"(?i)toc [1-9]")
"""Word's built-in names of the styles of a table of contents' entries (shown as 目录 1 … 目录 9)."""
_TOC_TITLE = "目录"
CONTENTS_NOTE = "目录（{count} 段）未导入：各级标题已从正文导入，lawreport 生成的文档不带目录"


class Contents:
    """A table of contents written as paragraphs (a TOC field that no content control wraps: older
    Word, WPS): its entries, in the ``toc N`` styles, and the 目录 line above them are not read."""

    def __init__(self) -> None:
        self.runs: list[list[int]] = []
        """[first paragraph, paragraphs] of each run of entries."""

    def entry(self, style_name: str, number: int, received: Received) -> bool:
        """Whether paragraph ``number`` (style ``style_name``) is an entry; the first one takes the
        目录 line just above it (already read) with it."""
        if _TOC_STYLE.fullmatch(style_name) is None:
            return False
        if self.runs and sum(self.runs[-1]) == number:
            self.runs[-1][1] += 1
            return True
        self.runs.append([number, 1])
        lines = received.lines
        if lines and lines[-1].table is None and "".join(lines[-1].text.split()) == _TOC_TITLE \
                and lines[-1].span.line == number - 1:
            lines.pop()
            self.runs[-1] = [number - 1, 2]
        return True

    def report(self, received: Received) -> None:
        """A note for each run of entries left out."""
        for first, count in self.runs:
            received.note(CONTENTS_NOTE.format(count=count), Span(received.path, first, 1))
