"""The one model of ``styles.xml``: effective properties from docDefaults ← basedOn chain ← direct.

Properties are a flat ``dict[str, str]`` keyed without namespaces: ``tag`` (the element is
present), ``tag/attribute`` (``sz/val``, ``rFonts/eastAsia``, ``ind/firstLine``) and, one level
down, ``tag/child/attribute`` (``numPr/numId/val``). An element without attributes (an on/off
property such as ``<w:b/>``) also gets ``tag/val`` = ``true``, so that layers combine attribute
by attribute, as Word combines them: a child style's ``<w:b/>`` overrides its parent's
``<w:b w:val="0"/>``, and ``spacing/before`` of one layer keeps ``spacing/line`` of another.

Used by import (outline levels, numbering, hidden and bold text), by ``lint --built`` (fonts,
sizes, indents) and by the Word-template sanitiser (style names).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from lawreport.ooxml.names import local, w

Props = dict[str, str]
_SKIPPED = frozenset(("rPr", "pPrChange", "rPrChange", "sectPr", "tblPrChange", "trPrChange", "tcPrChange"))
_OFF = frozenset(("0", "false", "off", "none"))


def flatten(element: etree._Element | None) -> Props:
    """The children of a ``w:pPr``/``w:rPr`` (or any property element) as flat keys."""
    props: Props = {}
    if element is None:
        return props
    for child in element:
        tag = local(child.tag)
        if not tag or tag in _SKIPPED:
            continue
        props[tag] = "1"
        if not child.attrib:
            props[f"{tag}/val"] = "true"
        for key, value in child.attrib.items():
            props[f"{tag}/{local(key)}"] = value
        for grandchild in child:
            sub = local(grandchild.tag)
            for key, value in grandchild.attrib.items():
                props[f"{tag}/{sub}/{local(key)}"] = value
    return props


def overlay(base: Props, layer: Props) -> Props:
    """``base`` with what ``layer`` sets, attribute by attribute (a new dict)."""
    return {**base, **layer}


def is_on(props: Props, tag: str) -> bool | None:
    """A Word on/off property (``<w:vanish/>``, ``w:val="true"``…): True, False, or None when not set."""
    if tag not in props:
        return None
    return props.get(f"{tag}/val", "true").strip().lower() not in _OFF


@dataclass(frozen=True)
class Style:
    """One ``w:style`` of styles.xml."""

    style_id: str
    name: str
    kind: str
    """``paragraph``, ``character``, ``table`` or ``numbering``."""
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
        """The style and its ancestors, root first (a basedOn loop ends the chain)."""
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
        """Effective (pPr, rPr) of a paragraph style (the default one for None), docDefaults included."""
        ppr, rpr = dict(self.default_ppr), dict(self.default_rpr)
        for style in self.chain(style_id or self.default_paragraph):
            ppr = overlay(ppr, style.ppr)
            rpr = overlay(rpr, style.rpr)
        return ppr, rpr

    def run(self, style_id: str | None) -> Props:
        """The rPr a character style adds (its own chain only)."""
        rpr: Props = {}
        for style in self.chain(style_id):
            rpr = overlay(rpr, style.rpr)
        return rpr

    def run_properties(self, paragraph_style: str | None, run_style: str | None, direct: Props) -> Props:
        """Effective rPr of a run: docDefaults ← paragraph style ← character style ← direct formatting."""
        return overlay(overlay(self.paragraph(paragraph_style)[1], self.run(run_style)), direct)

    def ids_by_name(self) -> dict[str, str]:
        """Lower-cased style name → style id (the first style of each name)."""
        ids: dict[str, str] = {}
        for style in self.by_id.values():
            ids.setdefault(style.name.lower(), style.style_id)
        return ids


def read_styles(root: etree._Element | None) -> Styles:
    """The style sheet of a parsed styles.xml (None: an empty one)."""
    if root is None:
        return Styles({}, {}, {})
    defaults = root.find(w("docDefaults"))
    default_ppr = flatten(defaults.find(f"{w('pPrDefault')}/{w('pPr')}")) if defaults is not None else {}
    default_rpr = flatten(defaults.find(f"{w('rPrDefault')}/{w('rPr')}")) if defaults is not None else {}
    by_id: dict[str, Style] = {}
    default_paragraph = None
    for element in root.iter(w("style")):
        style_id = element.get(w("styleId"))
        if style_id is None:
            continue
        name = element.find(w("name"))
        based = element.find(w("basedOn"))
        kind = element.get(w("type"), "paragraph")
        by_id[style_id] = Style(style_id, name.get(w("val"), "") if name is not None else style_id, kind,
                                based.get(w("val")) if based is not None else None,
                                flatten(element.find(w("pPr"))), flatten(element.find(w("rPr"))))
        if kind == "paragraph" and element.get(w("default")) in ("1", "true", "on"):
            default_paragraph = style_id
    return Styles(default_ppr, default_rpr, by_id, default_paragraph)
