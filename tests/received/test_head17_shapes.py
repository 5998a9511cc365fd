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
