"""Plan follow-up: three verdicts calibrated on labelled plans, and evidence in whole words."""

from __future__ import annotations

from pathlib import Path

import calibration
import pytest

from lawreport.diff.followup import shared_terms, verdict
from lawreport.diff.result import FOLLOWED, NOT_SEEN, POSSIBLY, DiffOptions
from lawreport.diff.words import FUNCTION, words

DOCS = Path(__file__).resolve().parents[2] / "docs" / "diff.md"


@pytest.fixture(scope="module")
def labelled():
    return calibration.scored()


def test_there_are_at_least_forty_labelled_plans_of_our_own(labelled):
    own = [item for item in labelled if item.office not in ("示例县教育局", "青禾县水务局")]
    assert len(own) >= 40
    assert {item.label for item in own} == {FOLLOWED, POSSIBLY, NOT_SEEN}


def test_the_default_thresholds_are_the_calibrated_ones(labelled):
    defaults = DiffOptions()
    assert calibration.best_thresholds(labelled) == (defaults.threshold, defaults.followed)
    assert calibration.agreement(labelled, defaults.threshold, defaults.followed) >= 0.85


def test_the_published_agreement_is_the_measured_one(labelled):
    defaults = DiffOptions()
    text = DOCS.read_text("utf-8")
    share = calibration.agreement(labelled, defaults.threshold, defaults.followed)
    assert f"与人工标注一致 **{share:.1%}**" in text
    assert f"按机关留出验证 **{calibration.held_out(labelled):.1%}**" in text
    assert f"共 {len(labelled)} 项" in text


def test_no_plan_labelled_not_seen_is_called_followed(labelled):
    defaults = DiffOptions()
    wrong = [i.title for i in labelled if i.label == NOT_SEEN
             and verdict(i.score, defaults.threshold, defaults.followed) == FOLLOWED]
    assert wrong == []


def test_the_example_verdicts(example_diff):
    assert [f.verdict for f in example_diff.followups] == [FOLLOWED, FOLLOWED, FOLLOWED, NOT_SEEN, FOLLOWED]
    assert [f.title for f in example_diff.unfollowed] == ["建设“教育法治资源库”平台。"]


def test_evidence_terms_are_whole_words(example_diff, water_diff):
    seen = []
    for diff in (example_diff, water_diff):
        for item in diff.followups:
            assert item.evidence or item.match is None
            for evidence in item.evidence:
                assert evidence.sentence in item.excerpt
                bounds = {0}
                for word in words(evidence.sentence):
                    bounds.add(max(bounds) + len(word))
                for start, end in evidence.terms:
                    term = evidence.sentence[start:end]
                    seen.append(term)
                    assert start in bounds and end in bounds, term
                    assert term in item.text, term
                    assert term[0] not in FUNCTION and term[-1] not in FUNCTION, term
    assert "进行政执法三项制度" not in seen and "家长和" not in seen
    assert "执法记录仪" in seen and "市级依法治校示范校" in seen


def test_shared_terms_never_cut_a_word():
    sentence = "组织司法人员和执法人员培训"
    assert [sentence[s:e] for s, e in shared_terms("加强执法人员培训", sentence)] == ["执法人员培训"]
    sentence = "召开家长和教师代表座谈会"
    assert [sentence[s:e] for s, e in shared_terms("扩大面向家长和农村学校的普法覆盖面", sentence)] == ["家长"]


def test_verdict_grades():
    assert verdict(0.5, 0.15, 0.27) == FOLLOWED
    assert verdict(0.2, 0.15, 0.27) == POSSIBLY
    assert verdict(0.1, 0.15, 0.27) == NOT_SEEN
    assert verdict(0.5, 0.9, 0.27) == NOT_SEEN  # a raised lower threshold leaves no band above it


def test_the_dictionary_cache_never_lands_in_the_shared_temporary_folder(tmp_path, monkeypatch):
    import tempfile

    from lawreport.text import words as words_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    words_module._tokenizer.cache_clear()
    try:
        assert words_module.words("推进行政执法") == ["推进", "行政", "执法"]
        assert list(tmp_path.iterdir()) == []  # the private folder jieba wrote into is gone again
    finally:
        words_module._tokenizer.cache_clear()
