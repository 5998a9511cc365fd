"""Who issued a received report, in shapes the title or the opening gives it: the year after
报告 in brackets, a joint title with its two offices run together, an organ named without its
place (which names no one), the office named after “一年来，”, and the kind told by the
opening's later sentences or by a bare “局党组”. Every sentence here is invented, for fictional
offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
PARTS = "一、主要举措和成效\n（一）完善制度。修订了议事规则。\n"


def _read(text: str):
    return read_received_text(text, PATH, STRUCTURE)


@pytest.mark.parametrize(("title", "issuer", "kind"), [
    ("岚溪镇法治政府建设年度报告（2025年度）", "岚溪镇", "government"),
    ("青岚县司法局法治政府建设工作报告(2025年)", "青岚县司法局", "department"),
    ("关于岚溪镇法治政府建设情况的报告（2025年度）", "岚溪镇", "government"),
])
def test_a_title_whose_year_follows_the_report(title, issuer, kind):
    found = _read(f"{title}\n2025年，各项工作扎实推进。\n{PARTS}")
    assert found.issuer == issuer and found.issuer_type == kind and found.year == 2025


@pytest.mark.parametrize(("title", "issuer"), [
    ("中共青岚县委青岚县人民政府关于2025年度法治政府建设工作情况的报告", "中共青岚县委、青岚县人民政府"),
    ("中共岚溪镇委员会岚溪镇人民政府关于2025年度法治政府建设情况的报告", "中共岚溪镇委员会、岚溪镇人民政府"),
    ("中共岚山市委教育工作委员会岚山市教育局2025年法治政府建设情况报告", "中共岚山市委教育工作委员会、岚山市教育局"),
    ("中共青岚县委政法委员会2025年法治政府建设情况报告", "中共青岚县委政法委员会"),
    ("中共青岚县委全面依法治县委员会办公室2025年法治政府建设情况报告", "中共青岚县委全面依法治县委员会办公室"),
])
def test_a_joint_title_with_its_offices_run_together(title, issuer):
    found = _read(f"{title}\n2025年，各项工作扎实推进。\n{PARTS}")
    assert found.issuer == issuer


@pytest.mark.parametrize("organ", ["教育局", "司法局", "人力资源和社会保障局"])
def test_an_organ_without_its_place_names_no_one(organ):
    found = _read(f"县委、县政府：\n2025年以来，{organ}坚持依法行政，扎实推进各项工作。\n{PARTS}")
    assert found.issuer is None and found.issuer_type == "department"


def test_a_ministry_in_the_opening_is_still_named():
    found = _read(f"2025年，示范部坚持依法行政，扎实推进各项工作。\n{PARTS}")
    assert found.issuer == "示范部"


def test_the_office_named_after_a_year_gone_by():
    found = _read(f"一年来，岚溪乡在县委、县政府的正确领导下，扎实推进法治政府建设。\n{PARTS}")
    assert found.issuer == "岚溪乡" and found.issuer_type == "government"


def test_a_place_speaking_of_itself_in_a_later_sentence_of_the_opening():
    found = _read("2025年是承上启下之年。一年来，在区委的坚强领导下，我区坚持依法行政，扎实推进各项工作。\n"
                  + PARTS)
    assert found.issuer is None and found.issuer_type == "government"


def test_a_bare_bureau_party_group_tells_a_department():
    found = _read("按照工作要求，现将2025年法治政府建设情况报告如下。\n一、工作成效\n"
                  "（一）深入学习。一是局党组严格落实学习制度，二是组织集中学法。\n")
    assert found.issuer is None and found.issuer_type == "department"


def test_a_place_whose_name_opens_with_whole_is_still_a_name():
    found = _read(f"2025年全岚县司法局在县委、县政府的正确领导下，扎实推进法治政府建设。\n{PARTS}")
    assert found.issuer == "全岚县司法局" and found.issuer_type == "department"


def test_an_excerpt_cut_after_an_office_s_ending_has_no_signature():
    found = _read(f"2025年，在区委、区政府的坚强领导下，岚溪街道扎实推进法治政府建设。\n{PARTS}"
                  "（二）规范执法。岚溪街道开展了执法培训。\n街道\n")
    assert found.issuer == "岚溪街道" and found.signature is None


def test_a_title_without_a_year_names_the_office_before_about():
    found = _read(f"岚溪乡人民政府\n关于法治政府建设的情况报告\n2025年，岚溪乡扎实推进法治政府建设。\n{PARTS}")
    assert found.issuer == "岚溪乡人民政府" and found.issuer_type == "government"


def test_the_office_after_an_opening_sentence_that_frames_the_year():
    found = _read("2025年是承上启下的关键之年，也是岚溪街道转型发展的重要之年。岚溪街道始终坚持依法行政，扎实推进各项工作。\n"
                  + PARTS)
    assert found.issuer == "岚溪街道" and found.issuer_type == "government"


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2025年，青岚-岚溪经济技术开发区（以下简称“青岚-岚溪经开区”）深入推进依法行政。", "青岚-岚溪经济技术开发区"),
    ("2025年，青岚高新技术产业开发区（以下简称青岚高新区）坚持依法行政。", "青岚高新技术产业开发区"),
])
def test_a_zone_named_in_full_in_the_opening_with_its_short_name_after_it(opening, issuer):
    found = _read(f"{opening}现将有关情况报告如下：\n{PARTS}")
    assert found.issuer == issuer and found.issuer_type == "government"
