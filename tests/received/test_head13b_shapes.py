"""More page shapes the thirteenth held-out set showed, each in invented sentences for fictional
offices (not the set's own text): a publication date with spaces inside."""

from __future__ import annotations

import datetime as dt

from tests.received.shapes import read_text

BUREAU_TITLE = "青岚市市场监督管理局2024年法治政府建设年度报告"
BUREAU_BODY = ("2024年，青岚市市场监督管理局坚持依法监管，推动法治机关建设。现将有关情况报告如下：\n\n"
               "一、主要举措和成效\n\n（一）组织领导不断加强。局党组会议学法5次。\n")


def test_a_publication_date_with_spaces_inside_is_read():
    text = (f"{BUREAU_TITLE}\n来源： 青岚市市场监督管理局\n发布日期： 2025- 02- 06 09： 30\n\n"
            f"{BUREAU_TITLE}\n\n{BUREAU_BODY}")
    found = read_text(text)
    assert found.title == BUREAU_TITLE and found.report.meta.published == dt.date(2025, 2, 6)
