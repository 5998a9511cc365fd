"""The parts around a Word document's body as the reader needs them: its related parts, its tracked
changes, its table of contents (moved out of ``docxreader``, unchanged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lawreport.ooxml.names import w

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
