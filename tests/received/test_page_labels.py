"""Page furniture the reader must set aside: a site's column name above the report, the article
line with bare labels (浏览：/日期：/点击：), and the 政府信息公开 labels listed as bullets without
values. The fixtures are in tests/received/fixtures; every sentence in them is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint
from lawreport.received import read_received, read_received_text
from lawreport.sources.structure import load_structure
from tests.received.shapes import codes_of as _codes_of

STRUCTURE = load_structure(None)
FIXTURES = Path(__file__).parent / "fixtures"
PATH = Path("收到.txt")


def _read(name: str):
    return read_received(FIXTURES / name, STRUCTURE)


def _codes(name: str) -> set[tuple[int, str]]:
    result = CliRunner().invoke(lint, [str(FIXTURES / name), "--format", "json", "--select", "ALL"])
    return {(item["line"], item["code"]) for item in json.loads(result.output)}



def test_a_column_label_above_the_report_is_furniture_not_the_title():
    found = _read("column-label.txt")
    assert [span.line for span in found.furniture] == [1]
    assert found.title is None and found.year == 2023
    codes = {code for _, code in _codes("column-label.txt")}
    assert "M001" not in codes and "M002" not in codes


@pytest.mark.parametrize("line", ["省部要闻", "工作动态", "部门动态", "通知公告", "政务公开", "法治政府建设", "法治建设专栏"])
def test_column_names_are_furniture(line):
    found = read_received_text(f"{line}\n白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n正文。",
                               PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1]
    assert found.title == "白河镇2023年法治政府建设年度报告"


def test_the_lines_of_a_title_are_not_column_names():
    two = _read("two-line-title.txt")
    assert two.title == "示例县某某局2023年度法治政府建设工作报告" and two.issuer == "示例县某某局"
    assert two.title_lines == ("示例县某某局", "2023年度法治政府建设工作报告")
    three = _read("channel-in-title.txt")
    assert three.title == "示例县某某局2023年度法治政府建设情况报告"
    assert [span.line for span in three.furniture] == [1]


def test_a_bare_view_count_label_makes_an_article_line():
    found = _read("article-line-views.txt")
    assert [span.line for span in found.furniture] == [2]
    assert str(found.report.meta.published) == "2024-03-20"
    codes = _codes("article-line-views.txt")
    assert not {code for line, code in codes if line == 2} & {"M002", "N007", "P010"}


def test_a_bare_date_on_an_article_line_is_the_publication_date():
    found = _read("article-line-date.txt")
    assert found.page_meta["发布日期"] == "2024年04月15日"
    assert str(found.report.meta.published) == "2024-04-15"
    assert found.report.meta.spans["published"].line == 3
    assert (3, "M005") in _codes("article-line-date.txt")  # published after 4月1日


@pytest.mark.parametrize("line", [
    "日期：2024年4月15日",  # a date label alone says nothing about publication
    "成文日期：2024年4月15日 来源：示例乡",  # the 成文日期 keeps its meaning on an article line
])
def test_other_dates_are_not_the_publication_date(line):
    found = read_received_text(f"白河镇2023年法治政府建设年度报告\n{line}\n2023年，白河镇依法行政。\n一、主要举措和成效\n正文。",
                               PATH, STRUCTURE)
    assert found.report.meta.published is None and "发布日期" not in found.page_meta


def test_an_article_line_in_the_body_is_report_text():
    text = ("白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n"
            "日期：2024年4月15日 来源：白河镇\n正文。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.furniture == () and found.report.meta.published is None


def test_bulleted_labels_without_values_are_furniture():
    found = _read("bulleted-labels.txt")
    assert found.title == "示例县人民政府关于2023年法治政府建设情况的报告"
    assert found.issuer == "示例县人民政府" and found.issuer_type == "government"
    assert [span.line for span in found.furniture] == [1, 2, 3, 4, 5, 6, 7, 8, 12]
    assert found.page_meta["索引号"] == "sl12/2024-00007"


def test_a_bulleted_list_in_the_report_is_not_a_label_block():
    text = ("白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n• 文号\n• 法治宣传\n正文。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.furniture == ()


def test_labels_in_brackets_are_the_page_s_information_block():
    found = _read("bracketed-labels.txt")
    assert found.title == "样例市示例委员会关于2023年法治政府建设情况的报告"
    assert found.page_meta["发布机构"] == "市示例委" and found.page_meta["成文日期"] == "2024-01-15"
    assert found.page_meta["发布日期"] == "2024-01-22" and found.page_meta["索引号"] == "11500000MB0000001X/2024-00012"
    codes = _codes("bracketed-labels.txt")
    assert not any(line <= 8 for line, _ in codes), codes  # nothing of the block is checked as report text


def test_a_published_on_label_gives_the_publication_date():
    found = _read("published-on-label.txt")
    assert found.page_meta["发布日期"] == "2024-03-19"
    assert not any(line == 3 for line, _ in _codes("published-on-label.txt"))


_BODY = "一、主要举措和成效\n（一）完善制度。修订行政执法公示办法1项。\n"


@pytest.mark.parametrize(("article", "published"), [
    ("稿件来源：青岚县人民政府办公室 作者： 发布时间： 2024-04-02 | 打印 |", "2024-04-02"),
    ("2024-03-18 09:54 来源： 【字体：   打印", "2024-03-18"),
    ("2024-03-29 17:13:17 来源： 青岚县司法局 打印", "2024-03-29"),
], ids=["稿件来源", "date-first-font-switch", "date-first-print"])
def test_article_lines_with_a_source_label_or_opening_with_the_date_are_furniture(article, published):
    """An article line may name its source 稿件来源, or open with the date before 来源 and the switches
    (打印, an unclosed 【字体); the date is the page's publication date, never report text."""
    text = f"青岚县2023年法治政府建设年度报告\n{article}\n2023年，青岚县坚持依法行政。\n{_BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [2]
    assert str(found.report.meta.published) == published
    assert found.title == "青岚县2023年法治政府建设年度报告"


