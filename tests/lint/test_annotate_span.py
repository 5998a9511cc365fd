"""A comment marks exactly the characters its finding is about (issue 16 render review): runs are
split at the finding's characters, keeping their formatting, so an ASCII comma in a long
paragraph marks the comma, not the paragraph, and two findings in one run do not overlap; a
finding about a paragraph or heading (at its first column) marks the paragraph."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawreport.importing.docxreader import read_word
from lawreport.lint.annotate import Comment, annotate_docx
from tests.audit.corpus import write_docx
from tests.importing.docx_fixtures import make_docx
from tests.lint.annotate_check import W, characters, check_markup, marked

SOFFICE = shutil.which("soffice")
FONT = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
BOLD = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>'
INS = 'w:id="11" w:author="科员" w:date="2024-01-05T00:00:00Z"'

# As Word writes a paragraph typed in several sittings: runs split mid-word by rsid, a proofErr
# and a bookmark between them, a run holding text, a tab and a line break, leading indentation.
WORD_PARAGRAPH = (
    '<w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>'
    '<w:bookmarkStart w:id="0" w:name="_Toc1"/>'
    f'<w:r w:rsidRPr="00B2">{FONT}<w:t xml:space="preserve">　　2023年，示例县司法局坚持依</w:t></w:r>'
    '<w:proofErr w:type="spellStart"/>'
    f'<w:r w:rsidR="00C3">{BOLD}<w:t>法行政,推进</w:t></w:r>'
    '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>'
    f'<w:r>{FONT}<w:t xml:space="preserve">执法公示 </w:t><w:tab/><w:t>制度落实。</w:t>'
    '<w:br/><w:t>全年办理行政复议案件12件,纠错2件。</w:t></w:r></w:p>'
)
HEADING = f'<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r>{BOLD}<w:t>一、主要举措</w:t></w:r></w:p>'
# A complex field (a link written as a HYPERLINK field), an inserted run, a simple field, hidden text.
FIELDS = (
    f'<w:p><w:r>{FONT}<w:t>详见</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    f'<w:r>{FONT}<w:t>县司法局网站公开栏</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    f'<w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏的备注）</w:t></w:r>'
    f'<w:ins {INS}><w:r>{FONT}<w:t>，另附新增说明</w:t></w:r></w:ins>'
    f'<w:r>{FONT}<w:t>，共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r>{FONT}<w:t>3</w:t></w:r></w:fldSimple>'
    f'<w:r>{FONT}<w:t>页。</w:t></w:r></w:p>'
)
LINK = (f'<w:p><w:r>{FONT}<w:t>查询请登录</w:t></w:r><w:hyperlink w:anchor="top"><w:r>{FONT}<w:t>政务公开平台</w:t></w:r>'
        f'</w:hyperlink><w:r>{FONT}<w:t>办理，依</w:t></w:r><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>fǎ</w:t></w:r></w:rt>'
        f'<w:rubyBase><w:r>{FONT}<w:t>法</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r>{FONT}<w:t>答复。</w:t></w:r></w:p>')


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "司法局.docx"
    path.write_bytes(make_docx(WORD_PARAGRAPH + HEADING + FIELDS + LINK))
    return path


def _at(path: Path, text: str) -> tuple[int, int]:
    """The reader's paragraph and column of ``text``'s first character (as lint places findings)."""
    for line in read_word(path, path.read_bytes(), accept_changes=True).received.lines:
        if text in line.text:
            span = line.offsets.span_at(line.text.index(text))
            return span.line, span.column
    raise AssertionError(text)


def _parts(out: Path) -> tuple[etree._Element, etree._Element]:
    with zipfile.ZipFile(out) as archive:
        return etree.fromstring(archive.read("word/document.xml")), etree.fromstring(archive.read("word/comments.xml"))


def _marked_by_text(out: Path) -> dict[str, str]:
    """Comment text (its finding's message) → the characters it marks."""
    document, comments = _parts(out)
    spans = marked(document)
    return {"".join(t.text or "" for t in c.iter(f"{W}t")).split("：", 1)[1]: spans[c.get(f"{W}id")]
            for c in comments.iter(f"{W}comment")}


CASES = [  # (text at the finding, its length, the message, what the comment should mark)
    (",推进", 1, "逗号", ","),
    ("依法行政", 0, "“依法行政”应写在一处", "依法行政"),
    ("执法公示", 0, "“执法公示”与第二处重复", "执法公示"),
    ("公示 ", 6, "跨制表符", "公示 \t制度"),
    (",纠错", 1, "第二行的逗号", ","),
    ("全年办理", 0, "“全年办理”", "全年办理"),
    ("一、主要举措", 0, "标题不合规范", "一、主要举措"),
    ("司法局网站", 0, "“司法局网站”", "司法局网站"),
    ("新增说明", 0, "“新增说明”", "新增说明"),
    ("3页", 0, "页数是域", "3"),
    ("平台", 0, "“平台”", "平台"),
    ("法答复", 0, "注音的字", "法"),
    ("答复", 0, "“答复”", "答复"),
    ("2023年", 0, "段落问题", "2023年，示例县司法局坚持依法行政,推进执法公示 \t制度落实。\n全年办理行政复议案件12件,纠错2件。"),
]


def test_each_comment_marks_just_its_characters(tmp_path: Path) -> None:
    source = _source(tmp_path)
    comments = [Comment(*_at(source, text), "X001", "测试", "warning", message, length=length)
                for text, length, message, _ in CASES]
    out = tmp_path / "批注.docx"
    assert annotate_docx(source, comments, out) == len(CASES)
    spans = _marked_by_text(out)
    assert {message: spans[message] for _, _, message, _ in CASES} == {message: want for *_, message, want in CASES}


def test_splitting_keeps_every_character_and_its_formatting(tmp_path: Path) -> None:
    source = _source(tmp_path)
    comments = [Comment(*_at(source, text), "X001", "测试", "warning", message, length=length)
                for text, length, message, _ in CASES]
    out = tmp_path / "批注.docx"
    annotate_docx(source, comments, out)
    document, notes = _parts(out)
    with zipfile.ZipFile(source) as archive:
        original = etree.fromstring(archive.read("word/document.xml"))
    assert characters(document) == characters(original)
    check_markup(document, notes)
    kept = [element.tag for element in document.iter() if element.tag not in
            (f"{W}r", f"{W}rPr", f"{W}rFonts", f"{W}b", f"{W}sz", f"{W}t", f"{W}vanish", f"{W}rStyle",
             f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}commentReference")]
    before = [element.tag for element in original.iter() if element.tag not in
              (f"{W}r", f"{W}rPr", f"{W}rFonts", f"{W}b", f"{W}sz", f"{W}t", f"{W}vanish")]
    assert kept == before  # bookmarks, proofErr, fields, w:ins, hyperlinks as they were
    assert all(t.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
               for t in document.iter(f"{W}t") if (t.text or "") != (t.text or "").strip())


def test_a_finding_through_lint_marks_the_character_its_fix_replaces(cli, tmp_path: Path) -> None:
    """``lint --annotate`` on a python-docx file: the P001 comment on an ASCII comma in a long
    paragraph marks the comma (its fix's length), the rest of the paragraph is unmarked."""
    source = tmp_path / "水务局.docx"
    lines = ["青岚县水务局2023年法治政府建设年度报告", "青岚县人民政府：",
             "2023年，县水务局坚持依法行政,全面推进法治政府建设，完成取水许可审查12件。现将有关情况报告如下：",
             "一、2023年度推进法治政府建设的主要举措和成效", "开展水事执法巡查40次。", "青岚县水务局", "2024年2月20日"]
    write_docx(source, lines)
    out = tmp_path / "水务局-批注.docx"
    result = cli("lint", str(source), "--annotate", str(out), cwd=tmp_path)
    assert result.exit_code == 1 and "P001" in result.stdout, result.output
    document, comments = _parts(out)
    spans = marked(document)
    ident = next(c.get(f"{W}id") for c in comments.iter(f"{W}comment")
                 if "P001" in "".join(t.text or "" for t in c.iter(f"{W}t")))
    assert spans[ident] == ","
    check_markup(document, comments)


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")
def test_libreoffice_opens_the_split_copy(tmp_path: Path) -> None:
    source = _source(tmp_path)
    comments = [Comment(*_at(source, text), "X001", "测试", "warning", message, length=length)
                for text, length, message, _ in CASES]
    out = tmp_path / "批注.docx"
    annotate_docx(source, comments, out)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "fodt",
                    "--outdir", str(tmp_path / "odt"), str(out)], check=True, capture_output=True, timeout=300)
    body = etree.parse(str(tmp_path / "odt" / "批注.fodt")).getroot().find(f"{OFFICE}body")
    assert _libreoffice_ranges(body) == {message: want.replace("\n", "") for _, _, message, want in CASES
                                         if message not in ("页数是域", "注音的字")}  # LibreOffice updates the one, guides the other


OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _libreoffice_ranges(body: etree._Element) -> dict[str, str]:
    """Comment message → the text LibreOffice has between the comment and its end."""
    opened: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    names: dict[str, str] = {}

    def add(text: str | None) -> None:
        for parts in opened.values():
            parts.append(text or "")

    def walk(element: etree._Element) -> None:
        if element.tag == f"{OFFICE}annotation":
            names[element.get(f"{OFFICE}name")] = "".join(p.xpath("string()") for p in element.iter(f"{TEXT}p"))
            opened[element.get(f"{OFFICE}name")] = []
        elif element.tag == f"{OFFICE}annotation-end":
            done[element.get(f"{OFFICE}name")] = "".join(opened.pop(element.get(f"{OFFICE}name")))
        else:
            add("\t" if element.tag == f"{TEXT}tab" else element.text)
            for child in element:
                walk(child)
        add(element.tail)

    walk(body)
    return {names[name].split("：", 1)[1]: text for name, text in done.items()
            if names[name].split("：", 1)[1] not in ("页数是域", "注音的字")}
