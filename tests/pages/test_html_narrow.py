"""The HTML pages on a phone (headless Chromium, 390 px): a long URL or code does not widen the report
or the diff redline."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pagehelpers import LONG_ISSUER, workspace

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
URL = "https://zwfw.example.gov.cn/portal/services/education/school-licensing/application-guide/index.html?region=330000"
CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_PROBE = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:{width}px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var d = this.contentDocument.documentElement;
  document.getElementById("o").textContent = "scroll=" + d.scrollWidth + " client=" + d.clientWidth + ";";
}};
</script></body></html>"""


def _page_widths(page: Path, width: int, tmp_path: Path) -> tuple[int, int]:
    """(scrollWidth, clientWidth) of ``page`` shown ``width`` CSS pixels wide."""
    probe = tmp_path / "probe.html"
    probe.write_text(_PROBE.format(page=page.as_uri(), width=width), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"scroll=(\d+) client=(\d+);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    return int(found.group(1)), int(found.group(2))


def _with_long_strings(root: Path) -> Path:
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + f"\n\n依托省政务服务网（{URL}）公开办事指南，项目编号{CODE}。\n", "utf-8")
    result = build_year(load_workspace(root), 2023, ("html",))
    return result.written[0]


def test_paragraphs_may_break_a_long_unbroken_string() -> None:
    css = (Path(__file__).resolve().parents[2] / "templates/report.html.j2").read_text("utf-8")
    assert re.search(r"^p \{[^}]*overflow-wrap: anywhere;", css, re.MULTILINE)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_long_url_does_not_make_the_page_scroll_sideways(tmp_path: Path) -> None:
    page = _with_long_strings(workspace(tmp_path))
    assert URL.replace("&", "&amp;") in page.read_text("utf-8")
    scroll, client = _page_widths(page, 390, tmp_path)
    assert scroll <= client, f"the page is {scroll} px wide in a {client} px window"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_diff_redline_with_a_long_url_fits_a_phone(cli, tmp_path: Path) -> None:
    """Before: the inserted paragraph with the URL made the redline 677 px wide at 390 px."""
    root = workspace(tmp_path)
    _with_long_strings(root)
    page = tmp_path / "diff.html"
    done = cli("diff", "2022", "2023", "--format", "html", "-o", str(page), cwd=root)
    assert done.exit_code == 0, done.output
    scroll, client = _page_widths(page, 390, tmp_path)
    assert scroll <= client, f"the redline is {scroll} px wide in a {client} px window"


_LAST_LINES = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:390px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument, out = [];
  doc.querySelectorAll("h2, h3, h4, h5").forEach(function (h) {{
    var range = doc.createRange(), widths = {{}};
    range.selectNodeContents(h);
    Array.prototype.forEach.call(range.getClientRects(), function (r) {{
      var top = Math.round(r.top); widths[top] = (widths[top] || 0) + r.width; }});
    var tops = Object.keys(widths).map(Number).sort(function (a, b) {{ return a - b; }});
    if (tops.length > 1) out.push(h.textContent + "=" + widths[tops[tops.length - 1]] / parseFloat(getComputedStyle(h).fontSize));
  }});
  document.getElementById("o").textContent = "last=" + out.join("|") + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_no_heading_leaves_a_lone_character_on_a_phone(tmp_path: Path) -> None:
    """Before: at 390 px （一）加强组织领导，压实法治建设责任 ended with 任 alone on its second line."""
    page = build_year(load_workspace(workspace(tmp_path)), 2023, ("html",)).written[0]
    probe = tmp_path / "last.html"
    probe.write_text(_LAST_LINES.format(page=page.as_uri()), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"last=([^;]*);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    wrapped = dict(item.rsplit("=", 1) for item in found.group(1).split("|") if item)
    assert wrapped  # some headings do wrap at 390 px
    lone = {text: ems for text, ems in wrapped.items() if float(ems) < 1.5}
    assert not lone, lone


_BOXES = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:390px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var out = [];
  this.contentDocument.querySelectorAll(".scroll").forEach(function (box) {{
    out.push(box.scrollWidth + "/" + box.clientWidth); }});
  document.getElementById("o").textContent = "boxes=" + out.join(" ") + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_diff_tables_of_the_example_fit_a_phone(cli, tmp_path: Path) -> None:
    """Before: the overview table (a name column of at least 8 em, headers that never wrap) was
    370 px wide in its 359 px box at 390 px: the phone scrolled it sideways."""
    root = workspace(tmp_path)
    page = tmp_path / "diff.html"
    done = cli("diff", "2022", "2023", "--format", "html", "-o", str(page), cwd=root)
    assert done.exit_code == 0, done.output
    probe = tmp_path / "boxes.html"
    probe.write_text(_BOXES.format(page=page.as_uri()), "utf-8")
    shown = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                            f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                            probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"boxes=([^;]*);", shown.stdout.decode("utf-8", "replace"))
    assert found, shown.stderr.decode("utf-8", "replace")[-500:]
    boxes = [tuple(map(int, box.split("/"))) for box in found.group(1).split()]
    assert len(boxes) >= 3
    assert all(scroll <= client for scroll, client in boxes), boxes


