"""Under one part title over two parts (“三、存在的问题和下一步打算”), the reader marks which text is
which part's (Part.names, Part.shares), from what the text itself says: a sub-heading or a label
that only names a part, or a paragraph that opens as plans do. Where the text does not tell, or
tells two things, it marks nothing (diff then says it could not divide them).

The reports are invented, for the fictional 云栖县青苔镇.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.importing.partshares import names_only, opens_plans
from lawreport.model import Share
from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
HEAD = """云栖县青苔镇2024年法治政府建设年度报告
云栖县人民政府：
2024年，青苔镇以规范执法为重点推进依法治镇，现将有关情况报告如下：
一、2024年度推进法治政府建设的主要举措和成效
全镇执法人员参加业务培训两次，办理行政处罚案件九件。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记主持专题会议三次。
"""
TAIL = "青苔镇人民政府\n2025年1月15日\n"


def _combined(body: str, title: str = "三、存在的问题和下一步打算"):
    """The part of a report whose last part, titled ``title``, holds ``body``."""
    report = read_received_text(f"{HEAD}{title}\n{body}{TAIL}", Path("青苔镇.txt"), STRUCTURE).report
    return report.parts[-1]


def test_sub_headings_that_only_name_each_part_divide_it():
    part = _combined("（一）存在的问题\n执法文书制作不够规范。\n（二）下一步打算\n1.开展案卷评查\n每季度评查一次执法案卷。\n")
    assert part.key == "shortcomings" and part.names == ("shortcomings", "plans")
    assert part.shares == (Share("shortcomings", (0,), -1, "存在的问题"), Share("plans", (1,), -1, "下一步打算"))
    assert part.share_of((0,), 0) == "shortcomings"
    assert part.share_of((1, 0), 0) == "plans"


def test_a_sub_heading_between_that_names_no_part_stays_with_the_part_before():
    """“（二）原因分析” names no part by itself: it is the shortcomings' text, up to “（三）下一步工作打算”."""
    part = _combined("（一）存在的问题\n执法文书制作不够规范。\n（二）原因分析\n业务培训次数偏少。\n"
                     "（三）下一步工作打算\n每季度评查一次执法案卷。\n")
    assert [(s.key, s.section) for s in part.shares] == [("shortcomings", (0,)), ("plans", (2,))]
    assert part.share_of((1,), 0) == "shortcomings"


def test_a_label_paragraph_divides_it():
    part = _combined("主要存在以下问题：\n执法文书制作不够规范。\n下步打算：\n每季度评查一次执法案卷。\n")
    assert [(s.key, s.block, s.title) for s in part.shares] == [
        ("shortcomings", 0, "主要存在以下问题："), ("plans", 2, "下步打算：")]


@pytest.mark.parametrize(("first", "second"), [("存在的问题：", "下一步工作打算："), ("存在问题", "下一步工作打算")])
def test_a_label_that_is_exactly_a_part_s_name_stays_in_the_combined_part(first, second):
    """Elsewhere a line that is only a part's name is that part's title; under a title naming that
    part and another it labels that part's text, and no part of its own begins there."""
    text = (f"{HEAD}三、存在的问题和下一步打算\n{first}\n执法文书制作不够规范。\n{second}\n每季度评查一次执法案卷。\n"
            f"{TAIL}")
    report = read_received_text(text, Path("青苔镇.txt"), STRUCTURE).report
    assert [part.key for part in report.parts] == ["measures", "leadership", "shortcomings"]
    assert [(s.key, s.block, s.title) for s in report.parts[-1].shares] == [
        ("shortcomings", 0, first), ("plans", 2, second)]


def test_numbered_problems_then_a_label_over_numbered_plans():
    part = _combined("1.执法力量不足。\n2.普法形式单一。\n下一步工作打算：\n1.每季度评查一次执法案卷。\n"
                     "2.开展以案释法活动。\n")
    assert [s.key for s in part.shares] == ["shortcomings", "plans"]
    assert part.shares[1].title == "下一步工作打算："


@pytest.mark.parametrize("opening", ["下一步，我镇将每季度评查一次执法案卷。", "今后，我镇将每季度评查一次执法案卷。",
                                     "2025年，我镇将每季度评查一次执法案卷。", "针对上述问题，我镇将每季度评查一次执法案卷。",
                                     "为此，下一步我镇将每季度评查一次执法案卷。", "下阶段，我镇将每季度评查一次执法案卷。"])
