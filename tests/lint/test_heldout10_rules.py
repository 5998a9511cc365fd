"""The three rule gaps heldout10 found: M001 on a title whose year follows 报告 in brackets, M005 on a
page's 成文日期 when the 落款 gives none (the audit's fallback), and H008 on a heading run into its body
with no punctuation at all. The reports are of the fictional 青岚县."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.metadata import title_pattern
from lawreport.sources.structure import load_structure

from .examples import lint_received_file as _lint
from .examples import received_text

TITLE = "样例市司法局2023年法治政府建设年度报告"


def _retitled(title: str) -> str:
    return received_text("").replace(TITLE, title).replace("样例市司法局", "青岚县司法局")


def test_a_year_in_brackets_after_the_report_is_the_title_s_year(tmp_path: Path) -> None:
    for title in ("青岚县司法局法治政府建设年度报告（2023年度）", "青岚县司法局法治政府建设年度报告(2023年)"):
        assert _lint(tmp_path / "报告.txt", _retitled(title), title_pattern.RULE) == [], title


def test_a_bracketed_year_does_not_stand_for_the_report(tmp_path: Path) -> None:
    [found] = _lint(tmp_path / "报告.txt", _retitled("青岚县司法局法治政府建设工作总结（2023年度）"), title_pattern.RULE)
    assert "文种“报告”" in found.message


def _copied_from_page(page_date: str, signed: str) -> str:
    """A department's report copied from its web page: the page's 成文日期 field above the title, the
    落款's date ``signed`` (the line dropped when "")."""
    text = _retitled("青岚县司法局2023年法治政府建设年度报告").replace("2024年2月20日\n", f"{signed}\n" if signed else "")
    title, rest = text.split("\n", 1)
    return f"发布机构：青岚县司法局 成文日期：{page_date}\n{title}\n{rest}"


def _lint_and_audit(path: Path, text: str) -> tuple[list[tuple[int, str]], str]:
    """M005's findings (line, message) by lint, and the audit's deadline status, for the same file."""
    from lawreport.audit.perfile import Settings, audit_file
    from lawreport.lint.metadata import deadline

    found = [(d.line, d.message) for d in _lint(path, text, deadline.RULE)]
    row = audit_file(str(path), Settings(load_structure(None), None, {})).row
    assert [f.code for f in row.findings if f.code == "M005"] == ["M005"] * len(found)  # the audit's findings column
    return found, row.deadline.status


def test_a_page_s_late_date_counts_when_the_signature_has_none(tmp_path: Path) -> None:
    found, status = _lint_and_audit(tmp_path / "报告.txt", _copied_from_page("2024-03-24", ""))
    assert found == [(1, "网页上的成文日期2024-03-24晚于部门报送期限2024年3月1日（报告没有落款日期，以网页上的成文日期为准）")]
    assert status == "late"


def test_the_signature_s_date_wins_over_the_page_s(tmp_path: Path) -> None:
    found, status = _lint_and_audit(tmp_path / "报告.txt", _copied_from_page("2024-03-24", "2024年2月20日"))
    assert (found, status) == ([], "on-time")


def test_a_signature_dated_before_the_year_ended_is_no_report_in_time(tmp_path: Path) -> None:
    """A 2023 report signed 2013年 (a slip of the year): lint warns, and the audit does not say 按期."""
    found, status = _lint_and_audit(tmp_path / "报告.txt", _copied_from_page("2024-02-26", "2013年1月20日"))
    assert [message for _, message in found] == ["成文日期2013-01-20早于报告年度结束，请核对（应在2024年）"]
    assert status == "early"


def test_a_page_date_in_time_is_not_reported(tmp_path: Path) -> None:
    found, status = _lint_and_audit(tmp_path / "报告.txt", _copied_from_page("2024-02-26", ""))
    assert (found, status) == ([], "on-time")


def test_a_page_s_issue_date_is_not_taken_for_the_signing_date(tmp_path: Path) -> None:
    """A 发文日期 may be the day the page issued the text: neither lint nor the audit holds it to the deadline."""
    text = _copied_from_page("2024-03-24", "").replace("成文日期：", "发文日期：")
    found, status = _lint_and_audit(tmp_path / "报告.txt", text)
    assert (found, status) == ([], "unknown")


def test_a_town_s_title_with_its_year_after_the_report_is_a_government_s(tmp_path: Path) -> None:
    """“青岚镇法治政府建设年度报告（2023年度）”, with no 落款 and no issuer on the page: the issuer is the
    title's 青岚镇, whose deadline is 4月1日, not the 3月1日 of the “……报告（” the year used to cut out."""
    text = _copied_from_page("2024-03-21", "").replace("青岚县司法局2023年法治政府建设年度报告",
                                                       "青岚镇法治政府建设年度报告（2023年度）")
    text = text.replace("发布机构：青岚县司法局 ", "").replace("青岚县司法局\n", "").replace("青岚县司法局", "我镇")
    found, status = _lint_and_audit(tmp_path / "报告.txt", text)
    assert (found, status) == ([], "on-time")


def _h008(tmp_path: Path, body: str) -> list[tuple[int, str]]:
    """H008's findings (column, message) on part 一 of 青岚县司法局's report written as ``body``."""
    from lawreport.lint.headings import runin_punct

    text = received_text(body).replace("样例市司法局", "青岚县司法局")
    return [(d.column, d.message) for d in _lint(tmp_path / "报告.txt", text, runin_punct.RULE)]


def test_a_heading_run_into_a_verb_of_its_body_is_reported_where_it_ends(tmp_path: Path) -> None:
    body = ("（一）深化行政复议体制改革充分发挥行政复议化解争议的主渠道作用，全年受理复议申请31件，"
            "审结29件，纠错率较上年提高。复议质效稳步提升。")
    assert _h008(tmp_path, body) == [(14, "段首标题与正文之间缺少句号：应写作“深化行政复议体制改革。充分发挥……”，"
                                          "或把正文另起一段")]


def test_a_heading_run_into_its_subject_is_reported(tmp_path: Path) -> None:
    for opener in ("我局", "青岚县司法局", "2023年"):
        body = (f"（二）健全行政执法监督机制{opener}制定执法监督工作规则，对全县12个执法单位开展案卷评查，"
                "发现并督促整改问题18个。评查结果纳入年度考核。")
        [(column, message)] = _h008(tmp_path, body)
        assert column == 14 and "“健全行政执法监督机制。" in message, (opener, message)


def test_headings_that_end_where_they_should_are_not_reported(tmp_path: Path) -> None:
    for body in (
        # a run-in heading with its 。
        "（一）深化行政复议体制改革。充分发挥行政复议化解争议的主渠道作用，全年受理复议申请31件，审结29件。",
        # a long heading of two clauses joined by “，”
        "（一）坚持党对法治政府建设的全面领导，推动党中央决策部署在青岚县司法行政系统落地见效。全年召开专题会议4次，"
        "研究法治建设重要事项9项。",
        # a short heading of two phrases with no stop between them: where it ends is told by the 。
        "（一）加强组织领导强化责任落实。全年召开专题会议4次，研究法治建设重要事项9项，督办落实情况。",
        # a numbered paragraph of the body, which opens with its subject
        "（一）全年召开局党组会议专题研究法治建设工作4次，制定年度工作要点，明确工作任务和责任科室，按季度通报进度。"
        "各项任务按期完成。",
    ):
        assert _h008(tmp_path, body) == [], body
