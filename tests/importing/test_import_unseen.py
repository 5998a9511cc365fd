"""Import names or refuses what it cannot read: other encodings, embedded files, alternate content,
and text a reader of the Word file does not see (white, tiny, placeholder, hidden by defaults)."""

from __future__ import annotations

import pytest
from docx_fixtures import STYLES, frame, make_docx, para, run
from helpers import STRUCTURE, sample_text

from lawreport.errors import SourceError
from lawreport.received import read_dated as read_received

MEASURES = para("一、2023年度推进法治政府建设的主要举措和成效") + para("全年修订内部制度4项。")
TRADITIONAL = ("示例縣水務局2023年法治政府建設年度報告\n縣政府：\n一、2023年度推進法治政府建設的主要舉措和成效\n"
               "全年修訂內部制度4項，清理規範性文件2件。\n示例縣水務局\n2024年2月18日\n")
JAPANESE = "示例町教育委員会の年次報告\nこの一年、法令に基づいて行政の手続きを進めました。\n"


def _read(tmp_path, data: bytes, name: str = "report.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_received(path, STRUCTURE, 2023)


def _notes(imported) -> str:
    return "\n".join(note.render() for note in imported.notes)


def _text(imported) -> str:
    report = imported.report
    pieces = [report.meta.title or ""]
    for part in report.parts:
        for block in part.blocks:
            pieces.append(str(block))
        for section in part.sections:
            pieces.append(str(section))
    return "\n".join(pieces)


@pytest.mark.parametrize(("text", "encoding", "named"), [
    (TRADITIONAL, "big5", "Big5"), (JAPANESE, "shift_jis", "Shift-JIS")])
def test_big5_and_shift_jis_are_named_and_refused(tmp_path, text, encoding, named):
    with pytest.raises(SourceError) as info:
        _read(tmp_path, text.encode(encoding))
    message = info.value.render()
    assert named in message and "GBK 已转换" not in message and "另存为" in message


def test_gbk_is_still_converted(tmp_path):
    imported = _read(tmp_path, sample_text().encode("gbk"))
    assert "GBK/GB18030 编码" in _notes(imported) and imported.report.meta.issuer == "示例县水务局"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, codec):
    imported = _read(tmp_path, sample_text().encode(codec))
    assert "UTF-16" in _notes(imported) and "没有 BOM" in _notes(imported)
    assert imported.report.meta.title == "示例县水务局2023年法治政府建设年度报告"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_bom_is_recognised(tmp_path, codec):
    data = sample_text().encode(codec)
    if codec == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    imported = _read(tmp_path, data)
    assert "UTF-32" in _notes(imported) and "UTF-16" not in _notes(imported)
    assert imported.report.meta.title == "示例县水务局2023年法治政府建设年度报告"


def _docx(tmp_path, body: str, **kwargs) -> object:
    return _read(tmp_path, make_docx(frame(body), **kwargs), "report.docx")


@pytest.mark.parametrize(("rpr", "kind"), [
    ('<w:color w:val="FFFFFF"/>', "白色文字"),
    ('<w:color w:val="000000" w:themeColor="background1"/>', "白色文字"),
    ('<w:sz w:val="2"/>', "极小字号"),
    ('<w:w w:val="1"/>', "极窄"),
])
def test_white_and_tiny_text_is_reported_not_imported(tmp_path, rpr, kind):
    secret = f'<w:r><w:rPr>{rpr}</w:rPr><w:t>SECRET-TEXT</w:t></w:r>'
    imported = _docx(tmp_path, MEASURES + para(run("公开的句子。"), secret))
    assert kind in _notes(imported) and "SECRET-TEXT" not in _text(imported)
    assert "公开的句子" in _text(imported)


def test_white_text_on_a_dark_background_is_seen(tmp_path):
    shaded = '<w:r><w:rPr><w:color w:val="FFFFFF"/><w:shd w:val="clear" w:fill="1F3864"/></w:rPr><w:t>表头文字</w:t></w:r>'
    imported = _docx(tmp_path, MEASURES + para(shaded))
    assert "表头文字" in _text(imported) and "白色文字" not in _notes(imported)


