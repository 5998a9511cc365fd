"""Where a phone wraps the report's headings and running text, in headless Chromium: between the
words lawreport.render.wordunits marks, and never at a range's dash (2021— / 2025年)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser import measure, needs_chromium, text_lines
from pagehelpers import workspace

from lawreport.building.year import build_year
from lawreport.render.wordunits import heading_words
from lawreport.sources.workspace import load_workspace

LINES = text_lines("h2, h3, h4, h5, article > p")
"""Each heading's and paragraph's text with a / where a line ends."""


@needs_chromium
@pytest.mark.parametrize("width", [390, 320])
def test_headings_wrap_between_words_and_ranges_at_no_dash(tmp_path: Path, width: int) -> None:
    """Before, at 390 px: 一、2023年度推进法治政府建设的主要举 / 措和成效, （五）扎实开展“八五”普法和青少年法 /
    治教育, and in the preamble （2021— / 2025年）when the line fell there."""
    root = workspace(tmp_path)
    plans = root / "sections/2023/plans.md"  # ranges at many places in the line: one of them meets a line's end
    filler = "".join(f"第{n}项任务于2024年1—3月完成，" for n in range(1, 30)) + "其余任务按《纲要（2021—2025年）》推进。"
    plans.write_text(plans.read_text("utf-8").rstrip("\n") + "\n\n" + filler + "\n", "utf-8")
    page = build_year(load_workspace(root), 2023, ("html",)).written[0]
    blocks = [block.split(":", 1) for block in measure(page, LINES, tmp_path, width).split("|")]
    headings = [text for tag, text in blocks if tag != "P"]
    assert any("/" in text for text in headings)  # some heading is wrapped at this width
    for text in headings:
        label = re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）", text)
        start = label.end() if label else 0
        ends, at = set(), start
        for word in heading_words(text[start:].replace("/", "")):
            at += len(word)
            ends.add(at)
        breaks, at = set(), 0
        for line in text.split("/")[:-1]:
            at += len(line)
            breaks.add(at)
        assert breaks <= ends | {start}, text
    split = [text for tag, text in blocks if tag == "P" and re.search(r"\d[—～]/|\d/[—～]", text)]
    assert not split, split