def test_a_navigation_bar_of_columns_is_furniture_not_the_title():
    text = f">> 政务公开 | >> 执法公示 | >> 法治政府建设年度报告和工作要点 |\n2023年，县水务局依法行政。\n{_BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1]
    assert found.title is None and found.year == 2023


@pytest.mark.parametrize("opening", ["2023年县水务局在县委、县政府的领导下，依法行政。", "2023年全县各部门依法行政。"])
def test_the_year_a_preamble_opens_with_before_its_subject(opening):
    """“2023年县水务局在……”: the year, then the subject, with no comma between."""
    found = read_received_text(f"通知公告\n{opening}\n{_BODY}", PATH, STRUCTURE)
    assert found.year == 2023 and found.year_source == "preamble"


@pytest.mark.parametrize("opening", ["2023年3月，县水务局修订制度。", "2022年底，县水务局修订制度。", "2022年至2023年，县水务局修订制度。"])
def test_a_date_or_a_span_at_the_start_is_not_the_year(opening):
    found = read_received_text(f"通知公告\n{opening}\n{_BODY}", PATH, STRUCTURE)
    assert found.year_source != "preamble"


def test_a_title_in_other_words_below_the_title_is_not_report_text(tmp_path):
    """The page's title, then the document's own: neither is read as a sentence cut short. The document's,
    just above the text, is the title (benchmarks/openings/FIELDS.md); the page's is set aside."""
    text = f"青岚街道2023年度法治政府建设情况报告\n青岚街道2023年法治政府建设工作报告\n2023年，青岚街道依法行政。\n{_BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.title == "青岚街道2023年法治政府建设工作报告"
    assert [paragraph.span.line for paragraph in found.report.meta.preamble] == [3]
    path = tmp_path / "两个标题.txt"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(lint, [str(path), "--format", "json", "--select", "P011,M001"])
    assert json.loads(result.output) == []


def test_a_table_copied_as_text_rows_of_spaced_labels_is_furniture():
    """The 政府信息公开 table copied as text: a row a line, the cells only spaces apart, the labels
    spaced out (索 引 号) and without colons. None of it is the title, and its 索引号 gives no year."""
    found = _read("table-row-labels.txt")
    assert [span.line for span in found.furniture] == [1, 2, 3, 4]
    assert found.title == "青岚省人民政府关于2023年度法治政府建设情况的报告" and found.year == 2023
    assert found.page_meta["索引号"] == "10086-02-2024-00031" and found.page_meta["文号"] == "青政文〔2024〕12号"
    assert found.page_meta["发布日期"] == "2024年03月20日"
    codes = _codes("table-row-labels.txt")
    assert not any(line <= 4 for line, _ in codes), codes


