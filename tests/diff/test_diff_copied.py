"""Carried-over passages are whole clauses: never cut inside a clause, a figure or a word."""

from __future__ import annotations

from diffkit import report

from lawreport.diff import compare
from lawreport.diff.copied import CLAUSE_ENDS, clause_span, merge_adjacent

PUNCTUATION = set(CLAUSE_ENDS) | set("、“”《》（）")


def test_clause_span_narrows_to_whole_clauses():
    text = "2023年，示例县教育局在县委、县政府的领导下，坚持依法治教，办理建议16件。"
    # a match starting inside "2023年" and ending inside "16件"
    start, end = text.index("3年"), text.index("6件")
    begin, finish = clause_span(text, start, end)
    assert text[begin:finish] == "示例县教育局在县委、县政府的领导下，坚持依法治教"


def test_clause_span_of_nothing_whole_is_none():
    assert clause_span("甲乙丙丁，戊己", 1, 3) is None


def test_adjacent_spans_separated_by_punctuation_are_merged():
    text = "甲乙丙，丁戊己；庚辛"
    assert merge_adjacent(text, [(0, 3, 0), (4, 7, 1), (8, 10, 2)]) == [(0, 10, 0)]
    assert merge_adjacent("甲乙丙，新丁戊", [(0, 3, 0), (5, 7, 1)]) == [(0, 3, 0), (5, 7, 1)]


def _check_whole_clauses(diff):
    for passage in diff.copied:
        text = passage.text
        assert text[0] not in PUNCTUATION - {"“", "《", "（"} and text[-1] not in PUNCTUATION - {"”", "》", "）"}, text
        assert len(text) >= diff.options.min_copy


def test_example_passages_are_whole_clauses(example_diff):
    _check_whole_clauses(example_diff)
    units = {}
    for part in example_diff.parts:
        units[(part.key, ())] = [u.new_text for u in part.units if u.new_index is not None]
        for section in part.sections:
            if section.new is not None:
                units[(part.key, section.new.path)] = [u.new_text for u in section.units if u.new_index is not None]
    for passage in example_diff.copied:
        paragraph = units[(passage.new.part, passage.new.path)][passage.unit]
        before = paragraph[passage.offset - 1] if passage.offset else "，"
        after_index = passage.offset + len(passage.text)
        after = paragraph[after_index] if after_index < len(paragraph) else "。"
        assert before in CLAUSE_ENDS and after in CLAUSE_ENDS, (before, passage.text, after)


def test_a_copied_sentence_after_a_changed_year_starts_after_the_comma():
    old = report(2030, {"plans": [(2, "继续加强队伍建设。", ["2031年，继续组织全体执法人员参加业务培训和岗位练兵活动，提升执法水平。"])]})
    new = report(2031, {"plans": [(2, "继续加强队伍建设。", ["2032年，继续组织全体执法人员参加业务培训和岗位练兵活动，提升执法水平。"])]})
    diff = compare(old, new)
    assert [c.text for c in diff.copied] == ["继续组织全体执法人员参加业务培训和岗位练兵活动，提升执法水平"]
    assert diff.copied[0].flagged
    plans = next(p for p in diff.parts if p.key == "plans")
    assert plans.copied_passages == 1 and plans.copied_chars == len(diff.copied[0].text)
