"""``lawreport textconv``: a report file as canonical text for ``git diff``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from diffkit import FIXTURES

from lawreport.diff.canonical import canonical_lines
from lawreport.diff.docxtext import docx_paragraphs
from lawreport.errors import SourceError
from lawreport.sources.loader import load_report
from lawreport.sources.workspace import load_workspace

RECEIVED_2031 = FIXTURES / "received" / "water-2031.txt"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} {MC}><w:body>
<w:p><w:r><w:t>样例市测绘局</w:t></w:r><w:r><w:br/><w:t>年度报告</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">一、主要举措</w:t></w:r></w:p>
<w:p><w:r><w:t>受理地图审核</w:t></w:r><w:del><w:r><w:delText>已删除的字</w:delText></w:r></w:del>
<w:ins><w:r><w:t>申请61件。</w:t></w:r></w:ins></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>正文框</w:t></mc:Choice>
<mc:Fallback><w:t>正文框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>件数</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>地图审核</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>61</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sdt><w:sdtContent><w:p><w:r><w:t>样例市测绘局</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:sectPr/></w:body></w:document>"""


CONTENT_TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')
ROOT_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/></Relationships>')


def _docx(path: Path, document: str = DOCUMENT) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", document)
    return path


def test_docx_paragraphs_in_document_order(tmp_path):
    assert docx_paragraphs(_docx(tmp_path / "a.docx")) == [
        "样例市测绘局年度报告", "一、主要举措", "受理地图审核申请61件。", "正文框", "项目 | 件数", "地图审核 | 61",
        "样例市测绘局"]


def test_docx_paragraphs_read_tables_as_the_importer_does(tmp_path):
    """Cells in content controls (around the row, the cell, the paragraph) are read; a text box in a
    cell is not cell text; a nested table stays in its cell; body-level AlternateContent gives its Fallback."""
    sdt = "<w:sdt><w:sdtContent>{}</w:sdtContent></w:sdt>".format
    box = ('<w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent><w:p><w:r>'
           '<w:t>框内说明</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r>')
    nested = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    body = ("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>"
            + sdt("<w:tc><w:p><w:r><w:t>件数</w:t></w:r></w:p></w:tc>") + "</w:tr>"
            + sdt("<w:tr><w:tc><w:p><w:r><w:t>审核</w:t></w:r>" + box + "</w:p>" + nested + "</w:tc><w:tc>"
                  + sdt("<w:p><w:r><w:t>61</w:t></w:r></w:p>") + "</w:tc></w:tr>") + "</w:tbl>"
            + "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:p><w:r><w:t>新版</w:t></w:r></w:p></mc:Choice>"
            "<mc:Fallback><w:p><w:r><w:t>旧版</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>")
    document = f'<?xml version="1.0"?><w:document {W} {MC}><w:body>{body}</w:body></w:document>'
    assert docx_paragraphs(_docx(tmp_path / "a.docx", document)) == ["项目 | 件数", "审核 甲 | 61", "旧版"]


def test_a_dtd_is_refused(tmp_path):
    hostile = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">'
               '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
               f'<w:document {W}><w:body><w:p><w:r><w:t>甲&x;&b;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(SourceError, match="DTD"):
        docx_paragraphs(_docx(tmp_path / "h.docx", hostile))


def test_non_zip_and_non_word_files_are_refused(cli, tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = cli("textconv", str(fake))
    assert result.exit_code == 1 and "损坏" in result.stderr
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = cli("textconv", str(other))
    assert result.exit_code == 1 and "不是 Word 文档" in result.stderr and "Traceback" not in result.output
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert cli("textconv", str(legacy)).exit_code == 1
    assert cli("textconv", str(tmp_path / "missing.docx")).exit_code == 1


def test_unrecognised_docx_prints_its_paragraphs(cli, tmp_path):
    result = cli("textconv", str(_docx(tmp_path / "a.docx")))
    assert result.exit_code == 0, result.output
    assert "受理地图审核申请61件。" in result.stdout and "地图审核 | 61" in result.stdout


def test_text_files(cli, tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("样例市测绘局\r\n\r\n  全年受理地图审核申请61件。\r\n".encode("gb18030"))
    result = cli("textconv", str(path))
    assert result.exit_code == 0, result.output
    assert "全年受理地图审核申请61件。" in result.stdout


def test_built_docx_round_trips_to_the_canonical_text(cli, water):
    pytest.importorskip("lawreport.importing.docxreader")
    assert cli("build", "2031", "--format", "docx", cwd=water).exit_code == 0
    built = next((water / "build" / "2031").glob("*.docx"))
    result = cli("textconv", str(built), cwd=water)
    assert result.exit_code == 0, result.output
    expected = list(canonical_lines(load_report(load_workspace(water), 2031)))
    assert result.stdout.splitlines() == expected
    assert expected[0] == "青禾县水务局2031年法治政府建设年度报告" and "（三）规范水行政执法" in expected


def test_git_diff_uses_textconv(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo_root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "HOME": str(tmp_path),
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1",
           "PYTHONPATH": str(repo_root)}

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, env=env).stdout.decode()

    git("init", "-q")
    (tmp_path / ".gitattributes").write_text("*.docx diff=lawreport\n", "utf-8")
    git("config", "diff.lawreport.textconv", f"'{sys.executable}' -m lawreport textconv")
    _docx(tmp_path / "r.docx")
    git("add", ".")
    git("commit", "-q", "-m", "one")
    _docx(tmp_path / "r.docx", DOCUMENT.replace("申请61件。", "申请62件。"))
    output = git("diff")
    assert "-受理地图审核申请61件。" in output and "+受理地图审核申请62件。" in output


HOSTILE = "受理申请\x1b[31m61件\x1b]0;新标题\x07\x1b[2J，办结\u202e率\u2066100%\x07\x08。"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_textconv_strips_escapes_controls_and_bidi_from_text_files(cli, tmp_path, suffix):
    source = RECEIVED_2031.read_text("utf-8").replace("办理人大代表建议8件", HOSTILE)
    assert HOSTILE in source
    (tmp_path / f"r{suffix}").write_text(source, "utf-8")
    result = cli("textconv", f"r{suffix}", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "受理申请61件，办结率100%。" in out
    assert not any(ch in out for ch in "\x1b\x07\x08\u202e\u2066")


def test_textconv_strips_them_from_a_word_file_too(cli, tmp_path):
    hostile = DOCUMENT.replace("申请61件。", "申请&#x202E;61件&#x2066;。")  # XML cannot hold an escape
    _docx(tmp_path / "r.docx", hostile)
    result = cli("textconv", "r.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.stdout and "\u2066" not in result.stdout
    assert "申请61件。" in result.stdout
