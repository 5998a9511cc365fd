"""Page and title shapes the twelfth held-out set showed, each in invented sentences for fictional
offices: furniture of the page's head, a list's title, a time stamp under the title, a covering letter
before the report, and a date under the title that wants no signature above it."""

from __future__ import annotations

from tests.received.shapes import codes_of, read_text

TITLE = "青岚区生态环境分局2025年法治政府建设\n情况工作报告"
BODY = ("今年以来，青岚区生态环境分局坚持依法行政，扎实推进各项工作。现将2025年工作开展情况汇报如下：\n"
        "一、主要举措和成效\n（一）制度建设不断完善。分局修订了执法工作规则。\n")


def test_a_bracketed_date_under_the_title_wants_no_signature_above_it():
    text = f"{TITLE}\n（2025年12月9日）\n{BODY}"
    found = read_text(text)
    assert found.title == "青岚区生态环境分局2025年法治政府建设情况工作报告"
    assert found.date == "2025年12月9日" and found.year == 2025  # the 成文日期, as a page writes it under the title
    assert (3, "M003") not in codes_of(text)  # the 落款 is due after the text, not above this date


PROVINCE_BODY = ("2025年，青岚省人民政府坚持依法行政，推动法治政府建设取得新进展。\n\n"
                 "一、全省法治政府建设情况\n\n（一）组织领导不断加强。省政府常务会议学法6次。\n")


def test_a_site_group_link_and_an_air_quality_widget_are_furniture():
    text = ("站群导航\n\nAQI\n\n  • 优\n  • 良\n  • 轻度污染\n  • 重度污染\n\n2026-03-12来源：\n\n" + PROVINCE_BODY)
    found = read_text(text)
    assert found.title is None and found.year == 2025 and found.issuer == "青岚省人民政府"
    assert found.page_meta.get("发布日期", "").startswith("2026-03-12")
    assert not {code for line, code in codes_of(text) if line <= 10}


def test_a_date_run_into_the_source_label_is_the_article_line():
    text = "2026-03-12来源：青岚省司法厅\n\n" + PROVINCE_BODY
    found = read_text(text)
    assert found.page_meta.get("发布日期", "").startswith("2026-03-12")
    assert not {code for line, code in codes_of(text) if line == 1}


TOWN_TABLE = ("| 索引号： | 011000001/2025-00001 | 分类： | 其他 | ||\n"
              "| 发布机构： | 青岚镇人民政府 | 发文日期： | 2025-02-26 | ||\n"
              "| 标题： | 青岚镇2024年法治政府建设年度报告 | ||||\n")
TOWN_BODY = ("2024年，青岚镇在县委、县政府的领导下，扎实推进法治政府建设，现将有关情况报告如下：\n"
             "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。镇党委研究法治工作4次。\n")


def test_a_path_without_首页_running_into_the_article_line_is_furniture():
    text = ("政府信息公开 > 法定主动公开内容 > 法治政府建设年度报告日期：2025-02-26 10:20 字体：[ 大 中 小 ] 关闭窗口\n"
            + TOWN_TABLE + TOWN_BODY)
    found = read_text(text)
    assert found.title == "青岚镇2024年法治政府建设年度报告" and found.issuer == "青岚镇"
    assert found.issuer_type == "government"
    assert found.page_meta.get("发布日期", "").startswith("2025-02-26")
    assert found.page_meta.get("成文日期", "").startswith("2025-02-26")
    assert not {code for line, code in codes_of(text) if line <= 4}


def test_a_label_whose_characters_are_spaced_out_is_furniture():
    text = ("索  引 号： 11220000000000000H/2025-00001\n分      类： 其他 ； 报告\n发文机关： 青岚市青山区人民政府\n"
            "标      题： 青山区人民政府关于2024年度法治政府建设情况的报告\n\n  青岚市人民政府：\n\n"
            "  2024年，青山区依法履行职能，推进法治政府建设。现将有关情况报告如下：\n\n"
            "  一、推进法治政府建设的主要举措和成效\n\n  （一）组织领导不断加强。区政府常务会议学法6次。\n")
    found = read_text(text)
    assert found.title == "青山区人民政府关于2024年度法治政府建设情况的报告"
    assert found.issuer == "青山区人民政府"
    assert not {code for line, code in codes_of(text) if line <= 4}


