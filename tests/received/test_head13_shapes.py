"""Page shapes the thirteenth held-out set showed, each in invented sentences for fictional offices:
a link back to the site's front page above the title, and the font switch's brackets split over two
lines so that the closing one stands alone."""

from __future__ import annotations

from tests.received.shapes import codes_of, read_text

TITLE = "青岚市人民政府关于2022年度法治政府建设情况的报告"
BODY = ("2022年，青岚市坚持依法行政，推动法治政府建设取得新进展。现将有关情况报告如下：\n\n"
        "一、主要举措和成效\n\n（一）组织领导不断加强。市政府常务会议学法6次。\n")


def test_a_link_back_to_the_front_page_is_furniture():
    text = f"<<返回主站\n\n{TITLE}\n\n{BODY}"
    found = read_text(text)
    assert found.title == TITLE and found.issuer == "青岚市人民政府"
    assert not {code for line, code in codes_of(text) if line <= 3}


def test_a_closing_bracket_alone_after_the_font_switch_is_furniture():
    text = f"{TITLE}\n来源： 青岚市司法局\n字体：[\n]\n\n{TITLE}\n\n{BODY}"
    found = read_text(text)
    assert found.title == TITLE and found.issuer == "青岚市人民政府"
    assert not {code for line, code in codes_of(text) if line <= 6}


def test_a_title_with_the_year_after_法治政府建设_names_the_office_before_it():
    text = ("青岚新区管理委员会财政局法治政府建设2022年度报告\n\n"
            "2022年，青岚新区管理委员会财政局坚持依法理财，推进各项工作。现将有关情况报告如下：\n\n"
            "一、推进法治政府建设的主要举措和成效\n\n（一）组织领导不断加强。局党组学法4次。\n")
    found = read_text(text)
    assert found.issuer == "青岚新区管理委员会财政局" and found.year == 2022
