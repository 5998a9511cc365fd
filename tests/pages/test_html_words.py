"""The report's HTML keeps words whole, in headless Chromium at a laptop's and a phone's width:
a year stays with its 年 in a table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import measure, needs_chromium
from pagehelpers import workspace

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

LINES = """
var out = [];
doc.querySelectorAll("th, td").forEach(function (cell) {
  var lines = [], top = null, line = "", walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;
  while ((node = walker.nextNode())) {
    for (var i = 0; i < node.length; i++) {
      var range = doc.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      var rect = range.getClientRects()[0];
      if (!rect) continue;
      var at = Math.round(rect.top);
      if (top !== null && at > top + 2) { lines.push(line); line = ""; }
      top = at; line += node.data[i];
    }
  }
  lines.push(line);
  out.push(lines.join("/"));
});
return out.join("|");
"""
"""Each table cell's text with a / where a line ends."""

def _years_table(root: Path) -> Path:
    part = root / "sections/2023/measures.md"
    text = part.read_text("utf-8")
    table = ("|项目|2019年|2020年|2021年|2022年|2023年|同比增长（%）|\n|---|---:|---:|---:|---:|---:|---:|\n"
             "|行政许可办件（件）|61|70|77|86|94|9.3|\n|执法检查（家次）|250|270|290|312|365|17.0|\n")
    part.write_text(re.sub(r"\|项目\|2022年\|2023年\|\n(?:\|.*\|\n)+", table, text), "utf-8")
    assert "2019年" in part.read_text("utf-8")
    return build_year(load_workspace(root), 2023, ("html",)).written[0]


@needs_chromium
@pytest.mark.parametrize("width", [1280, 390])
def test_a_year_stays_with_its_nian_in_a_table(tmp_path: Path, width: int) -> None:
    """Before: the headers of a table of five years read 2019 / 年 at both widths."""
    page = _years_table(workspace(tmp_path))
    cells = measure(page, LINES, tmp_path, width).split("|")
    assert "2019年" in "".join(cells).replace("/", "")
    split = [cell for cell in cells if re.search(r"\d/[年月日件]", cell)]
    assert not split, split


def test_a_number_and_its_unit_are_marked_in_the_table(tmp_path: Path) -> None:
    html = _years_table(workspace(tmp_path)).read_text("utf-8")
    assert '<th scope="col"><span class="keep">2019年</span></th>' in html
    assert "<td>86</td>" in html  # a bare number needs no mark
    assert re.search(r"\.keep \{ white-space: nowrap; \}", html)
