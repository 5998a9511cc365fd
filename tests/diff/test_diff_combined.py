"""Reports that put the shortcomings and the next year's plans under one title (“三、存在的问题和下一步
打算”): last year's plans written there are followed up, and text copied into either side is flagged
as that side's, whether the reports are received .txt, .md or .docx files or workspace years.

Fixtures (tests/diff/fixtures/combined/, invented for fictional offices of 云栖县): 岚溪镇 divides the
title with （一）存在的问题 / （二）下一步打算; 石湾乡 with a paragraph “下一步，我乡将重点做好以下
工作：” and 一是、二是 paragraphs; 自然资源局 (Word files written here) with “2025年，我局将……：”
over （一）（二）（三） items.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from diffkit import FIXTURES

from lawreport.diff import compare
from lawreport.diff.received import read_received_report
from lawreport.diff.textout import render_text
from lawreport.sources.structure import load_structure

COMBINED = FIXTURES / "combined"
STRUCTURE = load_structure(None)
LANXI_PLANS = [("1.", "建设村级调解室", "followed"), ("2.", "开展执法文书评查", "followed"),
               ("3.", "编印村规民约汇编", "not_seen")]


def _data(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _plans(data: dict) -> list[tuple[str, str, str]]:
    return [(item["label"], item["title"], item["verdict"]) for item in data["followups"]]


def _diff(old: str, new: str):
    return compare(read_received_report(COMBINED / old, STRUCTURE), read_received_report(COMBINED / new, STRUCTURE))


def test_plans_under_a_title_with_sub_headings_are_followed_up(cli):
    data = _data(cli("diff", str(COMBINED / "lanxi-2024.txt"), str(COMBINED / "lanxi-2025.txt"), "--format", "json"))
    assert _plans(data) == LANXI_PLANS
    assert data["summary"]["plans"] == 3 and data["summary"]["plans_unfollowed"] == 1
    assert data["followups"][0]["match"]["path"] == ["夯实基层调解阵地"]
    assert [(c["side"], c["parts"], c["divided"], c["starts"]) for c in data["combined"]] == [
        ("old", ["shortcomings", "plans"], True, ["（一）存在的问题", "（二）下一步打算"]),
        ("new", ["shortcomings", "plans"], True, ["（一）存在的问题", "（二）下一步打算"])]


def test_copied_text_counts_as_the_part_of_its_side():
    diff = _diff("lanxi-2024.txt", "lanxi-2025.txt")
    copied = {passage.text: (passage.counts_as, passage.flagged) for passage in diff.copied}
    assert copied == {"一是村级法律顾问作用发挥不充分，部分村每月服务不足一次": ("shortcomings", True),
                      "组织各村修订村规民约，编印全镇村规民约汇编并发放到户": ("plans", True)}


def test_the_text_output_says_how_the_title_was_divided():
    text = render_text(_diff("lanxi-2024.txt", "lanxi-2025.txt"))
    assert ("［说明］2024 年的“三、存在的问题和下一步打算”把“存在的不足和原因”“主要安排”合写在一个标题下，"
            "已按其中的文字分开（安排落实和沿用上年原文按各自的部分检查，对比仍按原样显示）：自“（一）存在的问题”起为“存在的不足和原因”，自“（二）下一步打算”起为“主要安排”。") in text
    assert "未见落实  得分 0.03  3.编印村规民约汇编" in text


def test_plans_written_as_paragraphs_after_a_下一步_paragraph(cli):
    data = _data(cli("diff", str(COMBINED / "shiwan-2024.txt"), str(COMBINED / "shiwan-2025.txt"), "--format", "json"))
    # the paragraph “下一步，我乡将重点做好以下工作：” introduces the plans: it is no plan itself
    assert [(item["title"][:6], item["verdict"]) for item in data["followups"]] == [
        ("一是组织全乡", "followed"), ("二是在乡便民", "followed"), ("三是举办乡村", "not_seen")]
    assert data["combined"][0]["starts"] == ["", "下一步，我乡将重点做好以下工作："]
    assert "“下一步，我乡将重点做好以下工作：”之前为“存在的不足和原因”，从这里起为“主要安排”" in data["combined"][0]["note"]


def _markdown(text: str) -> str:
    """A received text report as a Markdown file: parts ``#``, their sub-headings ``##``, items ``###``."""
    lines = []
    for line in text.splitlines():
        if re.match(r"^[一二三四五六]、", line):
            line = "# " + line
        elif re.match(r"^（[一二三四五六]）", line):
            line = "## " + line
        elif re.match(r"^\d\.", line):
            line = "### " + line
        lines.append(line)
    return "\n\n".join(lines) + "\n"


