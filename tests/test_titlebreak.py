"""GB/T 9704 7.3.1: titles break between words, never inside the issuer's name, in even lines."""

from __future__ import annotations

import itertools

import pytest

from lawreport.cjk import em_width
from lawreport.render.titlebreak import TITLE_EMS_PER_LINE, title_lines


@pytest.mark.parametrize(("title", "issuer", "lines"), [
    ("呼兰区教育局2023年法治政府建设年度报告", "呼兰区教育局", ("呼兰区教育局2023年法治政府建设年度报告",)),
    ("青岭省云泽市白沙河区人民政府办公室2023年法治政府建设年度报告", "青岭省云泽市白沙河区人民政府办公室",
     ("青岭省云泽市白沙河区人民政府办公室", "2023年法治政府建设年度报告")),
    ("青岭省云泽市白沙河区卫生健康委员会关于2023年度法治政府建设情况的报告", "青岭省云泽市白沙河区卫生健康委员会",
     ("青岭省云泽市白沙河区卫生健康委员会", "关于2023年度法治政府建设情况的报告")),
    # a name longer than a line is cut between its administrative units, in three lines
    ("内蒙古自治区锡林郭勒盟苏尼特右旗人民政府办公室关于2023年度法治政府建设工作情况的报告",
     "内蒙古自治区锡林郭勒盟苏尼特右旗人民政府办公室",
     ("内蒙古自治区锡林郭勒盟", "苏尼特右旗人民政府办公室关于2023年度", "法治政府建设工作情况的报告")),
    ("示例县人民政府办公室关于2023年度法治政府建设情况的报告", "示例县人民政府办公室",
     ("示例县人民政府办公室关于2023年度", "法治政府建设情况的报告")),
    # a name longer than a line is cut after its 办公室 (before: 中共示例县委教育工作领导小组办公室示例县 /
    # 教育局关于2023年度 / …, a first line twice as long as the second)
    ("中共示例县委教育工作领导小组办公室示例县教育局关于2023年度法治政府建设工作情况的报告",
     "中共示例县委教育工作领导小组办公室示例县教育局",
     ("中共示例县委教育工作领导小组办公室", "示例县教育局关于2023年度", "法治政府建设工作情况的报告")),
])
def test_title_lines(title: str, issuer: str, lines: tuple[str, ...]) -> None:
    assert title_lines(title, issuer) == lines


def test_the_issuer_is_never_split_when_it_fits_a_line() -> None:
    issuer = "青岭省云泽市白沙河区人民政府办公室"
    for tail in ("2023年法治政府建设年度报告", "关于2023年度法治政府建设情况的报告", "2023年度法治政府建设工作报告"):
        lines = title_lines(issuer + tail, issuer)
        assert issuer in lines[0] and all(em_width(line) <= TITLE_EMS_PER_LINE for line in lines), lines
        assert "".join(lines) == issuer + tail


def test_without_the_issuer_office_words_still_break_the_title() -> None:
    assert title_lines("示例县人民政府办公室关于2023年度法治政府建设情况的报告") == (
        "示例县人民政府办公室关于2023年度", "法治政府建设情况的报告")


def test_a_hand_broken_title_is_kept() -> None:
    assert title_lines("示例县教育局\n2023年法治政府建设年度报告", "示例县教育局") == ("示例县教育局", "2023年法治政府建设年度报告")


LONG = "示例县教育局关于全县中小学校幼儿园和校外培训机构依法治校示范创建及2024年度法治政府建设工作情况的报告"


def test_a_title_too_long_for_the_office_cuts_is_cut_before_a_conjunction() -> None:
    """Left whole, the word processor cut it inside 校外|培训 and 法治|政府建设 (seen in the PDF)."""
    assert title_lines(LONG, "示例县教育局") == (
        "示例县教育局关于全县中小学校幼儿园", "和校外培训机构依法治校示范创建", "及2024年度法治政府建设工作情况的报告")


@pytest.mark.parametrize("title", [
    "示例县教育局关于依法治校以及校外培训机构和幼儿园规范管理暨2024年度法治政府建设情况的报告",
    "示例县教育局关于学校参与法治宣传教育和依法治校示范创建及2024年度法治政府建设情况的报告",
])
def test_the_fallback_cuts_keep_words_whole(title: str) -> None:
    """以及 and 参与 are words, not a conjunction to cut before (an even cut would fall there)."""
    lines = title_lines(title, "示例县教育局")
    assert "".join(lines) == title and len(lines) <= 3, lines
    assert all(em_width(line) <= TITLE_EMS_PER_LINE for line in lines), lines
    ends = [line[-1] + following[0] for line, following in itertools.pairwise(lines)]
    assert not {"以及", "参与"} & set(ends) and not any(line.startswith(("及时", "与会")) for line in lines), lines


def test_an_issuer_too_long_for_a_phone_line_may_wrap_between_its_units() -> None:
    """The DOCX keeps 青岭省云泽市白沙河区人民政府办公室 on one line; a phone needs places inside it."""
    from lawreport.render.titlebreak import title_words

    issuer = "青岭省云泽市白沙河区人民政府办公室"
    assert title_words(issuer + "2023年", issuer) == ("青岭省", "云泽市", "白沙河区人民政府", "办公室", "2023年")
    assert title_words("示例县人力资源和社会保障局2023年", "示例县人力资源和社会保障局") == (
        "示例县", "人力资源和社会保障局", "2023年")
    assert title_words("示例县教育局2023年", "示例县教育局") == ("示例县教育局", "2023年")  # fits any phone: whole