@pytest.mark.parametrize(("rpr", "kind"), [
    ('<w:color w:val="FEFEFE"/>', "白色文字"),
    ('<w:color w:val="F4F4F4"/><w:shd w:val="clear" w:fill="FFFFFF"/>', "白色文字"),
    ('<w:color w:val="FFFF00"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>', "与底色相同"),
    ('<w:color w:val="FFFF01"/><w:highlight w:val="yellow"/>', "与底色相同"),
    ('<w:color w:val="000000"/><w:shd w:val="solid" w:color="000000" w:fill="FFFFFF"/>', "与底色相同"),
], ids=["near-white", "near-white-on-white-fill", "yellow-on-yellow", "yellow-on-highlight", "black-on-solid-black"])
def test_text_in_the_colour_of_its_background_is_reported_not_imported(tmp_path, rpr, kind):
    """Not only pure white on white: any text colour a reader cannot tell from its background
    (FEFEFE on the page, yellow on a yellow fill or highlight, black on solid black shading)."""
    secret = f'<w:r><w:rPr>{rpr}</w:rPr><w:t>SECRET-TEXT</w:t></w:r>'
    imported = _docx(tmp_path, MEASURES + para(run("公开的句子。"), secret))
    assert kind in _notes(imported) and "SECRET-TEXT" not in _text(imported), _notes(imported)
    assert "公开的句子" in _text(imported)


@pytest.mark.parametrize("rpr", ['<w:color w:val="D9D9D9"/>', '<w:color w:val="FFFF00"/><w:highlight w:val="black"/>',
                                 '<w:color w:val="FFFFFF"/><w:shd w:val="solid" w:color="000000" w:fill="FFFFFF"/>',
                                 '<w:color w:val="auto"/><w:shd w:val="clear" w:fill="000000"/>'])
def test_light_grey_and_contrasting_colours_are_seen(tmp_path, rpr):
    shown = f'<w:r><w:rPr>{rpr}</w:rPr><w:t>可见文字</w:t></w:r>'
    imported = _docx(tmp_path, MEASURES + para(shown))
    assert "可见文字" in _text(imported) and "看不见" not in _notes(imported), _notes(imported)


def test_content_control_placeholder_is_reported(tmp_path):
    placeholder = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入文字。</w:t>'
                   '</w:r></w:sdtContent></w:sdt>')
    block = ('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + para("请输入存在的问题。")
             + '</w:sdtContent></w:sdt>')
    imported = _docx(tmp_path, MEASURES + para(run("已填写。"), placeholder) + block)
    notes = _notes(imported)
    assert "占位提示文字" in notes and "单击或点击此处" not in _text(imported) and "请输入存在的问题" not in _text(imported)


DEFAULTS_HIDDEN = STYLES.replace(
    "<w:style ", '<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults><w:style ', 1
).replace('<w:name w:val="Normal"/>', '<w:name w:val="Normal"/><w:rPr><w:vanish w:val="0"/></w:rPr>').replace(
    "</w:styles>", '<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="plain"/></w:style>'
                   '<w:style w:type="paragraph" w:styleId="Quiet"><w:name w:val="quiet"/><w:basedOn w:val="Normal"/>'
                   '<w:rPr><w:vanish/></w:rPr></w:style></w:styles>')


@pytest.mark.parametrize("style", ["Plain", "Quiet"])
def test_text_hidden_through_doc_defaults_or_styles_is_reported(tmp_path, style):
    """Plain is based on nothing: the document defaults hide it. Quiet hides itself. Normal shows again."""
    secret = f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>STYLE-HIDDEN</w:t></w:r></w:p>'
    imported = _docx(tmp_path, MEASURES + secret + para("SHOWN-AGAIN"), styles=DEFAULTS_HIDDEN)
    assert "隐藏文字" in _notes(imported) and "STYLE-HIDDEN" not in _text(imported)
    assert "SHOWN-AGAIN" in _text(imported)


def test_a_document_whose_text_is_all_hidden_says_so(tmp_path):
    styles = STYLES.replace("<w:style ", '<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault>'
                                         '</w:docDefaults><w:style ', 1)
    with pytest.raises(SourceError) as info:
        _docx(tmp_path, MEASURES, styles=styles)
    assert "隐藏文字" in info.value.render() and "没有可读取" in info.value.render()


