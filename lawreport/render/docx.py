"""ReportView → DOCX bytes, written straight as WordprocessingML into the Word template.

The template (``templates/reference.docx`` or the workspace's own) supplies the styles, the
page set-up, headers and footers; this module writes only ``word/document.xml`` (the body,
keeping the template's section properties) and the document properties. Styles are found
by their built-in names, so a template made in Chinese Word or WPS works too. The document
properties and the reproducible zip around the body are lawreport.render.docxfile's.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from lawreport.errors import UsageError, display_path
from lawreport.files.atomic import memo_key
from lawreport.model import Run
from lawreport.render import package
from lawreport.render.columns import TABLE_WIDTH, table_layout
from lawreport.render.context import Block, ReportView, place_signature
from lawreport.render.docxfile import APP_XML, core_xml, write_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TWIPS_PER_EM = 320  # 3号 = 16 pt = 320 twips

# role → built-in style names to try, in order
_STYLE_NAMES = {
    "title": ("title",),
    "body": ("body text", "normal"),
    "addressee": ("salutation", "normal"),
    "signature": ("signature", "normal"),
    "date": ("date", "normal"),
    "table": ("table text", "normal"),
    "grid": ("table grid",),
    **{f"h{n}": (f"heading {n}",) for n in range(1, 5)},
    **{f"c{n}": (f"heading {n} char",) for n in range(1, 5)},
}


_NOTED_ROLES = {"title": "Title", "body": "Body Text", **{f"h{n}": f"heading {n}" for n in range(1, 5)},
                **{f"c{n}": f"heading {n} Char" for n in range(1, 5)}}
"""Roles whose style, when the template lacks it, changes how the report looks, with the style's name."""

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 does not allow (the view removes them from the sources' text)."""

_TEMPLATES: dict[tuple[str, int, int], Template] = {}
_PER_REPORT = (package.MAIN, package.CORE, package.APP)
"""The parts every build writes anew (the template's own are not used)."""
GBT9704_SECTION = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>'
    '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>'
)
"""A4, margins 37/35/28/26 mm, 22 lines: for a template that has no section properties of its own."""


class Template:
    """A Word template read once: its parts, body section properties and style ids."""

    def __init__(self, path: Path, data: bytes | None = None) -> None:
        if data is None:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UsageError(f"Word 模板 {display_path(path)} 无法读取（{exc.strerror or exc}）",
                                 hint="请使用另存为 .docx 的 Word 文档作为模板。") from None
        clean = package.sanitise(data, path)  # the allow-list: see lawreport.render.package
        self.parts = clean.parts
        self.root_tag = clean.root_tag
        # A template without section properties (pandoc's reference.docx) gets the GB/T 9704 page.
        self.sect_pr = clean.sect_pr or GBT9704_SECTION
        self.styles = clean.style_ids
        self.dropped = clean.dropped
        """What the template brought and the report does not carry (for the build's note)."""
        self.shared = {name: data for name, data in self.parts.items() if name not in _PER_REPORT}

    @classmethod
    def cached(cls, path: Path) -> Template:
        """The template at ``path``, read once per process while the file is unchanged."""
        try:
            key = memo_key(path)
            if key in _TEMPLATES:
                return _TEMPLATES[key]
            data = path.read_bytes()
        except OSError:
            return cls(path)
        _TEMPLATES[key] = cls(path, data)
        return _TEMPLATES[key]

    def missing_styles(self) -> list[str]:
        """The built-in names of the styles the report would use but the template lacks."""
        return [name for role, name in _NOTED_ROLES.items() if _STYLE_NAMES[role][0] not in self.styles]

    def style(self, role: str) -> str | None:
        """The style id for ``role``, or None when the template has no such style."""
        for name in _STYLE_NAMES[role]:
            if name in self.styles:
                return self.styles[name]
        return None


def _text_xml(text: str) -> str:
    pieces = []
    for index, line in enumerate(text.split("\n")):
        if index:
            pieces.append("<w:br/>")
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                pieces.append("<w:tab/>")
            if part:
                pieces.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return "".join(pieces)


def _run(text: str, bold: bool = False, char_style: str | None = None, half_points: int = 0) -> str:
    props = ""
    if char_style:
        props += f'<w:rStyle w:val="{char_style}"/>'
    if bold:
        props += "<w:b/><w:bCs/>"
    if half_points:
        props += f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text_xml(text)}</w:r>"


def _runs(runs: tuple[Run, ...]) -> str:
    return "".join(_run(run.text, run.bold) for run in runs)


