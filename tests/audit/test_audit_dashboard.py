"""The dashboard in headless Chromium: its own script runs under its Content-Security-Policy and sorts the table."""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import shutil
import subprocess

import pytest

from lawreport.audit.htmlout import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

CLICK = """
var th = Array.prototype.find.call(document.querySelectorAll("#summary th"), function (h) { return h.textContent === "错误"; });
th.querySelector("button").click();
th.querySelector("button").click();
var first = document.querySelector("#summary tbody tr");
document.body.setAttribute("data-first", first.cells[0].textContent + "|" + th.getAttribute("aria-sort"));
"""


def _allow(page: str, script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    page = re.sub(r"script-src ('sha256-[^']+')", rf"script-src \1 'sha256-{digest}'", page)
    return page.replace("</body>", f"<script>{script}</script></body>")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_clicking_a_header_sorts_the_table(audited, tmp_path):
    page = tmp_path / "audit.html"
    page.write_text(_allow(render_html(audited).decode("utf-8"), CLICK), encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    counts = sorted((f.errors for f in audited.files if f.readable), reverse=True)
    assert counts[0] > counts[1]  # one report has the most errors
    most = max(audited.files, key=lambda f: f.errors if f.readable else -1)
    assert f'data-first="{most.unit}|descending"' in dom


LAYOUT = """
var box = document.querySelector("#summary").parentNode;
box.scrollLeft = box.scrollWidth;
var cell = document.querySelector("#summary tbody tr td");
var head = document.querySelector("#summary thead th");
document.body.setAttribute("data-layout", [
  document.documentElement.scrollWidth <= window.innerWidth,
  box.scrollLeft > 0,
  Math.abs(cell.getBoundingClientRect().left - box.getBoundingClientRect().left) < 2,
  Math.abs(head.getBoundingClientRect().left - box.getBoundingClientRect().left) < 2,
  cell.textContent.length > 0].join(","));
"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
@pytest.mark.parametrize("width", [1280, 390])
def test_the_table_scrolls_inside_the_page_and_its_first_column_stays(audited, tmp_path, width):
    """At a laptop's and a phone's width the page itself is not wider than the window; the unit table
    scrolls sideways in its box, and its first column (the row's name) stays at the box's left edge."""
    page = tmp_path / "audit.html"
    page.write_text(_allow(render_html(audited).decode("utf-8"), LAYOUT), encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},900",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-layout="true,true,true,true,true"' in dom


LAST_LINES = """
var out = [];
document.querySelectorAll("#summary td").forEach(function (cell) {
  var range = document.createRange(), widths = {};
  range.selectNodeContents(cell);
  Array.prototype.forEach.call(range.getClientRects(), function (r) {
    var top = Math.round(r.top); widths[top] = (widths[top] || 0) + r.width; });
  var tops = Object.keys(widths).map(Number).sort(function (a, b) { return a - b; });
  var size = parseFloat(getComputedStyle(cell).fontSize);
  if (tops.length > 1 && widths[tops[tops.length - 1]] < 1.5 * size && /[\\u4e00-\\u9fff]$/.test(cell.textContent))
    out.push(cell.textContent);
});
document.body.setAttribute("data-lone", out.join("|"));
"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_no_cell_leaves_a_lone_character_on_a_phone(audited, tmp_path):
    """Before: at 390 px the narrow name column set 云台乡人民政府 as 云台乡人民政 | 府 (each
    township's name, and 青岚县人力资源和社会保障局 ended with 局 alone), 缺少部分 不足和原 | 因."""
    page = tmp_path / "audit.html"
    page.write_text(_allow(render_html(audited).decode("utf-8"), LAST_LINES), encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=390,900",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'data-lone="([^"]*)"', dom)
    assert found, dom[-300:]
    assert found.group(1) == ""


CARDS = """
var list = document.querySelector(".cards"), right = 0;
list.querySelectorAll("li").forEach(function (card) { right = Math.max(right, card.getBoundingClientRect().right); });
document.body.setAttribute("data-gap", Math.round(list.getBoundingClientRect().right - right));
"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
def test_the_cards_fill_a_phones_width(audited, tmp_path):
    """Before: at 390 px two cards of their own width a row, with 58 px empty on the right."""
    page = tmp_path / "audit.html"
    page.write_text(_allow(render_html(audited).decode("utf-8"), CARDS), encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=390,900",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'data-gap="(-?\d+)"', dom)
    assert found, dom[-300:]
    assert 0 <= int(found.group(1)) <= 2


NAME_LINES = """
function lines(cell) {
  var out = [], top = null, line = "", walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;
  while ((node = walker.nextNode())) {
    for (var i = 0; i < node.length; i++) {
      var range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      var rect = range.getClientRects()[0];
      if (!rect) continue;
      var at = Math.round(rect.top);
      if (top !== null && at > top + 2) { out.push(line); line = ""; }
      top = at; line += node.data[i];
    }
  }
  out.push(line);
  return out.join("/");
}
var out = [];
document.querySelectorAll("#summary tbody td:first-child, #shared tbody td:nth-child(1), #shared tbody td:nth-child(3)")
  .forEach(function (cell) { out.push(lines(cell)); });
document.body.setAttribute("data-names", out.join("|"));
"""


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium")
@pytest.mark.parametrize("width", [1280, 390])
def test_a_units_name_wraps_only_between_its_parts(audited, tmp_path, width):
    """Before: the 雷同段落 table set 青岚镇人民政府 as 青岚镇人 | 民政府 and the unit column split
    names anywhere; now a name wraps only after a place or before its organ (青岚镇 / 人民政府)."""
    from lawreport.render.wordunits import name_parts

    page = tmp_path / "audit.html"
    page.write_text(_allow(render_html(audited).decode("utf-8"), NAME_LINES), encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},900",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'data-names="([^"]*)"', dom)
    assert found, dom[-300:]
    assert "/" in found.group(1) or width > 390, "some names wrap on a phone"
    for cell in found.group(1).split("|"):
        name = cell.replace("/", "")
        if not name.endswith(("人民政府", "办事处", "局")):
            continue  # a file's name, not a unit's
        bounds = set(itertools.accumulate(len(part) for part in name_parts(name)))
        cuts = set(itertools.accumulate(len(line) for line in cell.split("/")))
        assert cuts <= bounds, cell


def test_a_units_name_is_marked_with_its_break_points(audited):
    page = render_html(audited).decode("utf-8")
    assert ">青岚镇<wbr>人民政府</td>" in page
    assert re.search(r"td\.name[^{]*\{[^}]*word-break: keep-all", page)
    assert re.search(r'<td class="who name"[^>]*>青岚县<wbr>人力资源和社会保障局</td>', page)
