"""Page shapes the fifteenth held-out set showed, each in invented sentences for fictional offices: an
indented bulleted list of the site's links above the page title, an office whose 法治政府建设工作 is the opening's
subject, and an office named without its place as the subject after what the opening cites."""

from __future__ import annotations

from tests.received.shapes import codes_of, read_text

BODY = ("2024年，青岚镇坚持依法行政，推动法治政府建设取得新进展。现将有关情况报告如下：\n"
        "一、2024年度推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。镇党委会议学法4次。\n")
TITLE = "青岚镇2024年度法治政府建设情况报告"


def test_a_bulleted_list_of_site_links_is_furniture_to_its_last_item():
    """“• 网站首页” … “• 适老版”: the last link, one the switches do not know, is not the title's first line."""
    text = f"• 网站首页\n  • 收藏本站\n  • 无障碍浏览\n  • 适老版\n{TITLE}\n{BODY}"
    found = read_text(text)
    assert found.title == TITLE and found.issuer == "青岚镇" and found.issuer_type == "government"
    assert not {code for line, code in codes_of(text) if line <= 5}


def test_a_bulleted_list_of_other_words_is_not_a_list_of_links():
    """A page's bulleted 标签 (“• 法制” / “• 工作报告”) with no switch among them is not set aside as links."""
    assert not read_text(f"• 法制\n  • 镇政府\n  • 青岚镇\n\n{TITLE}\n{BODY}").furniture


def test_an_office_whose_work_is_the_opening_subject_is_the_office():
    """“2024年，青岚县文化旅游局法治政府建设工作坚持……”: the name before “法治政府建设工作” is the office."""
    found = read_text("2024年，青岚县文化旅游局法治政府建设工作坚持依法行政，取得新进展。现将有关情况总结如下。\n"
                      "一、2024年度推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。局党组学法4次。\n")
    assert found.issuer == "青岚县文化旅游局" and found.issuer_type == "department"


def test_an_office_named_without_its_place_after_what_the_opening_cites_is_a_department():
    """“根据……要求，县文化旅游局认真总结……”: no year before the subject; the office is typed, not named."""
    found = read_text("根据《青岚县法治政府建设考核办法》要求，县文化旅游局认真总结2024年度法治政府建设情况，现报告如下。\n"
                      "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。每季度学法1次。\n")
    assert found.issuer is None and found.issuer_type == "department"
