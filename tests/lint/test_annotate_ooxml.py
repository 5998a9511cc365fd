"""The annotated copy (``--annotate``) is read and written through lawreport.ooxml (issue 16): the
received file is read once, within the reader's limits, by the reader itself, so comments land in
the paragraphs and at the characters the reader numbered; a hostile file is refused, not parsed;
every part but those that carry comments is copied unchanged; LibreOffice opens the copy."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from lawreport.errors import SourceError
from lawreport.importing.docxreader import read_word
from lawreport.lint.annotate import Comment, annotate_docx
from tests.importing.docx_fixtures import make_docx, para, run, table
from tests.lint.annotate_check import characters, check_markup, rejoin

SOFFICE = shutil.which("soffice")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENT_PARTS = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}

FALLBACK_TEXT = "各版本都能显示的一段说明。"
"""Read by the reader, not shown by Word 2010+ or LibreOffice (they show the Choice): no comment there."""
SDT_TEXT = "内容控件中的一段文字。"
"""LibreOffice 7.4 shows comments in a block-level content control without their text (python-docx's copies too)."""
TEXTBOX = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:120pt;height:30pt">'
           '<v:textbox><w:txbxContent>' + para("文本框里的一句提示。") + '</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></w:r>')
ALTERNATE = (f'<mc:AlternateContent xmlns:mc="{MC}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
             '<mc:Choice Requires="w14">' + para("新版软件才显示的一段说明。") + '</mc:Choice>'
             '<mc:Fallback>' + para(FALLBACK_TEXT) + '</mc:Fallback></mc:AlternateContent>')
HYPERLINK = '<w:hyperlink w:anchor="top">' + run("县司法局网站") + '</w:hyperlink>'


def _body() -> str:
    """Everything that makes paragraph numbering and columns tricky, in one report-like body."""
    return (
        para("青岚县水务局2023年法治政府建设年度报告")
        + para()
        + para("县政府：")
        + para(run("　　2023年，县水务局"), run("（内部备注，勿外传）", vanish=True), run("坚持依法治水,推进执法公示。"))
        + para("健全制度体系", num=(1, 1))
        + para()
        + ALTERNATE
        + table([["项目", "2023年"], ["巡查（次）\n含夜查", "48次"], ["备注", "无"]])
        + para("表后第一段，写明巡查的范围。")
        + "<w:tbl><w:tr><w:tc>" + para(run("带文本框的单元格"), TEXTBOX) + "</w:tc><w:tc>"
        + para("单元格内的嵌套表格：") + table([["嵌套甲", "嵌套乙"]]) + "</w:tc></w:tr></w:tbl>"
        + '<w:sdt><w:sdtPr/><w:sdtContent>' + para(SDT_TEXT) + "</w:sdtContent></w:sdt>"
        + para(run("详见"), HYPERLINK, run("公布的执法信息。"))
        + para(run("正文里还有一个文本框"), TEXTBOX, run("，文本框后的文字。"))
        + para("四、2024年度推进法治政府建设的主要安排")
        + para("青岚县水务局")
        + para("2024年2月20日")
    )


