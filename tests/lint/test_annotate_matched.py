"""A comment covers the text its finding's rule matched, also when the finding has no fix and
quotes nothing at its place (before, such a comment marked one character): the second
“现将……报告如下” (M008), a part title's wrong year (S003), the item of the opening sentence that
announces a missing part (S006); findings about a paragraph still mark the paragraph
(test_annotate_span). The received report is written with python-docx, in our own sentences about
a fictional office; the copy is read back with python-docx and with LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from lawreport.lint.annotate import write_annotation
from tests.lint.annotate_check import marked
from tests.lint.test_annotate_span import OFFICE, _libreoffice_ranges

SOFFICE = shutil.which("soffice")
PREAMBLE = ("2023年，示例县市场监督管理局坚持依法监管，现将工作开展情况、存在的不足、第一责任人履职情况、"
            "下一步安排和其他需要报告的情况报告如下：")
LINES = (
    "示例县市场监督管理局2023年法治政府建设年度报告",
    "示例县人民政府：",
    PREAMBLE,
    "全年查办案件的情况另行报送。现将有关情况报告如下：",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）规范涉企执法检查",
    "全年开展“双随机、一公开”抽查58次，检查结果全部公示。",
    "二、2023年度推进法治政府建设存在的不足和原因",
    "基层执法人员业务培训还不够经常。",
    "三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局主要负责人主持集中学法4次。",
    "四、2023年度推进法治政府建设的主要安排",
    "继续规范涉企执法检查。",
    "示例县市场监督管理局",
    "2024年2月26日",
)
WANTED = {
    "M008": "现将有关情况报告如下：",
    "S003": "2023年",
    "S006": "其他需要报告的情况",
}


def _received(tmp_path: Path) -> Path:
    document = Document()
    for line in LINES:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "示例县市场监督管理局.docx"
    path.write_bytes(buffer.getvalue())
    return path


def _annotated(tmp_path: Path) -> Path:
    out = tmp_path / "批注本.docx"
    write_annotation(_received(tmp_path), out, select="M008,S003,S006", ignore=None, year=None)
    return out


def _by_code(comments: dict[str, str], ranges: dict[str, str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for ident, text in comments.items():
        found.setdefault(text.split(" ", 1)[0], []).append(ranges[ident])
    return found


def test_the_comment_covers_the_matched_text(tmp_path):
    copy = Document(str(_annotated(tmp_path)))  # read back with python-docx
    comments = {str(comment.comment_id): comment.text for comment in copy.comments}
    found = _by_code(comments, marked(copy.element))
    assert {code: ranges for code, ranges in found.items() if code in WANTED} == {
        code: [text] for code, text in WANTED.items()}


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")
def test_libreoffice_shows_the_same_ranges(tmp_path):
    out = _annotated(tmp_path)
    codes = {comment.text.split("：", 1)[1]: comment.text.split(" ", 1)[0] for comment in Document(str(out)).comments}
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "fodt",
                    "--outdir", str(tmp_path / "odt"), str(out)], check=True, capture_output=True, timeout=300)
    body = etree.parse(str(tmp_path / "odt" / "批注本.fodt")).getroot().find(f"{OFFICE}body")
    shown = {codes[message]: text for message, text in _libreoffice_ranges(body).items()}
    assert {code: text for code, text in shown.items() if code in WANTED} == WANTED