def test_received_markdown_files(cli, tmp_path):
    for year in (2024, 2025):
        (tmp_path / f"{year}.md").write_text(_markdown((COMBINED / f"lanxi-{year}.txt").read_text("utf-8")), "utf-8")
    assert _plans(_data(cli("diff", "2024.md", "2025.md", "--format", "json", cwd=tmp_path))) == LANXI_PLANS


def test_workspace_years_imported_from_such_reports(cli, tmp_path):
    root = tmp_path / "岚溪镇"
    (root / "sections").mkdir(parents=True)
    for year in (2024, 2025):
        shutil.copy(COMBINED / f"lanxi-{year}.txt", tmp_path / f"{year}.txt")
        imported = cli("import", str(tmp_path / f"{year}.txt"), cwd=root)
        assert imported.exit_code == 0, imported.output
    assert "下一步打算" in (root / "sections" / "2024" / "shortcomings.md").read_text("utf-8")
    from_years = _data(cli("diff", "2024", "2025", "--format", "json", cwd=root))
    assert _plans(from_years) == LANXI_PLANS
    assert [c["divided"] for c in from_years["combined"]] == [True, True]
    assert [c["flagged"] for c in from_years["copied"] if c["counts_as"] in ("shortcomings", "plans")] == [True, True]


def _word(path: Path, lines: list[str]) -> None:
    """A department's report as Word writes it: one paragraph a line, numbers typed in the text."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for number, line in enumerate(lines):
        paragraph = document.add_paragraph(line)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif number >= len(lines) - 2:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(str(path))


UNIT = "云栖县自然资源局"


def _department(year: int, measures: list[str], problems: str, plans: list[str]) -> list[str]:
    return [f"{UNIT}{year}年法治政府建设年度报告", "云栖县人民政府：",
            f"{year}年，县自然资源局围绕耕地保护和不动产登记两项重点推进依法行政，现将有关情况报告如下：",
            f"一、{year}年度推进法治政府建设的主要举措和成效", *measures,
            f"二、{year}年度党政主要负责人履行推进法治建设第一责任人职责情况", "局党组书记主持党组会议专题研究法治工作三次。",
            f"三、存在的不足及{year + 1}年工作安排", problems, f"{year + 1}年，我局将重点抓好以下工作：", *plans,
            UNIT, f"{year + 1}年2月18日"]


@pytest.fixture
def department(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "2024.docx", tmp_path / "2025.docx"
    _word(old, _department(2024, [
        "（一）压实耕地保护执法", "对卫片监测发现的图斑逐一实地核查，立案查处违法占地案件二十三件。",
        "（二）优化不动产登记服务", "推行登记、交易、缴税“一窗受理”，一般登记办理时间压缩到三个工作日。"],
        "一是基层国土所执法力量薄弱，巡查发现问题不够及时；二是部分执法案卷证据材料不够完整。", [
        "（一）建立耕地保护网格巡查制度", "以村为单元划分巡查网格，每个网格明确一名巡查员，做到违法占地早发现、早制止。",
        "（二）开展执法案卷交叉评查", "每半年组织各国土所交叉评查执法案卷，评查结果在全局通报。",
        "（三）建设地质灾害监测预警平台", "在重点隐患点安装自动监测设备，实现监测数据实时汇聚和分级预警。"]))
    _word(new, _department(2025, [
        "（一）织密耕地保护巡查网格", "以村为单元划分巡查网格一百二十个，每个网格明确一名巡查员，全年早发现、早制止违法占地四十一起。",
        "（二）提升执法办案质量", "组织各国土所开展执法案卷交叉评查两次，评查案卷六十卷，结果在全局通报。"],
        "一是基层国土所执法力量薄弱，巡查发现问题不够及时；二是群众对不动产登记新规定的知晓率不高。", [
        "（一）建设地质灾害监测预警平台", "在重点隐患点安装自动监测设备，实现监测数据实时汇聚和分级预警。",
        "（二）开展不动产登记政策宣传", "利用登记大厅和乡镇便民服务中心宣传不动产登记新规定。"]))
    return old, new


def test_a_department_s_word_files(cli, department):
    data = _data(cli("diff", str(department[0]), str(department[1]), "--format", "json"))
    assert _plans(data) == [("（一）", "建立耕地保护网格巡查制度", "followed"), ("（二）", "开展执法案卷交叉评查", "followed"),
                            ("（三）", "建设地质灾害监测预警平台", "not_seen")]
    assert data["combined"][1]["starts"] == ["", "2026年，我局将重点抓好以下工作："]
    flagged = {(c["counts_as"], c["text"][:8]) for c in data["copied"] if c["flagged"]}
    assert flagged == {("shortcomings", "一是基层国土所执"), ("plans", "在重点隐患点安装")}


UNDIVIDED = """云栖县岚溪镇2024年法治政府建设年度报告
云栖县人民政府：
2024年，岚溪镇围绕基层依法治理推进各项工作，现将有关情况报告如下：
一、2024年度推进法治政府建设的主要举措和成效
全年召开党政联席会议二十次，集体研究重大事项十二项。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记主持召开法治建设专题会议四次。
三、存在的问题和下一步打算
村级法律顾问作用发挥不充分。我镇将在各村建成标准化人民调解室，并每季度组织执法案卷评查。
岚溪镇人民政府
2025年1月20日
"""


def test_plans_that_cannot_be_told_apart_are_not_guessed_but_said(cli, tmp_path):
    (tmp_path / "2024.txt").write_text(UNDIVIDED, "utf-8")
    shutil.copy(COMBINED / "lanxi-2025.txt", tmp_path / "2025.txt")
    data = _data(cli("diff", "2024.txt", "2025.txt", "--format", "json", cwd=tmp_path))
    assert data["followups"] == [] and data["combined"][0]["divided"] is False
    text = cli("diff", "2024.txt", "2025.txt", cwd=tmp_path).stdout
    assert "［注意］2024 年的“三、存在的问题和下一步打算”把“存在的不足和原因”“主要安排”合写在一个标题下，分不出哪些文字是“主要安排”" in text
    assert "所以没有分开：其中的安排没有检查落实情况。" in text
    page = cli("diff", "2024.txt", "2025.txt", "--format", "html", cwd=tmp_path).stdout
    assert "分不出哪些文字是安排，没有检查落实情况" in page and "没有“主要安排”部分" not in page


def test_two_versions_of_one_year_say_nothing_of_it(cli, tmp_path):
    data = _data(cli("diff", str(COMBINED / "lanxi-2024.txt"), str(COMBINED / "lanxi-2024.txt"), "--format", "json"))
    assert data["combined"] == [] and data["followups"] == []


def test_the_shown_diff_is_not_divided():
    """Both years' parts are compared as written: one part 三、 on each side, its sections in place."""
    diff = _diff("lanxi-2024.txt", "lanxi-2025.txt")
    part = next(p for p in diff.parts if p.key == "shortcomings")
    assert [p.key for p in diff.parts] == ["preamble", "measures", "leadership", "shortcomings"]
    assert [s.new.title if s.new else s.old.title for s in part.sections if s.level == 2] == ["存在的问题", "下一步打算"]


