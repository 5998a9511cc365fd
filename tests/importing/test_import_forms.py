"""Forms the first version flattened or lost: bold runs, links, .txt tables, a two-line 落款,
and heading titles that themselves start with something marker-like."""

from __future__ import annotations

import subprocess
import sys

import pytest
from docx_fixtures import make_docx, para, run, simple_body
from helpers import STRUCTURE, read_report, report_text, round_trip, sample_text

from lawreport.importing import write_sources
from lawreport.importing.markdown_out import heading
from lawreport.model import Paragraph, Table
from lawreport.received import read_dated as read_received

BOLD = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
LINK = ('<w:hyperlink r:id="rId7" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<w:r><w:t>县政府网站</w:t></w:r></w:hyperlink>')


def _plans(tmp_path, *paragraphs: str):
    body = simple_body().replace(para("继续开展河道巡查。"), "".join(paragraphs))
    path = tmp_path / "r.docx"
    path.write_bytes(make_docx(body))
    report = read_report(path, STRUCTURE, 2023)
    notes = write_sources(report, tmp_path / "out")
    return report, (tmp_path / "out" / "plans.md").read_text(encoding="utf-8"), notes


def test_bold_runs_are_kept_as_markdown_bold(tmp_path):
    report, written, notes = _plans(
        tmp_path,
        para(BOLD.format("一是加强巡查。"), run("每月巡查两次。")),
        para(run("坚持"), BOLD.format("“依法行政”"), run("原则。")),
        para(run("其中"), BOLD.format("重点河段"), run("每周巡查。")),
    )
    assert "**一是加强巡查**。每月巡查两次。" in written
    assert "坚持“**依法行政**”原则。" in written
    assert "其中**重点河段**每周巡查。" in written
    assert notes == []
    loaded = round_trip(report, tmp_path)
    assert report_text(loaded) == report_text(report)
    bold = [r.text for p in loaded.part("plans").blocks if isinstance(p, Paragraph) for r in p.runs if r.bold]
    assert bold == ["一是加强巡查", "依法行政", "重点河段"]


def test_style_bold_and_bold_off_are_respected(tmp_path):
    off = '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>不加粗</w:t></w:r>'
    _, written, _ = _plans(tmp_path, para(off, run("。")))
    assert "不加粗。" in written and "**" not in written


def test_links_are_text_and_never_followed(tmp_path):
    report, written, _ = _plans(tmp_path, para(run("详见"), LINK, run("。")))
    assert "详见县政府网站。" in written
    assert "](" not in written and "http" not in written


TABLE_TEXT = "项目\t2022年\t2023年\n修订制度（项）\t3\t4\n巡查（次）\t\t48\n"


def test_tab_separated_rows_become_a_table(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text().replace("全年修订内部制度4项，清理规范性文件2件。\n",
                                          "全年修订内部制度4项，明细如下：\n" + TABLE_TEXT), encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    section = imported.report.part("measures").sections[0]
    tables = [b for b in section.blocks if isinstance(b, Table)]
    assert tables and tables[0].rows == (("项目", "2022年", "2023年"), ("修订制度（项）", "3", "4"), ("巡查（次）", "", "48"))
    assert tables[0].span.line == 8
    assert any("制表符" in note.message for note in imported.notes)
    assert report_text(round_trip(imported.report, tmp_path)) == report_text(imported.report)


def test_space_aligned_rows_stay_visible_with_a_note(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text().replace("全年修订内部制度4项，清理规范性文件2件。\n",
                                          "项目    2022年    2023年\n修订制度    3    4\n"), encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    texts = [b.text for b in imported.report.part("measures").sections[0].blocks]
    assert texts == ["项目    2022年    2023年", "修订制度    3    4"]
    assert any("空格对齐" in note.message and note.span.line == 7 for note in imported.notes)


def test_single_tab_line_is_a_paragraph(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text().replace("全年修订内部制度4项", "全年修订\t内部制度4项"), encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    assert not any(isinstance(b, Table) for b in imported.report.part("measures").sections[0].blocks)


JOINT = (sample_text().replace("示例县水务局2023年法治政府建设\n年度报告", "中共示例县委 示例县人民政府关于2023年法治政府建设情况的报告")
         .replace("示例县水务局\n2024年2月18日", "中共示例县委\n示例县人民政府\n2024年2月18日"))


def test_two_line_signature_of_a_joint_report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(JOINT, encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    meta = imported.report.meta
    assert meta.signatory == "中共示例县委\n示例县人民政府"
    assert meta.issuer == "中共示例县委 示例县人民政府"
    assert meta.issuer_type == "party-government"
    assert meta.spans["signatory"].line == 19
    body = [b.text for p in imported.report.parts for s in p.walk() for b in s.blocks]
    assert "中共示例县委" not in body
    loaded = round_trip(imported.report, tmp_path)
    assert loaded.meta.signatory == meta.signatory


def test_one_line_signature_is_unchanged():
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.txt"
        path.write_text(sample_text(), encoding="utf-8")
        meta = read_report(path, STRUCTURE).meta
    assert meta.signatory == "示例县水务局" and meta.issuer == "示例县水务局"


@pytest.mark.parametrize("title", ["1.加强组织领导", "1. 加强组织领导", "（1）加强队伍建设", "(一)健全制度", "一、深化改革",
                                   "1、推行公示", "1．细化清单", "12.5亿元专项资金使用情况", "二是完善机制"])
@pytest.mark.parametrize("level", [2, 3, 4])
def test_marker_like_title_survives_the_loader(tmp_path, title, level):
    from lawreport.sources.markdown import parse_part

    parsed = parse_part(heading(level, title, 3) + "\n\n正文。\n", tmp_path / "x.md")
    assert parsed.sections[0].heading.title == title
    assert parsed.sections[0].heading.level == level


def test_heading_with_two_markers_round_trips(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text().replace("（一）健全制度体系", "（一）1.健全制度体系")
                    .replace("（二）强化执法监督", "（二）（1）强化执法监督"), encoding="utf-8")
    original = read_report(path, STRUCTURE)
    titles = [s.heading.title for s in original.part("measures").walk()]
    assert titles[0] == "1.健全制度体系"
    loaded = round_trip(original, tmp_path)
    assert [s.heading.title for s in loaded.part("measures").walk()] == titles
    assert report_text(loaded) == report_text(original)


def test_text_reading_still_never_loads_the_docx_stack(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text().replace("全年修订内部制度4项，清理规范性文件2件。\n", TABLE_TEXT), encoding="utf-8")
    code = ("import sys; from pathlib import Path; from lawreport.received import read_dated;"
            "from lawreport.sources.structure import load_structure;"
            f"read_dated(Path({str(path)!r}), load_structure());"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('docx', 'lxml')]; assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
