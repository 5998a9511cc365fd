"""Shapes of a page's head the reader must set aside, seen on real pages (heldout11): a bar of links
to other sites and switches, a “date | source” line without labels, metadata whose labels run into
their values with no colon, the last item of a bulleted list that the list does not know by name,
a toolbar of bracketed buttons with spaces inside, and a read-aloud button under the title.
Every sentence here is invented, for fictional offices."""

from __future__ import annotations

from pathlib import Path

from lawreport.sources.structure import load_structure
from tests.received.shapes import codes_of as _codes_of
from tests.received.shapes import read_text as _read

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
BODY = ("2025年，我局坚持依法行政，扎实推进各项工作，现将有关情况报告如下：\n\n"
        "一、主要举措和成效\n\n（一）完善制度。局党组修订了议事规则。\n")




def test_a_site_bar_and_a_date_and_source_line_above_the_title():
    title = "市林业局2025年度法治政府建设情况报告"
    text = (f"今天是：\n\n青岚政府网|岚山省政府网|繁体|无障碍\n\n2026-01-22 09:30  |  岚山市林业局\n\n{title}\n\n\n"
            + BODY)
    found = _read(text)
    assert found.title == title and found.title_lines == (title,)
    assert found.issuer == "市林业局" and found.year == 2025
    assert found.report.meta.published is not None and found.report.meta.published.isoformat() == "2026-01-22"
    assert not {code for line, code in _codes_of(text) if code == "S003" or line <= 7}


def test_metadata_whose_labels_run_into_their_values():
    title = "青岚县水利局关于2025年法治政府建设情况的报告"
    text = ("当前位置：首页>政府信息公开>法治政府建设\n\n"
            "索引号001122334/2026-00318\n发文字号 著录时间2026-02-11\n发文机关青岚县水利局 主题词\n"
            f"标题{title}\n主题分类其它 发布日期2026-02-11\n\n{title}\n\n" + BODY)
    found = _read(text)
    assert found.title == title and found.issuer == "青岚县水利局"
    assert found.page_meta["发布日期"] == "2026-02-11" and found.page_meta["发布机构"] == "青岚县水利局"
    assert "文号" not in found.page_meta
    assert found.report.meta.published is not None and found.report.meta.published.isoformat() == "2026-02-11"
    assert not {code for line, code in _codes_of(text) if line <= 9}


def test_the_metadata_date_wins_over_a_template_article_line_below_the_title():
    title = "青岚县水利局关于2025年法治政府建设情况的报告"
    text = (f"发文机关青岚县水利局 主题词\n标题{title}\n主题分类其它 发布日期2026-02-11\n\n{title}\n\n"
            " 时间：2016-05-09       大    中    小      来源：岚山日报\n\n" + BODY)
    found = _read(text)
    assert found.report.meta.published is not None and found.report.meta.published.isoformat() == "2026-02-11"


def test_a_bulleted_label_the_list_does_not_know_after_a_value():
    title = "青岚县林草局2025年度法治政府建设年度报告"
    text = ("登录 | 注册\n  • 索引号\n    qlxlcj/2026-00007\n  • 发布机构\n    青岚县林业和草原局\n  • 文号\n"
            f"  • 发布日期\n    2026-03-02\n  • 适用期\n    长期\n\n{title}\n\n" + BODY)
    found = _read(text)
    assert found.title == title and found.issuer == "青岚县林草局"
    assert not {code for line, code in _codes_of(text) if line <= 12}


def test_a_toolbar_of_bracketed_buttons_with_spaces_inside():
    title = "青岚县人民政府关于2025年度法治政府建设情况的报告"
    text = f"{title}\n\n来源： 发布日期：2026-03-10 09:00\n【 打印 】 【 关闭 】\n【 字体：  】\n\n" + BODY
    found = _read(text)
    assert found.title == title
    assert not {code for line, code in _codes_of(text) if line <= 6}


def test_a_read_aloud_button_under_the_title():
    title = "岚溪镇2025年法治政府建设工作情况"
    found = _read(f"当前位置 首页 > 岚溪动态 > 通知公告\n\n{title}\n\n朗读\n\n" + BODY)
    assert found.title == title and found.title_lines == (title,)


def test_an_article_line_dated_before_the_report_year_is_no_publication():
    title = "青岚县水利局关于2025年法治政府建设情况的报告"
    found = _read(f"{title}\n\n 时间：2016-05-09       大    中    小      来源：岚山日报\n\n" + BODY)
    assert found.title == title and found.year == 2025
    assert found.report.meta.published is None


def test_a_source_and_date_line_the_other_way_round_under_a_bar_of_portals():
    title = "青岚县水利局2025年度法治政府建设情况报告"
    text = f"岚山省人民政府门户网站｜青岚县人民政府网｜简体｜繁体\n青岚县水利局 | 2026-02-03\n{title}\n" + BODY
    found = _read(text)
    assert found.title == title and found.issuer == "青岚县水利局"
    assert found.report.meta.published is not None and found.report.meta.published.isoformat() == "2026-02-03"
