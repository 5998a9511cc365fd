"""The report year of an excerpt without a title, from its first paragraph: a clause that opens
with the year counts, a year inside a cited document's 《》 does not. Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)


def _year(first_paragraph: str) -> tuple[int | None, str | None]:
    text = f"{first_paragraph}\n一、推进法治建设的主要举措\n全年开展法治宣传12场。\n"
    found = read_received_text(text, Path("收到.txt"), STRUCTURE)
    return found.year, found.year_source


def test_a_clause_opening_with_the_year_gives_it():
    assert _year("根据《示例法治建设规划（2021—2025年）》和区委的部署，2022年，样例街道坚持依法行政，"
                 "全年办结行政复议案件3件。") == (2022, "preamble")


def test_a_clause_opening_with_the_year_counts_with_half_width_commas_too():
    """Text copied from some sites keeps half-width punctuation (P001 reports it): the year is still read."""
    assert _year("根据区委的部署和《示例法治建设规划(2021—2025年)》,2023年,样例街道坚持依法行政。") == (2023, "preamble")


def test_the_year_the_preamble_announces_comes_before_a_clause_s_year():
    assert _year("样例局坚持依法行政，2018年以来，持续深化法治政府建设。现将2023年度法治政府建设情况报告如下：") == (
        2023, "preamble")


@pytest.mark.parametrize("paragraph", [
    "样例局坚持依法行政，2018年以来，持续深化法治政府建设。",  # “since 2018”: several years, not the report's
    "根据《示例法治建设规划（2021—2025年）》和区委的部署，样例街道坚持依法行政。",  # only the cited document's years
    "样例街道坚持依法行政，自2018年起每年开展一次执法案卷评查。",  # a year inside a clause, not opening it
])
def test_no_year_from_a_cited_document_or_a_clause_middle(paragraph):
    assert _year(paragraph) == (None, None)
