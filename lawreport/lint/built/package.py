"""A built DOCX read for checking: paragraphs with effective properties, the section, footers, settings.

lxml is imported here, and this module is imported only by ``lawreport lint --built``.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lawreport.errors import SourceError
from lawreport.lint.built.styles import Props, Styles, W, flatten, local, read_styles
from lawreport.model import Span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


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


def _parse(archive: zipfile.ZipFile, name: str) -> Any | None:
    from lxml import etree

    try:
        data = archive.read(name)
    except KeyError:
        return None
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))


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
        rpr = dict(base_rpr)
        rpr.update(styles.run(style.get(f"{W}val") if style is not None else None))
        rpr.update(flatten(rpr_element))
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
        ppr.update(flatten(ppr_element))
        out.append(BuiltParagraph(number, style_id, styles.name(style_id), ppr, _runs(element, styles, rpr)))
    return out


def _relations(archive: zipfile.ZipFile) -> dict[str, str]:
    root = _parse(archive, "word/_rels/document.xml.rels")
    if root is None:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "") for rel in root.iter(f"{_REL}Relationship")}


def read_built(path: Path) -> BuiltDocx:
    """Read ``path`` (a DOCX); a file that is not one is a :class:`SourceError`."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            styles = read_styles(_parse(archive, "word/styles.xml"))
            document = _parse(archive, "word/document.xml")
            if document is None:
                raise SourceError("不是 Word 文档：缺少 word/document.xml", path)
            body = document.find(f"{W}body")
            paragraphs = _paragraphs(body, styles)
            sect = body.find(f"{W}sectPr") if body is not None else None
            section = flatten(sect)
            relations = _relations(archive)
            footers: dict[str, list[BuiltParagraph]] = {}
            for reference in (sect.iter(f"{W}footerReference") if sect is not None else ()):
                target = relations.get(reference.get(f"{R}id", ""), "")
                footer = _parse(archive, "word/" + target.lstrip("/").removeprefix("word/")) if target else None
                footers[reference.get(f"{W}type", "default")] = _paragraphs(footer, styles)
            settings = flatten(_parse(archive, "word/settings.xml"))
    except (zipfile.BadZipFile, OSError, ValueError, etree.XMLSyntaxError) as exc:
        raise SourceError(f"无法读取 Word 文档：{exc}", path) from exc
    return BuiltDocx(path, paragraphs, section, footers, settings, styles)
