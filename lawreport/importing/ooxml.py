"""WordprocessingML basics for the reader: namespaces, a locked-down XML parser, styles.

Only what import needs from ``styles.xml``: for each style, its parent, outline level,
numbering and whether it hides text (``w:vanish``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from lawreport.errors import SourceError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_INTEGER = re.compile(r"^\s*[+-]?[0-9]+\s*$")


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute."""
    return f"{{{W}}}{tag}"


def parse_xml(data: bytes, name: str, path: Path) -> etree._Element:
    """Parse a package part with no DTD, no entities and no network; errors become messages."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"文档部件 {name} 不是有效的 XML（{exc.msg}），文件可能已损坏", path,
                          hint="请在 Word/WPS 中打开并重新“另存为”.docx。") from None
    except (etree.LxmlError, ValueError, RecursionError):
        raise SourceError(f"文档部件 {name} 无法解析，文件可能已损坏", path,
                          hint="请在 Word/WPS 中打开并重新“另存为”.docx。") from None


def on(element: etree._Element | None) -> bool:
    """A Word on/off property (``<w:vanish/>``, ``w:val="true"``…) that is switched on."""
    if element is None:
        return False
    return element.get(w("val"), "true").lower() not in ("0", "false", "off")


@dataclass(frozen=True, slots=True)
class Style:
    """What import needs to know about one style."""

    based_on: str | None
    outline: int | None
    num_id: str | None
    ilvl: int | None
    vanish: bool | None
    bold: bool | None = None


def _int(value: str | None) -> int | None:
    return int_attr(value)


def int_attr(value: str | None, low: int = -(10**6), high: int = 10**6) -> int | None:
    """An integer attribute value clamped to ``low``–``high``; None when absent or not an integer."""
    if value is None or _INTEGER.match(value) is None or len(value) > 40:
        return None
    return min(max(int(value), low), high)


class Styles:
    """The styles of a document, with inheritance (``w:basedOn``) resolved on demand."""

    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for element in root.iter(w("style")):
            style_id = element.get(w("styleId"))
            if style_id is None:
                continue
            based = element.find(w("basedOn"))
            ppr = element.find(w("pPr"))
            rpr = element.find(w("rPr"))
            outline = num_id = ilvl = None
            if ppr is not None:
                level = ppr.find(w("outlineLvl"))
                outline = _int(level.get(w("val"))) if level is not None else None
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    num = numpr.find(w("numId"))
                    num_id = num.get(w("val")) if num is not None else None
                    lvl = numpr.find(w("ilvl"))
                    ilvl = _int(lvl.get(w("val"))) if lvl is not None else None
            vanish = on(rpr.find(w("vanish"))) if rpr is not None and rpr.find(w("vanish")) is not None else None
            bold = on(rpr.find(w("b"))) if rpr is not None and rpr.find(w("b")) is not None else None
            self.styles[style_id] = Style(based.get(w("val")) if based is not None else None,
                                          outline, num_id, ilvl, vanish, bold)
            if element.get(w("type")) == "paragraph" and element.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = style_id

    def _chain(self, style_id: str | None) -> list[Style]:
        chain: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def outline(self, style_id: str | None) -> int | None:
        """The outline level (0-based) a paragraph style gives, if any."""
        for style in self._chain(style_id or self.default_paragraph):
            if style.outline is not None:
                return style.outline
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The numbering (numId, ilvl) a paragraph style gives, if any."""
        for style in self._chain(style_id or self.default_paragraph):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None, None

    def bold(self, style_id: str | None) -> bool:
        """Whether a (character) style makes its text bold."""
        for style in self._chain(style_id):
            if style.bold is not None:
                return style.bold
        return False

    def vanish(self, style_id: str | None) -> bool:
        """Whether a style hides its text."""
        for style in self._chain(style_id):
            if style.vanish is not None:
                return style.vanish
        return False
