"""Automatic numbers that come through a paragraph style (``w:numPr`` in the style) and the
paragraph's own ``w:ilvl``: Word writes ``<w:numPr><w:ilvl w:val="1"/></w:numPr>`` alone when a
paragraph of a numbered style is demoted (Tab), and shows the style's list at that level. Before,
the reader took the level from the style too, and “（一）健全制度体系” was read as “二、健全制度体系”."""

from __future__ import annotations

from docx_fixtures import make_docx, para, run

from lawreport.importing.docxreader import read_docx

DEMOTED = '<w:p><w:pPr><w:pStyle w:val="Numbered1"/><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>{}</w:p>'


def _texts(tmp_path, body: str) -> list[str]:
    path = tmp_path / "示例县水务局.docx"
    path.write_bytes(make_docx(body))
    return [line.text for line in read_docx(path, path.read_bytes()).lines]


def test_the_paragraphs_own_level_with_the_styles_list(tmp_path):
    body = (para("主要举措和成效", style="Numbered1") + DEMOTED.format(run("健全制度体系"))
            + DEMOTED.format(run("强化执法监督")) + para("存在的不足和原因", style="Numbered1"))
    assert _texts(tmp_path, body) == ["一、主要举措和成效", "（一）健全制度体系", "（二）强化执法监督", "二、存在的不足和原因"]


def test_num_id_zero_switches_off_the_styles_number(tmp_path):
    off = '<w:p><w:pPr><w:pStyle w:val="Numbered1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>{}</w:p>'
    assert _texts(tmp_path, para("主要举措和成效", style="Numbered1") + off.format(run("说明"))) == ["一、主要举措和成效", "说明"]
