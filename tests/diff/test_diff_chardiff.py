"""Character diff with semantic cleanup, and the similarity measures."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lawreport.diff.chardiff import char_diff, cleanup_semantic, dice, equal_chars, ratio
from lawreport.diff.result import DELETE, EQUAL, INSERT

CJK_TEXT = st.text(alphabet=st.sampled_from("测绘局依法行政审批监督检查，。、“”（）0123456789ab"), max_size=80)


def _sides(segments):
    old = "".join(s.text for s in segments if s.op != INSERT)
    new = "".join(s.text for s in segments if s.op != DELETE)
    return old, new


def test_a_two_character_change_shows_as_two_characters():
    old = "全年组织测绘资质核查12次，发现问题3个，均已督促整改到位。"
    new = "全年组织测绘资质核查15次，发现问题3个，均已督促整改到位。"
    segments = char_diff(old, new)
    changed = [s for s in segments if s.op != EQUAL]
    assert [(s.op, s.text) for s in changed] == [(DELETE, "2"), (INSERT, "5")]


def test_a_rewritten_clause_is_one_deletion_and_one_insertion():
    old = "本局在网站公开行政许可结果，接受社会监督。"
    new = "本局通过政务新媒体同步推送检查结果，接受社会监督。"
    segments = char_diff(old, new)
    edits = [s.op for s in segments if s.op != EQUAL]
    assert edits == [DELETE, INSERT]
    assert segments[-1] == segments[-1].__class__(EQUAL, "结果，接受社会监督。")


def test_cleanup_folds_a_short_equality_between_large_edits():
    diffs = [(DELETE, "甲乙丙"), (EQUAL, "丁"), (INSERT, "戊己庚")]
    assert cleanup_semantic(diffs) == [(DELETE, "甲乙丙丁"), (INSERT, "丁戊己庚")]


def test_cleanup_keeps_a_long_equality():
    diffs = [(DELETE, "甲"), (EQUAL, "依法行政审批"), (INSERT, "乙")]
    assert cleanup_semantic(diffs) == diffs


@given(CJK_TEXT, CJK_TEXT)
def test_segments_rebuild_both_sides(old, new):
    segments = char_diff(old, new)
    assert _sides(segments) == (old, new)
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:], strict=False))


@given(CJK_TEXT)
def test_a_text_against_itself_is_all_equal(text):
    segments = char_diff(text, text)
    assert all(s.op == EQUAL for s in segments)
    assert ratio(equal_chars(segments), len(text), len(text)) == 1.0


def test_similarity_bounds():
    assert ratio(0, 0, 0) == 1.0
    assert dice("审批", "审批") == 1.0
    assert dice("审批监督", "测绘资质") == 0.0
    assert 0 < dice("行政审批监督", "行政审批检查") < 1
