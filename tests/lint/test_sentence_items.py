"""Numbered sentence items of a received report (“（一）某项工作不够，……。”) are paragraphs with their
number in front, not headings ending in 。: H008 does not ask to delete their 。, while a real
heading with a stray 。 still gets H008. The texts are our own, about a fictional office."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.config import Active
from lawreport.lint.headings import runin_punct
from lawreport.lint.runner import lint_document
from lawreport.lint.targets import load_received
from lawreport.model import Heading, Paragraph, Report
from lawreport.received import read_dated
from lawreport.sources.structure import load_structure

SHORTCOMINGS = (
    "（一）个别科室对依法行政重视不够，制度执行仍有偏差。",
    "（二）执法人员培训偏少，全年只组织了1次集中培训。",
)
PLANS = (
    "（一）修订局内合法性审查办法，明确审查时限和责任人。",
    "（二）组织执法人员轮训，确保每人全年培训不少于2次。",
)


def report_text(year: int, shortcomings: tuple[str, ...] = SHORTCOMINGS, plans: tuple[str, ...] = PLANS,
                first_heading: str = "（一）加强组织领导。") -> str:
    """A received report of the fictional 北河县档案局 for ``year``."""
    return "\n".join([
        f"北河县档案局{year}年度法治政府建设情况报告",
        "县人民政府：",
        f"{year}年，县档案局认真落实法治政府建设各项任务。现将有关情况报告如下：",
        f"一、{year}年度推进法治政府建设的主要举措和成效",
        first_heading,
        "局党组全年专题研究法治工作3次，制定年度工作要点。",
        "（二）规范档案执法。",
        "开展档案执法检查12次，督促整改问题9个。",
        "二、存在的不足和原因",
        *shortcomings,
        f"三、{year}年度党政主要负责人履行推进法治建设第一责任人职责情况",
        "局主要负责人带头学法，主持召开专题会议2次。",
        f"四、{year + 1}年度推进法治政府建设的主要安排",
        *plans,
        "北河县档案局",
        f"{year + 1}年2月10日",
        "",
    ])


def _read(path: Path, text: str) -> Report:
    path.write_text(text, encoding="utf-8")
    return read_dated(path, load_structure(None)).report


def _part(report: Report, key: str):
    return next(part for part in report.parts if part.key == key)


def _h008(path: Path, text: str) -> list[tuple[int, str]]:
    path.write_text(text, encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    rule = runin_punct.RULE
    found = lint_document(loaded.document, [Active(rule, None, rule.default_options())])
    return [(d.line, d.message) for d in found if d.code == "H008"]


def test_numbered_sentences_are_paragraphs_keeping_their_number(tmp_path: Path) -> None:
    report = _read(tmp_path / "报告.txt", report_text(2030))
    for key, lines in (("shortcomings", SHORTCOMINGS), ("plans", PLANS)):
        part = _part(report, key)
        assert part.sections == ()
        assert [block.text for block in part.blocks if isinstance(block, Paragraph)] == list(lines)
    measures = _part(report, "measures")
    assert [section.heading.title for section in measures.sections] == ["加强组织领导。", "规范档案执法。"]


def test_h008_spares_sentence_items_but_not_a_heading_with_a_stray_full_stop(tmp_path: Path) -> None:
    found = _h008(tmp_path / "报告.txt", report_text(2030))
    assert [line for line, _ in found] == [5, 7]
    assert all("独立成行的标题末尾不加句号" in message for _, message in found)


def test_a_comma_heading_followed_by_body_text_stays_a_heading(tmp_path: Path) -> None:
    text = report_text(2030, first_heading="（一）加强组织领导，压实工作责任。")
    measures = _part(_read(tmp_path / "报告.txt", text), "measures")
    assert isinstance(measures.sections[0].heading, Heading)
    assert measures.sections[0].heading.title == "加强组织领导，压实工作责任。"
    assert 5 in [line for line, _ in _h008(tmp_path / "报告.txt", text)]


def test_one_item_with_a_body_keeps_its_whole_list_as_headings(tmp_path: Path) -> None:
    shortcomings = (SHORTCOMINGS[0], "制度执行的偏差主要出现在基层站所。", SHORTCOMINGS[1])
    part = _part(_read(tmp_path / "报告.txt", report_text(2030, shortcomings=shortcomings)), "shortcomings")
    assert len(part.sections) == 2


def test_sentence_items_under_headings_are_items_too(tmp_path: Path) -> None:
    """A list of 1. 2. sentences under each （一）（二） heading: the deeper lists are judged on their
    own, not skipped with the headings' list (before, only a list at the top of a part was found)."""
    shortcomings = ("（一）思想认识方面", "1.个别科室对依法行政重视不够，制度执行仍有偏差。",
                    "2.少数干部依法决策意识不强，有待进一步提高。", "（二）工作落实方面",
                    "1.执法人员培训偏少，全年只组织了1次集中培训。", "2.档案室规范化建设滞后，达标率不高。")
    text = report_text(2030, shortcomings=shortcomings)
    part = _part(_read(tmp_path / "报告.txt", text), "shortcomings")
    assert [section.heading.title for section in part.sections] == ["思想认识方面", "工作落实方面"]
    assert all(section.children == () and len(section.blocks) == 2 for section in part.sections)
    assert [line for line, _ in _h008(tmp_path / "报告.txt", text)] == [5, 7]
