"""The issuer of a title that opens with 关于 (its place is inside the 事由, and M001 says the
issuer belongs before 关于), and the kind of the zones a 管委会 runs (开发区, 高新区, 新区,
综合保税区: governments, as towns are); what stands before 关于, not a 发文字号; the page's 发布机构 only when
the opening speaks as the same office. Every sentence here is invented, for fictional offices."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint
from lawreport.importing.docinfo import issuer_type_of
from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
BODY = "2025年，岚溪区坚持依法行政，扎实推进各项工作。\n一、主要举措和成效\n（一）完善制度。岚溪区修订了议事规则。\n"


def _read(text: str):
    return read_received_text(text, PATH, STRUCTURE)


def _m001(text: str) -> list[dict]:
    """The M001 findings of ``lawreport lint`` on ``text`` received as a .txt."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "收到.txt"
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(lint, [str(path), "--format", "json", "--select", "M001"])
    return json.loads(result.output)


def test_a_title_opening_with_about_and_a_place_names_the_place_as_issuer():
    found = _read(f"关于青岚市岚溪区2025年度法治政府\n建设情况的报告\n{BODY}")
    assert found.issuer == "青岚市岚溪区" and found.issuer_type == "government"


def test_m001_says_the_issuer_belongs_before_about():
    findings = _m001(f"关于青岚市岚溪区2025年度法治政府\n建设情况的报告\n{BODY}")
    assert [item["line"] for item in findings] == [1]
    assert "青岚市岚溪区" in findings[0]["message"] and "关于" in findings[0]["message"]


def test_m001_still_passes_the_issuer_before_about():
    assert not _m001(f"青岚市岚溪区人民政府关于2025年度法治政府建设情况的报告\n{BODY}")


@pytest.mark.parametrize("issuer", [
    "岚溪经济开发区", "岚溪高新区", "岚溪新区", "岚溪综合保税区", "火炬高新区（岚溪街道）", "青岚岚溪工业园区",
])
def test_zones_run_by_a_management_committee_are_governments(issuer):
    assert issuer_type_of(issuer) == "government"


@pytest.mark.parametrize("issuer", ["岚溪军分区", "岚溪县司法局（县行政复议局）", "岚溪社区"])
def test_other_names_keep_their_kind(issuer):
    assert issuer_type_of(issuer) == "department"


PARTS = "一、主要举措和成效\n（一）完善制度。修订了议事规则。\n"


def test_a_place_speaking_of_itself_after_the_leadership_it_works_under():
    found = _read(f"2025年，在市委、市政府的坚强领导下，我区坚持依法行政，各项工作有序推进。\n{PARTS}")
    assert found.issuer is None and found.issuer_type == "government"


def test_the_office_the_preamble_announces_the_report_of():
    found = _read("2025年，在市委的领导下，我区扎实推进法治建设，现将岚溪新区2025年度法治政府建设情况报告如下：\n"
                  + PARTS)
    assert found.issuer == "岚溪新区" and found.issuer_type == "government"


def test_the_opening_s_subject_named_without_its_place_tells_the_kind():
    found = _read(f"2025年，县委、县政府坚持依法行政，各项工作有序推进。\n{PARTS}")
    assert found.issuer is None and found.issuer_type == "government"


def test_the_page_s_publisher_is_not_the_issuer_when_the_opening_is_another_kind_of_office():
    head = "| 索引号 | QL0001/20260126-00002 | 发布机构 | 青岚县人民政府 |\n| 发布日期 | 2026-01-26 |\n"
    found = _read(head + f"2025年，县政府办公室在县委、县政府的领导下，扎实推进依法行政。\n{PARTS}")
    assert found.issuer is None and found.issuer_type == "department"
    assert found.page_meta["发布机构"] == "青岚县人民政府"


def test_the_page_s_publisher_stays_the_issuer_when_the_opening_agrees():
    head = "| 索引号 | QL0001/20260126-00002 | 发布机构 | 青岚县司法局 |\n| 发布日期 | 2026-01-26 |\n"
    found = _read(head + f"2025年，县司法局坚持依法行政，扎实推进各项工作。\n{PARTS}")
    assert found.issuer == "青岚县司法局" and found.issuer_type == "department"


@pytest.mark.parametrize("title, issuer", [
    ("青岚县人民政府关于青岚县2025年度法治政府建设情况的报告", "青岚县人民政府"),  # the place again in the 事由
    ("岚政发〔2026〕3号 关于岚溪区2025年度法治政府建设情况的报告", "岚溪区"),  # a 发文字号 before the title
])
def test_the_issuer_of_a_title_is_what_stands_before_about(title, issuer):
    assert _read(f"{title}\n{BODY}").issuer == issuer


def test_a_doc_number_before_a_title_is_no_issuer():
    assert _read(f"岚政发〔2026〕3号关于2025年度法治政府建设情况的报告\n{PARTS}").issuer is None


PAGE = "| 索引号 | QL0001/20260126-00002 | 发布机构 | 青岚县司法局 |\n| 发布日期 | 2026-01-26 |\n"


def test_the_page_s_publisher_is_not_the_issuer_when_the_opening_speaks_as_a_place():
    found = _read(PAGE + f"2025年，在市委、市政府的正确领导下，我区坚持依法行政，各项工作有序推进。\n{PARTS}")
    assert found.issuer is None and found.issuer_type == "government"


def test_the_page_s_publisher_is_not_the_issuer_when_the_opening_names_another_office():
    found = _read(PAGE + f"2025年，青岚县市场监管局认真贯彻落实县委、县政府决策部署，扎实推进依法行政。\n{PARTS}")
    assert found.issuer == "青岚县市场监管局" and found.issuer_type == "department"
