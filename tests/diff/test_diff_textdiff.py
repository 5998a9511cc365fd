"""Character diff with semantic cleanup, and the similarity measures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.diff.result import DELETE, EQUAL, INSERT
from lawreport.diff.textdiff import cleanup_semantic, dice, equal_chars, ratio, text_diff
from lawreport.diff.tokens import tokens

CJK_TEXT = st.text(alphabet=st.sampled_from("测绘局依法行政审批监督检查，。、“”（）0123456789ab"), max_size=80)


def _sides(segments):
    old = "".join(s.text for s in segments if s.op != INSERT)
    new = "".join(s.text for s in segments if s.op != DELETE)
    return old, new


def test_a_changed_figure_is_one_token_and_its_unit_stays_unchanged():
    old = "全年组织测绘资质核查12次，发现问题3个，均已督促整改到位。"
    new = "全年组织测绘资质核查15次，发现问题3个，均已督促整改到位。"
    segments = text_diff(old, new)
    changed = [s for s in segments if s.op != EQUAL]
    assert [(s.op, s.text) for s in changed] == [(DELETE, "12"), (INSERT, "15")]


@pytest.mark.parametrize(("old", "new", "deleted", "inserted"), [
    ("办理人大代表建议14件", "办理人大代表建议16件", "14", "16"),
    ("培训覆盖1860人次", "培训覆盖2130人次", "1860", "2130"),
    ("群众满意率96.8%。", "群众满意率97.5%。", "96.8", "97.5"),
    ("参与师生达4.6万人次", "参与师生达5.1万人次", "4.6", "5.1"),
    ("202" + "2年度", "202" + "3年度", "2022", "2023"),
    ("通过ISO9001认证", "通过ISO14001认证", "ISO9001", "ISO14001"),
])
def test_figures_and_codes_change_as_a_whole(old, new, deleted, inserted):
    changed = [(s.op, s.text) for s in text_diff(old, new) if s.op != EQUAL]
    assert changed == [(DELETE, deleted), (INSERT, inserted)]


def test_a_figure_whose_unit_changes_is_replaced_whole():
    changed = [(s.op, s.text) for s in text_diff("出动执法人员14人", "出动执法人员14次") if s.op != EQUAL]
    assert changed == [(DELETE, "14人"), (INSERT, "14次")]


def test_tokens_join_back_to_the_text():
    text = "全年召开专题会议14件，5.1万人次，96.8%，ISO9001认证，2021—2022年，GB/T 9704"
    assert "".join(tokens(text)) == text
    assert "14件" in tokens(text) and "96.8%" in tokens(text) and "ISO9001" in tokens(text)


@given(CJK_TEXT, CJK_TEXT)
def test_no_edit_begins_or_ends_inside_a_figure(old, new):
    segments = text_diff(old, new)
    for side, skip in (("old", INSERT), ("new", DELETE)):
        text, position = "", []
        for segment in segments:
            if segment.op != skip:
                position.append(len(text))
                text += segment.text
        position.append(len(text))
        for cut in position[1:-1]:
            assert not (text[cut - 1].isdigit() and text[cut].isdigit()), (side, text, cut)


def test_a_rewritten_clause_is_one_deletion_and_one_insertion():
    old = "本局在网站公开行政许可结果，接受社会监督。"
    new = "本局通过政务新媒体同步推送检查结果，接受社会监督。"
    segments = text_diff(old, new)
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
    segments = text_diff(old, new)
    assert _sides(segments) == (old, new)
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:], strict=False))


@given(CJK_TEXT)
def test_a_text_against_itself_is_all_equal(text):
    segments = text_diff(text, text)
    assert all(s.op == EQUAL for s in segments)
    assert ratio(equal_chars(segments), len(text), len(text)) == 1.0


def test_similarity_bounds():
    assert ratio(0, 0, 0) == 1.0
    assert dice("审批", "审批") == 1.0
    assert dice("审批监督", "测绘资质") == 0.0
    assert 0 < dice("行政审批监督", "行政审批检查") < 1


def test_figures_changed_side_by_side_stay_separate():
    segments = text_diff("将任务分解为5个方面26项具体措施", "将任务分解为6个方面30项具体措施")
    assert [(s.op, s.text) for s in segments if s.op != EQUAL] == [(DELETE, "5"), (INSERT, "6"), (DELETE, "26"),
                                                                  (INSERT, "30")]
