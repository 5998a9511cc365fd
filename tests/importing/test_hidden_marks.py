"""A paragraph whose mark is hidden (Word's style separator: ``w:pPr/w:rPr`` with ``w:vanish`` and
``w:specVanish``, or a mark hidden through its style) is shown and printed joined with the next
paragraph: the reader reads them as one paragraph. Before, “（一）加强学习。” set so over its body
text was read as a heading standing alone, and lint told the office to delete its 。 (H008).
Hidden runs are not read; ``w:webHidden`` text (hidden only in Word's web view) is."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner
from docx_fixtures import STYLES, frame, make_docx, para, run
from lxml import etree

from lawreport.cli import cli as group
from lawreport.importing.docxreader import read_docx
from tests.lint.annotate_check import marked

SEPARATOR = '<w:p><w:pPr>{style}<w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>{runs}</w:p>'
HIDDEN_MARK_STYLE = ('<w:style w:type="paragraph" w:styleId="RunIn"><w:name w:val="run in"/>'
                     '<w:basedOn w:val="Heading2"/><w:rPr><w:vanish/></w:rPr></w:style>')


def _body(heading: str) -> str:
    return frame(para("一、主要举措和成效") + heading
                 + para(run("全年开展集中学法6次,"), run("（内部：待核实）", vanish=True), run("旁听庭审2次。"))
                 + para("二、存在的不足和原因") + para("执法人员数量不足。")
                 + para("三、履行第一责任人职责情况") + para("局主要负责人主持专题学法2次。")
                 + para("四、工作安排") + para("继续开展河道巡查。"))


def _write(tmp_path: Path, heading: str, styles: str = STYLES) -> Path:
    path = tmp_path / "示例县水务局.docx"
    path.write_bytes(make_docx(_body(heading), styles=styles))
    return path


def _style_separated(tmp_path: Path) -> Path:
    return _write(tmp_path, SEPARATOR.format(style="", runs=run("（一）加强学习。")))


def test_a_hidden_paragraph_mark_joins_the_paragraph_with_the_next(tmp_path):
    path = _style_separated(tmp_path)
    texts = [line.text for line in read_docx(path, path.read_bytes()).lines]
    assert "（一）加强学习。全年开展集中学法6次,旁听庭审2次。" in texts, texts  # the hidden run is left out
    assert "（一）加强学习。" not in texts


def test_a_mark_hidden_through_its_style_joins_too(tmp_path):
    styles = STYLES.replace("</w:styles>", HIDDEN_MARK_STYLE + "</w:styles>")
    path = _write(tmp_path, para(run("（一）加强学习。"), style="RunIn").replace(
        '<w:r>', '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr>', 1), styles)
    texts = [line.text for line in read_docx(path, path.read_bytes()).lines]
    assert "（一）加强学习。全年开展集中学法6次,旁听庭审2次。" in texts, texts


def test_lint_sees_a_runin_heading_and_places_findings_in_the_second_paragraph(tmp_path):
    path = _style_separated(tmp_path)
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    findings = json.loads(result.output)
    assert not [f for f in findings if f["code"] == "H008"], findings  # shown as “（一）加强学习。全年……”
    [comma] = [f for f in findings if f["code"] == "P001"]
    assert (comma["line"], comma["column"]) == (6, 19), comma  # the paragraph as Word shows it
    out = tmp_path / "批注本.docx"
    result = CliRunner().invoke(group, ["lint", str(path), "--annotate", str(out)])
    assert "已写入" in result.output, result.output
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    start = document.index('<w:commentRangeStart w:id="0"/>')
    assert document.index("（一）加强学习。") < document.index("全年开展集中学法6次") < start
    assert marked(etree.fromstring(document.encode("utf-8")))["0"] == ","  # the comma, in the second paragraph


def test_web_hidden_text_is_read(tmp_path):
    """``w:webHidden`` hides a run in Word's web layout only: it is printed, so it is read."""
    web = '<w:r><w:rPr><w:webHidden/></w:rPr><w:t>（一）加强学习</w:t></w:r>'
    path = _write(tmp_path, para(web))
    texts = [line.text for line in read_docx(path, path.read_bytes()).lines]
    assert "（一）加强学习" in texts, texts