def test_a_weak_label_row_alone_is_not_furniture():
    """“标  题 ……” counts as a table row only inside the block: alone at the top it is the report's."""
    found = read_received_text("标  题 白河镇2023年法治政府建设年度报告\n2023年，白河镇依法行政。\n一、主要举措和成效\n正文。",
                               PATH, STRUCTURE)
    assert found.furniture == ()


def test_an_unknown_label_in_brackets_among_bulleted_labels_is_furniture():
    """A page may garble a label (“[ 有性 ]” for 有效性, “[ 索号 ]” for 索引号): alone in brackets on a
    bulleted line it is still a label, not the title."""
    found = _read("garbled-bracket-label.txt")
    assert [span.line for span in found.furniture] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert found.title == "示例区文化和旅游发展委员会关于2023年法治政府建设情况的报告"
    assert found.page_meta["文号"] == "示文旅发〔2024〕3号"
    codes = _codes("garbled-bracket-label.txt")
    assert not any(line <= 9 for line, code in codes if code in {"M001", "P010", "P011"}), codes


def test_a_label_set_apart_by_spaces_among_labels_with_colons_is_read():
    """“作者： 发布时间 2025年9月5日 点击数：” — 发布时间 has no colon, the labels around it do."""
    text = ("青岚县2023年度法治政府建设工作报告\n来源：青岚县司法局 作者： 发布时间 2024年03月05日 点击数：\n"
            f"2023年，青岚县坚持依法行政。\n{_BODY}")
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [2]
    assert found.page_meta["发布日期"] == "2024年03月05日" and str(found.report.meta.published) == "2024-03-05"


def test_a_dashed_label_list_with_compound_and_other_labels_is_furniture():
    """“- 备注/文号： …”, “• 公文时效：”, “- 公文生成日期： …”: the year of a 文号 is not the report's."""
    text = ("- 索 引 号： sm00001-1800-2025-00003\n- 备注/文号： 青镇委〔2025〕5号\n- 公文时效：\n"
            "- 发布机构： 青岚镇人民政府\n- 公文生成日期： 2025-02-07\n"
            f"2024年，青岚镇坚持依法行政。\n{_BODY}")
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1, 2, 3, 4, 5]
    assert found.page_meta["文号"] == "青镇委〔2025〕5号" and found.year == 2024 and found.title is None


def test_a_page_date_with_a_padded_month_under_the_title_is_furniture():
    text = f"青岚市2024年法治政府建设情况报告\n2025年03月10日\n2024年，青岚市坚持依法行政。\n{_BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [2]
    assert found.title == "青岚市2024年法治政府建设情况报告"


def test_labels_one_a_line_with_their_values_below_are_furniture():
    """The 政府信息公开 block as a list: each label alone on its line, its value on the next."""
    text = ("青岚区2023年法治政府建设工作报告\n发文单位\n区人民政府\n发文字号\n发文日期\n2024-01-03 10:00\n效力状态\n有效\n"
            f"索引号\n010000001/2024-00021\n2023年，青岚区坚持依法行政。\n{_BODY}")
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == list(range(2, 11))
    assert found.page_meta["发布机构"] == "区人民政府" and found.page_meta["成文日期"] == "2024-01-03 10:00"
    codes = {code for line, code in _codes_of(text) if line <= 10}
    assert not codes & {"P011", "N007", "M001"}, codes


@pytest.mark.parametrize("line", ["• 2024年03月30日 09时24分", "2024年3月30日 09:24", "2024-04-12 青岚省人民政府网"])
def test_a_page_date_under_the_title_is_furniture(line):
    """A date with the time, or with the site's name, is the page's: a report gives its dates neither."""
    text = f"青岚省2023年度法治政府建设工作情况报告\n{line}\n2023年，全省坚持依法行政。\n{_BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [2]
    assert found.title == "青岚省2023年度法治政府建设工作情况报告"


def test_a_weak_label_alone_is_report_text():
    found = read_received_text(f"青岚区2023年法治政府建设工作报告\n来源\n2023年，青岚区坚持依法行政。\n{_BODY}", PATH, STRUCTURE)
    assert found.furniture == ()


