"""The 题注 under the title of a report made to the 人大常委会 (“（2026年3月10日在××县第十七届人民代表大会
常务委员会第九次会议上）”, with or without brackets, on one line or two) belongs to the title block:
it is not the body, nor part of the title. Every sentence here is invented, for a fictional county."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure
from tests.received.shapes import codes_of as _codes_of

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
TITLE = "青岚县人民政府2025年度法治政府建设情况报告"
BODY = ("主任、各位副主任、委员：\n根据会议安排，现将我县2025年法治政府建设情况报告如下：\n"
        "2025年，全县各级行政机关坚持依法行政，扎实推进各项工作。\n一、重点工作开展情况\n"
        "（一）制度建设不断完善。县政府修订了工作规则。\n")



@pytest.mark.parametrize("caption", [
    "2026年3月10日在青岚县第十七届人民代表大会\n常务委员会第九次会议上",
    "（2026年3月10日在青岚县第十七届人民代表大会常务委员会第九次会议上）",
    "——二〇二六年三月十日在青岚县第十七届人民代表大会\n常务委员会第九次会议上",
])
def test_the_caption_under_the_title_is_not_body(caption):
    text = f"{TITLE}\n{caption}\n{BODY}"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.title == TITLE and found.title_lines == (TITLE,)
    assert found.year == 2025 and found.issuer == "青岚县人民政府"
    assert found.report.meta.addressee == "主任、各位副主任、委员"
    rows = caption.count("\n") + 2
    assert not {code for line, code in _codes_of(text) if 2 <= line <= rows}


def test_a_sentence_under_the_title_that_opens_with_在_is_body():
    text = f"{TITLE}\n在县人大常委会的监督下，县政府依法行政。\n一、重点工作开展情况\n（一）制度建设。县政府修订了工作规则。\n"
    found = read_received_text(text, PATH, STRUCTURE)
    assert found.report.meta.preamble and "监督" in found.report.meta.preamble[0].runs[0].text
