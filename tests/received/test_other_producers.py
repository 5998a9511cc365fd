"""Received Word files as producers other than Word write them (WPS, LibreOffice, pandoc):
what lint, import and audit read from them.

Every document is built here from OOXML strings (tests/importing/docx_fixtures.py); the text is
our own, about a fictional office (示例县水务局).
"""

from __future__ import annotations

from pathlib import Path

from lawreport.importing import read_file
from lawreport.lint.targets import load_received
from lawreport.received import read_received
from lawreport.sources.structure import load_structure
from tests.importing.docx_fixtures import frame, make_docx, para, table

PARTS = (para("一、2023年度推进法治政府建设的主要举措和成效") + para("全年修订内部制度4项。")
         + para("二、2023年度推进法治政府建设存在的不足和原因") + para("执法人员数量不足。")
         + para("三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况") + para("局主要负责人主持专题学法2次。")
         + para("四、2024年度推进法治政府建设的主要安排") + para("继续开展河道巡查。"))


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "报告.docx"
    path.write_bytes(make_docx(body))
    return path


def test_a_report_ending_in_a_table_is_linted(tmp_path: Path) -> None:
    """A table as the document's last block (a 附表 after the 落款): its cells' paragraphs come after
    the last paragraph the reader keeps a line for, and lint's source lines reach them too."""
    body = frame(PARTS) + para("附表：") + table([["项目", "数量"], ["修订制度（项）", "4"]])
    loaded = load_received(_write(tmp_path, body), load_structure(None))
    assert loaded.errors == [] and loaded.document is not None
    lines = loaded.document.lines[loaded.fallback]
    assert lines[-1] == "4" and "修订制度（项）" in lines


BR = '<w:r><w:br/></w:r>'


def test_a_part_title_broken_by_hand_is_one_title(tmp_path: Path) -> None:
    """WPS users break a long part title with Shift+Enter (``w:br``): it stays one title, and
    positions after the break still point at the paragraph's own characters."""
    parts = PARTS.replace(para("一、2023年度推进法治政府建设的主要举措和成效"),
                          para("一、2023年度推进法治政府建设的", BR, "主要举措和成效"))
    path = _write(tmp_path, frame(parts))
    found = read_received(path, load_structure(None))
    first = found.report.parts[0]
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert first.title == "2023年度推进法治政府建设的主要举措和成效"
    text = "一、2023年度推进法治政府建设的\n主要举措和成效"
    [line] = [line for line in read_file(path).lines if line.text.startswith("一、")]
    assert line.span_at(line.text.index("主")).column == text.index("主") + 1


def test_a_heading_and_its_text_after_a_manual_break_stay_apart(tmp_path: Path) -> None:
    """Shift+Enter after a heading, then a sentence: the heading and a paragraph, as before."""
    parts = PARTS.replace(para("全年修订内部制度4项。"), para("（一）健全制度体系", BR, "全年修订内部制度4项。"))
    found = read_received(_write(tmp_path, frame(parts)), load_structure(None))
    [section] = found.report.parts[0].sections
    assert section.heading.title == "健全制度体系"
    assert [block.text for block in section.blocks] == ["全年修订内部制度4项。"]