def test_a_deep_column_path_and_the_page_s_link_lines_are_furniture():
    """A path of “>”-led columns longer than a short crumb, “首页” alone, several labels on one line,
    and the page's links (原文链接：…, 政策解读链接：…) above the title."""
    text = (">政务公开 >政府信息公开 >县政府信息公开 >行政权力 >法治政府建设报告 >青岚县法治政府建设工作报告\n首页\n"
            "青岚县人民政府2023年法治政府建设年度报告\n"
            "索引号： 002600001/2024-000028 发布机构： 青岚县人民政府 发布时间： 2024-03-11 15:23:54\n"
            "原文链接：点击查看源文件\n政策解读链接：点击查看政策解读\n"
            f"2023年，青岚县坚持依法行政。\n{_BODY}")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.title == "青岚县人民政府2023年法治政府建设年度报告"
    assert [span.line for span in found.furniture] == [1, 2, 4, 5, 6]
    assert found.page_meta["发布机构"] == "青岚县人民政府"


def test_the_source_and_a_padded_date_under_the_article_line_are_furniture():
    text = ("青岚市人民政府关于2023年法治政府建设情况的报告\n时间：2024年02月15日来源：市司法局\n市司法局 2024年02月15日\n"
            f"2023年，青岚市坚持依法行政。\n{_BODY}")
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [2, 3]


@pytest.mark.parametrize(("head", "kept"), [
    ("有效性\n青山县林业局2023年法治政府建设情况报告", "title"),  # a label the page left without a value
    ("索引号\n1234567/2024-00012\n失效时间\n县人民政府：", "addressee"),
    ("• 有效性\n• 青山县林业局2023年法治政府建设情况报告", "title"),
])
def test_report_text_below_a_label_alone_is_not_its_value(head, kept):
    text = f"{head}\n2023年，我局坚持依法行政。\n一、主要举措和成效\n（一）加强领导。\n\n青山县林业局\n2024年1月20日"
    found = read_received_text(text, PATH, STRUCTURE)
    lines = text.split("\n")
    assert all(not lines[span.line - 1].startswith(("青山县", "县人民政府")) for span in found.furniture)
    if kept == "title":
        assert found.title.endswith("青山县林业局2023年法治政府建设情况报告") and found.year_source == "title"
    else:
        assert found.report.meta.addressee == "县人民政府"


def test_a_heading_below_a_label_alone_is_not_its_value():
    found = read_received_text("失效时间\n一、主要举措和成效\n（一）加强领导。全年开会三次。\n二、存在的不足\n力量不足。",
                               PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1]
    assert found.report.parts[0].key == "measures"


@pytest.mark.parametrize("lines", [["青山县林业局"], ["中共青山县委", "青山县人民政府"]])
def test_the_first_lines_of_a_broken_title_below_a_label_alone_are_the_title(lines):
    """Under 有效性 an office's name followed by “关于……报告” opens the title; under 发布机构 it is the value."""
    head = "\n".join(lines)
    text = f"索引号\n1234567/2024-00012\n有效性\n{head}\n关于2023年度法治政府建设情况的报告\n2023年，坚持依法行政。\n一、主要举措和成效\n正文。"
    found = read_received_text(text, PATH, STRUCTURE)
    assert [span.line for span in found.furniture] == [1, 2, 3]
    assert found.title == "".join(lines) + "关于2023年度法治政府建设情况的报告"
    issued = read_received_text(text.replace("有效性", "发布机构", 1).replace("中共青山县委\n", ""), PATH, STRUCTURE)
    assert issued.page_meta["发布机构"] == lines[-1] and issued.title == "关于2023年度法治政府建设情况的报告"


def test_a_copied_table_row_s_value_stops_at_the_next_label():
    text = ("索  引  号 000000000000000000/2026-00011 公开方式 主动公开\n发布机构 青石区司法局 组配分类 法治政府建设年报\n"
            "成文日期 2026-02-09 废止日期\n有效性\n青石区司法局2025年度法治政府建设情况报告\n2025年，区司法局依法行政。\n"
            "一、2025年度推进法治政府建设的主要举措和成效\n全年开展集中学法6次。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.page_meta["成文日期"] == "2026-02-09"
    assert [span.line for span in found.furniture] == [1, 2, 3, 4]


def test_the_time_a_page_says_the_report_was_written_is_its_date_of_writing():
    text = ("- 发布机构：柳岸镇\n- 成文时间：2026年01月19日\n- 标 题：柳岸镇2025年度法治政府建设情况报告\n"
            "柳岸镇2025年度法治政府建设情况报告\n2025年，柳岸镇依法行政。\n一、2025年度推进法治政府建设的主要举措和成效\n全年开展集中学法6次。")
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.page_meta["成文日期"] == "2026年01月19日"
    assert found.title == "柳岸镇2025年度法治政府建设情况报告"
