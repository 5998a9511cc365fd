"""Reading received Word/WPS documents generated at test time."""

from __future__ import annotations

import pytest
from docx_fixtures import (
    DEL,
    INS,
    commented,
    hidden,
    make_docx,
    para,
    run,
    simple_body,
    tracked,
    word_numbered,
    word_numbered_body,
    word_outline,
    wps_like,
)
from helpers import STRUCTURE, read_report

from lawreport.errors import SourceError
from lawreport.received import read_dated as read_received


def _file(tmp_path, data: bytes, name: str = "report.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _outline(part):
    return [(s.heading.level, s.heading.typed_marker, s.heading.title) for s in part.walk()]


def test_word_automatic_numbering_gives_labels_and_levels(tmp_path):
    imported = read_received(_file(tmp_path, word_numbered()), STRUCTURE)
    report = imported.report
    assert report.meta.title == "示例县水务局2023年法治政府建设年度报告"
    assert report.meta.addressee == "县政府"
    assert report.meta.date_text == "2024年2月18日"
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert [p.marker for p in report.parts] == ["一、", "二、", "三、", "四、"]
    assert _outline(report.part("measures")) == [
        (2, "（一）", "健全制度体系"),
        (3, "1.", "落实合法性审查。"),
        (3, "2.", "推行执法公示"),
        (4, "（1）", "细化公示清单。"),
        (2, "（二）", "强化执法监督"),
    ]
    assert _outline(report.part("plans")) == [(2, "（一）", "加强队伍建设")]
    first = next(report.part("measures").walk()).heading
    assert first.span.line == 6
    assert any("项目符号" in n.message for n in imported.notes)


def test_numbering_through_a_list_style(tmp_path):
    """Word's list styles: the numbered list only names the style; the levels are in another abstractNum."""
    from docx_fixtures import NUMBERING, W_NS

    numbering = NUMBERING.replace('<w:abstractNum w:abstractNumId="0">',
                                  '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="GongwenList"/>')
    numbering = numbering.replace(
        '<w:num w:numId="1">',
        '<w:abstractNum w:abstractNumId="7"><w:numStyleLink w:val="GongwenList"/></w:abstractNum>'
        '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="1">')
    assert W_NS in numbering
    body = word_numbered_body().replace('<w:numId w:val="1"/>', '<w:numId w:val="5"/>')
    report = read_report(_file(tmp_path, make_docx(body, numbering=numbering)), STRUCTURE)
    assert [p.marker for p in report.parts] == ["一、", "二、", "三、", "四、"]
    assert _outline(report.part("measures"))[:2] == [(2, "（一）", "健全制度体系"), (3, "1.", "落实合法性审查。")]


def test_outline_levels_from_styles(tmp_path):
    report = read_report(_file(tmp_path, word_outline()), STRUCTURE)
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert all(p.marker is None for p in report.parts)
    assert _outline(report.part("measures")) == [(2, None, "健全制度体系")]


def test_wps_like_document_with_table(tmp_path):
    imported = read_received(_file(tmp_path, wps_like()), STRUCTURE)
    measures = imported.report.part("measures")
    assert measures.title == "主要举措及成效"
    section = measures.sections[0]
    paragraph, table = section.blocks
    assert paragraph.text == "全年修订内部制度4项，明细如下表。"
    assert paragraph.span.column == 3
    assert table.rows[0] == ("项目", "2022年", "2023年")
    assert table.rows[2] == ("巡查（次） 含夜查", "40", "48")
    assert _outline(imported.report.part("plans")) == [(2, "（一）", "加强队伍建设。")]


def test_tracked_changes_refused_by_default(tmp_path):
    with pytest.raises(SourceError) as info:
        read_report(_file(tmp_path, tracked()), STRUCTURE)
    assert "修订" in info.value.render() and "--accept-changes" in info.value.render()


def test_tracked_changes_accepted_keep_insertions_drop_deletions(tmp_path):
    imported = read_received(_file(tmp_path, tracked()), STRUCTURE, accept_changes=True)
    text = imported.report.part("measures").blocks[0].text
    assert text == "全年修订内部制度4项，清理文件2件。"
    assert any("接受所有修订" in n.message for n in imported.notes)


def test_deleted_table_row_is_removed_when_accepted(tmp_path):
    def row(kind: str, cells: list[str], ident: int) -> str:
        mark = f'<w:{kind} w:id="{ident}" w:author="科员" w:date="2024-01-01T00:00:00Z"/>'
        wrap = INS if kind == "ins" else DEL
        inner = "".join(f"<w:tc><w:p>{wrap.format(run(c) if kind == 'ins' else c)}</w:p></w:tc>" for c in cells)
        return f"<w:tr><w:trPr>{mark}</w:trPr>{inner}</w:tr>"

    table = ("<w:tbl><w:tr><w:tc>" + para("项目") + "</w:tc><w:tc>" + para("次数") + "</w:tc></w:tr>"
             + row("del", ["旧巡查", "9"], 7) + row("ins", ["新巡查", "5"], 8) + "</w:tbl>")
    path = _file(tmp_path, make_docx(simple_body().replace("<w:p><w:r><w:t xml:space=\"preserve\">二、", table
                                                           + "<w:p><w:r><w:t xml:space=\"preserve\">二、", 1)))
    with pytest.raises(SourceError):
        read_report(path, STRUCTURE)
    imported = read_received(path, STRUCTURE, accept_changes=True)
    tables = [b for b in imported.report.part("measures").blocks if not hasattr(b, "runs")]
    assert [t.rows for t in tables] == [(("项目", "次数"), ("新巡查", "5"))]


def test_deleted_paragraph_mark_joins_paragraphs_when_accepted(tmp_path):
    body = simple_body().replace(para("执法人员数量不足。"),
                                 para("执法人员", mark_deleted=True) + para("数量不足。"))
    imported = read_received(_file(tmp_path, make_docx(body)), STRUCTURE, accept_changes=True)
    assert imported.report.part("shortcomings").blocks[0].text == "执法人员数量不足。"


def test_hidden_text_is_left_out_with_a_note(tmp_path):
    imported = read_received(_file(tmp_path, hidden()), STRUCTURE)
    text = imported.report.part("measures").blocks[0].text
    assert text == "全年修订内部制度4项。"
    assert "待核实" not in str(imported.report)
    [note] = [n for n in imported.notes if "隐藏文字" in n.message]
    assert note.render().startswith(f"{tmp_path / 'report.docx'} 第 6 段：") and "共 16 字" in note.message


def test_comments_are_counted(tmp_path):
    imported = read_received(_file(tmp_path, commented()), STRUCTURE)
    assert any("1 条批注" in n.message for n in imported.notes)


def test_external_relationships_are_reported_not_followed(tmp_path):
    imported = read_received(_file(tmp_path, make_docx(simple_body(), external=True)), STRUCTURE)
    assert any("外部关系" in n.message for n in imported.notes)


def test_paragraph_numbers_in_notes(tmp_path):
    body = simple_body().replace(para("四、工作计划"), para("四、工作计划") + para("（2）继续巡查。"))
    imported = read_received(_file(tmp_path, make_docx(body)), STRUCTURE)
    rendered = [n.render() for n in imported.notes]
    assert any("第 12 段：层级跳跃" in r for r in rendered), rendered


def test_docx_reader_is_not_needed_for_text(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "a.txt"
    path.write_text("示例县水务局2023年法治政府建设年度报告\n一、主要举措和成效\n做了工作。\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from lawreport.received import read_dated;"
        "from lawreport.sources.structure import load_structure;"
        f"read_dated(Path({str(path)!r}), load_structure());"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_inserted_and_deleted_markup_helpers_are_wellformed():
    assert "<w:ins" in INS.format(run("x")) and "<w:delText>" in DEL.format("y")


def test_images_are_counted_not_silently_dropped(tmp_path):
    picture = '<w:r><w:drawing><wp:inline xmlns:wp="urn:x"/></w:drawing></w:r>'
    imported = read_received(_file(tmp_path, make_docx(simple_body(run("4项。") + picture))), STRUCTURE)
    assert any("1 个图片" in n.message for n in imported.notes)


def test_long_paragraph_with_an_outline_level_is_body_text(tmp_path):
    """WPS keeps outline levels on pasted text: a long unnumbered paragraph at level 1 is not a part title."""
    from docx_fixtures import frame

    long = "全年修订内部制度4项，清理规范性文件2件，对全局执法人员开展了两轮集中培训，执法案卷评查合格率达到百分之百，群众满意度持续提升。"
    body = frame(para("一、主要举措和成效", outline=0) + para("（一）健全制度", outline=1) + para(long, outline=0)
                 + para("二、存在的问题", outline=0) + para("执法人员数量不足。")
                 + para("三、第一责任人职责情况", outline=0) + para("局主要负责人主持专题学法2次。")
                 + para("四、工作计划", outline=0) + para("继续开展河道巡查。"))
    imported = read_received(_file(tmp_path, make_docx(body)), STRUCTURE)
    assert [p.key for p in imported.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    section = next(imported.report.part("measures").walk())
    assert [b.text for b in section.blocks] == [long]
    assert any("像正文" in n.message and n.span.line == 7 for n in imported.notes if n.span)


def test_table_of_contents_is_left_out_with_a_note(tmp_path):
    """Word's 目录 repeats every heading: imported, it would duplicate the parts."""
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
           '</w:docPartObj></w:sdtPr><w:sdtContent>' + para("目录") + para("一、主要举措和成效\t1")
           + para("二、存在的问题\t2") + '</w:sdtContent></w:sdt>')
    body = simple_body().replace("<w:p><w:r><w:t xml:space=\"preserve\">县政府：", toc + "<w:p><w:r><w:t xml:space=\"preserve\">县政府：", 1)
    assert toc in body
    imported = read_received(_file(tmp_path, make_docx(body)), STRUCTURE)
    assert [p.key for p in imported.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert imported.report.meta.addressee == "县政府"
    [note] = [n for n in imported.notes if "目录" in n.message]
    assert note.span.line == 3 and "3 段" in note.message
    first = next(iter(imported.report.part("measures").blocks))
    assert first.span.line == 9  # paragraph numbers still count the contents
