"""The audit's row of a received file that is not a 法治政府建设年度报告 (a notice, a news item …)."""

from __future__ import annotations

import shutil
from pathlib import Path

from lawreport.audit.htmlout import _cards
from lawreport.audit.jsonout import file_data
from lawreport.audit.run import run_audit
from lawreport.audit.spool import Spool
from lawreport.audit.table import SUMMARY_HEADER, summary, tally
from lawreport.sources.structure import load_structure
from tests.received.test_not_a_report import PARTS_MISSING

NOTICES = Path(__file__).parents[1] / "received" / "fixtures" / "notreports"

REPORT = PARTS_MISSING  # a real report, badly laid out: two parts missing


def test_a_notice_s_row_says_what_it_is_and_a_bad_report_stays_a_report(tmp_path):
    folder = tmp_path / "收到"
    folder.mkdir()
    shutil.copy(NOTICES / "meeting-notice.txt", folder / "会议通知.txt")
    shutil.copy(NOTICES / "notice-plain.txt", folder / "教育局.txt")
    (folder / "农业农村局.txt").write_text(REPORT, encoding="utf-8")
    with Spool() as spool:
        result = run_audit([folder], load_structure(None), spool, roster=["示例县教育局", "西湖区农业农村局"])
        rows = {Path(row.path).name: row for row in result.files}
        notice, report = rows["会议通知.txt"], rows["农业农村局.txt"]
        assert notice.not_report == "会议通知"
        assert notice.missing == () and notice.previous is None  # not “every part missing”
        assert [f.code for f in notice.findings] == ["S001"] and "像是会议通知" in notice.findings[0].message
        assert report.not_report == "" and report.missing == ("shortcomings", "leadership")
        # the unit that sent only a 通知 has still to send its report
        assert result.missing_units == ("示例县教育局",)
        cells = {Path(str(values[0])).name: dict(zip(SUMMARY_HEADER, values, strict=True)) for values in summary(result).rows}
        assert cells["会议通知.txt"]["版式"] == "不像年度报告：会议通知"
        assert cells["会议通知.txt"]["缺少部分"] == "" and cells["会议通知.txt"]["是否按期"] == ""
        assert cells["农业农村局.txt"]["版式"] == "按规定部分"
        assert file_data(notice)["not_report"] == "会议通知" and file_data(report)["not_report"] == ""
        counts = tally(result.files)
        assert (counts.not_reports, counts.missing_parts, counts.with_errors) == (2, 1, 1)
        assert ("不像年度报告", 2, True) in _cards(result, counts)
