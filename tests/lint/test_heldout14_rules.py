"""The rule gap heldout14 found: S001 on a part title that lists the first part's two names with a 顿号
(“主要举措、成效和不足”) before the shortcomings. The reports are of the fictional 青岚县交通运输局."""

from __future__ import annotations

from tests.received.shapes import codes_of

HEAD = ("青岚县交通运输局2023年度法治政府建设报告\n"
        "2023年，县交通运输局坚持依法行政，推动法治政府建设取得新进展。现将有关情况报告如下：\n")
REST = ("（一）组织领导不断加强。局党组学法4次。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持专题会议3次。\n"
        "三、2024年度推进法治政府建设的主要安排\n继续开展执法案卷评查。\n"
        "青岚县交通运输局\n2024年2月20日\n")


def test_a_part_title_naming_measures_results_and_shortcomings_is_combined():
    text = f"{HEAD}一、2023年推进法治政府建设主要举措、成效和不足\n{REST}"
    assert (3, "S001") in codes_of(text)


def test_a_part_title_naming_only_the_measures_and_results_is_not_combined():
    text = f"{HEAD}一、2023年推进法治政府建设主要举措、成效\n{REST}"
    assert (3, "S001") not in codes_of(text)
