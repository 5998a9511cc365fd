"""The rule gaps heldout12 found: T012 on “党的二十大及历届全会” (a connector other than 和), and T003 on a
known title that lost characters from its name, too many for the ratio that finds a near title. The
reports are of the fictional 青岚县."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.recall import party_congress
from lawreport.lint.terms import known_titles

from .examples import DEFAULT_BODY, received_text
from .examples import lint_received_file as _lint


def _report(sentence: str) -> str:
    """The example report, of 青岚县司法局, with ``sentence`` opening the measures part's text."""
    text = received_text(DEFAULT_BODY).replace("样例市司法局", "青岚县司法局").replace("样例市", "青岚县")
    return text.replace("一、2023年度推进法治政府建设的主要举措和成效\n", f"一、2023年度推进法治政府建设的主要举措和成效\n{sentence}\n", 1)


def test_the_congress_and_every_plenum_joined_by_及_is_reported(tmp_path: Path) -> None:
    for connector in ("及", "以及", "与"):
        text = _report(f"全局上下认真学习党的二十大{connector}历届全会精神，推动依法行政。")
        [found] = _lint(tmp_path / "报告.txt", text, party_congress.RULE)
        assert f"党的二十大{connector}二十届历次全会" in found.message, connector


def test_the_congress_and_its_plenums_written_right_are_not_reported(tmp_path: Path) -> None:
    text = _report("全局上下认真学习党的二十大及二十届历次全会精神，推动依法行政。")
    assert _lint(tmp_path / "报告.txt", text, party_congress.RULE) == []


def test_a_known_title_that_lost_characters_is_reported() -> None:
    assert known_titles.correction("法治中国规划（2020-2025年）") == "法治中国建设规划（2020—2025年）"
    assert known_titles.correction("法治政府实施纲（2021-2025）") == "法治政府建设实施纲要（2021—2025年）"


def test_a_local_or_a_shorter_document_is_not_a_known_title_that_lost_characters() -> None:
    assert known_titles.correction("青岚县法治政府建设实施方案（2021-2025年）") is None
    assert known_titles.correction("法治政府纲要（2021—2025年）") is None  # too short: half the name gone


def test_the_known_title_that_lost_characters_is_t003s_in_a_report(tmp_path: Path) -> None:
    text = _report("对照《法治中国规划（2020-2025年）》开展自查，推动依法行政。")
    [found] = _lint(tmp_path / "报告.txt", text, known_titles.RULE)
    assert "法治中国建设规划（2020—2025年）" in found.message
