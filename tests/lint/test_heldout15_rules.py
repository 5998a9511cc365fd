"""The rule gaps heldout15 found: a year range with a doubled hyphen (“2021--2025年”), reported by no rule, and
the report year not read from the clause before “现报告如下” (“总结2025年度……情况，现报告如下。”: a full-width
comma between the year and the closing; a copy's half-width one was read). The reports are of the fictional
青岚县文化旅游局."""

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


# No title and no year in the part titles: the year is the closing's alone.
UNTITLED = ("一、推进法治政府建设的主要举措和成效\n局党组学法4次。\n"
            "二、存在的不足和原因\n执法人员培训不够。\n")


def test_the_year_summed_up_before_a_closing_ending_in_a_full_stop_is_the_report_year():
    text = f"按照督察工作规定要求，县文化旅游局认真总结2024年度法治政府建设情况，现报告如下。\n{UNTITLED}"
    assert not any(code == "S000" for _, code in codes_of(text))


def test_the_same_closing_ending_in_a_colon_gives_the_year_too():
    text = f"按照督察工作规定要求，县文化旅游局认真总结2024年度法治政府建设情况，现报告如下：\n{UNTITLED}"
    assert not any(code == "S000" for _, code in codes_of(text))
