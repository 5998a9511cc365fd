"""Tables are diffed cell by cell, rows matched by their first column, and shown as tables."""

from __future__ import annotations

from diffkit import _SPAN, paragraph, report, table

from lawreport.diff import compare
from lawreport.diff.textout import render_text
from lawreport.model import Heading, Section

OLD_ROWS = [["项目", "2030年", "状态"], ["测绘资质核查（次）", "12", "已完成"], ["地图审核（件）", "61", "已完成"],
            ["行政处罚（件）", "3", "已完成"]]
NEW_ROWS = [["项目", "2031年", "状态"], ["地图审核（件）", "64", "已完成"], ["测绘资质核查（次）", "12", "有修改"],
            ["执法检查（家次）", "40", "已完成"]]


def _with_table(year, rows):
    base = report(year, {"measures": [(2, "规范测绘行政审批", ["全年办理情况如下表。"])]})
    part = base.parts[0]
    section = part.sections[0]
    heading = Heading(2, section.heading.title, _SPAN)
    table_section = Section(heading, (paragraph("全年办理情况如下表。"), table(rows)), ())
    return base._replace(parts=(part._replace(sections=(table_section,)),))


def _rows(diff):
    return [u for u in diff.parts[1].sections[0].units if u.kind == "row"]


def test_rows_are_matched_by_their_first_cell_and_cells_diffed():
    diff = compare(_with_table(2030, OLD_ROWS), _with_table(2031, NEW_ROWS))
    rows = {r.new_text.split(" | ")[0] if r.new_index is not None else r.old_text.split(" | ")[0]: r
            for r in _rows(diff)}
    assert rows["地图审核（件）"].status == "changed"
    changed = [(s.op, s.text) for s in rows["地图审核（件）"].cells[1] if s.op != "equal"]
    assert changed == [("delete", "61"), ("insert", "64")]
    assert rows["测绘资质核查（次）"].cells[2] == (("delete", "已完成"), ("insert", "有修改"))
    assert rows["行政处罚（件）"].status == "removed" and rows["执法检查（家次）"].status == "added"
    assert all(len(r.cells) == 3 for r in _rows(diff))


def test_text_output_shows_a_grid_whose_columns_line_up():
    from lawreport.diff.terminal import display_width

    diff = compare(_with_table(2030, OLD_ROWS), _with_table(2031, NEW_ROWS))
    grid = [line for line in render_text(diff).splitlines() if line.lstrip().startswith("│")]
    assert len(grid) == 5
    bars = {tuple(display_width(line[:k]) for k, ch in enumerate(line) if ch == "│") for line in grid}
    assert len(bars) == 1, grid
    assert any("有修改" in line and "[-已完成-]{+有修改+}" in line for line in grid)


def test_html_shows_tables_as_tables_with_changed_cells():
    from lawreport.diff.htmlout import render_html

    page = render_html(compare(_with_table(2030, OLD_ROWS), _with_table(2031, NEW_ROWS)))
    assert page.count('<table class="report-table">') == 1
    assert "<td><del>已完成</del><ins>有修改</ins></td>" in page
    assert "<td><del>61</del><ins>64</ins></td>" in page
    assert "删除行" in page and "新增行" in page
    assert " | " not in page.split("<main>")[1]
