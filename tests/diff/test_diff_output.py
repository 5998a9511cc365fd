"""Output formats: terminal text, the JSON schema, and a safe HTML redline."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from diffkit import report

from lawreport.diff import SCHEMA_VERSION, compare
from lawreport.diff.htmlout import render_html, shade
from lawreport.diff.jsonout import render_json, to_data
from lawreport.diff.result import DELETE, EQUAL, INSERT, Segment
from lawreport.diff.textout import render_text, shorten

# --- text -------------------------------------------------------------------------------


def test_plain_text_marks_changes_like_git_word_diff(water_diff):
    text = render_text(water_diff, color=False)
    assert "\x1b[" not in text
    assert "局长主持局党组集中学法[-4-]{+5+}次" in text
    assert "[新增] （五）推进取水许可电子证照" in text
    assert "[删除] （二）完善水务制度建设（2030 年）" in text
    assert "改名：原“开展水法宣传”" in text
    assert "移动：2030 年为 （五）" in text
    assert "［注意］二、（一）执法力量不足：整段沿用" in text
    assert "未见落实的安排：1 项：编印水资源保护条例释义读本\n" in text


def test_copied_passages_in_the_preamble_are_located_as_such(example_diff):
    full = render_text(example_diff, full=True)
    assert "\n  导语：片段沿用 43 字（源自 2022 年 导语）\n" in full
    assert "\n  ：" not in full and "年 ）" not in full


def test_coloured_text_uses_ansi_instead_of_markers(water_diff):
    text = render_text(water_diff, color=True)
    assert "\x1b[31;9m4\x1b[0m\x1b[32;1m5\x1b[0m" in text
    assert "[-4-]" not in text


def test_long_unchanged_stretches_are_shortened_unless_full(example_diff):
    short = render_text(example_diff)
    full = render_text(example_diff, full=True)
    assert "…" in short and len(full) > len(short)
    assert shorten("甲" * 100, first=False, last=False).count("甲") == 40
    assert shorten("甲" * 100, first=True, last=False) == "…" + "甲" * 20


# --- json -------------------------------------------------------------------------------

UNIT_KEYS = {"kind", "status", "old_index", "new_index", "similarity", "segments", "table", "cells"}
SECTION_KEYS = {"status", "renamed", "moved", "level", "old", "new", "similarity", "title_segments", "units"}
PART_KEYS = {"key", "label", "status", "old_title", "new_title", "similarity", "old_chars", "new_chars",
             "equal_chars", "copied_chars", "copied_passages", "units", "sections"}
LOCATION_KEYS = {"part", "path", "label"}


def test_json_schema_is_stable(water_diff):
    data = json.loads(render_json(water_diff))
    assert data["schema"] == "lawreport-diff" and data["schema_version"] == SCHEMA_VERSION == 3
    assert set(data) == {"schema", "schema_version", "old", "new", "options", "summary", "parts", "copied",
                         "followups", "combined", "different_units", "units_warning"}
    assert set(data["old"]) == {"year", "name", "title", "issuer"}
    assert set(data["options"]) == {"min_copy", "threshold", "followed"}
    assert set(data["summary"]) == {"changed", "similarity", "sections", "copied_passages", "copied_chars",
                                    "copied_flagged", "plans", "plans_unfollowed", "plans_uncertain"}
    assert set(data["summary"]["sections"]) == {"unchanged", "changed", "added", "removed", "renamed", "moved"}
    for part in data["parts"]:
        assert set(part) == PART_KEYS
        for unit in part["units"]:
            assert set(unit) == UNIT_KEYS
        for section in part["sections"]:
            assert set(section) == SECTION_KEYS
            for ref in (section["old"], section["new"]):
                assert ref is None or set(ref) == {"label", "title", "path", "level", "runin"}
            for unit in section["units"]:
                assert set(unit) == UNIT_KEYS
                assert all(set(s) == {"op", "text"} for s in unit["segments"])
    for passage in data["copied"]:
        assert set(passage) == {"new", "old", "text", "length", "unit", "offset", "whole_paragraph", "flagged",
                                "counts_as"}
        assert set(passage["new"]) == set(passage["old"]) == LOCATION_KEYS
    for item in data["followups"]:
        assert set(item) == {"label", "title", "text", "score", "verdict", "followed", "match", "excerpt", "terms",
                             "evidence"}
        assert all(set(e) == {"location", "sentence", "terms"} for e in item["evidence"])
        assert item["match"] is None or set(item["match"]) == LOCATION_KEYS


def test_json_summary_counts(water_diff):
    summary = to_data(water_diff)["summary"]
    assert summary["sections"]["renamed"] == 1 and summary["sections"]["moved"] == 1
    assert summary["copied_flagged"] == 1
    assert summary["plans"] == 3 and summary["plans_unfollowed"] == 1


def test_json_copied_offsets_point_into_the_paragraph(water_diff):
    data = to_data(water_diff)
    for passage in data["copied"]:
        part = next(p for p in data["parts"] if p["key"] == passage["new"]["part"])
        if passage["new"]["path"]:
            section = next(s for s in part["sections"] if s["new"] and s["new"]["path"] == passage["new"]["path"])
            units = section["units"]
        else:
            units = part["units"]
        unit = next(u for u in units if u["new_index"] == passage["unit"])
        text = "".join(s["text"] for s in unit["segments"] if s["op"] != "delete")
        assert text[passage["offset"]:passage["offset"] + passage["length"]] == passage["text"]


# --- html -------------------------------------------------------------------------------

HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "</style><style>body{display:none}</style>",
    "{{ 7*7 }}{% raw %}",
    "&lt;&amp;\u202e\u0000\u200f",
]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


def _hostile_reports():
    old = report(2030, {
        "measures": [(2, f"开展审核{HOSTILE[0]}", [f"受理申请58件{h}" for h in HOSTILE]), (2, HOSTILE[1], ["删去。"])],
        "plans": [(2, HOSTILE[2] + "。", [HOSTILE[3]])],
    }, preamble=[HOSTILE[4]], issuer=HOSTILE[5])
    new = report(2031, {
        "measures": [(2, f"开展审核{HOSTILE[0]}", [f"受理申请61件{h}" for h in HOSTILE]), (2, HOSTILE[2], [HOSTILE[6]])],
    }, preamble=[HOSTILE[4] + "改"], issuer=HOSTILE[5])
    return old, new


def test_terminal_text_cannot_drive_the_terminal():
    old = report(2030, {"measures": [(2, "审核", ["受理申请58件。"])]})
    new = report(2031, {"measures": [(2, "审核\u202e", ["受理申请61件\x1b]0;标题\x07\x1b[2J\x1b[31m。"])]})
    for color in (False, True):
        text = render_text(compare(old, new), color=color)
        assert "\x07" not in text and "\u202e" not in text and "\x1b[2J" not in text and "\x1b]" not in text
        assert "<U+001B>[2J" in text and "<U+202E>" in text
    assert "\x1b" not in render_text(compare(old, new), color=False)


def test_html_is_safe_against_hostile_content():
    page = render_html(compare(*_hostile_reports()))
    collector = _Collector()
    collector.feed(page)
    assert "script" not in collector.tags and "svg" not in collector.tags and "img" not in collector.tags
    assert not [name for name, _ in collector.attributes if name.lower().startswith("on")]
    assert not re.search(r"<(script|svg|img)", page, re.IGNORECASE)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and ">49<" not in page
    assert "\x00" not in page and "\u202e" not in page and "\u200f" not in page  # every bidi control (text.controls)
    assert collector.tags.count("style") == 1
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert set(collector.tags) <= {"html", "head", "meta", "title", "style", "body", "header", "main", "h1", "h2",
                                   "h3", "h4", "h5", "p", "ins", "del", "span", "section", "table", "thead",
                                   "tbody", "tr", "th", "td", "caption", "strong", "br", "wbr", "mark", "div", "ul", "li"}


def test_html_redline_marks_changes_copies_and_labels(water_diff):
    page = render_html(water_diff)
    assert '<html lang="zh-CN">' in page
    assert "<del>4</del><ins>5</ins>" in page
    assert 'class="copied"' in page
    assert "改名：原“开展水法宣传”" in page and "移动：2030 年为 （五）" in page
    assert "编印水资源保护条例释义读本。" in page and "未见落实" in page
    assert "相似度" in page


def test_shading_splits_segments_at_copied_ranges():
    segments = (Segment(EQUAL, "甲乙丙丁"), Segment(DELETE, "戊"), Segment(INSERT, "己庚"))
    pieces = shade(segments, [(2, 5)])
    assert [(p.op, p.text, p.copied) for p in pieces] == [
        (EQUAL, "甲乙", False), (EQUAL, "丙丁", True), (DELETE, "戊", False), (INSERT, "己", True),
        (INSERT, "庚", False)]


def test_workspace_template_overrides_the_default(water_diff, tmp_path):
    (tmp_path / "diff.html.j2").write_text("自定义：{{ diff.new.name }}", encoding="utf-8")
    assert render_html(water_diff, tmp_path) == "自定义：2031"


def test_html_speaks_plainly(example_diff):
    page = render_html(example_diff)
    assert "怎么看这份比较" in page and "2023 新写的文字" in page and "2022 有、2023 删去的文字" in page
    body = page.split("<main>")[1]
    for notation in ("[-", "-]", "{+", "+}", " | ", "bigram", "二元组"):
        assert notation not in body
    assert "未见落实" in body and "<mark>执法记录仪</mark>" in body
    assert '<td class="nowrap">有修改</td>' in body


def test_html_keeps_a_range_whole(example_diff):
    """Before: a phone cut the preamble's 《法治政府建设实施纲要（2021— / 2025年）》 at the dash."""
    page = render_html(example_diff)
    assert '<span class="keep">2021—2025年</span>' in page
    assert ".keep { white-space: nowrap; }" in page
