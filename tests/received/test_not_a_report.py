"""A received file that is not a 法治政府建设年度报告 (lawreport.received.genre): told apart, and said so once.

The non-reports are invented (tests/received/fixtures/notreports); so are the badly structured
reports below, which must still be read and checked as reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.cli import cli
from lawreport.received import read_received, read_received_text
from lawreport.sources.structure import load_structure

FIXTURES = Path(__file__).parent / "fixtures" / "notreports"

EXPECTED = {
    "meeting-notice.txt": "会议通知",
    "notice-plain.txt": "通知",
    "news-item.txt": "新闻",
    "safety-summary.txt": "其他工作的总结或报告",
    "tourism-summary.txt": "其他工作的总结或报告",
    "gov-info-disclosure.txt": "政府信息公开工作年度报告",
    "pufa-plan.txt": "普法规划或工作要点",
    "shufa.txt": "述法报告",
    "minutes.txt": "会议纪要",
    "spreadsheet.txt": "表格",
    "covering-alone.txt": "报送函，没有附报告正文",
}

THEMES = """示例县司法局2024年法治建设工作总结

2024年，我局坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况总结如下。

一、坚持依法决策，决策水平不断提升

严格落实重大行政决策程序规定，全年重大事项均经合法性审核。

二、坚持严格执法，执法质效持续提高

全面推行行政执法三项制度，开展执法案卷评查两次。

三、坚持普法为民，法治氛围日益浓厚

落实普法责任制，开展法治宣传活动二十余场。
"""

EXCERPT = """（二）深化行政执法体制改革。推进综合行政执法，全年办理行政执法案件一百二十件，行政复议纠错率下降。

（三）加强规范性文件管理。全年审核规范性文件八件，均按规定报备，依法行政水平进一步提高。

二、存在的不足和原因

基层法治力量还比较薄弱，执法人员专业水平有待提高。
"""

COVERING = """示例县水务局关于报送2024年度法治政府建设情况报告的函

示例县司法局：

现将我局2024年度法治政府建设情况报告报送你局，请审阅。

示例县水务局
2025年1月20日

示例县水务局2024年度法治政府建设情况报告

2024年，我局深入推进依法行政，法治政府建设取得新进展。

一、2024年度推进法治政府建设的主要举措和成效

严格规范行政执法，落实行政执法公示制度。

二、2024年度推进法治政府建设存在的不足和原因

执法人员法治素养有待提高。

三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况

主要负责人带头学法，主持研究法治工作两次。

四、2025年度推进法治政府建设的主要安排

继续推进严格规范公正文明执法。

示例县水务局
2025年1月20日
"""

PARTS_MISSING = """西湖区农业农村局2024年法治政府建设年度报告

2024年，我局认真落实法治政府建设各项任务，依法行政水平稳步提升。

一、2024年度推进法治政府建设的主要举措和成效

落实行政执法三项制度，全年开展农业执法检查四十次，办理行政处罚案件十二件。

二、2025年度推进法治政府建设的主要安排

深入开展农业综合执法，加强法治宣传。

西湖区农业农村局
2025年2月10日
"""


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_invented_non_report_is_told_apart(name):
    found = read_received(FIXTURES / name, load_structure(None))
    assert found.genre == EXPECTED[name]


def test_every_invented_non_report_has_its_expectation():
    assert sorted(path.name for path in FIXTURES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("text", [THEMES, EXCERPT, COVERING, PARTS_MISSING],
                         ids=["themes-titled-总结", "excerpt-without-title", "covering-letter-then-report", "parts-missing"])
def test_badly_structured_reports_are_still_reports(text, tmp_path):
    found = read_received_text(text, tmp_path / "报告.txt", load_structure(None))
    assert found.genre is None


def _lint(path: Path) -> list[str]:
    """``lawreport lint``'s findings on ``path`` (every default rule), as "CODE message"."""
    result = CliRunner().invoke(cli, ["lint", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [f"{found['code']} {found['message']}" for found in json.loads(result.output)]


def test_lint_says_once_that_a_meeting_notice_is_not_a_report():
    found = _lint(FIXTURES / "meeting-notice.txt")
    assert len(found) == 1, found  # not three S001 “缺少必需的部分” and a thematic-layout warning
    assert found[0].startswith("S001 不像法治政府建设年度报告，像是会议通知")


def test_lint_still_checks_a_report_with_parts_missing_as_a_report(tmp_path):
    path = tmp_path / "农业农村局.txt"
    path.write_text(PARTS_MISSING, encoding="utf-8")
    found = _lint(path)
    missing = [line for line in found if line.startswith("S001 缺少必需的部分")]
    assert len(missing) == 2 and not any("不像" in line for line in found)


def test_a_page_column_read_as_the_title_does_not_make_a_report_a_non_report(tmp_path):
    """A web copy whose title line is the page's column (“政府信息公开专栏”): the report under it stays a report."""
    text = "西湖区政府信息公开专栏\n\n" + EXCERPT
    found = read_received_text(text, tmp_path / "报告.txt", load_structure(None))
    assert found.genre is None
