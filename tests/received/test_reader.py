"""The received-report reader: furniture set aside, title found, year from the right place."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.received import read_received, read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")

WEB_COPY = """青山县人民政府 2019年12月3日星期二
无障碍 简体 | 繁体
首页 > 政务公开 > 法治政府建设
索引号：11520000MB1234567X/2022-0002
发布机构：青山县司法局
成文日期：2022年3月10日
文号：青司发〔2022〕5号
青山县2021年度法治政府建设情况报告
发布时间：2022-03-15 09:18 来源：青山县司法局 浏览次数：128
【字体：大 中 小】
青山县2021年度法治政府建设情况报告
2021年，青山县全面推进依法行政。现将有关情况报告如下：
一、2021年度推进法治政府建设的主要举措和成效
县政府常务会议研究法治工作4次。
二、2021年度推进法治政府建设存在的不足和原因
执法队伍专业化程度不高。
三、2021年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况
县长带头学法6次。
四、2022年度推进法治政府建设的主要安排
全面推行执法公示制度。
青山县人民政府
2022年3月10日
扫码使用手机浏览本页内容
"""


def test_web_copy_furniture_is_set_aside_and_kept_as_page_metadata():
    found = read_received_text(WEB_COPY, PATH, STRUCTURE)
    assert found.title == "青山县2021年度法治政府建设情况报告"
    assert (found.year, found.year_source) == (2021, "title")
    assert [span.line for span in found.furniture] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 23]
    assert found.page_meta == {"索引号": "11520000MB1234567X/2022-0002", "发布机构": "青山县司法局",
                               "成文日期": "2022年3月10日", "文号": "青司发〔2022〕5号",
                               "发布日期": "2022-03-15 09:18"}
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert (found.signature, found.date, found.issuer_type) == ("青山县人民政府", "2022年3月10日", "government")
    assert found.layout == "statutory"
    assert found.report.meta.spans["title"].line == 11


@pytest.mark.parametrize(("text", "year", "source"), [
    ("2023年，白河镇扎实推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n正文。", 2023, "preamble"),
    ("白河镇法治政府建设情况报告\n白河镇扎实推进法治政府建设。\n一、2022年度推进法治政府建设的主要举措和成效\n正文。",
     2022, "part-title"),
    ("白河镇扎实推进法治政府建设。\n一、工作开展情况\n正文。\n四、2025年度推进法治政府建设的主要安排\n正文。",
     2024, "part-title"),
    ("白河镇法治政府建设情况报告\n白河镇扎实推进法治政府建设。\n一、工作开展情况\n正文。\n白河镇人民政府\n2024年2月1日",
     2023, "metadata"),
    ("今天是：2019年12月3日 星期二\n索引号：123456789A/2022-0002\n白河镇法治政府建设情况报告\n白河镇扎实推进法治政府建设。\n"
     "一、工作开展情况\n正文。", None, None),
    ("白河镇法治政府建设情况报告\n发布时间：2024-02-03 10:00\n白河镇扎实推进法治政府建设。\n一、工作开展情况\n正文。",
     2023, "metadata"),
])
def test_year_sources_in_order_never_from_furniture(text, year, source):
    found = read_received_text(text, PATH, STRUCTURE)
    assert (found.year, found.year_source) == (year, source)


def test_given_year_wins():
    found = read_received_text("白河镇2022年法治政府建设情况报告\n正文。", PATH, STRUCTURE, 2023)
    assert (found.year, found.year_source, found.report.year) == (2023, "given", 2023)


def test_two_line_title_after_furniture_and_repeated_title():
    text = ("当前位置：首页 > 信息公开\n赵家县人民政府\n2022年度法治政府建设情况报告\n来源：县司法局 发布时间：2023-02-01\n"
            "赵家县人民政府\n2022年度法治政府建设情况报告\n2022年，县政府依法行政。\n一、主要举措和成效\n正文。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.title_lines == ("赵家县人民政府", "2022年度法治政府建设情况报告")
    assert found.report.meta.spans["title"].line == 5
    assert [span.line for span in found.furniture] == [1, 2, 3, 4]


def test_excerpt_and_thematic_layouts():
    excerpt = read_received_text("2023年，全镇依法行政。\n一、主要举措和成效\n正文。", PATH, STRUCTURE)
    assert excerpt.layout == "excerpt" and excerpt.title is None
    thematic = read_received_text(
        "白河镇2023年法治政府建设情况报告\n一、坚持党的领导，凝聚法治共识\n正文。\n二、深化执法改革，规范执法行为\n正文。\n"
        "三、存在的问题\n正文。\n四、下一步工作打算\n正文。", PATH, STRUCTURE)
    assert thematic.layout == "thematic"


def test_file_of_furniture_only_is_an_error(tmp_path):
    from lawreport.errors import SourceError

    path = tmp_path / "page.txt"
    path.write_text("首页 > 政务公开\n【字体：大 中 小】\n", encoding="utf-8")
    with pytest.raises(SourceError):
        read_received(path, STRUCTURE)


@pytest.mark.parametrize("line", [
    "今天是：2019年10月31日 星期三 农历十月初七", "您所在的位置：政务公开 > 工作报告", "首页 >> 政府信息公开 >> 法定主动公开内容",
    "无障碍阅读 关怀版 返回首页", "字体：【大 中 小】", "打印整页 打印内容 分享", "……（开头部分已省略650字）",
    "河湾网 3月29日电 据河湾市司法局消息，该局发布年度报告。具体内容如下：",
])
def test_furniture_lines_above_the_title(line):
    found = read_received_text(f"{line}\n白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n正文。",
                               PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1]
    assert found.title == "白河镇2023年法治政府建设年度报告"


@pytest.mark.parametrize("line", ["来源：县司法局 发布时间：2024-03-28 09:18", "首页 > 政务公开"])
def test_furniture_is_looked_for_only_around_the_report(line):
    text = f"白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n{line}\n正文。"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.furniture == ()


def test_overlong_head_lines_are_text_not_furniture():
    text = "索引号：" + "1" * 100_000 + "\n" + "首页 > " * 10_000 + "\n白河镇2023年法治政府建设年度报告\n正文。"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.furniture == () and found.title is None


def test_page_publication_date_is_the_published_date_unless_reposted():
    page = "白河镇2023年法治政府建设年度报告\n发布时间：2024-04-08 09:00 来源：白河镇\n2023年，白河镇依法行政。\n一、主要举措和成效\n正文。"
    found = read_received_text(page, PATH, STRUCTURE)
    assert str(found.report.meta.published) == "2024-04-08"
    assert found.report.meta.spans["published"].line == 2
    repost = page.replace("2023年，白河镇依法行政。", "河湾网 4月8日电 据白河镇消息，全文如下：\n2023年，白河镇依法行政。")
    assert read_received_text(repost, PATH, STRUCTURE).report.meta.published is None


def test_import_puts_the_themes_of_a_thematic_report_into_measures(tmp_path):
    from lawreport.importing import write_sources
    from lawreport.received import read_dated as import_received

    path = tmp_path / "thematic.txt"
    path.write_text("白河镇2023年法治政府建设情况报告\n一、坚持党的领导，凝聚法治共识\n正文一。\n二、深化执法改革，规范执法行为\n"
                    "正文二。\n三、存在的问题\n正文三。\n四、下一步工作打算\n正文四。\n白河镇人民政府\n2024年2月1日\n", encoding="utf-8")
    imported = import_received(path, STRUCTURE)
    notes = write_sources(imported.report, tmp_path / "out")
    measures = (tmp_path / "out" / "measures.md").read_text(encoding="utf-8")
    assert "坚持党的领导，凝聚法治共识" in measures and "深化执法改革，规范执法行为" in measures
    assert "坚持党的领导" not in (tmp_path / "out" / "shortcomings.md").read_text(encoding="utf-8")
    assert any("主题“坚持党的领导，凝聚法治共识”已作为二级标题导入 measures.md" in note for note in notes)


def test_import_refuses_a_report_without_a_year(tmp_path):
    from lawreport.errors import SourceError
    from lawreport.received import read_dated as import_received

    path = tmp_path / "noyear.txt"
    path.write_text("白河镇法治政府建设情况报告\n一、主要举措和成效\n正文。\n", encoding="utf-8")
    with pytest.raises(SourceError, match="无法识别报告年度"):
        import_received(path, STRUCTURE)
    assert import_received(path, STRUCTURE, 2023).report.year == 2023


@pytest.mark.parametrize(("title", "issuer", "kind"), [
    ("2023年青山县法治政府建设情况报告", "青山县", "government"),  # the year first, the office after it
    ("2023年度青山县司法局法治政府建设工作报告", "青山县司法局", "department"),
    ("【2023年】青山县司法局2023年度法治政府建设报告", "青山县司法局", "department"),  # a site's tag before the title
    ("2023年1-12月青山县法治政府建设情况报告", "青山县", "government"),  # a time of the year is not the office's
    ("2023年上半年青山县司法局法治政府建设情况报告", "青山县司法局", "department"),
    ("2023年—2024年青山县法治政府建设情况报告", "青山县", "government"),  # nor a second year
    ("2023年度关于青山县法治政府建设情况的报告", "青山县", "government"),
])
def test_the_office_is_found_wherever_the_title_names_it(title, issuer, kind):
    found = read_received_text(f"{title}\n2023年，我局坚持依法行政。\n一、主要举措和成效\n正文。", PATH, STRUCTURE)
    assert (found.issuer, found.issuer_type) == (issuer, kind)


@pytest.mark.parametrize("title", ["2023年法治政府建设年度报告", "2023年全县法治政府建设情况报告", "2023年度推进法治政府建设情况报告"])
def test_words_after_the_year_that_name_no_office_are_not_an_issuer(title):
    found = read_received_text(f"{title}\n2023年，我局坚持依法行政。\n一、主要举措和成效\n正文。", PATH, STRUCTURE)
    assert found.issuer is None


def test_a_page_title_that_is_only_the_office_s_name_gives_the_issuer():
    text = ("青山县人力资源和社会保障局\n时间：2024-03-22 16:48 来源：青山县人民政府门户网站 浏览次数：\n"
            "现将青山县人力社保局2023年法治政府建设情况报告如下。\n一、2023年度推进法治政府建设的主要举措和成效\n正文。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.issuer == "青山县人力资源和社会保障局" and found.issuer_type == "department"


def test_an_empty_table_row_below_the_title_is_furniture():
    text = "青山县2023年度法治政府建设情况报告\n2024-03-30 15:59\n| | | |\n2023年，全县坚持依法行政。\n一、主要举措和成效\n正文。"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.title == "青山县2023年度法治政府建设情况报告"
    assert [span.line for span in found.furniture] == [2, 3]


@pytest.mark.parametrize(("site", "voice"), [("青山县人民政府", "我局"), ("青山县司法局", "我县")])
def test_a_site_s_name_over_a_report_in_another_voice_is_not_its_issuer(site, voice):
    """A county's site name above a department's report (我局), or the 司法局's above the county's (我县),
    is no issuer: it would give the wrong type and deadline (3月1日 / 4月1日). The type is the voice's."""
    text = f"{site}\n首页 > 政务公开 > 法治政府建设\n2023年，{voice}坚持依法行政。\n一、主要举措和成效\n正文。"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.issuer is None and found.issuer_type == ("department" if voice == "我局" else "government")
    same = read_received_text(text.replace(voice, "本局" if voice == "我县" else "我县"), PATH, STRUCTURE)
    assert same.issuer == site
