"""More page shapes the thirteenth held-out set showed, each in invented sentences for fictional
offices (not the set's own text): a publication date with spaces inside, and a metadata line whose
labels run into the values before them (“……发布机构：市司法局公开形式：主动公开……网站发布：……”), and
a column named by a 文种 alone (“工作报告”) above the title, and an excerpt speaking as the place's
party committee and government together (“县委、县政府始终……”), and a title block of the document's
title, the issuer as a byline and the date in brackets under a page title."""

from __future__ import annotations

import datetime as dt

from tests.received.shapes import codes_of, read_text

BUREAU_TITLE = "青岚市市场监督管理局2024年法治政府建设年度报告"
BUREAU_BODY = ("2024年，青岚市市场监督管理局坚持依法监管，推动法治机关建设。现将有关情况报告如下：\n\n"
               "一、主要举措和成效\n\n（一）组织领导不断加强。局党组会议学法5次。\n")


def test_a_publication_date_with_spaces_inside_is_read():
    text = (f"{BUREAU_TITLE}\n来源： 青岚市市场监督管理局\n发布日期： 2025- 02- 06 09： 30\n\n"
            f"{BUREAU_TITLE}\n\n{BUREAU_BODY}")
    found = read_text(text)
    assert found.title == BUREAU_TITLE and found.report.meta.published == dt.date(2025, 2, 6)


CITY_TITLE = "青岚市人民政府关于2022年度法治政府建设情况的报告"
CITY_BODY = ("2022年，青岚市坚持依法行政，推动法治政府建设取得新进展。现将有关情况报告如下：\n\n"
             "一、主要举措和成效\n\n（一）组织领导不断加强。市政府常务会议学法6次。\n")


def test_a_metadata_line_with_its_labels_run_together_is_furniture():
    meta = "编号：3300007788发布机构：青岚市司法局公开形式：主动公开公开时限：常年公开网站发布：2023-03-06"
    text = f"{CITY_TITLE}\n\n{meta}\n\n{CITY_BODY}"
    found = read_text(text)
    assert found.title == CITY_TITLE and found.issuer == "青岚市人民政府"
    assert found.page_meta.get("发布机构") == "青岚市司法局"
    assert found.report.meta.published == dt.date(2023, 3, 6)  # 网站发布 is the page's publication date
    assert not {code for line, code in codes_of(text) if line == 3}


def test_a_sentence_with_colons_is_not_a_run_together_metadata_line():
    line = "责任单位：市司法局完成时限：2023年3月工作目标：全面完成"  # no label of a page among them
    found = read_text(f"{CITY_TITLE}\n\n{line}\n\n{CITY_BODY}")
    assert not found.furniture and found.report.meta.published is None


JUSTICE_TITLE = "青岚市司法局2023年度法治政府建设工作报告"
JUSTICE_BODY = ("2023年以来，青岚市司法局围绕中心工作，统筹推进法治建设。\n"
                "一、推进法治政府建设的主要举措和成效\n（一）抓统筹协调，依法治市有力推进。\n")


def test_a_bare_文种_column_above_the_whole_title_is_furniture():
    text = f"\n工作报告\n{JUSTICE_TITLE}\n{JUSTICE_BODY}"
    found = read_text(text)
    assert found.title == JUSTICE_TITLE and found.issuer == "青岚市司法局"
    assert found.issuer_type == "department"
    assert not {code for line, code in codes_of(text) if line <= 3}


def test_a_文种_ending_a_title_broken_over_two_lines_stays_in_the_title():
    found = read_text(f"青岚市司法局2023年度法治政府建设\n工作报告\n{JUSTICE_BODY}")
    assert found.title == JUSTICE_TITLE and not found.furniture


def test_an_excerpt_speaking_as_the_party_committee_and_government_is_a_government_s():
    text = ("一、深入学习贯彻习近平法治思想，统筹推进青岚法治建设\n"
            "县委、县政府始终把法治建设摆在全局工作的突出位置，召开专题会议研究部署3次。\n"
            "二、依法全面履行政府职能\n深化行政审批制度改革，全年精简审批事项12项。\n")
    found = read_text(text)
    assert found.issuer is None and found.issuer_type == "government"


def test_a_department_reporting_the_committee_s_attention_is_not_taken_for_the_government():
    text = ("一、加强组织领导\n"
            "县委、县政府坚持把法治建设放在突出位置，我局认真抓好落实，局务会议学法4次。\n"
            "二、依法履行职能\n全年办理行政许可事项320件。\n")
    assert read_text(text).issuer_type != "government"  # 我局 speaks as a department


FORESTRY_BLOCK = "2023年法治政府建设年度报告\n青岚省林业厅\n（2024年1月26日）\n"
FORESTRY_BODY = ("2023年，我厅坚持依法治林，推进法治机关建设，取得新成效。\n"
                 "一、2023年法治政府建设工作情况\n（一）履行第一责任人职责。厅党组专题学法4次。\n")


def test_a_byline_and_a_bracketed_date_under_the_document_s_title_belong_to_its_title_block():
    text = f"青岚省林业厅2023年法治政府建设年度报告\n{FORESTRY_BLOCK}{FORESTRY_BODY}"
    found = read_text(text)
    assert found.title == "2023年法治政府建设年度报告"  # the document's title, not the page's above it
    assert found.issuer == "青岚省林业厅" and found.issuer_type == "department"
    assert found.report.meta.date == dt.date(2024, 1, 26)
    assert not {code for line, code in codes_of(text) if line <= 4}  # no M001 (the byline names it), no P011


def test_a_byline_without_a_page_title_above_it_names_the_issuer():
    found = read_text(FORESTRY_BLOCK + FORESTRY_BODY)
    assert found.issuer == "青岚省林业厅" and found.report.meta.date == dt.date(2024, 1, 26)


def test_an_office_s_line_that_a_title_goes_on_from_is_no_byline():
    title = "青岚县白河镇人民政府关于2024年法治政府建设情况的报告"
    text = (f"{title}\n青岚县白河镇人民政府\n关于2024年法治政府建设情况的报告\n"
            "2024年，白河镇坚持依法行政，推进法治政府建设。\n一、主要举措和成效\n（一）组织领导有力。\n")
    found = read_text(text)
    assert found.issuer == "青岚县白河镇人民政府" and "byline" not in found.report.meta.spans