def test_a_path_of_columns_a_double_arrow_apart_is_furniture():
    text = ("青山区人民政府信息公开专栏 >> 青山区人民政府办公室 >> 政府信息公开基础平台\n\n"
            "索  引 号： 11220000000000000H/2025-00001\n发文机关： 青岚市青山区人民政府\n"
            "标      题： 青山区人民政府关于2024年度法治政府建设情况的报告\n\n"
            "  2024年，青山区依法履行职能，推进法治政府建设。现将有关情况报告如下：\n\n"
            "  一、推进法治政府建设的主要举措和成效\n\n  （一）组织领导不断加强。区政府常务会议学法6次。\n")
    found = read_text(text)
    assert found.title == "青山区人民政府关于2024年度法治政府建设情况的报告"
    assert not {code for line, code in codes_of(text) if line <= 5}


def test_a_bulleted_list_of_the_index_number_and_the_title_is_furniture():
    text = ("关怀版 网站支持IPv6\n\n首页 > 政务公开 > 其他\n\n  • 000000001/2026-000101\n"
            "  • 青岚省水利厅关于2025年法治政府建设情况的报告\n\n青岚省水利厅关于2025年法治政府建设情况的报告\n\n"
            "日期：2026-03-02 09:30 来源：厅法规处 访问量：\n\n"
            "2025年，青岚省水利厅坚持依法行政，推动法治政府建设取得新成效。\n\n一、主要举措和成效\n\n"
            "（一）组织领导不断加强。厅党组研究法治工作5次。\n")
    found = read_text(text)
    assert found.title == "青岚省水利厅关于2025年法治政府建设情况的报告"
    assert found.issuer == "青岚省水利厅"


def test_a_time_stamp_alone_under_the_title_is_the_publication_date():
    text = ("• 索 引 号：QZ00000-0000-2026-00001\n    • 发布机构：区人民政府办公室\n"
            "    青岚市青山区人民政府关于2025年度法治政府建设工作情况的报告\n    时间：2026-01-12 10:15\n\n"
            "      市政府：\n\n      2025年，青山区人民政府坚持依法行政，推进法治政府建设。现将有关情况报告如下：\n\n"
            "      一、2025年工作情况\n\n      （一）强化组织领导。区政府常务会议学法6次。\n")
    found = read_text(text)
    assert found.page_meta.get("发布日期", "").startswith("2026-01-12")
    assert found.report.meta.published is not None


def test_a_date_alone_under_the_title_written_as_a_成文日期_is_not_the_publication_date():
    text = ("青岚市青山区人民政府关于2025年度法治政府建设工作情况的报告\n时间：2026年1月12日\n\n"
            "2025年，青山区人民政府坚持依法行政，推进法治政府建设。\n\n一、2025年工作情况\n\n（一）强化组织领导。区政府常务会议学法6次。\n")
    assert "发布日期" not in read_text(text).page_meta


LETTER = ("| 索引号： | 000000001/2025-00011 | 成文日期： | 2025-01-24 |\n"
          "| 发布机构： | 青岚市水利局 |\n"
          "中共青岚市委、青岚市人民政府：\n"
          "根据市委依法治市办的通知要求，现将我局《2024年度水利法治政府建设工作总结》随文上报。\n"
          "特此报告。\n青岚市水利局\n2025年1月14日\n2024年度水利法治政府建设\n工作总结\n"
          "2024年青岚市水利局在市委、市政府的领导下，完善水利法规制度体系，依法行政水平持续提升。\n"
          "一、2024年工作完成情况\n（一）恪尽职守，法治政府建设全面推进。局党组研究法治工作6次。\n")


def test_a_covering_letter_before_the_report_gives_its_落款_and_its_title():
    found = read_text(LETTER)
    assert found.title == "2024年度水利法治政府建设工作总结"
    assert found.issuer == "青岚市水利局" and found.issuer_type == "department"
    assert found.date == "2025年1月14日" and found.year == 2024
    codes = codes_of(LETTER)
    assert not {code for line, code in codes if code == "P011"}
    assert (8, "M001") in codes  # the 总结's title: no 报告, no issuer
    assert any(code == "S009" for _, code in codes)  # the page's 成文日期 is not the letter's date


def test_a_title_with_angle_brackets_in_it_is_not_a_path():
    text = "青岚县林业局<b>2024年</b>法治政府建设年度报告\n2024年，青岚县林业局坚持依法行政。\n一、主要举措和成效\n（一）组织领导。局党组研究法治工作3次。\n"
    assert read_text(text).title is not None