def test_alt_chunk_is_reported(tmp_path):
    extra = {"word/chunk.htm": b"<html><body><p>CHUNK-TEXT</p></body></html>"}
    rels = ('<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'aFChunk" Target="chunk.htm"/>')
    data = make_docx(frame(MEASURES + '<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                                      'relationships" r:id="rIdChunk"/>' + para("之后的段落。")), extra=extra)
    data = _add_rel(data, rels, '<Default Extension="htm" ContentType="application/xhtml+xml"/>')
    imported = _read(tmp_path, data, "report.docx")
    notes = _notes(imported)
    assert "altChunk" in notes and "网页" in notes and "第 7 段" in notes


def test_body_alternate_content_is_read_through_its_fallback(tmp_path):
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    alternate = (f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="w14">' + para("CHOICE-TEXT")
                 + '</mc:Choice><mc:Fallback>' + para("兜底内容的段落。") + '</mc:Fallback></mc:AlternateContent>')
    imported = _docx(tmp_path, MEASURES + alternate)
    assert "兜底内容的段落" in _text(imported) and "CHOICE-TEXT" not in _text(imported)


def _add_rel(data: bytes, rel: str, content_type: str) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", content_type.encode() + b"</Types>")
            target.writestr(info, content)
    return out.getvalue()




def _field(instr: str, shown: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize(("field", "name"), [
    (_field('INCLUDETEXT "\\\\\\\\server\\\\share\\\\内部.docx"', "从另一个文件取来的文字"), "INCLUDETEXT"),
    (_field('includetext "file:///C:/机密.docx" \\\\* MERGEFORMAT', "从另一个文件取来的文字"), "INCLUDETEXT"),
    ('<w:fldSimple w:instr=" LINK Excel.Sheet.12 &quot;D:\\\\\\\\统计.xlsx&quot; 表1 "><w:r><w:t>从另一个文件取来的文字</w:t>'
     '</w:r></w:fldSimple>', "LINK"),
    (_field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"', "从另一个文件取来的文字"), "DDEAUTO"),
], ids=["includetext", "lowercase-file-url", "fldsimple-link", "ddeauto"])
def test_text_a_field_takes_from_another_file_is_named(tmp_path, field, name):
    """Word shows the result of INCLUDETEXT / LINK / DDE as it was when the field was last
    updated, from a file on another computer or a share: imported as shown, but said so, with
    the paragraph, so that nobody publishes a file's contents without knowing where they came from."""
    imported = _docx(tmp_path, MEASURES + para(run("公开的句子。"), field))
    notes = _notes(imported)
    assert f"域 {name}（在第 7 段）" in notes and "另一个文件" in notes, notes
    assert "从另一个文件取来的文字" in _text(imported)


def test_ordinary_fields_are_not_named(tmp_path):
    imported = _docx(tmp_path, MEASURES + para(run("见第"), _field("PAGEREF _Toc1 \\\\h", "3"), run("页。")))
    assert "域" not in _notes(imported)


@pytest.mark.parametrize("field", [
    _field('DATE \\\\@ "yyyy\'年\'M\'月\'d\'日\'"', "2024年2月18日"),
    '<w:fldSimple w:instr=" SAVEDATE \\\\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2024年2月18日</w:t></w:r></w:fldSimple>',
], ids=["date", "savedate"])
def test_a_date_that_updates_itself_is_named(tmp_path, field):
    """WPS/Word users insert the 成文日期 as a DATE field (插入 → 日期和时间, 自动更新): it shows the
    day the file is opened. Imported as shown, with a note naming the field and the paragraph."""
    imported = _docx(tmp_path, MEASURES + para(field))
    notes = _notes(imported)
    assert "日期域" in notes and "自动变为当天的日期" in notes, notes


def test_the_date_a_document_was_created_is_not_named(tmp_path):
    imported = _docx(tmp_path, MEASURES + para(_field("CREATEDATE \\\\@ \"yyyy年M月d日\"", "2024年2月18日")))
    assert "域" not in _notes(imported)


def test_a_locked_date_is_not_named(tmp_path):
    """LibreOffice saves a fixed date (日期, 固定) as a DATE field locked against updating (w:fldLock)."""
    field = _field("DATE \\\\@ \"yyyy年M月d日\"", "2024年2月18日").replace(
        'w:fldCharType="begin"', 'w:fldCharType="begin" w:fldLock="true"')
    assert "域" not in _notes(_docx(tmp_path, MEASURES + para(field)))
