"""Page shapes the fourteenth held-out set showed, each in invented sentences for fictional offices:
a dash-bulleted list of the page's labels with each value on a dash-bulleted line of its own, a
site-navigation line of tabs a space apart, and a date between the page's heading and the document's
own title below it."""

from __future__ import annotations

import datetime

from tests.received.shapes import codes_of, read_text

BODY = ("2023年，县水务局坚持依法行政，推动法治政府建设取得新进展。现将有关情况报告如下：\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。局党组学法4次。\n")


def test_values_under_dash_bulleted_labels_are_furniture():
    """“- 发布单位：” / “- 青岚县水务局”: the value is the page's, not the title's first line."""
    title = "青岚县水务局2023年度法治政府建设工作报告"
    text = ("- 索引号：\n- 0011223344/2024-00012\n- 公开方式：\n- 主动公开\n- 成文日期：\n- 2024-01-08\n"
            f"- 发布单位：\n- 青岚县水务局\n{title}\n{BODY}")
    found = read_text(text)
    assert found.title == title and found.issuer == "青岚县水务局"
    assert found.page_meta["发布机构"] == "青岚县水务局"
    assert not {code for line, code in codes_of(text) if line <= 9}


def test_a_dash_item_under_a_bulleted_label_of_another_bullet_stays_report_text():
    """Only the list's own bullet carries a value: a “- ” line under a “• 标签” is not its value."""
    title = "青岚县水务局2023年度法治政府建设工作报告"
    found = read_text(f"• 发布机构：\n- 青岚县水务局\n{title}\n{BODY}")
    assert "发布机构" not in found.page_meta


def test_a_navigation_line_of_tabs_a_space_apart_is_furniture():
    title = "青岚县2024年度法治政府建设情况报告"
    text = ("首页 新闻动态 政务公开 办事服务 互动交流 走进青岚 专题专栏\n\n"
            f"{title}\n\n2024年，青岚县坚持依法行政，推动法治政府建设。现将有关情况报告如下：\n\n"
            "一、主要工作及成效\n\n（一）组织领导不断加强。县政府常务会议学法5次。\n")
    found = read_text(text)
    assert found.title == title and found.issuer == "青岚县" and found.issuer_type == "government"


def test_a_slogan_of_two_phrases_above_the_title_is_not_a_navigation_line():
    """Two phrases a space apart, without 首页, are not the site's tabs."""
    found = read_text("依法行政 服务为民\n\n青岚县2024年度法治政府建设情况报告\n\n"
                      "2024年，青岚县坚持依法行政。现将有关情况报告如下：\n\n一、主要工作及成效\n\n（一）组织领导。学法5次。\n")
    assert found.furniture == ()


def test_a_date_between_the_page_heading_and_the_document_title_is_the_publication_date():
    heading = "青岚县城市管理局关于2023年度法治政府建设情况的报告"
    text = (f"您当前的位置：法治政府建设年度报告\n\n{heading}\n\n日期：2024-02-06\n\n"
            "青岚县城市管理局\n\n关于2023年度法治政府建设情况的报告\n\n\n"
            "按照有关规定，现将我局2023年度法治政府建设情况报告如下：\n\n"
            "一、2023年推进法治政府建设的主要举措和成效\n\n（一）组织领导不断加强。局党组学法4次。\n")
    found = read_text(text)
    assert found.title == heading and found.issuer == "青岚县城市管理局"
    assert found.report.meta.published == datetime.date(2024, 2, 6)


def test_a_date_under_the_only_title_written_as_a_成文日期_is_not_the_publication_date():
    found = read_text("青岚县城市管理局关于2023年度法治政府建设情况的报告\n\n日期：2024年2月6日\n\n"
                      "按照有关规定，现将我局2023年度法治政府建设情况报告如下：\n\n"
                      "一、2023年推进法治政府建设的主要举措和成效\n\n（一）组织领导不断加强。局党组学法4次。\n")
    assert found.report.meta.published is None


