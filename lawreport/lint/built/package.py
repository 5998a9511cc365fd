"""A built DOCX read for checking: paragraphs with effective properties, the section, footers, settings.

The file is opened through :mod:`lawreport.ooxml` (the same limits and parser as import);
lxml is imported here, and this module is imported only by ``lawreport lint --built``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lawreport.errors import SourceError
from lawreport.model import Span
from lawreport.ooxml.limits import READ
from lawreport.ooxml.names import R, W, local
from lawreport.ooxml.package import Package, read_package
from lawreport.ooxml.styles import Props, Styles, flatten, overlay, read_styles


@dataclass
class BuiltRun:
    """A run's text and effective properties (``sz/val`` in half-points, ``rFonts/eastAsia``…)."""

    text: str
    rpr: Props
    field: bool = False
    """Inside a field (a PAGE number), not literal text."""


@dataclass
class BuiltParagraph:
    """A paragraph: its number (1-based, body order), style, effective pPr/rPr and runs."""

    number: int
    style_id: str
    style_name: str
    ppr: Props
    runs: list[BuiltRun]

    @property
    def text(self) -> str:
        """The paragraph's text (a field shows its current result)."""
        return "".join(run.text for run in self.runs)

    def twips(self, key: str, default: int = 0) -> int:
        """A numeric pPr value (twips), or ``default``."""
        try:
            return int(float(self.ppr.get(key, default)))
        except ValueError:
            return default


@dataclass
class BuiltDocx:
    """What the D rules read from one DOCX."""

    path: Path
    paragraphs: list[BuiltParagraph]
    section: Props
    """The last (body) section's pgSz/pgMar/docGrid, flattened."""
    footers: dict[str, list[BuiltParagraph]] = field(default_factory=dict)
    """Footer paragraphs by reference type: "default" (odd pages), "even", "first"."""
    settings: Props = field(default_factory=dict)
    styles: Styles = field(default_factory=lambda: Styles({}, {}, {}))

    def span(self, paragraph: BuiltParagraph | None = None) -> Span:
        """Where a finding about ``paragraph`` (or the whole file: paragraph 1) points."""
        return Span(self.path, paragraph.number if paragraph is not None else 1, 1)

    def lines(self) -> tuple[str, ...]:
        """Paragraph texts, for the text output's snippets."""
        return tuple(paragraph.text for paragraph in self.paragraphs)


def _parse(package: Package, name: str | None) -> Any | None:
    member = package.find(name) if name else None
    return package.xml(member) if member is not None else None


def _runs(paragraph: Any, styles: Styles, base_rpr: Props) -> list[BuiltRun]:
    runs: list[BuiltRun] = []
    in_field = False
    for element in paragraph.iter(f"{W}r", f"{W}fldSimple"):
        if local(element.tag) == "fldSimple":
            continue
        for char in element.iter(f"{W}fldChar"):
            kind = char.get(f"{W}fldCharType")
            in_field = kind in ("begin", "separate") if kind != "end" else False
        text = "".join(t.text or "" for t in element.iter(f"{W}t"))
        if not text:
            continue
        rpr_element = element.find(f"{W}rPr")
        style = rpr_element.find(f"{W}rStyle") if rpr_element is not None else None
        rpr = overlay(overlay(base_rpr, styles.run(style.get(f"{W}val") if style is not None else None)),
                      flatten(rpr_element))
        parent = element.getparent()
        simple = parent is not None and local(parent.tag) == "fldSimple"
        runs.append(BuiltRun(text, rpr, field=in_field or simple))
    return runs


def _paragraphs(root: Any | None, styles: Styles) -> list[BuiltParagraph]:
    if root is None:
        return []
    out = []
    for number, element in enumerate(root.iter(f"{W}p"), 1):
        ppr_element = element.find(f"{W}pPr")
        style = ppr_element.find(f"{W}pStyle") if ppr_element is not None else None
        style_id = style.get(f"{W}val", "") if style is not None else (styles.default_paragraph or "")
        ppr, rpr = styles.paragraph(style_id)
        ppr = overlay(ppr, flatten(ppr_element))
        out.append(BuiltParagraph(number, style_id, styles.name(style_id), ppr, _runs(element, styles, rpr)))
    return out


def read_built(path: Path) -> BuiltDocx:
    """Read ``path`` (a DOCX); a file that is not one is a :class:`SourceError`."""
    package = read_package(path, READ)
    styles = read_styles(_parse(package, "word/styles.xml"))
    document = package.xml(package.main)
    body = document.find(f"{W}body")
    if body is None:
        raise SourceError("Word 文档没有正文（word/document.xml 中没有 w:body）", path)
    paragraphs = _paragraphs(body, styles)
    sect = body.find(f"{W}sectPr")
    relations = {rel.ident: rel for rel in package.relationships(package.main)}
    footers: dict[str, list[BuiltParagraph]] = {}
    for reference in (sect.iter(f"{W}footerReference") if sect is not None else ()):
        rel = relations.get(reference.get(f"{R}id", ""))
        footer = _parse(package, rel.target) if rel is not None and not rel.external else None
        footers[reference.get(f"{W}type", "default")] = _paragraphs(footer, styles)
    settings = flatten(_parse(package, "word/settings.xml"))
    return BuiltDocx(path, paragraphs, flatten(sect), footers, settings, styles)
