"""The three rule gaps heldout10 found: M001 on a title whose year follows 报告 in brackets, M005 on a
page's 成文日期 when the 落款 gives none (the audit's fallback), and H008 on a heading run into its body
with no punctuation at all. The reports are of the fictional 青岚县."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.base import Diagnostic, Rule
from lawreport.lint.config import Active
from lawreport.lint.metadata import title_pattern
from lawreport.lint.runner import lint_document
from lawreport.lint.targets import load_received
from lawreport.sources.structure import load_structure

from .examples import received_text

TITLE = "样例市司法局2023年法治政府建设年度报告"


def _lint(path: Path, text: str, rule: Rule) -> list[Diagnostic]:
    path.write_text(text, encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    return lint_document(loaded.document, [Active(rule, None, rule.default_options())])


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