def _cell(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(para(text) for text in paragraphs) + "</w:tc>"


def _layout_table(*rows: str) -> str:
    return "<w:tbl>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"


def test_a_signature_laid_out_in_a_table_is_the_signature(tmp_path: Path) -> None:
    """WPS places the 落款 with a borderless table: an empty cell on the left, the name over the
    date on the right (or both in one cell). Lint finds the 落款 (no M003) and its date."""
    layouts = (_layout_table(_cell("") + _cell("示例县水务局"), _cell("") + _cell("2024年2月18日")),
               _layout_table(_cell("示例县水务局", "2024年2月18日")) + para(""))
    for layout in layouts:
        path = _write(tmp_path, frame(PARTS, signature=False) + layout)
        found = read_received(path, load_structure(None))
        assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
        loaded = load_received(path, load_structure(None))
        assert loaded.document is not None
        assert loaded.document.lines[path][found.report.meta.spans["date"].line - 1] == "2024年2月18日"


def test_the_offices_of_a_signature_in_a_table_over_the_date(tmp_path: Path) -> None:
    """The offices' names in a table (two side by side), the 成文日期 as a paragraph below it."""
    layout = _layout_table(_cell("示例县水务局") + _cell("示例县司法局")) + para("2024年2月18日")
    found = read_received(_write(tmp_path, frame(PARTS, signature=False) + layout), load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局\n示例县司法局", "2024年2月18日")


def test_a_joint_signature_side_by_side_in_a_table(tmp_path: Path) -> None:
    layout = _layout_table(_cell("示例县水务局") + _cell("示例县司法局"), _cell("") + _cell("2024年2月18日"))
    found = read_received(_write(tmp_path, frame(PARTS, signature=False) + layout), load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局\n示例县司法局", "2024年2月18日")


def test_a_table_at_the_end_that_is_no_signature_stays_a_table(tmp_path: Path) -> None:
    body = frame(PARTS) + table([["项目", "完成时间"], ["修订制度（项）", "2023年12月1日"]])
    found = read_received(_write(tmp_path, body), load_structure(None))
    assert found.report.parts[-1].blocks[-1].__class__.__name__ == "Table"


def _box(*paragraphs: str) -> str:
    """A text box as WPS writes it: DrawingML in mc:Choice, the same text as VML in mc:Fallback."""
    inner = "<w:txbxContent>" + "".join(para(text) for text in paragraphs) + "</w:txbxContent>"
    return ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/'
            'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/'
            f'2010/wordprocessingShape"><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
            f'<v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_signature_in_a_text_box_is_the_signature(tmp_path: Path) -> None:
    """A 落款 in a text box (WPS: placed over the seal) after the last paragraph: read once (one
    branch of the AlternateContent), at the paragraph that anchors the box."""
    path = _write(tmp_path, frame(PARTS, signature=False) + para(_box("示例县水务局", "2024年2月18日")))
    found = read_received(path, load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert found.report.parts[-1].blocks[-1].text == "继续开展河道巡查。"
    assert not any("文本框" in note.message and "未导入" in note.message for note in found.notes)
    assert found.report.meta.spans["date"].line == found.report.meta.spans["signatory"].line


def test_a_text_box_beside_the_text_is_still_left_out(tmp_path: Path) -> None:
    """A 红头 in a text box, or a box in the body, is not read (and says so); nor is a box after a
    body that ends with its own 落款 and date."""
    body = para(_box("示例县水务局文件")) + frame(PARTS) + para(_box("示例县水务局", "2024年2月19日"))
    found = read_received(_write(tmp_path, body), load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert any("2 个文本框" in note.message for note in found.notes)


def test_a_signature_in_a_libreoffice_text_box_is_the_signature(tmp_path: Path) -> None:
    """LibreOffice writes the text box in mc:Choice only, with an empty w:pict as its Fallback
    (seen in soffice --convert-to docx of a WPS-like file with its 落款 in a text box)."""
    box = _box("示例县水务局", "2024年2月18日")
    box = box[:box.index("<mc:Fallback>")] + "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>"
    found = read_received(_write(tmp_path, frame(PARTS, signature=False) + para(box)), load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")


def test_runs_in_alternate_content_inside_a_paragraph_are_read_once(tmp_path: Path) -> None:
    """A paragraph's runs wrapped in mc:AlternateContent (markup for newer readers, the same runs
    for older ones): the text is read once, from one branch, and not lost."""
    runs = para("（一）", '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                '<mc:Choice Requires="w14"><w:r><w:t>健全</w:t></w:r></mc:Choice>'
                '<mc:Fallback><w:r><w:t>健全</w:t></w:r></mc:Fallback></mc:AlternateContent>', "制度体系")
    parts = PARTS.replace(para("全年修订内部制度4项。"), runs + para("全年修订内部制度4项。"))
    found = read_received(_write(tmp_path, frame(parts)), load_structure(None))
    [section] = found.report.parts[0].sections
    assert section.heading.title == "健全制度体系"


def test_pandoc_author_and_date_under_the_title(tmp_path: Path) -> None:
    """pandoc writes the front matter's author and date as paragraphs under the title (styles Author
    and Date): the 主送机关 below them is found (no false M002), the date and the issuer are read,
    and lint still asks for the 落款 after the text."""
    from lawreport.lint.config import Active
    from lawreport.lint.metadata import addressee, signature_date
    from lawreport.lint.runner import lint_document

    body = (para("示例县水务局2023年度法治政府建设情况报告", style="Title") + para("示例县水务局", style="Author")
            + para("2024年2月18日", style="Date") + para("县政府：") + para("2023年，县水务局坚持依法治水。") + PARTS)
    path = _write(tmp_path, body)
    found = read_received(path, load_structure(None))
    meta = found.report.meta
    assert (meta.addressee, found.issuer, found.date, found.signature) == ("县政府", "示例县水务局", "2024年2月18日", None)
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    rules = [Active(rule, None, rule.default_options()) for rule in (addressee.RULE, signature_date.RULE)]
    assert [(d.code, d.message) for d in lint_document(loaded.document, rules)] == [
        ("M003", "缺少落款：正文之后应有发文机关署名（成文日期写在了标题之下）")]


def test_the_base_text_of_a_ruby_is_read(tmp_path: Path) -> None:
    """拼音指南 (``w:ruby``) over a character: its base text is part of the text, the guide is not."""
    ruby = ('<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>shuǐ</w:t></w:r></w:rt>'
            '<w:rubyBase><w:r><w:t>水</w:t></w:r></w:rubyBase></w:ruby></w:r>')
    body = frame(PARTS).replace(para("示例县水务局2023年法治政府建设", style="Heading1"),
                                para("示例县", ruby, "务局2023年法治政府建设", style="Heading1"))
    found = read_received(_write(tmp_path, body), load_structure(None))
    assert found.title == "示例县水务局2023年法治政府建设年度报告"


def test_a_colophon_laid_out_in_a_table_is_left_out(tmp_path: Path) -> None:
    """The 版记 (抄送, 印发) as Word/WPS 公文 templates lay it out: a table after the 落款. It is set
    aside as a 版记 in paragraphs is, so that the 落款 and 成文日期 above it are found."""
    colophon = (_layout_table(_cell("抄送：县委依法治县办，县司法局。"),
                              _cell("示例县水务局办公室") + _cell("2024年2月18日印发")))
    found = read_received(_write(tmp_path, frame(PARTS) + colophon), load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert any("版记（抄送：县委依法治县办，县司法局。／示例县水务局办公室 2024年2月18日印发）" in note.message
               for note in found.notes)


def test_a_table_of_contents_as_paragraphs_is_left_out(tmp_path: Path) -> None:
    """A TOC field that no content control wraps (older Word, WPS): its entries, in the styles
    “toc 1”, “toc 2”, and the 目录 line above them are left out with a note, not read as a second
    copy of every part title (eight parts, false S001 and H004, M002 from the 目录 line)."""
    from tests.importing.docx_fixtures import STYLES

    styles = STYLES.replace("</w:styles>", "".join(
        f'<w:style w:type="paragraph" w:styleId="{n}0"><w:name w:val="toc {n}"/></w:style>' for n in (1, 2))
        + "</w:styles>")
    titles = ("一、2023年度推进法治政府建设的主要举措和成效", "二、2023年度推进法治政府建设存在的不足和原因",
              "三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况", "四、2024年度推进法治政府建设的主要安排")
    entries = "".join(para(title, '<w:r><w:tab/></w:r>', str(page), style="10") for page, title in enumerate(titles, 1))
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-2" \\h </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    entries = entries.replace('<w:pStyle w:val="10"/></w:pPr>', '<w:pStyle w:val="10"/></w:pPr>' + field, 1)
    contents = para("目  录") + entries + para('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = frame(PARTS).replace(para("县政府："), contents + para("县政府："))
    path = tmp_path / "报告.docx"
    path.write_bytes(make_docx(body, styles=styles))
    found = read_received(path, load_structure(None))
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert found.report.meta.addressee == "县政府"
    assert any(note.message.startswith("目录（5 段）未导入") for note in found.notes)


def test_an_automatic_number_and_a_typed_one(tmp_path: Path) -> None:
    """WPS numbers a part title automatically and the author typed “一、” too: Word shows
    “一、一、2023年度……”. One H004 finding there, and no false structure findings (the part is
    found, its title has its year)."""
    from lawreport.lint.config import Active
    from lawreport.lint.headings import part_title_style, sequence
    from lawreport.lint.runner import lint_document
    from lawreport.lint.structure import required_parts

    parts = PARTS.replace(para("一、2023年度推进法治政府建设的主要举措和成效"),
                          para("一、2023年度推进法治政府建设的主要举措和成效", style="Numbered1"))
    path = _write(tmp_path, frame(parts))
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    rules = [Active(rule, None, rule.default_options())
             for rule in (sequence.RULE, part_title_style.RULE, required_parts.RULE)]
    found = [(d.code, d.line, d.message) for d in lint_document(loaded.document, rules)]
    assert found == [("H004", 5, "序号写了两遍：“一、一、”，请删除一个（常见于 Word/WPS 的自动编号之后又手写了序号）")]


def test_a_typed_marker_written_twice_in_a_text_file(tmp_path: Path) -> None:
    from lawreport.lint.config import Active
    from lawreport.lint.headings import sequence
    from lawreport.lint.runner import lint_document

    path = tmp_path / "报告.txt"
    path.write_text("示例县水务局2023年度法治政府建设情况报告\n县政府：\n2023年，县水务局坚持依法治水。\n"
                    "一、一、2023年度推进法治政府建设的主要举措和成效\n（一）（一）健全制度体系\n全年修订内部制度4项。\n"
                    "二、2023年度推进法治政府建设存在的不足和原因\n执法人员数量不足。\n", encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    found = lint_document(loaded.document, [Active(sequence.RULE, None, sequence.RULE.default_options())])
    assert [(d.line, d.message.split("，")[0]) for d in found] == [(4, "序号写了两遍：“一、一、”"), (5, "序号写了两遍：“（一）（一）”")]


def test_headings_without_any_number_are_reported_once(tmp_path: Path) -> None:
    """A generated Word file (python-docx's add_heading, a template's 标题 styles) whose headings
    have neither typed numbers nor automatic numbering: Word shows them unnumbered. One H011, at the
    first; nothing for headings numbered by Word (word_numbered) or typed (PARTS)."""
    from lawreport.lint.config import Active
    from lawreport.lint.headings import unnumbered
    from lawreport.lint.runner import lint_document
    from tests.importing.docx_fixtures import word_numbered, word_outline

    active = [Active(unnumbered.RULE, None, None)]
    found = {}
    for name, data in (("outline", word_outline()), ("numbered", word_numbered()), ("typed", make_docx(frame(PARTS)))):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        loaded = load_received(path, load_structure(None))
        assert loaded.document is not None
        found[name] = [(d.line, d.message.split("：")[0]) for d in lint_document(loaded.document, active)]
    assert found == {"outline": [(5, "共 5 个标题没有序号（“一、”“（一）”各级），这是第一个")], "numbered": [], "typed": []}
