"""M002 on received reports: a plain text (mostly copied from a web page) is not asked for the 主送机关
unless it evidently is the document as submitted; a received .docx and the sources still are. M005
applies the deadlines of the rules in force for the report's year."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.base import Diagnostic, Rule
from lawreport.lint.config import Active
from lawreport.lint.metadata import addressee, deadline
from lawreport.lint.runner import lint_document
from lawreport.lint.targets import load_received
from lawreport.sources.structure import load_structure

from .examples import lint_example, received_text

NO_ADDRESSEE = "replace:样例市人民政府：\n:"


def _codes(found: list[Diagnostic]) -> list[str]:
    return [d.code for d in found]


def _lint_file(path: Path, text: str, rule: Rule) -> list[Diagnostic]:
    path.write_text(text, encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    return lint_document(loaded.document, [Active(rule, None, rule.default_options())])


def test_a_plain_text_without_addressee_is_not_reported() -> None:
    assert _codes(lint_example(addressee.RULE, NO_ADDRESSEE, "txt")) == []


def test_a_plain_text_keeping_its_doc_number_is_reported() -> None:
    found = lint_example(addressee.RULE, "replace:样例市人民政府：\n:样例司〔2024〕3号\n", "txt")
    assert _codes(found) == ["M002"]


def test_a_plain_text_keeping_its_copy_to_line_is_reported(tmp_path: Path) -> None:
    text = received_text(NO_ADDRESSEE) + "抄送：样例市委依法治市办。\n"
    assert _codes(_lint_file(tmp_path / "报告.txt", text, addressee.RULE)) == ["M002"]


def test_a_received_docx_without_addressee_is_reported(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    text = received_text(NO_ADDRESSEE)
    for line in text.strip().split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "报告.docx"
    document.save(str(path))
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None and loaded.document.kind == "docx"
    found = lint_document(loaded.document, [Active(addressee.RULE, None, addressee.RULE.default_options())])
    assert _codes(found) == ["M002"]


def test_sources_without_addressee_are_reported() -> None:
    assert _codes(lint_example(addressee.RULE, "addressee: ''", "yaml")) == ["M002"]


def _report_of(year: int, date: str, published: str) -> str:
    """The example report moved to ``year``, signed on ``date`` and published on ``published``."""
    text = received_text("（一）加强学习\n全年开展集中学法6次。").replace("2024", str(year + 1)).replace("2023", str(year))
    title, rest = text.split("\n", 1)
    return f"{title}\n发布日期：{published}\n{rest}".replace(f"{year + 1}年2月20日", date)


def test_a_2017_report_has_no_publication_deadline(tmp_path: Path) -> None:
    text = _report_of(2017, "2018年3月20日", "2018-04-03")
    assert _codes(_lint_file(tmp_path / "报告.txt", text, deadline.RULE)) == []


def test_a_2017_report_is_due_in_the_first_quarter(tmp_path: Path) -> None:
    found = _lint_file(tmp_path / "报告.txt", _report_of(2017, "2018年4月10日", "2018-04-12"), deadline.RULE)
    assert [d.message for d in found] == ["成文日期2018-04-10晚于第一季度报送期限2018年3月31日"]


def test_a_2014_report_has_no_deadline(tmp_path: Path) -> None:
    assert _codes(_lint_file(tmp_path / "报告.txt", _report_of(2014, "2015年5月10日", "2015-06-01"), deadline.RULE)) == []


def test_a_2019_report_keeps_the_supervision_deadlines(tmp_path: Path) -> None:
    found = _lint_file(tmp_path / "报告.txt", _report_of(2019, "2020年3月20日", "2020-04-03"), deadline.RULE)
    assert {d.message for d in found} == {"成文日期2020-03-20晚于部门报送期限2020年3月1日",
                                          "公开日期2020-04-03晚于公开期限2020年4月1日"}


def _signature_messages(path: Path, text: str) -> list[tuple[int, str]]:
    from lawreport.lint.metadata import signature_date

    return [(d.line, d.message) for d in _lint_file(path, text, signature_date.RULE)]


def test_a_signed_but_undated_report_is_told_the_date_is_missing_under_its_signatory(tmp_path: Path) -> None:
    text = received_text("replace:2024年2月20日\n:")
    signatory = text.split("\n").index("样例市司法局") + 1
    found = _signature_messages(tmp_path / "报告.txt", text)
    assert found == [(signatory, "落款缺少成文日期：请在发文机关署名的下一行写成文日期（如“2024年2月20日”）")]


def test_the_example_date_of_a_missing_signature_is_in_the_year_after_the_report(tmp_path: Path) -> None:
    text = received_text("replace:样例市司法局\n2024年2月20日\n:").replace("2023", "2025")
    [(_, message)] = _signature_messages(tmp_path / "报告.txt", text)
    assert message == "缺少落款：正文之后应有发文机关署名和成文日期（如“2026年2月20日”）"


def test_the_example_date_of_a_report_of_unknown_year_names_no_year(tmp_path: Path) -> None:
    """A received report whose year could not be found has year 0: the example is not “1年2月20日”."""
    text = received_text("replace:2024年2月20日\n:").replace("2023年", "").replace("2024年度", "下一年度")
    [(_, message)] = _signature_messages(tmp_path / "报告.txt", text)
    assert message == "落款缺少成文日期：请在发文机关署名的下一行写成文日期（如“××××年2月20日”）"


_UNTITLED_TOWN = ("{head}2024年法治政府建设年度报告\n2024年，我镇坚持依法行政，法治环境持续改善。\n一、主要举措和成效\n"
                  "（一）完善制度。修订了议事规则。\n二、存在的不足和原因\n部分干部学法不够。\n"
                  "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n"
                  "四、2025年主要安排\n继续完善制度。\n{signature}2025年3月15日\n")


def test_a_town_s_report_that_names_no_issuer_is_held_to_the_government_deadline(tmp_path: Path) -> None:
    """The audit types an untitled, unsigned report by its voice (我镇: a government, 4月1日); M005 in its
    findings column said the same report was late for a department's 3月1日."""
    found = _lint_file(tmp_path / "报告.txt", _UNTITLED_TOWN.format(head="", signature=""), deadline.RULE)
    assert _codes(found) == []


def test_the_page_s_issuer_gives_the_deadline_when_the_report_names_none(tmp_path: Path) -> None:
    text = _UNTITLED_TOWN.format(head="发布机构：白河镇人民政府\n", signature="").replace("我镇", "全镇")
    assert _codes(_lint_file(tmp_path / "报告.txt", text, deadline.RULE)) == []


def test_h010_names_the_parts_it_compares_and_the_report_s_own_year(tmp_path: Path) -> None:
    """Only the first three part titles carry the report year; the example year is the report's."""
    from lawreport.lint.headings import part_title_style

    text = received_text("replace:二、2023年度推进法治政府建设存在的不足和原因:二、存在的不足和原因").replace("2023", "2030")
    text = text.replace("2024年度", "2031年度")
    [found] = _lint_file(tmp_path / "报告.txt", text, part_title_style.RULE)
    assert "前三个部分" in found.message and "如“2030年度……”" in found.message, found.message
