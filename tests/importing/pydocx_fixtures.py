"""Word documents written with python-docx at test time, the way Word and WPS save reports.

``word_like``: headings in the built-in 标题 1–4 styles (outline levels from the style) with
automatic multi-level numbering in ``numbering.xml`` (一、（一）1.（1）, none of it in the text),
a title over two paragraphs, a table, tracked changes (``w:ins``/``w:del``), hidden text
(``w:vanish``), and a right-aligned 落款 and 成文日期 after an empty paragraph.

``wps_like``: numbers typed in the text (also half-width and followed by a space), outline
levels set on the paragraphs themselves, full-width spaces for indents, a title in one
paragraph with a soft line break, and a 落款 pushed right with full-width spaces.

Each returns the document's bytes and the text a reader sees, paragraph by paragraph (numbers
as displayed, tables cell by cell, hidden text and deletions left out). All sentences are our
own, about a fictional office.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）"))


def _element(tag: str, **attrs: object) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), str(value))
    return element


def _add_multilevel_list(document: Document) -> str:
    """A Word multi-level list linked to 标题 1–4; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = _element("w:abstractNum", w_abstractNumId=90)
    abstract.append(_element("w:multiLevelType", w_val="multilevel"))
    for ilvl, (fmt, text) in enumerate(_LEVELS):
        level = _element("w:lvl", w_ilvl=ilvl)
        level.append(_element("w:start", w_val=1))
        level.append(_element("w:numFmt", w_val=fmt))
        level.append(_element("w:pStyle", w_val=f"Heading{ilvl + 1}"))
        level.append(_element("w:lvlText", w_val=text))
        level.append(_element("w:lvlJc", w_val="left"))
        abstract.append(level)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _element("w:num", w_numId=90)
    num.append(_element("w:abstractNumId", w_val=90))
    numbering.append(num)
    return "90"


def _number(paragraph: Paragraph, num_id: str, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _element("w:numPr")
    numpr.append(_element("w:ilvl", w_val=ilvl))
    numpr.append(_element("w:numId", w_val=num_id))
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)


def _outline(paragraph: Paragraph, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(_element("w:outlineLvl", w_val=level))


def _revision(paragraph: Paragraph, kind: str, text: str, ident: int) -> None:
    change = _element(f"w:{kind}", w_id=ident, w_author="科员", w_date="2024-01-05T09:00:00Z")
    run = _element("w:r")
    piece = _element("w:t" if kind == "ins" else "w:delText")
    piece.text = text
    piece.set(_XML_SPACE, "preserve")
    run.append(piece)
    change.append(run)
    paragraph._p.append(change)


def _bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_like() -> tuple[bytes, list[str]]:
    """A Word report with automatic numbering, a table, revisions and hidden text (see the module doc)."""
    document = Document()
    num_id = _add_multilevel_list(document)
    seen: list[str] = []

    def text(line: str, style: str | None = None) -> Paragraph:
        seen.append(line)
        return document.add_paragraph(line, style=style)

    def heading(title: str, level: int, label: str) -> None:
        paragraph = document.add_paragraph(title, style=f"Heading {level}")
        _number(paragraph, num_id, level - 1)
        seen.append(label + title)

    for line in ("示例县教育局关于2023年度法治政府建设", "情况的报告"):
        text(line, "Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    text("县政府：")
    text("2023年，县教育局坚持依法治教，各项工作取得新进展。现将有关情况报告如下：")
    heading("2023年度推进法治政府建设的主要举措和成效", 1, "一、")
    heading("健全依法行政制度体系", 2, "（一）")
    revised = document.add_paragraph("全年制定规范性文件2件，清理文件")
    _revision(revised, "ins", "15件，", 1)
    _revision(revised, "del", "12件，", 2)
    revised.add_run("均按程序备案。")
    seen.append("全年制定规范性文件2件，清理文件15件，均按程序备案。")
    heading("落实合法性审查。对8份合同进行了审查，提出意见21条。", 3, "1.")
    heading("推行行政执法公示", 3, "2.")
    secret = text("公示执法信息36条。")
    secret.add_run("（内部：此数字待核实）").font.hidden = True
    heading("细化公示清单。每季度更新一次。", 4, "（1）")
    heading("强化执法监督", 2, "（二）")
    text("全年开展校外培训机构检查54次，结果如下表。")
    rows = [["项目", "2022年", "2023年"], ["检查（次）", "41", "54"], ["整改（家）", "7", "9"]]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
        seen.append("\t".join(row))
    text("检查结果均已公开。")
    heading("2023年度推进法治政府建设存在的不足和原因", 1, "二、")
    text("一是执法人员数量不足。二是培训覆盖面不够。")
    heading("2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况", 1, "三、")
    text("局主要负责人主持专题学法4次，带头讲法治课1次。")
    heading("2024年度推进法治政府建设的主要安排", 1, "四、")
    heading("加强执法队伍建设", 2, "（一）")
    text("计划新增执法人员2名，全员参加执法培训。")
    document.add_paragraph("")
    text("示例县教育局").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    text("2024年2月18日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return _bytes(document), seen


def wps_like() -> tuple[bytes, list[str]]:
    """A WPS report with typed numbers and paragraph outline levels (see the module doc)."""
    document = Document()
    seen: list[str] = []
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("示例县教育局关于2023年度法治政府建设").add_break()
    title.add_run("情况的报告")
    seen += ["示例县教育局关于2023年度法治政府建设", "情况的报告"]

    def text(line: str, outline: int | None = None) -> None:
        paragraph = document.add_paragraph(line)
        if outline is not None:
            _outline(paragraph, outline)
        seen.append(line.strip("\u3000"))

    text("县政府：")
    text("\u3000\u30002023年，县教育局坚持依法治教。现将有关情况报告如下：")
    text("一、主要举措及成效", 0)
    text("（一）健全依法行政制度体系", 1)
    text("\u3000\u3000全年制定规范性文件2件。")
    text("1. 落实合法性审查。对8份合同进行了审查。", 2)
    text("(二) 强化执法监督", 1)
    text("\u3000\u3000全年检查54次。")
    text("（1）规范执法文书。统一使用新版文书。", 3)
    text("二、存在的问题", 0)
    text("\u3000\u3000执法人员数量不足。")
    text("三、党政主要负责人履行推进法治建设第一责任人职责情况", 0)
    text("\u3000\u3000局主要负责人主持专题学法4次。")
    text("四、下一步工作打算", 0)
    text("（一）加强执法队伍建设。计划新增执法人员2名。", 1)
    document.add_paragraph("")
    text("\u3000" * 16 + "示例县教育局")
    text("\u3000" * 15 + "2024年2月18日")
    return _bytes(document), seen
