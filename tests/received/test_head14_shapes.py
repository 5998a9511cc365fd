"""Page shapes the fourteenth held-out set showed, each in invented sentences for fictional offices:
a dash-bulleted list of the page's labels with each value on a dash-bulleted line of its own."""

from __future__ import annotations

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
