"""Effective WordprocessingML properties: docDefaults ← style chain (basedOn) ← direct formatting.

Properties are kept as a flat ``dict[str, str]`` keyed ``element/attribute`` without the
namespace (``sz/val``, ``rFonts/eastAsia``, ``ind/firstLine``, ``jc/val``…), which is all the
built checks need.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

Props = dict[str, str]


def local(name: str) -> str:
    """``{ns}tag`` → ``tag``."""
    return name.rsplit("}", 1)[-1]


def flatten(element: Any | None) -> Props:
    """The children of a ``w:pPr``/``w:rPr`` as ``tag/attribute`` → value (``tag`` alone for on/off)."""
    props: Props = {}
    if element is None:
        return props
    for child in element:
        tag = local(child.tag)
        if tag in ("rPr", "pPrChange", "rPrChange", "sectPr"):
            continue
        if not child.attrib:
            props[tag] = "1"
        for key, value in child.attrib.items():
            props[f"{tag}/{local(key)}"] = value
    return props


@dataclass
class Style:
    """One style of styles.xml."""

    style_id: str
    name: str
    kind: str
    based_on: str | None
    ppr: Props = field(default_factory=dict)
    rpr: Props = field(default_factory=dict)


@dataclass
class Styles:
    """styles.xml: the defaults and every style by id."""

    default_ppr: Props
    default_rpr: Props
    by_id: dict[str, Style]
    default_paragraph: str | None = None

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and its ancestors, root first."""
        out: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            out.insert(0, style)
            style_id = style.based_on
        return out

    def name(self, style_id: str | None) -> str:
        """The style's name (as Word shows it), or ""."""
        style = self.by_id.get(style_id or "")
        return style.name if style is not None else ""

    def paragraph(self, style_id: str | None) -> tuple[Props, Props]:
        """Effective (pPr, rPr) of a paragraph style, defaults included."""
        ppr, rpr = dict(self.default_ppr), dict(self.default_rpr)
        for style in self.chain(style_id or self.default_paragraph):
            ppr.update(style.ppr)
            rpr.update(style.rpr)
        return ppr, rpr

    def run(self, style_id: str | None) -> Props:
        """The rPr a character style adds."""
        rpr: Props = {}
        for style in self.chain(style_id):
            rpr.update(style.rpr)
        return rpr


def read_styles(root: Any | None) -> Styles:
    """Parse a styles.xml root element (None: an empty style sheet)."""
    if root is None:
        return Styles({}, {}, {})
    defaults = root.find(f"{W}docDefaults")
    default_ppr = flatten(defaults.find(f"{W}pPrDefault/{W}pPr")) if defaults is not None else {}
    default_rpr = flatten(defaults.find(f"{W}rPrDefault/{W}rPr")) if defaults is not None else {}
    by_id: dict[str, Style] = {}
    default_paragraph = None
    for element in root.iter(f"{W}style"):
        style_id = element.get(f"{W}styleId", "")
        name = element.find(f"{W}name")
        based = element.find(f"{W}basedOn")
        kind = element.get(f"{W}type", "")
        by_id[style_id] = Style(style_id, name.get(f"{W}val", "") if name is not None else style_id, kind,
                                based.get(f"{W}val") if based is not None else None,
                                flatten(element.find(f"{W}pPr")), flatten(element.find(f"{W}rPr")))
        if kind == "paragraph" and element.get(f"{W}default") in ("1", "true"):
            default_paragraph = style_id
    return Styles(default_ppr, default_rpr, by_id, default_paragraph)
