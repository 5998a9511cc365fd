"""The report metadata import takes from a received title and part titles: whose report it is
(a bare place name is its government; a news headline's verb is not part of the office) and
which part a first “一、YYYY年法治政府建设情况” is. The fixtures' sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.importing.docinfo import issuer_in_title, issuer_type_of
from lawreport.importing.partmatch import first_part_by_wording
from lawreport.received import read_dated as read_received
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
FIXTURES = Path(__file__).parent / "fixtures"


def test_import_types_a_bare_place_name_as_its_government(workspace, cli):
    result = cli("import", str(FIXTURES / "place-name-title.txt"), "--year", "2030", cwd=workspace)
    assert result.exit_code in (0, 1), result.output
    meta = (workspace / "sections" / "2030" / "report.yaml").read_text(encoding="utf-8")
    assert 'issuer: "示例区"' in meta and "issuer_type: government" in meta


@pytest.mark.parametrize(("issuer", "kind"), [
    ("示例县", "government"), ("天津市示例区", "government"), ("示例镇", "government"),
    ("示例自治州", "government"), ("示例省", "government"),
    ("示例县司法局", "department"), ("示例市教育局直属区", "department"), ("示例经济开发区", "government"),
    ("示例高新区", "government"), ("示例县委", "department"), ("示例部", "department"),
    ("示例街道", "government"), ("示例区示例街道办事处", "government"),  # streets report as towns do
    ("中共示例街道工作委员会 示例街道办事处", "party-government"), ("示例街道工作委员会", "department"),
    ("南部县", "government"), ("东院镇", "government"),  # 部, 院 inside a place's own name
    ("示例自贸区", "government"), ("示例旅游度假区", "government"), ("示例军分区", "department"),  # zones a 管委会 runs report as governments
])
def test_place_names_and_offices(issuer, kind):
    assert issuer_type_of(issuer) == kind


def test_a_news_headline_verb_is_not_part_of_the_issuer(workspace, cli):
    result = cli("import", str(FIXTURES / "news-headline.txt"), "--year", "2030", cwd=workspace)
    assert result.exit_code in (0, 1), result.output
    meta = (workspace / "sections" / "2030" / "report.yaml").read_text(encoding="utf-8")
    assert 'issuer: "示例部"' in meta
    assert issuer_in_title("示例市人民政府关于2023年度法治政府建设情况的报告") == "示例市人民政府"
    assert issuer_in_title("示例局正式公布2023年法治政府建设年度报告") == "示例局"
    assert issuer_in_title("示例县人民政府关于公布2023年度法治政府建设情况的报告") == "示例县人民政府"


def test_a_first_part_on_the_year_s_work_is_the_measures():
    imported = read_received(FIXTURES / "first-part-account.txt", STRUCTURE)
    assert [part.key for part in imported.report.parts] == ["measures", "shortcomings"]
    assert not any("无法对应结构中的任何部分" in note.message for note in imported.notes)


@pytest.mark.parametrize(("title", "position", "taken"), [
    ("法治政府建设情况", 2, set()),  # a second part saying only “情况” names nothing
    ("2023年法治政府建设情况", 1, {"measures"}),
    ("2023年法治政府建设亮点", 1, set()),
])
def test_the_account_wording_names_the_first_part_only_when_it_comes_first(title, position, taken):
    assert first_part_by_wording(title, STRUCTURE, position, taken) is None