def test_an_undivided_title_matched_as_the_plans_is_not_followed_up_as_plans(cli, tmp_path):
    """“三、下一步工作打算及存在的问题” is matched to 主要安排; undivided, its problems would be
    followed up as plans (and come out 未见落实), so none of it is, and diff says why."""
    (tmp_path / "2024.txt").write_text(UNDIVIDED.replace("三、存在的问题和下一步打算", "三、下一步工作打算及存在的问题"),
                                       "utf-8")
    shutil.copy(COMBINED / "lanxi-2025.txt", tmp_path / "2025.txt")
    data = _data(cli("diff", "2024.txt", "2025.txt", "--format", "json", cwd=tmp_path))
    assert [(c["side"], c["key"], c["parts"], c["divided"]) for c in data["combined"]][0] == (
        "old", "plans", ["plans", "shortcomings"], False)
    assert data["followups"] == [] and "其中的安排没有检查落实情况" in data["combined"][0]["note"]


OPENING = ("岚溪镇地处云栖县东部山区，辖十二个行政村、八十六个村民小组，常住人口两万一千余人，"
           "镇综合行政执法队现有执法人员十四名。") * 6
"""A long opening paragraph, as real reports have: the PDF reader takes the body's left margin from
where most printed lines start, which in a report of one-line paragraphs would be their indent."""


def test_received_pdf_files(cli, tmp_path):
    """The PDF reader rebuilds paragraphs from the page layout; the plans under the title are found there too."""
    from tests.received.pdfs import official, save

    for year in (2024, 2025):
        lines = (COMBINED / f"lanxi-{year}.txt").read_text("utf-8").splitlines()
        save(tmp_path / f"{year}.pdf", official(lines[0], lines[1], [lines[2], OPENING, *lines[3:-2]], lines[-2:]))
    data = _data(cli("diff", "2024.pdf", "2025.pdf", "--format", "json", cwd=tmp_path))
    assert _plans(data) == LANXI_PLANS
    assert [c["divided"] for c in data["combined"]] == [True, True]