def test_a_city_speaking_of_itself_after_the_purpose_it_states_first_is_a_government():
    """“为……提供法治保障，在市委的领导下，我市……”: a report that names no office and no year still
    says, by its voice, that a government wrote it."""
    found = read_text("为推动青岚高质量发展提供有力法治保障，在市委的坚强领导下，我市持续推进法治政府建设，"
                      "取得了积极成效。现将有关情况报告如下：\n一、深化改革，依法全面履行政府职能\n"
                      "（一）深化审批制度改革。今年，我市推进政务服务事项网上办理。\n")
    assert found.issuer is None and found.issuer_type == "government"


def test_a_bureau_of_the_city_after_a_purpose_clause_is_not_taken_for_the_city():
    found = read_text("为推动青岚高质量发展提供有力法治保障，我市交通运输局持续推进法治政府建设，"
                      "取得了积极成效。现将有关情况报告如下：\n一、深化改革，依法全面履行职能\n"
                      "（一）深化审批制度改革。今年，局机关推进政务服务事项网上办理。\n")
    assert found.issuer_type != "government"


def test_a_page_date_with_spaces_inside_it_is_read():
    """“发布日期： 2026- 02- 10 09： 30”: the page set the date's parts a space apart."""
    title = "青岚县水务局2025年法治政府建设年度报告"
    found = read_text(f"{title}\n来源： 青岚县水务局\n发布日期： 2026- 02- 10 09： 30\n\n{title}\n\n"
                      "2025年，县水务局坚持依法行政。现将有关情况报告如下：\n一、2025年度推进法治政府建设的主要举措和成效\n"
                      "（一）组织领导不断加强。局党组学法4次。\n")
    assert found.report.meta.published == datetime.date(2026, 2, 10)


def test_a_metadata_line_whose_labels_run_into_the_values_before_them_is_furniture():
    """“编号：……发布机构：……公开形式：……网站发布：……”: the labels with their colons, no space between."""
    title = "青岚市人民政府关于2023年度法治政府建设情况的报告"
    text = (f"{title}\n编号：2024000123发布机构：市司法局公开形式：主动公开公开时限：长期公开网站发布：2024-03-11\n"
            "2023年，青岚市坚持依法行政，推动法治政府建设。现将有关情况报告如下：\n"
            "一、2023年度推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。市政府常务会议学法6次。\n")
    found = read_text(text)
    assert found.title == title and found.report.meta.published == datetime.date(2024, 3, 11)
    assert not {code for line, code in codes_of(text) if line == 2}


def test_a_column_named_by_a_kind_of_document_above_a_whole_title_is_furniture():
    """“工作报告” / “××局2023年度法治政府建设工作报告”: the page's column above the title."""
    title = "青岚市司法局2023年度法治政府建设工作报告"
    text = (f"\n工作报告\n{title}\n2023年以来，青岚市司法局坚持依法行政，推动法治政府建设。现将有关情况报告如下：\n"
            "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。局党组学法4次。\n")
    found = read_text(text)
    assert found.title == title and found.issuer == "青岚市司法局" and found.issuer_type == "department"
    assert not {code for line, code in codes_of(text) if line <= 3}


def test_a_title_whose_kind_stands_on_its_second_line_stays_one_title():
    """“××局2023年度法治政府建设” / “工作报告”: the kind of document ends the title, below it."""
    found = read_text("青岚市司法局2023年度法治政府建设\n工作报告\n2023年以来，青岚市司法局坚持依法行政。现将有关情况报告如下：\n"
                      "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。局党组学法4次。\n")
    assert found.title == "青岚市司法局2023年度法治政府建设工作报告"


def test_the_document_s_own_title_below_the_page_s_heading_is_the_title():
    """“……情况的报告” (the page's heading) / “……情况报告” (the document's, just above the text)."""
    found = read_text("青岚街道关于2024年度法治政府建设情况的报告\n青岚街道关于2024年法治政府建设情况的报告\n"
                      "2024年以来，青岚街道坚持依法行政。现将有关情况报告如下：\n"
                      "一、2024年推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。党工委学法4次。\n")
    assert found.title == "青岚街道关于2024年法治政府建设情况的报告" and found.issuer == "青岚街道"


