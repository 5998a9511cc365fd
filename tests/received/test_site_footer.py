"""A website's footer below a report copied from its page (主办单位, 网站标识码, ICP备案, 版权所有, the
footer's links): furniture, not the report's last lines. Read as text, it stood below the 落款, so
that lint said 缺少落款 and the audit had no 成文日期."""

from __future__ import annotations

import datetime as dt

import pytest

from lawreport.received.facts import furniture_lines
from lawreport.received.footer import is_site_footer
from tests.received.shapes import codes_of, read_text

REPORT = [
    "青禾县水务局2024年度法治政府建设情况报告",
    "2024年，县水务局坚持依法治水，各项工作有序推进。现将有关情况报告如下：",
    "一、2024年度推进法治政府建设的主要举措和成效",
    "全年办理取水许可18件，查处河道违法案件6件。",
    "二、2024年度推进法治政府建设存在的不足和原因",
    "水行政执法力量仍显薄弱。",
    "三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局主要负责人主持召开专题会议3次。",
    "四、2025年度推进法治政府建设的主要安排",
    "计划开展河湖执法专项行动2次。",
    "青禾县水务局",
    "2025年2月26日",
]
FOOTERS = {
    "one line of labels": ["【打印本页】【关闭窗口】", "主办单位：青禾县人民政府办公室  备案号：青ICP备00000000号"],
    "registrations and copyright": [
        "网站地图 | 联系我们 | 网站声明",
        "主办：青禾县人民政府办公室　承办：青禾县大数据中心",
        "网站标识码：0000000001　青ICP备00000000号-1　青公网安备 00000000000001号",
        "Copyright © 2025 青禾县人民政府 All Rights Reserved",
        "地址：青禾县人民路1号　邮编：000000　电话：0000-0000000",
        "建议使用1920×1080分辨率浏览本站",
    ],
    "badges on lines of their own": ["党政机关", "政府网站找错", "版权所有：青禾县人民政府  技术支持：某某科技有限公司"],
}


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("footer", FOOTERS.values(), ids=list(FOOTERS))
def test_the_signature_above_a_site_footer_is_found(footer: list[str]):
    found = read_text(_text(REPORT + footer))
    assert (found.signature, found.date) == ("青禾县水务局", "2025年2月26日")
    assert found.report.meta.date == dt.date(2025, 2, 26)
    first = len(REPORT) + 1
    assert set(range(first, first + len(footer))) <= furniture_lines(found.report.meta)
    assert found.report.part("plans").blocks[-1].text == "计划开展河湖执法专项行动2次。"


@pytest.mark.parametrize("footer", FOOTERS.values(), ids=list(FOOTERS))
def test_no_missing_signature_and_no_findings_in_the_footer(footer: list[str]):
    found = codes_of(_text(REPORT + footer))
    assert "M003" not in {code for _, code in found}
    assert not [(line, code) for line, code in found if line > len(REPORT)]


@pytest.mark.parametrize("line", [
    "计划完善水行政执法协作机制，联系电话：0000-0000000。",  # a sentence
    "青禾县水务局",
    "2025年2月26日",
    "四、2025年度推进法治政府建设的主要安排",
    "联系我们的群众来信共12件",  # a link's words inside the report's text
])
def test_report_lines_are_not_footer_lines(line: str):
    assert not is_site_footer(line)
