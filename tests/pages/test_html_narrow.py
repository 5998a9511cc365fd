"""The report's HTML page on a phone (headless Chromium, 390 px): a long URL or code does not widen
it, its title, headings and paragraphs wrap without a lone character, a wide table scrolls in its box."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import LINE_WIDTHS, measure, needs_chromium
from pagehelpers import LONG_ISSUER, workspace

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

URL = "https://zwfw.example.gov.cn/portal/services/education/school-licensing/application-guide/index.html?region=330000"
CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CSS = Path(__file__).resolve().parents[2] / "templates/report.html.j2"

PAGE_WIDTHS = "var d = doc.documentElement; return d.scrollWidth + ' ' + d.clientWidth;"
LAST_LINES = LINE_WIDTHS + """
var out = [];
doc.querySelectorAll(SELECTOR).forEach(function (element) {
  var lines = lineWidths(doc, element);
  if (lines.length > 1) out.push(element.textContent + "=" + lines[lines.length - 1] / parseFloat(getComputedStyle(element).fontSize));
});
return out.join("|");
"""
"""``text=ems`` of each element of SELECTOR set in more than one line: its last line's width in em."""


def page_widths(page: Path, tmp_path: Path) -> tuple[int, int]:
    """(scrollWidth, clientWidth) of ``page`` at 390 px."""
    scroll, client = measure(page, PAGE_WIDTHS, tmp_path).split()
    return int(scroll), int(client)


def last_lines(page: Path, selector: str, tmp_path: Path) -> dict[str, float]:
    """The last line's width in em of each element of ``selector`` set in more than one line at 390 px."""
    found = measure(page, LAST_LINES.replace("SELECTOR", repr(selector)), tmp_path)
    return {text: float(ems) for text, ems in (item.rsplit("=", 1) for item in found.split("|") if item)}


def with_long_strings(root: Path) -> Path:
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + f"\n\n依托省政务服务网（{URL}）公开办事指南，项目编号{CODE}。\n", "utf-8")
    result = build_year(load_workspace(root), 2023, ("html",))
    return result.written[0]


def test_paragraphs_may_break_a_long_unbroken_string() -> None:
    assert re.search(r"^p \{[^}]*overflow-wrap: anywhere;", CSS.read_text("utf-8"), re.MULTILINE)


@needs_chromium
def test_a_long_url_does_not_make_the_page_scroll_sideways(tmp_path: Path) -> None:
    page = with_long_strings(workspace(tmp_path))
    assert URL.replace("&", "&amp;") in page.read_text("utf-8")
    scroll, client = page_widths(page, tmp_path)
    assert scroll <= client, f"the page is {scroll} px wide in a {client} px window"


@needs_chromium
def test_no_heading_leaves_a_lone_character_on_a_phone(tmp_path: Path) -> None:
    """Before: at 390 px （一）加强组织领导，压实法治建设责任 ended with 任 alone on its second line."""
    page = build_year(load_workspace(workspace(tmp_path)), 2023, ("html",)).written[0]
    wrapped = last_lines(page, "h2, h3, h4, h5", tmp_path)
    assert wrapped  # some headings do wrap at 390 px
    lone = {text: ems for text, ems in wrapped.items() if ems < 1.5}
    assert not lone, lone


@needs_chromium
@pytest.mark.parametrize("year", [2022, 2023])
def test_no_paragraph_ends_with_one_character_and_its_stop_on_a_phone(tmp_path: Path, year: int) -> None:
    """Before, at 390 px, paragraphs of the 2022 report (局党组把法治政府建设纳入……, 自觉接受县人大……,
    部分学校负责人……) ended with a last line of one character and its 。 (孤字)."""
    page = build_year(load_workspace(workspace(tmp_path)), year, ("html",)).written[0]
    wrapped = last_lines(page, "main p", tmp_path)
    assert wrapped
    short = {text[:12]: ems for text, ems in wrapped.items() if ems <= 2.1}
    assert not short, short


TITLE_LINES = """
var walker = doc.createTreeWalker(doc.querySelector("h1"), NodeFilter.SHOW_TEXT), lines = [], last = null, node;
while ((node = walker.nextNode())) {
  for (var i = 0; i < node.data.length; i++) {
    var range = doc.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
    var top = Math.round(range.getBoundingClientRect().top);
    if (top !== last) { lines.push(""); last = top; }
    lines[lines.length - 1] += node.data[i];
  }
}
return lines.join("|");
"""


@needs_chromium
@pytest.mark.parametrize("width", [360, 390])
def test_a_long_issuer_in_the_title_wraps_between_its_units_on_a_phone(tmp_path: Path, width: int) -> None:
    """Before: at 360 px the office's name, one word for the title's breaks, was cut anywhere:
    青岭省云泽市白沙河区人民政 | 府办公室."""
    page = build_year(load_workspace(workspace(tmp_path, issuer=LONG_ISSUER)), 2023, ("html",)).written[0]
    lines = measure(page, TITLE_LINES, tmp_path, width).split("|")
    assert lines[:2] == ["青岭省云泽市", "白沙河区人民政府办公室"], lines
    assert set(lines[2:]) <= {"2023年法治政府建设年度报告", "2023年法治政府建设", "年度报告"}, lines


def test_a_joint_title_on_a_phone_wraps_in_even_lines() -> None:
    """At 390 px 关于2023年度法治政府建设工作 | 的报告 (14 and 3 characters): the title's lines balance."""
    assert re.search(r"^h1 span \{[^}]*text-wrap: balance;", CSS.read_text("utf-8"), re.MULTILINE)


NARROWEST_CELL = """
var narrowest = 99;
doc.querySelectorAll("table.size-21 td").forEach(function (cell) {
  var style = getComputedStyle(cell), inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  narrowest = Math.min(narrowest, inner / parseFloat(style.fontSize)); });
return narrowest;
"""


@needs_chromium
def test_a_wide_table_on_a_phone_scrolls_rather_than_set_one_character_a_line(tmp_path: Path) -> None:
    """Before: at 390 px the nine-column table squeezed its 项目 and 备注 columns to two characters
    a line (行政 | 许可 | 办件 …, nine lines a row) and still overflowed its box."""
    root = workspace(tmp_path)
    head = "|项目|2019年|2020年|2021年|2022年|2023年|2024年|同比增减|备注说明|\n" + "|---" * 9 + "|\n"
    row = "|行政许可办件（件）|60|66|70|86|94|101|+7.4%|含民办学校设立、变更和教师资格认定|\n"
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n\n" + head + row * 3, "utf-8")
    page = build_year(load_workspace(root), 2023, ("html",)).written[0]
    assert float(measure(page, NARROWEST_CELL, tmp_path)) >= 2.9