def test_a_document_title_naming_no_office_leaves_the_page_s_heading_the_title():
    found = read_text("青岚县农业农村局2024年法治政府建设年度报告\n2024年法治政府建设年度报告\n"
                      "2024年，县农业农村局坚持依法行政。现将有关情况报告如下：\n"
                      "一、2024年推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。局党组学法4次。\n")
    assert found.title == "青岚县农业农村局2024年法治政府建设年度报告" and found.issuer == "青岚县农业农村局"


def test_the_office_the_preamble_s_closing_names_without_its_place_gives_the_kind():
    """“现将县人民政府2023年……报告如下”: which county's the text does not say, but a government's;
    “现将市水务局2023年……”: a department's."""
    for office, kind in (("县人民政府", "government"), ("市水务局", "department")):
        found = read_text(f"根据有关规定，现将{office}2023年法治政府建设工作情况报告如下。\n一、主要成效\n"
                          "（一）组织领导不断加强。全年专题学法6次。\n")
        assert found.issuer is None and found.issuer_type == kind, office


def test_an_opening_citing_its_basis_before_the_year_and_its_subject_names_the_office():
    """“根据……部署，2023年，××街道以深入……为核心”: the office is the subject after what the opening cites."""
    found = read_text("根据《法治青岚建设规划》的要求，以及市、区对法治建设工作的具体部署，2023年，青岚街道以深入学习"
                      "贯彻习近平法治思想为核心，推进各项工作。\n一、主要成效\n（一）组织领导不断加强。党工委学法4次。\n")
    assert found.issuer == "青岚街道" and found.issuer_type == "government"


def test_the_document_s_own_title_on_two_lines_below_the_page_s_heading_is_the_title():
    """“白河镇2024年……报告” (the page's heading) / “中共青岚县白河镇委员会” / “2024年……报告” (the document's)."""
    found = read_text("白河镇2024年法治政府建设工作报告\n中共青岚县白河镇委员会\n2024年法治政府建设工作报告\n"
                      "根据区委的工作要求，白河镇积极推进法治政府建设。现将有关情况报告如下：\n"
                      "一、加强组织领导\n白河镇党委专题研究法治建设4次。\n")
    assert found.title == "中共青岚县白河镇委员会2024年法治政府建设工作报告"
    assert found.issuer == "中共青岚县白河镇委员会" and found.issuer_type == "government"


def test_a_department_of_a_party_committee_is_a_department():
    found = read_text("中共青岚市委教育工作委员会2024年法治政府建设情况报告\n"
                      "2024年，市委教育工委坚持依法治教。现将有关情况报告如下：\n一、主要举措和成效\n（一）组织领导。学法4次。\n")
    assert found.issuer_type == "department"


def test_a_town_s_party_committee_is_typed_as_a_government():
    found = read_text("中共青岚县白河镇委员会2024年法治政府建设工作报告\n"
                      "根据区委的工作要求，白河镇积极推进法治政府建设。现将有关情况报告如下：\n一、加强组织领导\n镇党委学法4次。\n")
    assert found.issuer == "中共青岚县白河镇委员会" and found.issuer_type == "government"


def test_a_time_stamp_under_a_heading_without_报告_is_the_publication_date():
    """“××省2024年度法治政府建设情况” / “2025-03-20 10:05”: the heading names no 报告, the stamp is still the page's."""
    found = read_text("青岚省2024年度法治政府建设情况\n\n2025-03-20 10:05\n| | | |\n\n"
                      "  2024年，我省各级政府坚持依法行政。现将有关情况报告如下：\n\n  一、加强党的领导\n\n  （一）组织领导。学法6次。\n")
    assert found.report.meta.published == datetime.date(2025, 3, 20)
