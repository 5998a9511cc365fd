"""The rule gaps heldout15 found: a year range with a doubled hyphen (“2021--2025年”), reported by no rule. The
reports are of the fictional 青岚县文化旅游局."""

from __future__ import annotations

from tests.received.shapes import codes_of

HEAD = "青岚县文化旅游局2024年度法治政府建设情况的报告\n"
REST = ("一、2024年推进法治政府建设的主要举措和成效\n局党组学法4次。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持专题会议3次。\n"
        "三、2025年度推进法治政府建设的主要安排\n继续开展执法案卷评查。\n"
        "青岚县文化旅游局\n2025年2月18日\n")


def test_a_year_range_with_a_doubled_hyphen_is_a_wrong_connector():
    text = f"{HEAD}2024年，我局贯彻《青岚县法治政府建设规划（2021--2025年）》，现将有关情况报告如下：\n{REST}"
    assert (2, "P007") in codes_of(text)


def test_a_dash_of_two_hyphens_between_characters_is_still_p006s():
    text = f"{HEAD}2024年，我局坚持依法行政--推进法治政府建设，现将有关情况报告如下：\n{REST}"
    assert (2, "P007") not in codes_of(text)