def _paragraph(style: str | None, content: str, extra_ppr: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{style_xml}{extra_ppr}</w:pPr>" if style_xml or extra_ppr else ""
    return f"<w:p>{ppr}{content}</w:p>"


def _table(template: Template, block: Block, keep_last_row: bool = False) -> str:
    columns = max((len(row) for row in block.rows), default=1)
    layout = table_layout(block.rows, columns, TABLE_WIDTH)
    widths = layout.widths
    grid = template.style("grid")
    cell_style = template.style("table")
    grid_xml = f'<w:tblStyle w:val="{grid}"/>' if grid else ""
    cell_ppr, margins = layout.cell_ppr(), layout.margins_xml()
    size = layout.half_points if layout.smaller else 0  # a wide table in smaller type (lawreport.render.columns)
    tbl_pr = f'<w:tblPr>{grid_xml}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>{margins}</w:tblPr>'
    rows = []
    for index, row in enumerate(block.rows):
        cells = list(row) + [""] * (columns - len(row))
        tr_pr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if index == 0 else "<w:trPr><w:cantSplit/></w:trPr>"
        last = index == len(block.rows) - 1
        # the header row stays with the first row of data (never alone at a page foot); the last
        # row keeps with the 落款 when the table ends the text
        keep = _KEEP_WITH_NEXT if (index == 0 and not last) or (keep_last_row and last) else ""
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f"{_paragraph(cell_style, _run(cell, bold=index == 0, half_points=size), keep + cell_ppr)}</w:tc>"
            for cell, width in zip(cells, widths, strict=True)
        )
        rows.append(f"<w:tr>{tr_pr}{tcs}</w:tr>")
    grid_cols = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return f"<w:tbl>{tbl_pr}<w:tblGrid>{grid_cols}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _block(template: Template, block: Block, extra_ppr: str = "") -> str:
    if block.kind == "table":
        return _table(template, block)
    if block.kind == "heading":
        return _paragraph(template.style(f"h{block.level}"), _run(block.label + block.heading), extra_ppr)
    content = ""
    if block.level:
        content = _run(block.label + block.heading, char_style=template.style(f"c{block.level}"))
    return _paragraph(template.style("body"), content + _runs(block.runs), extra_ppr)


def _right_indent(ems: float) -> str:
    """Right-aligned, ending ``ems`` characters from the margin: set on the paragraph, since the
    placement is lawreport's and must not depend on the template's Signature and Date styles."""
    return f'<w:ind w:right="{round(ems * _TWIPS_PER_EM)}" w:rightChars="{round(ems * 100)}"/><w:jc w:val="right"/>'


_KEEP_WITH_NEXT = "<w:keepNext/>"
_KEEP_TOGETHER = "<w:keepNext/><w:keepLines/>"
"""GB/T 9704 7.3.5: the 落款 is not stranded on a page of its own. The last paragraph of text
keeps with the signature (widow control in the template brings at least its last two lines),
and the signature keeps with the date, each paragraph unbroken."""


def _closing(template: Template, view: ReportView) -> list[str]:
    """The 署名 and 成文日期 paragraphs, held together."""
    placement = place_signature(view.signatory, view.date_text)
    keep = _KEEP_TOGETHER if view.date_text else "<w:keepLines/>"
    closing = [_paragraph(template.style("signature"), _run(view.signatory),
                          keep + _right_indent(placement.signatory_right))]
    if view.date_text:
        closing.append(_paragraph(template.style("date"), _run(view.date_text),
                                  "<w:keepLines/>" + _right_indent(placement.date_right)))
    return closing


def _last_text(template: Template, blocks: tuple[Block, ...]) -> str:
    """The last block of text, kept with the 落款 (a table's last row is kept as a whole)."""
    block = blocks[-1]
    if block.kind != "table":
        return _block(template, block, _KEEP_WITH_NEXT)
    return _table(template, block, keep_last_row=True)


def document_xml(view: ReportView, template: Template) -> str:
    """The ``word/document.xml`` of the report."""
    # Off the line grid whatever the template says: on it, each 2号 line of a two-line title would
    # take two grid lines (a blank line between them); the title style's exact spacing applies.
    body = [_paragraph(template.style("title"), _run("\n".join(view.title_lines)), '<w:snapToGrid w:val="0"/>')]
    if view.addressee:
        body.append(_paragraph(template.style("addressee"), _run(view.addressee)))
    blocks = (*view.preamble, *view.blocks)
    for index, block in enumerate(blocks):
        if index and blocks[index - 1].kind == block.kind == "table":  # Word joins adjacent tables
            body.append(_paragraph(template.style("body"), ""))
        body.append(_last_text(template, blocks) if index == len(blocks) - 1 else _block(template, block))
    body.extend(_closing(template, view))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"{template.root_tag}<w:body>{''.join(body)}{template.sect_pr}</w:body></w:document>")


def render(view: ReportView, template: Template) -> bytes:
    """The report as DOCX bytes."""
    return package_document(view, template, document_xml(view, template))


def package_document(view: ReportView, template: Template, document: str) -> bytes:
    """A DOCX of ``template`` with ``document`` as its ``word/document.xml`` and ``view``'s properties.

    The hook for other writers of a report's body (``lawreport diff --format docx``).
    """
    members = dict(template.shared)
    bad = _NOT_XML.search(document)
    if bad:  # Word refuses a whole file for one such character: never write one (a bug, exit 3)
        raise RuntimeError(f"character U+{ord(bad.group()):04X} not allowed in XML reached word/document.xml")
    members[package.MAIN] = document.encode("utf-8")
    members[package.CORE] = core_xml(view).encode("utf-8")
    members[package.APP] = APP_XML.encode("utf-8")
    return write_zip(members)
