"""The diff redline's HTML page on a phone (headless Chromium, 390 px): it does not scroll sideways,
its tables fit their boxes, and titles, legend and cells do not break inside a word or leave a
character alone."""

from __future__ import annotations

import json
from pathlib import Path

from browser import LINE_WIDTHS, measure, needs_chromium
from pagehelpers import workspace
from test_html_narrow import page_widths, with_long_strings


def _redline(cli, root: Path, page: Path) -> Path:
    done = cli("diff", "2022", "2023", "--format", "html", "-o", str(page), cwd=root)
    assert done.exit_code == 0, done.output
    return page


@needs_chromium
def test_the_diff_redline_with_a_long_url_fits_a_phone(cli, tmp_path: Path) -> None:
    """Before: the inserted paragraph with the URL made the redline 677 px wide at 390 px."""
    root = workspace(tmp_path)
    with_long_strings(root)
    scroll, client = page_widths(_redline(cli, root, tmp_path / "diff.html"), tmp_path)
    assert scroll <= client, f"the redline is {scroll} px wide in a {client} px window"


BOXES = """
var out = [];
doc.querySelectorAll(".scroll").forEach(function (box) { out.push(box.scrollWidth + "/" + box.clientWidth); });
return out.join(" ");
"""


@needs_chromium
def test_the_diff_tables_of_the_example_fit_a_phone(cli, tmp_path: Path) -> None:
    """Before: the overview table (a name column of at least 8 em, headers that never wrap) was
    370 px wide in its 359 px box at 390 px: the phone scrolled it sideways."""
    page = _redline(cli, workspace(tmp_path), tmp_path / "diff.html")
    boxes = [tuple(map(int, box.split("/"))) for box in measure(page, BOXES, tmp_path).split()]
    assert len(boxes) >= 3
    assert all(scroll <= client for scroll, client in boxes), boxes


SPANS = """
var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT), out = [], node;
while ((node = walker.nextNode())) {
  WANTED.forEach(function (text) {
    var at = node.data.indexOf(text);
    if (at < 0) return;
    var range = doc.createRange(), tops = {};
    range.setStart(node, at); range.setEnd(node, at + text.length);
    Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
    out.push(text + "=" + Object.keys(tops).length);
  });
}
return out.join("|");
"""
"""``text=lines`` for each of WANTED found in one text node: on how many lines it is set."""


@needs_chromium
def test_the_diff_heading_and_legend_do_not_break_inside_a_word_on_a_phone(cli, tmp_path: Path) -> None:
    """Before, at 390 px: 示例县教育 | 局2023年法治政府建设年度报告 under the heading, and the legend's
    红色底、删除 | 线."""
    page = _redline(cli, workspace(tmp_path), tmp_path / "diff.html")
    wanted = ["示例县教育局2022年法治政府建设年度报告", "示例县教育局2023年法治政府建设年度报告", "红色底、删除线",
              "绿色底、下划线"]
    found = measure(page, SPANS.replace("WANTED", json.dumps(wanted, ensure_ascii=False)), tmp_path)
    lines = dict(item.rsplit("=", 1) for item in found.split("|"))
    assert {text: lines.get(text) for text in wanted} == {text: "1" for text in wanted}, found


LONE_CELLS = LINE_WIDTHS + """
var out = [];
doc.querySelectorAll("td").forEach(function (cell) {
  if (cell.querySelector(".badge") || !/[\\u4e00-\\u9fff]$/.test(cell.textContent)) return;
  var lines = lineWidths(doc, cell);
  if (lines.length > 1 && lines[lines.length - 1] < 1.5 * parseFloat(getComputedStyle(cell).fontSize))
    out.push(cell.textContent.slice(-8));
});
return out.join("|");
"""


@needs_chromium
def test_no_cell_of_the_diff_leaves_a_lone_character_on_a_phone(cli, tmp_path: Path) -> None:
    """Before, at 390 px: cells of the copied-text and follow-up tables ended with one character
    alone (…执法经验积累不 | 足), and each 位置 was set two characters a line (一、 | （一） | 依法 | …)."""
    page = _redline(cli, workspace(tmp_path), tmp_path / "diff.html")
    assert measure(page, LONE_CELLS, tmp_path) == ""



HEADERS = """
var out = [];
doc.querySelectorAll("th").forEach(function (cell) {
  var range = doc.createRange(), tops = {};
  range.selectNodeContents(cell);
  Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = 1; });
  out.push(cell.textContent + "=" + Object.keys(tops).length);
});
return out.join("|");
"""
"""``text=lines`` for each table header cell."""


@needs_chromium
def test_the_diff_table_headers_do_not_break_inside_a_word_on_a_phone(cli, tmp_path: Path) -> None:
    """Before, at 390 px: the overview's header read 相似 | 度."""
    page = _redline(cli, workspace(tmp_path), tmp_path / "diff.html")
    found = measure(page, HEADERS, tmp_path)
    lines = dict(item.rsplit("=", 1) for item in found.split("|"))
    for text in ("相似度", "状态", "部分", "字数", "上年出处", "结论"):
        assert lines.get(text) == "1", found
    assert lines.get("沿用上年原文") in ("1", "2"), found
