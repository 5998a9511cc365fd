"""The shipped example workspace, 2022 → 2023, shows everything diff is for."""

from __future__ import annotations


def _sections(diff, key):
    return next(p for p in diff.parts if p.key == key).sections


def _by_new(diff, key, title):
    return next(s for s in _sections(diff, key) if s.new and s.new.title == title)


def _by_old(diff, key, title):
    return next(s for s in _sections(diff, key) if s.old and s.old.title == title)


def test_renamed_section(example_diff):
    section = _by_new(example_diff, "measures", "扎实开展“八五”普法和青少年法治教育")
    assert section.renamed and section.old.title == "深入推进教育系统普法"


def test_moved_section(example_diff):
    section = _by_new(example_diff, "measures", "强化行政权力制约和监督")
    assert section.moved and section.old.label == "（七）" and section.new.label == "（二）"
    top_level_moved = [s.new.title for s in _sections(example_diff, "measures") if s.moved and s.level == 2]
    assert top_level_moved == ["强化行政权力制约和监督"]


def test_added_and_removed_sections(example_diff):
    assert _by_new(example_diff, "measures", "依法规范校外培训治理").status == "added"
    assert _by_old(example_diff, "measures", "健全依法行政制度体系").status == "removed"


def test_copied_shortcoming(example_diff):
    whole = [c for c in example_diff.copied if c.flagged and c.whole_paragraph]
    assert [c.new.path for c in whole] == [("行政执法能力与任务要求还有差距",)]
    assert _by_new(example_diff, "shortcomings", "行政执法能力与任务要求还有差距").status == "unchanged"


def test_plans_followed_and_the_one_not(example_diff):
    assert len(example_diff.followups) == 5
    assert [f.title for f in example_diff.unfollowed] == ["建设“教育法治资源库”平台。"]
    followed = {f.title: f for f in example_diff.followups if f.followed}
    assert followed["推进行政执法三项制度全覆盖。"].match.path[-1] == "全面落实行政执法三项制度"
    assert followed["健全教育领域矛盾纠纷多元化解机制。"].match.path == ("依法化解教育领域矛盾纠纷",)


def test_character_level_changes(example_diff):
    section = _by_new(example_diff, "leadership", "带头督办重点任务")
    edits = [s.text for u in section.units for s in u.segments if s.op == "insert"]
    assert "5" in edits and "12" in edits
    assert 0.5 < example_diff.similarity < 0.7


def _all_units(diff):
    for part in diff.parts:
        yield from part.units
        for section in part.sections:
            yield from section.units


def test_no_figure_is_split_by_an_edit(example_diff):
    """Every edit boundary falls outside a figure: 15→18, never "1[-5-]{+8+}"."""
    split = []
    for unit in _all_units(example_diff):
        for side, skip in (("old", "insert"), ("new", "delete")):
            pieces = [s.text for s in unit.segments if s.op != skip]
            text = "".join(pieces)
            cut = 0
            for piece in pieces[:-1]:
                cut += len(piece)
                if text[cut - 1].isdigit() and text[cut].isdigit():
                    split.append((side, text[max(cut - 6, 0):cut + 6]))
    assert split == []
