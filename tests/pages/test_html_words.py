"""The report's HTML keeps words whole and sets the 落款 as GB/T 9704 7.3.5.2 says, in headless
Chromium at a laptop's and a phone's width: a year stays with its 年 in a table, and the date's first
character is 2 characters right of the 署名's whatever the width of the font's digits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import measure, needs_chromium, text_lines
from pagehelpers import LONG_ISSUER, workspace

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

LINES = text_lines("th, td")
"""Each table cell's text with a / where a line ends."""

CLOSING = """
var em = parseFloat(getComputedStyle(doc.querySelector(".signature")).fontSize);
var text = doc.querySelector("article").getBoundingClientRect();
function box(element) {
  var range = doc.createRange(); range.selectNodeContents(element);
  var rects = Array.prototype.slice.call(range.getClientRects());
  return [Math.min.apply(null, rects.map(function (r) { return r.left; })),
          Math.max.apply(null, rects.map(function (r) { return r.right; }))];
}
var signatory = box(doc.querySelector(".signature p")), date = box(doc.querySelector(".signature time"));
return [(text.right - signatory[1]) / em, (date[0] - signatory[0]) / em, (text.right - date[1]) / em]
  .map(function (x) { return x.toFixed(2); }).join(" ");
"""
"""The 署名's right gap, the date's shift from the 署名's first character, the date's right gap, in em."""


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
    cells = [cell.split(":", 1)[1] for cell in measure(page, LINES, tmp_path, width).split("|")]
    assert "2019年" in "".join(cells).replace("/", "")
    split = [cell for cell in cells if re.search(r"\d/[年月日件]", cell)]
    assert not split, split


def test_a_number_and_its_unit_are_marked_in_the_table(tmp_path: Path) -> None:
    html = _years_table(workspace(tmp_path)).read_text("utf-8")
    assert '<th scope="col"><span class="keep">2019年</span></th>' in html
    assert "<td>86</td>" in html  # a bare number needs no mark
    assert re.search(r"\.keep \{ white-space: nowrap; \}", html)


@needs_chromium
@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("issuer", ["", LONG_ISSUER])
def test_the_date_starts_two_characters_right_of_the_signatory(tmp_path: Path, width: int, issuer: str) -> None:
    """Before: the page set each line's right margin from digits counted half a character wide, and
    the stand-in font's digits are wider: the date started 1.6 characters right of the 署名 at 1280 px;
    at 390 px both lines were flush right. Now the 署名 ends 2 characters from the right (or the date,
    when it is the longer) and the date starts 2 characters right of the 署名."""
    page = build_year(load_workspace(workspace(tmp_path, issuer)), 2023, ("html",)).written[0]
    signatory_gap, shift, date_gap = map(float, measure(page, CLOSING, tmp_path, width).split())
    assert abs(shift - 2) < 0.1
    if issuer:  # the 署名 is the longer
        assert abs(signatory_gap - 2) < 0.1
    else:
        assert abs(date_gap - 2) < 0.1
