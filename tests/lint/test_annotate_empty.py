"""A finding whose place is an empty paragraph (S001's “missing part” points at one) is never
dropped from the annotated copy: its comment goes to the nearest paragraph with text, saying so."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document

from lawreport.lint.annotate import Comment, annotate_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(path: Path, texts: list[str]) -> Path:
    document = Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _comment(line: int, message: str) -> Comment:
    return Comment(line, 1, "S001", "required-parts", "error", message)


def _anchored(out: Path) -> list[tuple[str, str]]:
    """Each comment's text and the text of the paragraph it is anchored in, in document order."""
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
        comments = archive.read("word/comments.xml").decode("utf-8")
    bodies = {ident: re.sub("<[^>]+>", "", body) for ident, body in
              re.findall(r'<w:comment [^>]*w:id="(\d+)"[^>]*>(.*?)</w:comment>', comments, re.S)}
    found = []
    for paragraph in re.findall(r"<w:p[ >].*?</w:p>", document, re.S):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))
        for ident in re.findall(r'<w:commentRangeStart w:id="(\d+)"', paragraph):
            found.append((bodies[ident], text))
    return found


def test_findings_at_empty_paragraphs_go_to_the_nearest_text(tmp_path: Path) -> None:
    source = _docx(tmp_path / "林业站.docx", ["东岭镇林业站2030年法治工作报告", "", "全年巡山120次。", ""])
    out = tmp_path / "批注本.docx"
    placed = annotate_docx(source, [_comment(2, "缺少第二部分"), _comment(4, "缺少第四部分"),
                                    _comment(3, "正文的问题")], out)
    assert placed == 3
    anchored = _anchored(out)
    assert len(anchored) == 3
    by_message = {body.split("：", 1)[1]: text for body, text in anchored}
    assert by_message["缺少第二部分（第 2 段没有可加批注的文字，批注附在其下方最近的有文字的段落）"] == "全年巡山120次。"
    assert by_message["缺少第四部分（第 4 段没有可加批注的文字，批注附在其上方最近的有文字的段落）"] == "全年巡山120次。"
    assert by_message["正文的问题"] == "全年巡山120次。"


def test_a_document_without_any_text_gets_the_comment_at_its_start(tmp_path: Path) -> None:
    source = _docx(tmp_path / "空白.docx", ["", ""])
    out = tmp_path / "批注本.docx"
    assert annotate_docx(source, [_comment(2, "缺少全部内容")], out) == 1
    [(body, _text)] = _anchored(out)
    assert body.endswith("缺少全部内容（第 2 段没有可加批注的文字，批注附在文档开头）")