def test_a_paragraph_opening_as_plans_do_begins_the_plans(opening):
    part = _combined(f"一是执法文书制作不够规范。\n二是群众参与普法活动不够踊跃。\n{opening}\n")
    assert [(s.key, s.block, s.title) for s in part.shares] == [("shortcomings", 0, ""), ("plans", 2, "")]


def test_an_opening_ending_in_a_colon_is_the_plans_title_not_a_plan():
    part = _combined("执法文书制作不够规范。\n下一步，我镇将抓好以下工作：\n一是每季度评查一次执法案卷。\n")
    assert part.shares[1] == Share("plans", (), 1, "下一步，我镇将抓好以下工作：")


def test_plans_opening_inside_the_last_problem_item():
    part = _combined("（一）执法文书不够规范\n部分文书缺少法律依据。\n下一步，我镇将每季度评查一次执法案卷。\n")
    assert part.shares[1] == Share("plans", (0,), 1, "")


def test_the_sub_headings_of_a_shortcomings_and_measures_title_divide_it_too():
    text = (HEAD.replace("一、2024年度推进法治政府建设的主要举措和成效\n全镇执法人员参加业务培训两次，办理行政处罚案件九件。\n",
                         "一、2024年工作开展情况及存在的问题\n（一）规范执法\n全镇执法人员参加业务培训两次。\n"
                         "（二）存在的问题\n执法文书制作不够规范。\n")
            + "三、2025年工作安排\n每季度评查一次执法案卷。\n" + TAIL)
    part = read_received_text(text, Path("青苔镇.txt"), STRUCTURE).report.parts[0]
    assert part.names == ("measures", "shortcomings")
    assert [(s.key, s.section, s.block) for s in part.shares] == [("measures", (), 0), ("shortcomings", (1,), -1)]


@pytest.mark.parametrize("body", [
    # the plans in the same paragraph as the problems: no block of their own
    "执法文书制作不够规范。下一步将每季度评查一次执法案卷。\n",
    # nothing names the plans, nothing opens as plans do
    "执法文书制作不够规范。\n每季度评查一次执法案卷。\n",
    # a problem and its remedy item by item: “下一步” inside the first item, another item after it
    "（一）执法文书不够规范\n部分文书缺少法律依据。\n下一步，将每季度评查一次执法案卷。\n"
    "（二）普法形式单一\n宣传仍以发放资料为主。\n",
    # the problems named again after the plans began
    "（一）存在的问题\n执法文书不够规范。\n（二）下一步打算\n每季度评查一次执法案卷。\n（三）存在的困难\n执法经费不足。\n",
    # a plans heading with nothing under it
    "（一）存在的问题\n执法文书不够规范。\n（二）下一步打算\n",
])
def test_text_that_does_not_tell_the_parts_apart_is_left_undivided(body):
    part = _combined(body)
    assert part.names == ("shortcomings", "plans") and part.shares == ()
    assert part.share_of((), 0) == "shortcomings"


def test_a_part_under_its_own_title_is_not_marked():
    part = _combined("每季度评查一次执法案卷。\n", title="三、2025年度推进法治政府建设的主要安排")
    assert part.key == "plans" and part.names == () and part.shares == ()


@pytest.mark.parametrize(("text", "key", "expected"), [
    ("下一步打算", "plans", True), ("（二）下一步工作打算：", "plans", True), ("2025年工作安排", "plans", True),
    ("下步工作措施", "plans", True), ("存在的问题及原因", "shortcomings", True), ("主要存在以下几个方面的不足：", "shortcomings", True),
    ("下一步努力方向", "plans", True), ("工作中存在的不足", "shortcomings", True),
    # a problem or a plan that happens to use a part's word names no part
    ("年度普法计划落实不够到位", "plans", False), ("执法力量存在短板", "shortcomings", False),
    ("开展执法案卷评查", "plans", False),
])
def test_names_only(text, key, expected):
    assert names_only(text, STRUCTURE.spec(key)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("下一步，我镇将……", True), ("2025年，我镇将……", True), ("2025年是收官之年……", True),
    ("2025年1月，镇里召开了……", False), ("2024年，我镇仍存在……", False), ("群众下一步还需……", False),
])
def test_opens_plans(text, expected):
    assert opens_plans(text, 2024) is expected
