"""Looking at a page in headless Chromium: a script measures it, shown in an iframe a given width."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

_FRAME = """<html><body style="margin:0"><iframe id="f" src="{page}" style="width:{width}px;height:800px;border:0">
</iframe><pre id="o"></pre><script>
document.getElementById("f").onload = function () {{
  var doc = this.contentDocument;
  var measure = function (doc) {{ {script} }};
  document.getElementById("o").textContent = "measured=" + measure(doc) + ";;";
}};
</script></body></html>"""

LINE_WIDTHS = """
function lineWidths(doc, element) {
  var range = doc.createRange(), widths = {};
  range.selectNodeContents(element);
  Array.prototype.forEach.call(range.getClientRects(), function (r) {
    var top = Math.round(r.top); widths[top] = (widths[top] || 0) + r.width; });
  return Object.keys(widths).map(Number).sort(function (a, b) { return a - b; }).map(function (t) { return widths[t]; });
}
"""
"""``lineWidths(doc, element)``: the widths of the element's lines, top to bottom, in px."""


def measure(page: Path, script: str, tmp_path: Path, width: int = 390) -> str:
    """What ``script`` (a JavaScript function body over ``doc``, the page's document, returning a
    string) returns for ``page`` shown ``width`` CSS pixels wide (390 with its scroll bar: 375 of page)."""
    probe = tmp_path / "probe.html"
    probe.write_text(_FRAME.format(page=page.as_uri(), width=width, script=script), "utf-8")
    done = subprocess.run([CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                           "--allow-file-access-from-files", f"--user-data-dir={tmp_path / 'profile'}",
                           "--virtual-time-budget=5000", "--dump-dom", probe.as_uri()],
                          capture_output=True, timeout=180, check=False)
    found = re.search(r"measured=(.*?);;", done.stdout.decode("utf-8", "replace"), re.DOTALL)
    assert found, done.stderr.decode("utf-8", "replace")[-500:]
    return found.group(1)


def text_lines(selector: str) -> str:
    """A script giving, for each element ``selector`` matches, its tag and the text of each line it
    is set on: ``TAG:line/line|TAG:line``."""
    return """
var out = [];
doc.querySelectorAll(SELECTOR).forEach(function (element) {
  var lines = [], top = null, line = "", walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT), node;
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
  out.push(element.tagName + ":" + lines.join("/"));
});
return out.join("|");
""".replace("SELECTOR", json.dumps(selector))
