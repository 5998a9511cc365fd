"""Tracked moves read with the changes accepted (lint, audit, import --accept-changes): the text
stands where it was moved to, once; a paragraph whose mark was moved away joins the next
paragraph, as one whose mark was deleted does. Before, that paragraph stayed a paragraph of its own."""

from __future__ import annotations

from docx_fixtures import frame, make_docx, para, run

from lawreport.importing.docxreader import read_docx

_BY = 'w:id="{}" w:author="科员" w:date="2024-01-01T00:00:00Z"'
MOVED_FROM = (f'<w:moveFromRangeStart {_BY.format(10)} w:name="move1"/><w:p><w:pPr><w:rPr><w:moveFrom {_BY.format(11)}/>'
              f'</w:rPr></w:pPr><w:moveFrom {_BY.format(12)}>' + run("开展河道巡查48次。")
              + '</w:moveFrom></w:p><w:moveFromRangeEnd w:id="10"/>')
MOVED_TO = (f'<w:moveToRangeStart {_BY.format(13)} w:name="move1"/><w:p><w:pPr><w:rPr><w:moveTo {_BY.format(14)}/>'
            f'</w:rPr></w:pPr><w:moveTo {_BY.format(15)}>' + run("开展河道巡查48次。") + '</w:moveTo></w:p>'
            '<w:moveToRangeEnd w:id="13"/>')
MARK_MOVED = (f'<w:p><w:pPr><w:rPr><w:moveFrom {_BY.format(16)}/></w:rPr></w:pPr>' + run("全年修订内部制度4项，")
              + f'<w:moveFrom {_BY.format(17)}>' + run("另行说明。") + '</w:moveFrom></w:p>')


def test_moved_text_is_read_where_it_was_moved_to(tmp_path):
    body = frame(para("一、主要举措和成效") + MOVED_FROM + MARK_MOVED + para("清理文件2件。") + MOVED_TO
                 + para("二、存在的不足和原因") + para("执法人员数量不足。"))
    path = tmp_path / "示例县水务局.docx"
    path.write_bytes(make_docx(body))
    texts = [line.text for line in read_docx(path, path.read_bytes(), accept_changes=True).lines]
    assert texts[4:8] == ["一、主要举措和成效", "全年修订内部制度4项，清理文件2件。", "开展河道巡查48次。", "二、存在的不足和原因"]
