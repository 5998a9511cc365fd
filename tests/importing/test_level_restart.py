"""When a lower level of a Word list starts again at its start value: ``w:lvlRestart``
(ECMA-376 17.9.10). Without it a level restarts after any higher level is numbered; with the
value N it restarts only when level N (one-based) or a higher one is numbered; 0 means it never
restarts. A value that names this level or a lower one is ignored. The documents are written
with python-docx and the numbering with lxml, in our own sentences about a fictional office."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from lawreport.importing.docxreader import read_docx

_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))


def _element(tag: str, **attrs: object) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(key.replace("_", ":", 1)), str(value))
    return element


def _document(restart: dict[int, int]) -> tuple[Document, str]:
    """A document with one three-level list (一、（一）1.); ``restart`` gives levels a ``w:lvlRestart``."""
    document = Document()
    numbering = document.part.numbering_part.element
    abstract = _element("w:abstractNum", w_abstractNumId=70)
    abstract.append(_element("w:multiLevelType", w_val="multilevel"))
    for ilvl, (fmt, text) in enumerate(_LEVELS):
        level = _element("w:lvl", w_ilvl=ilvl)
        level.append(_element("w:start", w_val=1))
        level.append(_element("w:numFmt", w_val=fmt))
        if ilvl in restart:
            level.append(_element("w:lvlRestart", w_val=restart[ilvl]))
        level.append(_element("w:lvlText", w_val=text))
        abstract.append(level)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = _element("w:num", w_numId=70)
    num.append(_element("w:abstractNumId", w_val=70))
    numbering.append(num)
    return document, "70"


def _labels(tmp_path, restart: dict[int, int], levels: list[int]) -> list[str]:
    """The labels the reader gives paragraphs numbered at ``levels`` of the list, in order."""
    document, num_id = _document(restart)
    document.add_paragraph("示例县司法局2023年法治政府建设年度报告")
    for index, ilvl in enumerate(levels):
        paragraph = document.add_paragraph(f"第{index + 1}项工作安排")
        numpr = _element("w:numPr")
        numpr.append(_element("w:ilvl", w_val=ilvl))
        numpr.append(_element("w:numId", w_val=num_id))
        paragraph._p.get_or_add_pPr().append(numpr)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "示例县司法局.docx"
    path.write_bytes(buffer.getvalue())
    lines = read_docx(path, path.read_bytes()).lines[1:]
    return [line.text[: line.text.index("第")] for line in lines]


ORDER = [0, 1, 2, 2, 1, 2, 2, 0, 1, 2]
"""一、（一）1. 2. （二）1. 2. 二、（一）1. with Word's default restarts."""


def test_without_lvl_restart_a_level_restarts_after_any_higher_one(tmp_path):
    assert _labels(tmp_path, {}, ORDER) == ["一、", "（一）", "1.", "2.", "（二）", "1.", "2.", "二、", "（一）", "1."]


def test_lvl_restart_zero_never_restarts(tmp_path):
    assert _labels(tmp_path, {2: 0}, ORDER) == ["一、", "（一）", "1.", "2.", "（二）", "3.", "4.", "二、", "（一）", "5."]


def test_lvl_restart_names_the_level_after_which_it_restarts(tmp_path):
    """1. restarts after 一、 (level 1) only, not after （二）; 一、 of course still restarts （一）."""
    assert _labels(tmp_path, {2: 1}, ORDER) == ["一、", "（一）", "1.", "2.", "（二）", "3.", "4.", "二、", "（一）", "1."]


def test_lvl_restart_at_the_level_above_is_the_default(tmp_path):
    assert _labels(tmp_path, {2: 2}, ORDER) == _labels(tmp_path, {}, ORDER)


def test_lvl_restart_zero_on_the_second_level(tmp_path):
    """（一）（二） go on as （三） under 二、; the third level still restarts after each of them."""
    assert _labels(tmp_path, {1: 0}, ORDER) == ["一、", "（一）", "1.", "2.", "（二）", "1.", "2.", "二、", "（三）", "1."]


def test_lvl_restart_naming_this_level_or_a_lower_one_is_ignored(tmp_path):
    assert _labels(tmp_path, {2: 3}, ORDER) == _labels(tmp_path, {}, ORDER)
    assert _labels(tmp_path, {1: 5}, ORDER) == _labels(tmp_path, {}, ORDER)