_TITLE_LINES = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:{width}px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument, walker = doc.createTreeWalker(doc.querySelector("h1"), NodeFilter.SHOW_TEXT);
  var lines = [], last = null, node;
  while ((node = walker.nextNode())) {{
    for (var i = 0; i < node.data.length; i++) {{
      var range = doc.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      var top = Math.round(range.getBoundingClientRect().top);
      if (top !== last) {{ lines.push(""); last = top; }}
      lines[lines.length - 1] += node.data[i];
    }}
  }}
  document.getElementById("o").textContent = "lines=" + lines.join("|") + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("width", [360, 390])
def test_a_long_issuer_in_the_title_wraps_between_its_units_on_a_phone(tmp_path: Path, width: int) -> None:
    """Before: at 360 px the office's name, one word for the title's breaks, was cut anywhere:
    青岭省云泽市白沙河区人民政 | 府办公室."""
    page = build_year(load_workspace(workspace(tmp_path, issuer=LONG_ISSUER)), 2023, ("html",)).written[0]
    probe = tmp_path / "title.html"
    probe.write_text(_TITLE_LINES.format(page=page.as_uri(), width=width), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"lines=([^;]*);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    lines = found.group(1).split("|")
    assert lines[:2] == ["青岭省云泽市", "白沙河区人民政府办公室"], lines
    assert set(lines[2:]) <= {"2023年法治政府建设年度报告", "2023年法治政府建设", "年度报告"}, lines


def test_a_joint_title_on_a_phone_wraps_in_even_lines() -> None:
    """At 390 px 关于2023年度法治政府建设工作 | 的报告 (14 and 3 characters): the title's lines balance."""
    css = (Path(__file__).resolve().parents[2] / "templates/report.html.j2").read_text("utf-8")
    assert re.search(r"^h1 span \{[^}]*text-wrap: balance;", css, re.MULTILINE)


_SPANS = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:390px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
var wanted = {wanted};
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument, walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT), out = [], node;
  while ((node = walker.nextNode())) {{
    wanted.forEach(function (text) {{
      var at = node.data.indexOf(text);
      if (at < 0) return;
      var range = doc.createRange(), tops = {{}};
      range.setStart(node, at); range.setEnd(node, at + text.length);
      Array.prototype.forEach.call(range.getClientRects(), function (r) {{ if (r.width > 0) tops[Math.round(r.top)] = 1; }});
      out.push(text + "=" + Object.keys(tops).length);
    }});
  }}
  document.getElementById("o").textContent = "spans=" + out.join("|") + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_diff_heading_and_legend_do_not_break_inside_a_word_on_a_phone(cli, tmp_path: Path) -> None:
    """Before, at 390 px: 示例县教育 | 局2023年法治政府建设年度报告 under the heading, and the legend's
    红色底、删除 | 线."""
    root = workspace(tmp_path)
    page = tmp_path / "diff.html"
    assert cli("diff", "2022", "2023", "--format", "html", "-o", str(page), cwd=root).exit_code == 0
    wanted = ["示例县教育局2022年法治政府建设年度报告", "示例县教育局2023年法治政府建设年度报告", "红色底、删除线",
              "绿色底、下划线"]
    probe = tmp_path / "spans.html"
    probe.write_text(_SPANS.format(page=page.as_uri(), wanted=json.dumps(wanted, ensure_ascii=False)), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"spans=([^;]*);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    lines = dict(item.rsplit("=", 1) for item in found.group(1).split("|"))
    assert {text: lines.get(text) for text in wanted} == {text: "1" for text in wanted}, found.group(1)


_LONE_CELLS = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:390px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument, out = [];
  doc.querySelectorAll("td").forEach(function (cell) {{
    if (cell.querySelector(".badge") || !/[\\u4e00-\\u9fff]$/.test(cell.textContent)) return;
    var range = doc.createRange(), widths = {{}};
    range.selectNodeContents(cell);
    Array.prototype.forEach.call(range.getClientRects(), function (r) {{
      var top = Math.round(r.top); widths[top] = (widths[top] || 0) + r.width; }});
    var tops = Object.keys(widths).map(Number).sort(function (a, b) {{ return a - b; }});
    if (tops.length > 1 && widths[tops[tops.length - 1]] < 1.5 * parseFloat(getComputedStyle(cell).fontSize))
      out.push(cell.textContent.slice(-8));
  }});
  document.getElementById("o").textContent = "lone=" + out.join("|") + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_no_cell_of_the_diff_leaves_a_lone_character_on_a_phone(cli, tmp_path: Path) -> None:
    """Before, at 390 px: 23 cells of the copied-text and follow-up tables ended with one character
    alone (…执法经验积累不 | 足, and each 位置 set two characters a line: 一、 | （一） | 依法 | …)."""
    root = workspace(tmp_path)
    page = tmp_path / "diff.html"
    assert cli("diff", "2022", "2023", "--format", "html", "-o", str(page), cwd=root).exit_code == 0
    probe = tmp_path / "lone.html"
    probe.write_text(_LONE_CELLS.format(page=page.as_uri()), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"lone=([^;]*);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    assert found.group(1) == ""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("year", [2022, 2023])
def test_no_paragraph_ends_with_one_character_and_its_stop_on_a_phone(tmp_path: Path, year: int) -> None:
    """Before, at 390 px, paragraphs of both years (局党组把法治政府建设纳入……, 自觉接受县人大……,
    部分学校负责人……) ended with a last line of one character and its 。 (孤字)."""
    page = build_year(load_workspace(workspace(tmp_path)), year, ("html",)).written[0]
    probe = tmp_path / "last.html"
    probe.write_text(_LAST_LINES.replace('"h2, h3, h4, h5"', '"main p"').format(page=page.as_uri()), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"last=([^;]*);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    wrapped = dict(item.rsplit("=", 1) for item in found.group(1).split("|") if item)
    assert wrapped
    short = {text[:12]: ems for text, ems in wrapped.items() if float(ems) <= 2.1}
    assert not short, short


_CELLS = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:390px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument, narrowest = 99;
  doc.querySelectorAll("table.size-21 td").forEach(function (cell) {{
    var style = getComputedStyle(cell), inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    narrowest = Math.min(narrowest, inner / parseFloat(style.fontSize)); }});
  document.getElementById("o").textContent = "narrowest=" + narrowest + ";";
}};
</script></body></html>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_wide_table_on_a_phone_scrolls_rather_than_set_one_character_a_line(tmp_path: Path) -> None:
    """Before: at 390 px the nine-column table squeezed its 项目 and 备注 columns to two characters
    a line (行政 | 许可 | 办件 …, nine lines a row) and still overflowed its box."""
    root = workspace(tmp_path)
    head = "|项目|2019年|2020年|2021年|2022年|2023年|2024年|同比增减|备注说明|\n" + "|---" * 9 + "|\n"
    row = "|行政许可办件（件）|60|66|70|86|94|101|+7.4%|含民办学校设立、变更和教师资格认定|\n"
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n\n" + head + row * 3, "utf-8")
    page = build_year(load_workspace(root), 2023, ("html",)).written[0]
    probe = tmp_path / "cells.html"
    probe.write_text(_CELLS.format(page=page.as_uri()), "utf-8")
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom",
                           probe.as_uri()], capture_output=True, timeout=180, check=False)
    found = re.search(r"narrowest=([\d.]+);", done.stdout.decode("utf-8", "replace"))
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    assert float(found.group(1)) >= 2.9
