"""Page shapes the seventeenth held-out set showed, each in invented sentences for fictional offices: a page's
“当前栏目：” line, a site's search box (搜索位置 / 匹配度 / 排序), an article line whose source is “来自：”, a section's
byline with a date under the page title, and a 发文字号 standing under the title."""

from __future__ import annotations

from tests.received.shapes import read_text

PARTS = "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。每季度学法1次。\n"
OPENING = "2024年，我局坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n"


def test_the_current_column_line_is_furniture():
    """“当前栏目：部门动态” above the title, as “当前位置：” is."""
    found = read_text("当前栏目：部门动态\n\n青岚市数据局2024年度法治政府建设情况报告\n\n来源：市数据局    时间：2025-03-26\n\n"
                      + OPENING + PARTS)
    assert found.title == "青岚市数据局2024年度法治政府建设情况报告"
    assert found.issuer == "青岚市数据局"
    assert str(found.report.meta.published) == "2025-03-26"


def test_a_sites_search_box_is_furniture():
    """The options of a site's search box, each on a line of its own above the title, are not the title's lines."""
    found = read_text("西湖区青岚镇\n\n搜索位置\n匹配度\n排序\n\n青岚镇2024年法治政府建设工作情况的报告\n\n"
                      "发布日期： 2025-03-03 发布机构： 青岚镇人民政府\n\n"
                      "2024年青岚镇坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert found.title == "青岚镇2024年法治政府建设工作情况的报告"
    assert found.issuer == "青岚镇"


def test_an_article_line_whose_source_is_laid_out_as_lai_zi():
    """“来自： 日期：2025-03-24”: the page's article line, its 日期 the publication date."""
    found = read_text("青岚市科学技术局2024年度法治政府建设情况报告\n\n来自： 日期：2025-03-24\n\n"
                      "2024年，市科技局坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert found.title == "青岚市科学技术局2024年度法治政府建设情况报告"
    assert str(found.report.meta.published) == "2025-03-24"
    assert any(span.line == 3 for span in found.furniture)  # set aside, not checked as the report's text


def test_a_sections_byline_and_date_under_the_page_title():
    """“政策法规科 2023-12-29” under the page's heading: the article line (its date the publication date); the
    document's own title below it, the office's name over the title, is the title."""
    found = read_text("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n\n青岚市人力资源和社会保障局\n\n"
                      "2023年法治政府建设工作年度报告\n\n\n"
                      "2023年，我局坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert str(found.report.meta.published) == "2023-12-29"
    assert found.title == "青岚市人力资源和社会保障局2023年法治政府建设工作年度报告"
    assert found.issuer == "青岚市人力资源和社会保障局" and found.issuer_type == "department"


def test_a_doc_number_under_the_title_is_not_part_of_it():
    """“西湖动〔2024〕1号” on the line under the title (a page that prints the 发文字号 there) ends the title, and
    the date in brackets after the title on its line is the document's date, not the title's."""
    found = read_text("青岚市国防动员办公室2023年度法治政府建设情况报告 （ 2024年01月15日 ）\n西湖动〔2024〕1号\n市委、市政府：\n"
                      "2023年，市国动办坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert found.title == "青岚市国防动员办公室2023年度法治政府建设情况报告"
    assert found.year == 2023 and found.date == "2024年01月15日"


def test_the_year_the_report_says_it_sums_up():
    """“根据……工作安排，青岚县科学技术局……。本报告旨在总结我局2024年度法治政府建设工作的经验和不足……”: no
    “现将……报告如下”, the year only in what the report says it sums up."""
    found = read_text("根据年度法治政府建设工作安排，青岚县科学技术局高度重视依法行政。本报告旨在总结我局2024年度法治政府建设"
                      "工作的经验和不足，为下一年度工作做好谋划。\n一、主要工作成效\n（一）强化法治思维\n全年学法6次。\n")
    assert found.year == 2024


def test_the_subject_after_the_purpose_the_opening_states_first():
    """“为深入贯彻……，全面推进依法行政，青岚县民政局在……领导下，……”: the purpose over two clauses, then the office."""
    found = read_text("为深入贯彻落实习近平法治思想，全面推进依法行政，青岚县民政局在县委、县政府的正确领导下，立足民政职能，"
                      "推进法治建设。现将2024年度法治政府建设工作情况报告如下：\n" + PARTS)
    assert found.issuer == "青岚县民政局" and found.issuer_type == "department"


def test_the_subject_after_a_cited_plan_that_highly_values_the_work():
    """“根据……工作安排，青岚县科学技术局高度重视……”: the office after the basis, its verb 高度重视."""
    found = read_text("根据2024年度法治政府建设工作安排，青岚县科学技术局高度重视法治政府建设。现将有关情况报告如下：\n" + PARTS)
    assert found.issuer == "青岚县科学技术局"


def test_a_zone_named_by_its_kind_alone_is_not_the_issuer():
    """“2024年，高新区坚持……”: which 高新区 the text does not say; it is typed, not named."""
    found = read_text("市委、市政府：\n2024年，高新区坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert found.issuer is None and found.issuer_type == "government"
    found = read_text("为进一步加强法治政府建设，2021年来，街道按照《西湖区法治政府建设实施方案》的要求推进法治建设。"
                      "现将有关情况报告如下：\n" + PARTS)
    assert found.issuer is None  # “街道” alone names no street
