"""Shapes of a web page's head the reader must set aside, and the title and year below it: an
unknown label inside a 政府信息公开 list, a table row whose known label is not its first cell, a
标题 field carrying the whole title, a title with its 文号 in front, the last line of a two-line
title repeated, a one-cell row holding the page title, and the site's own chrome (a browser banner,
a close button, English and column words, an article line opened by the site's name). Every
sentence here is invented, for fictional offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.sources.structure import load_structure
from tests.received.shapes import codes_of as _codes_of
from tests.received.shapes import read_text as _read

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
TITLE = "青岚县2025年法治政府建设年度报告"
BODY = ("2025年，青岚县坚持依法行政，扎实推进各项工作，现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）完善制度。青岚县修订了议事规则。\n")




def test_an_unknown_bulleted_label_without_a_value_does_not_end_the_list():
    head = ("信息公开\n• 索引号：\n• 发文字号：\n• 信息种类：\n• 发文机关：\n• 成文日期：\n"
            f"{TITLE}\n发布时间：2026-02-10   浏览次数：   【字体：\n")
    found = _read(head + BODY)
    assert found.title == TITLE and found.year == 2025
    assert str(found.report.meta.published) == "2026-02-10"
    lines = {line for line, _ in _codes_of(head + BODY)}
    assert not lines & set(range(1, 9))


def test_an_unknown_label_with_a_value_inside_the_list_is_furniture_too():
    head = f"• 索引号：qlx/2026-00012\n• 载体类别：文件\n• 发布日期：2026-02-10\n{TITLE}\n"
    found = _read(head + BODY)
    assert found.title == TITLE and len(found.furniture) == 3


def test_an_addressee_below_the_list_is_still_the_addressee():
    found = _read(f"• 索引号：qlx/2026-00012\n• 发布日期：2026-02-10\n{TITLE}\n县委：\n{BODY}")
    assert found.title == TITLE and found.report.meta.addressee == "县委"


def test_a_table_row_whose_known_label_is_not_its_first_cell():
    head = ("| 索引号 | 11530000QL/20260126-00003 | 发布机构 | 青岚县人民政府 |\n"
            "| 信息目录 | 法治政府建设 | 发布日期 | 2026-01-26 |\n| 文号 | 浏览量 | 12 |\n")
    found = _read(head + BODY)
    assert found.title is None and found.year == 2025
    assert str(found.report.meta.published) == "2026-01-26"
    assert len(found.furniture) == 3


def test_a_title_field_with_the_whole_title_inside_the_list():
    title = "[岚政发〔2026〕3号]青岚县人民政府关于2025年法治政府建设情况的报告"
    head = (f"- 索引号： qlx/2026-00031\n- 发文机关： 青岚县人民政府办公室\n- 成文日期：\n"
            f"- 发布时间： 2026-02-20\n- 标题： {title}\n{title}\n市委：\n")
    found = _read(head + BODY)
    assert found.title == "青岚县人民政府关于2025年法治政府建设情况的报告"
    assert found.year == 2025 and found.issuer == "青岚县人民政府" and found.issuer_type == "government"
    codes = _codes_of(head + BODY)
    assert not {code for line, code in codes if line <= 6}
    assert not {code for _, code in codes} & {"S003", "P012"}


@pytest.mark.parametrize("title", [
    "【岚政发〔2026〕3号】青岚县人民政府关于2025年法治政府建设情况的报告",
    "岚政发[2026]3号 青岚县人民政府关于2025年法治政府建设情况的报告",
])
def test_the_year_of_a_document_number_is_not_the_report_year(title):
    found = _read(f"{title}\n{BODY}")
    assert found.year == 2025 and found.year_source == "title"


def test_the_last_line_of_a_two_line_title_repeated_below_it():
    text = ("青岚县人民政府\n关于2025年度法治政府建设情况的报告\n关于2025年度法治政府建设情况的报告\n" + BODY)
    found = _read(text)
    assert found.title_lines == ("青岚县人民政府", "关于2025年度法治政府建设情况的报告")
    assert len(found.furniture) == 1 and found.furniture[0].line == 3
    assert not {code for line, code in _codes_of(text) if line in (3, 4)}


def test_the_page_title_as_a_one_cell_row_above_the_title_broken_over_two_lines():
    text = "| 岚溪新区2025年度法治政府建设情况报告 |\n岚溪新区2025年度法治政府建设\n情况报告\n" + BODY
    found = _read(text)
    assert found.title == "岚溪新区2025年度法治政府建设情况报告"
    assert found.issuer == "岚溪新区" and found.issuer_type == "government"


@pytest.mark.parametrize("chrome", [
    "建议升级浏览器版本到最新版本!\nX\n",
    "您的浏览器版本过低，请升级浏览器\n×\n",
    "政务\n\ngovernor\n",
    "English\n",
    "无障碍阅读 关怀版\n\n当前位置: 首页>信息公开 > 通知公告\n",
    "政府信息公开\n",
])
def test_site_chrome_above_the_title(chrome):
    text = f"{chrome}\n青岚县司法局关于2025年度法治政府建设情况的报告\n\n来源：  青岚县司法局 发布时间：  2026-02-12 09:41\n\n{BODY}"
    found = _read(text)
    assert found.title == "青岚县司法局关于2025年度法治政府建设情况的报告"
    assert found.issuer == "青岚县司法局" and found.issuer_type == "department"
    assert str(found.report.meta.published) == "2026-02-12"


def test_an_article_line_opened_by_the_site_s_name():
    text = ("青岚县人民政府   2026-02-05 15:38:00   来源：青岚县司法局\n\n"
            f"青岚县数据局关于2025年度法治政府建设情况的报告\n\n{BODY}")
    found = _read(text)
    assert found.title == "青岚县数据局关于2025年度法治政府建设情况的报告"
    assert str(found.report.meta.published) == "2026-02-05"
    assert not {code for line, code in _codes_of(text) if line == 1}
