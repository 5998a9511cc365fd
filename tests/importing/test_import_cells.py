"""Table cells of forms and templates: content controls around rows, cells and the paragraphs in a
cell (nested, with custom XML) are read, and a text box in a cell is read as one in the body is
(counted, not imported, its paragraphs not numbered). Import, lint and --annotate see the same text."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from docx_fixtures import frame, make_docx, para, run, simple_body
from helpers import STRUCTURE
from lxml import etree

from lawreport.importing.docxreader import read_word
from lawreport.received import read_dated as read_received

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def sdt(inner: str) -> str:
    return "<w:sdt><w:sdtPr><w:tag w:val=\"填报项\"/></w:sdtPr><w:sdtContent>" + inner + "</w:sdtContent></w:sdt>"


def tc(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(p if p.startswith("<") else para(p) for p in paragraphs) + "</w:tc>"


FORM = ("<w:tbl>"
        + "<w:tr>" + tc("项目") + sdt(tc("2023年")) + "</w:tr>"  # w:tr/w:sdt/w:sdtContent/w:tc
        + sdt("<w:tr>" + tc("修订制度（项）") + tc(sdt(para("4"))) + "</w:tr>")  # a row, a cell's paragraph
        + sdt(sdt('<w:customXml w:element="row"><w:tr>' + sdt(sdt(tc("巡查（次）,含夜查"))) + tc("48")
                  + "</w:tr></w:customXml>"))  # wrappers in wrappers
        + "</w:tbl>")
FORM_ROWS = (("项目", "2023年"), ("修订制度（项）", "4"), ("巡查（次）,含夜查", "48"))
BOX_TEXT = "框内的填表说明。"
TEXTBOX = (f'<w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps"><w:drawing>'
           '<wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent>'
           + para(BOX_TEXT) + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>' + para(BOX_TEXT)
           + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _file(tmp_path: Path, body: str, name: str = "表单.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(make_docx(body))
    return path


def _form(tmp_path: Path) -> Path:
    body = simple_body().replace(para("二、存在的问题"), FORM + para("二、存在的问题"))
    assert FORM in body
    return _file(tmp_path, body)


def _table(path: Path):
    word = read_word(path, path.read_bytes())
    [line] = [line for line in word.received.lines if line.table is not None]
    return word, line.table


def test_cells_wrapped_in_content_controls_are_read_in_place(tmp_path: Path) -> None:
    word, table = _table(_form(tmp_path))
    assert table.rows == FORM_ROWS
    # Paragraphs 1–6 come before the table; each cell is one numbered paragraph, in order.
    lines = [[where.anchors[0][1] for where in spots] for spots in table.cell_offsets]
    assert lines == [[7, 8], [9, 10], [11, 12]]
    assert ["".join(t.text for t in piece.run.iter(f"{W}t")) for piece in word.runs[11]] == ["巡查（次）,含夜查"]
    after = next(line for line in word.received.lines if line.text == "二、存在的问题")
    assert after.span.line == 13


def test_wrapped_cells_are_imported(tmp_path: Path) -> None:
    imported = read_received(_form(tmp_path), STRUCTURE)
    tables = [b for b in imported.report.part("measures").blocks if not hasattr(b, "runs")]
    assert [t.rows for t in tables] == [FORM_ROWS]


def test_lint_finds_the_comma_in_a_wrapped_cell_and_annotate_comments_there(cli, tmp_path: Path) -> None:
    source = _form(tmp_path)
    result = cli("lint", str(source), "--format", "json", cwd=tmp_path)
    assert [(d["line"], d["column"], d["code"]) for d in json.loads(result.stdout)] == [(11, 6, "P001")]
    out = tmp_path / "批注.docx"
    result = cli("lint", str(source), "--annotate", str(out), cwd=tmp_path)
    assert "1 条批注" in result.stderr, result.output
    with zipfile.ZipFile(out) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
    [start] = document.iter(f"{W}commentRangeStart")
    assert start.getnext().findtext(f"{W}t") == ","  # just the comma, its run split out of the cell's text
    assert [a.tag for a in start.iterancestors() if a.tag in (f"{W}sdt", f"{W}tr")][:3] == [f"{W}sdt", f"{W}sdt", f"{W}tr"]


def test_a_nested_table_in_a_wrapped_row_stays_in_its_cell(tmp_path: Path) -> None:
    nested = "<w:tbl>" + sdt("<w:tr>" + tc("甲") + tc("乙") + "</w:tr>") + "</w:tbl>"
    body = para("前文。") + "<w:tbl>" + sdt("<w:tr>" + tc(para("明细："), nested) + tc("2") + "</w:tr>") + "</w:tbl>"
    _, table = _table(_file(tmp_path, body))
    assert table.rows == (("明细： 甲 乙", "2"),)


def test_a_text_box_in_a_cell_is_read_as_in_the_body(tmp_path: Path) -> None:
    """Counted, not imported, not numbered: the paragraphs after it keep the same numbers."""
    rest = para("表后的一段。")
    in_cell = _file(tmp_path, "<w:tbl><w:tr>" + tc(para(run("单元格正文"), TEXTBOX)) + "</w:tr></w:tbl>" + rest, "a.docx")
    in_body = _file(tmp_path, para(run("正文段落"), TEXTBOX) + rest, "b.docx")
    for path, first in ((in_cell, None), (in_body, "正文段落")):
        word = read_word(path, path.read_bytes())
        lines = word.received.lines
        assert BOX_TEXT not in str([(line.text, line.table) for line in lines])
        assert [n.message for n in word.received.notes] == ["文档含 1 个文本框或图形中的文字，未导入"]
        assert lines[-1].text == "表后的一段。" and lines[-1].span.line == 2 and sorted(word.runs) == [1, 2]
        if first is None:
            assert lines[0].table.rows == (("单元格正文",),)
        else:
            assert lines[0].text == first


def test_a_text_box_does_not_count_in_a_table_of_contents(tmp_path: Path) -> None:
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
           '<w:sdtContent>' + para(run("目录"), TEXTBOX) + para("一、主要举措和成效\t1") + '</w:sdtContent></w:sdt>')
    path = _file(tmp_path, frame(toc + para("一、主要举措和成效") + para("全年修订内部制度4项。")))
    word = read_word(path, path.read_bytes())
    assert any("目录（2 段）" in n.message for n in word.received.notes)
    assert next(line for line in word.received.lines if line.text == "一、主要举措和成效").span.line == 7