def _write(tmp_path: Path, data: bytes, name: str = "水务局.docx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _visible(node: etree._Element, paragraph: etree._Element) -> str:
    """The text of the ``w:t`` under ``node`` that belong to ``paragraph`` (not to a text box's
    paragraphs inside it) and are not hidden."""
    out = []
    for t in node.iter(f"{W}t"):
        owner = next(t.iterancestors(f"{W}p"))
        hidden = any(r.find(f"{W}rPr/{W}vanish") is not None for r in t.iterancestors(f"{W}r"))
        if owner is paragraph and not hidden:
            out.append(t.text or "")
    return "".join(out)


def _anchors(path: Path) -> dict[str, tuple[str, str]]:
    """Comment text → (the text of the run it marks, the visible text of that run's paragraph)."""
    with zipfile.ZipFile(path) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        comments = etree.fromstring(archive.read("word/comments.xml"))
    texts = {c.get(f"{W}id"): "".join(t.text or "" for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")}
    found = {}
    for start in document.iter(f"{W}commentRangeStart"):
        marked = start.getnext()
        while marked.tag == f"{W}commentRangeStart":  # several comments on one run
            marked = marked.getnext()
        paragraph = next(start.iterancestors(f"{W}p"))
        end = marked.getnext()
        assert marked.tag == f"{W}r" and end.tag == f"{W}commentRangeEnd", etree.tostring(paragraph)
        found[texts[start.get(f"{W}id")]] = (_visible(marked, paragraph), _visible(paragraph, paragraph))
    return found


def _reader_positions(path: Path) -> list[tuple[int, int, str, str]]:
    """For a character in the middle and at the end of every line and one-paragraph cell the reader
    gives: its paragraph, its column, the character, and the text it belongs to (label left out)."""
    received = read_word(path, path.read_bytes()).received
    places = []
    for line in received.lines:
        if line.table is None:
            texts = [(line.text, line.offsets)]
        else:
            texts = [(cell, where) for row, spots in zip(line.table.rows, line.table.cell_offsets, strict=True)
                     for cell, where in zip(row, spots, strict=True) if where is not None and cell]
        for text, offsets in texts:
            first = offsets.anchors[-1][0]  # the characters before it are an automatic number's label
            for k in sorted({first + (len(text) - first) // 2, len(text) - 1}):
                span = offsets.span_at(k)
                places.append((span.line, span.column, text[k], text[first:]))
    return places


def test_comments_land_where_the_reader_places_each_character(tmp_path: Path) -> None:
    """Tables (with several paragraphs in a cell, a nested table, a text box), automatic numbering,
    empty paragraphs, a body-level mc:AlternateContent, a content control, a hyperlink and a hidden
    run before the text: every comment marks the run holding its character, in its paragraph; one
    in the mc:Fallback Word does not show is moved to the next paragraph with text, never dropped."""
    source = _write(tmp_path, make_docx(_body()))
    places = _reader_positions(source)
    assert len({line for line, *_ in places}) >= 15
    comments = [Comment(line, column, f"X{i:03d}", "位置", "warning", f"{i}") for i, (line, column, _, _) in
                enumerate(places)]
    out = tmp_path / "批注.docx"
    unseen = sum(text == FALLBACK_TEXT for *_, text in places)
    assert unseen == 2 and annotate_docx(source, comments, out) == len(places)
    anchors = _anchors(out)
    for i, (line, _, character, text) in enumerate(places):
        if text == FALLBACK_TEXT:  # Word would not show it there: it goes to the next text, saying so
            assert f"X{i:03d} 位置（警告）：{i}" not in anchors
            marked, paragraph = anchors[f"X{i:03d} 位置（警告）：{i}（第 {line} 段没有可加批注的文字，批注附在其下方最近的有文字的段落）"]
            assert FALLBACK_TEXT not in paragraph
            continue
        marked, paragraph = anchors[f"X{i:03d} 位置（警告）：{i}"]
        assert character in marked and text in paragraph, (character, text, marked, paragraph)


def test_the_file_is_read_once_and_never_by_python_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import docx
    import docx.api
    from docx.opc.package import OpcPackage

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx opened the received file")

    for owner, name in ((docx, "Document"), (docx.api, "Document"), (OpcPackage, "open")):
        monkeypatch.setattr(owner, name, refuse)
    source = _write(tmp_path, make_docx(_body()))
    opened: list[str] = []
    real_open = __import__("os").open

    def recording_open(path: object, *args: object, **kwargs: object) -> int:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("os.open", recording_open)
    monkeypatch.setattr(Path, "read_bytes", lambda self: refuse())  # reading without a size limit
    out = tmp_path / "批注.docx"
    assert annotate_docx(source, [Comment(4, 20, "P001", "半角标点", "error", "应使用全角逗号")], out) == 1
    assert opened.count(str(source)) == 1


def test_the_reader_size_limit_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _write(tmp_path, make_docx(_body()))
    monkeypatch.setattr("lawreport.importing.MAX_FILE_BYTES", 1024)
    out = tmp_path / "批注.docx"
    with pytest.raises(SourceError, match="文件过大"):
        annotate_docx(source, [Comment(1, 1, "T001", "标题", "warning", "示例")], out)
    assert not out.exists()


BOMB = ('<!DOCTYPE w:document [<!ENTITY a "水务水务水务水务水务"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>')


def test_an_entity_bomb_is_refused_not_expanded(tmp_path: Path) -> None:
    """Run in a child process with a timeout: a regression shows as a failure, not a hung suite."""
    source = _write(tmp_path, make_docx(para("青岚县水务局&h;") + para("2024年2月20日"), prolog=BOMB))
    out = tmp_path / "批注.docx"
    script = ("import sys; from pathlib import Path; from lawreport.errors import SourceError\n"
              "from lawreport.lint.annotate import Comment, annotate_docx\n"
              "try:\n    annotate_docx(Path(sys.argv[1]), [Comment(1, 1, 'T001', '标题', 'warning', '示例')], Path(sys.argv[2]))\n"
              "except SourceError as exc:\n    print(exc.render())\n    sys.exit(7)\n")
    done = subprocess.run([sys.executable, "-c", script, str(source), str(out)], capture_output=True, text=True,
                          timeout=120, encoding="utf-8")
    assert done.returncode == 7, done.stderr
    assert "DTD" in done.stdout and "水务局.docx" in done.stdout
    assert not out.exists()


def test_a_dtd_in_another_part_or_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    styles = '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles/>'
    bomb = make_docx(_body(), extra={"word/padding.xml": b"<a>" + b" " * (2 * 1024 * 1024) + b"</a>"})
    for name, data, said in (("样式.docx", make_docx(_body(), styles=styles), "DTD"), ("炸弹.docx", bomb, "压缩比")):
        source = _write(tmp_path, data, name)
        out = tmp_path / f"批注-{name}"
        with pytest.raises(SourceError, match=said) as info:
            annotate_docx(source, [Comment(1, 1, "T001", "标题", "warning", "示例")], out)
        assert info.value.exit_code == 1 and name in info.value.render()
        assert not out.exists()


def _with_comments_relationship(data: bytes) -> bytes:
    """``data`` with a relationship from the main document to word/comments.xml."""
    rel = ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" '
           'Target="comments.xml"/></Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            member = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                member = member.replace(b"</Relationships>", rel.encode())
            copy.writestr(info, member)
    return buffer.getvalue()


def test_only_the_comment_parts_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other member keeps its bytes; the document differs only by the comment marks and runs
    split at their characters (same characters, same formatting); the
    received file's existing comment is kept and the new ids follow it; with SOURCE_DATE_EPOCH
    the comments carry its date and two copies are byte-identical."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1708560000")
    existing = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="'
                f'{W[1:-1]}"><w:comment w:id="7" w:author="科员"><w:p><w:r><w:t>原有批注</w:t></w:r></w:p>'
                '</w:comment></w:comments>')
    body = _body().replace(para("县政府："), '<w:p><w:commentRangeStart w:id="7"/>' + run("县政府：")
                           + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>')
    source = _write(tmp_path, _with_comments_relationship(make_docx(body, extra={"word/comments.xml": existing.encode()})))
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "批注.docx"
    comments = [Comment(4, 3, "P001", "半角标点", "error", "应使用全角逗号"), Comment(4, 30, "X001", "测试", "info", "末尾")]
    assert annotate_docx(source, comments, out) == 2
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out) as new:
        assert new.namelist() == old.namelist()
        for name in set(old.namelist()) - COMMENT_PARTS:
            assert new.read(name) == old.read(name), name
        ids = [(c.get(f"{W}id"), c.get(f"{W}author"), c.get(f"{W}date"))
               for c in etree.fromstring(new.read("word/comments.xml"))]
        assert ids == [("7", "科员", None), ("8", "lawreport", "2024-02-22T00:00:00Z"),
                       ("9", "lawreport", "2024-02-22T00:00:00Z")]
        rels = new.read("word/_rels/document.xml.rels").decode()
        assert rels.count("relationships/comments") == 1
        types = etree.fromstring(new.read("[Content_Types].xml"))
        assert [o.get("PartName") for o in types if "comments" in (o.get("ContentType") or "")] == ["/word/comments.xml"]
        document = etree.fromstring(new.read("word/document.xml"))
        original = etree.fromstring(old.read("word/document.xml"))
        assert characters(document) == characters(original)  # runs split at the comments' characters
        check_markup(document, etree.fromstring(new.read("word/comments.xml")))
        for mark in list(document.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}commentReference")):
            if mark.get(f"{W}id") != "7":
                holder = mark.getparent() if mark.tag == f"{W}commentReference" else mark
                holder.getparent().remove(holder)
        rejoin(document)  # the runs split for the comments joined again: the received document
        rejoin(original)
        assert etree.tostring(document, method="c14n") == etree.tostring(original, method="c14n")
    again = tmp_path / "批注-2.docx"
    annotate_docx(source, comments, again)
    assert again.read_bytes() == out.read_bytes()


def test_characters_xml_cannot_hold_are_left_out_of_a_comment(tmp_path: Path) -> None:
    source = _write(tmp_path, make_docx(_body()))
    out = tmp_path / "批注.docx"
    assert annotate_docx(source, [Comment(1, 2, "M006", "控制字符", "error", "含有\x0b和\x07两个控制字符\n第二行")], out) == 1
    with zipfile.ZipFile(out) as archive:
        comment = etree.fromstring(archive.read("word/comments.xml"))[0]
    assert [_visible(p, p) for p in comment] == ["M006 控制字符（错误）：含有和两个控制字符", "第二行"]


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")
def test_libreoffice_converts_the_copy_and_shows_its_comments(tmp_path: Path) -> None:
    source = _write(tmp_path, make_docx(_body()))
    places = _reader_positions(source)
    comments = [Comment(line, column, "X001", "位置", "warning", f"〔{line}:{column}〕") for line, column, _, _ in places]
    out = tmp_path / "批注.docx"
    placed = annotate_docx(source, comments, out)
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    for kind in ("pdf", "odt"):
        subprocess.run([SOFFICE, profile, "--headless", "--convert-to", kind, "--outdir", str(tmp_path / kind), str(out)],
                       capture_output=True, timeout=180, check=True)
    assert (tmp_path / "pdf" / "批注.pdf").read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(tmp_path / "odt" / "批注.odt") as odt:
        content = etree.fromstring(odt.read("content.xml"))
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    shown = ["".join(a.itertext()) for a in content.iter(f"{office}annotation")]
    # the two in the unseen mc:Fallback are shown too, moved to the next paragraph with text
    assert len(shown) == placed == len(comments) and all(text.startswith("lawreport") for text in shown)
    for comment, (*_, text) in zip(comments, places, strict=True):
        if text not in (FALLBACK_TEXT, SDT_TEXT):
            assert any(comment.message in shown_text for shown_text in shown), comment
