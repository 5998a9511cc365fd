"""compare() on the 青禾县水务局 fixture years, and properties over generated reports."""

from __future__ import annotations

from diffkit import report
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.diff import compare
from lawreport.diff.canonical import flatten
from lawreport.diff.result import ADDED, DELETE, INSERT, REMOVED, UNCHANGED


def _section(diff, part, title):
    for section in next(p for p in diff.parts if p.key == part).sections:
        if (section.new and section.new.title == title) or (section.old and section.old.title == title):
            return section
    raise AssertionError(title)


def test_fixture_shows_every_kind_of_change(water_diff):
    renamed = _section(water_diff, "measures", "深化水法治宣传教育")
    assert renamed.renamed and renamed.old.title == "开展水法宣传"
    moved = _section(water_diff, "measures", "接受人大政协监督")
    assert moved.moved and moved.old.label == "（五）" and moved.new.label == "（二）"
    assert _section(water_diff, "measures", "推进取水许可电子证照").status == ADDED
    assert _section(water_diff, "measures", "完善水务制度建设").status == REMOVED
    assert _section(water_diff, "measures", "推行执法全过程记录。").status == UNCHANGED
    assert sum(s.moved for p in water_diff.parts for s in p.sections) == 1


def test_fixture_small_changes_stay_small(water_diff):
    section = _section(water_diff, "leadership", "带头学法用法")
    edits = [(s.op, s.text) for u in section.units for s in u.segments if s.op != "equal"]
    assert edits == [(DELETE, "4"), (INSERT, "5")]


def test_fixture_copied_shortcoming_is_flagged(water_diff):
    flagged = [c for c in water_diff.copied if c.flagged]
    assert len(flagged) == 1
    passage = flagged[0]
    assert passage.whole_paragraph and passage.new.part == "shortcomings"
    assert passage.new.path == ("执法力量不足",) and passage.old.path == ("执法力量不足",)
    assert all(len(c.text) >= water_diff.options.min_copy for c in water_diff.copied)
    shortcomings = next(p for p in water_diff.parts if p.key == "shortcomings")
    assert shortcomings.copied_chars == len(passage.text)


def test_fixture_plan_follow_up(water_diff):
    scores = {f.title: f for f in water_diff.followups}
    assert scores["推进智慧河湖监管。"].followed
    assert scores["推进智慧河湖监管。"].match.path[-1] == "开展河道巡查。"
    assert scores["加强执法人员培训。"].followed
    assert any("执法人员业务培训" in term for term in scores["加强执法人员培训。"].terms)
    assert [f.title for f in water_diff.unfollowed] == ["编印水资源保护条例释义读本。"]
    assert all(0.0 <= f.score <= 1.0 for f in water_diff.followups)


def test_min_copy_and_threshold_are_respected(water):
    from lawreport.diff import DiffOptions
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    workspace = load_workspace(water)
    old, new = load_report(workspace, 2030), load_report(workspace, 2031)
    strict = compare(old, new, DiffOptions(min_copy=60, threshold=0.9))
    assert all(len(c.text) >= 60 for c in strict.copied) and strict.copied
    assert len(strict.unfollowed) == len(strict.followups) == 3


def test_missing_parts_are_added_or_removed():
    old = report(2030, {"measures": [(2, "甲", ["测绘成果管理。"])], "other": [(2, "乙", ["其他情况。"])]})
    new = report(2031, {"measures": [(2, "甲", ["测绘成果管理。"])]})
    diff = compare(old, new)
    assert {p.key: p.status for p in diff.parts}["other"] == REMOVED
    assert {p.key: p.status for p in compare(new, old).parts}["other"] == ADDED
    assert compare(new, old).followups == ()


# --- properties -------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.sampled_from("测绘地图审核资质巡查依法行政，。、“”0123456789 ab"), min_size=0, max_size=60)
_TITLE = st.text(alphabet=st.sampled_from("测绘地图审核资质巡查规范加强。"), min_size=1, max_size=12)


@st.composite
def outlines(draw):
    items = []
    level = 2
    for _ in range(draw(st.integers(0, 6))):
        level = draw(st.integers(2, min(level + 1, 4))) if items else 2
        items.append((level, draw(_TITLE), draw(st.lists(_TEXT, max_size=3))))
    return items


@st.composite
def reports(draw, year=2030):
    keys = draw(st.lists(st.sampled_from(["measures", "shortcomings", "leadership", "plans", "other"]),
                         unique=True, max_size=5))
    return report(year, {key: draw(outlines()) for key in keys}, preamble=draw(st.lists(_TEXT, max_size=2)))


@settings(max_examples=60, deadline=None)
@given(reports())
def test_a_report_against_itself_has_no_change(value):
    diff = compare(value, value)
    assert diff.similarity == 1.0
    assert not diff.changed
    for part in diff.parts:
        assert part.status == UNCHANGED and part.similarity == 1.0
        assert all(s.status == UNCHANGED and not s.moved and not s.renamed for s in part.sections)
        assert all(u.status == UNCHANGED for s in part.sections for u in s.units)
    assert diff.copied == () and diff.followups == ()  # two versions of one year: nothing "from last year"
    next_year = compare(value, value._replace(year=value.year + 1))
    assert next_year.similarity == 1.0 and not next_year.changed


@settings(max_examples=60, deadline=None)
@given(reports(2030), reports(2031))
def test_the_diff_holds_both_reports(old, new):
    diff = compare(old, new)
    assert 0.0 <= diff.similarity <= 1.0
    for side, value in (("old", old), ("new", new)):
        for flat in flatten(value):
            part = next(p for p in diff.parts if p.key == flat.key)
            units = [u for u in part.units if getattr(u, f"{side}_index") is not None]
            text = [u.old_text if side == "old" else u.new_text for u in units]
            assert text == [u.text for u in flat.units]
            titles = sorted(getattr(s, side).title for s in part.sections if getattr(s, side) is not None)
            assert titles == sorted(s.title for s in flat.sections)


@settings(max_examples=25, deadline=None)
@given(reports(2030), reports(2031))
def test_every_output_format_renders_any_pair(old, new):
    import json

    from lawreport.diff.htmlout import render_html
    from lawreport.diff.jsonout import render_json
    from lawreport.diff.textout import render_text

    diff = compare(old, new)
    assert render_text(diff, color=True) and render_text(diff, full=True)
    assert json.loads(render_json(diff))["schema_version"] == 3
    assert "<script" not in render_html(diff)
