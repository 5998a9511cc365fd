"""Last year's plans in the audit row: 未见落实 and 可能落实, as lawreport diff grades them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lawreport.audit.htmlout import render_html
from lawreport.audit.jsonout import render_json
from lawreport.audit.records import AuditResult
from lawreport.audit.table import SUMMARY_HEADER, summary

UNIT = "青岚县档案局"  # fictional


def _report(year: int, measures: list[str], plans: list[str]) -> str:
    lines = [f"{UNIT}{year}年法治政府建设年度报告", "青岚县人民政府：",
             f"{year}年，我局坚持以习近平新时代中国特色社会主义思想为指导，现将有关情况报告如下：",
             f"一、{year}年度推进法治政府建设的主要举措和成效", *measures,
             f"二、{year}年度推进法治政府建设存在的不足和原因", "档案执法人员数量不足，基层档案室规范化程度不高。",
             f"三、{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
             "局主要负责人召开专题会议三次，研究档案法治工作。",
             f"四、{year + 1}年度推进法治政府建设的主要安排", *plans, UNIT, f"{year + 1}年2月10日"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> AuditResult:
    """A unit whose last-year plans are one carried out, one only touched on (可能落实), one never mentioned."""
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    root = tmp_path_factory.mktemp("plans")
    (root / "previous").mkdir()
    (root / "current").mkdir()
    (root / "previous" / "档案局2024.txt").write_text(_report(2024, ["（一）制度建设", "修订档案管理制度五项。"], [
        "（一）开展档案执法检查", "对全县机关档案室开展执法检查，覆盖率达到百分之百。",
        "（二）建设档案信息查询平台", "建成全县统一的电子档案信息查询平台，向群众提供在线查阅服务。",
        "（三）编制乡村记忆档案名录", "在各乡镇征集老照片和族谱，编制乡村记忆档案名录并出版图册。"]), encoding="utf-8")
    (root / "current" / "档案局2025.txt").write_text(_report(2025, [
        "（一）档案执法检查", "对全县机关档案室开展执法检查，覆盖率达到百分之百，整改问题四十项。",
        "（二）档案服务", "在档案馆大厅设置查询终端，为群众查阅档案提供服务。",
        "（三）普法宣传", "在国际档案日组织档案法宣传活动，发放资料两千份。"],
        ["（一）继续执法检查", "继续开展执法检查。"]), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([root / "current"], load_structure(None), spool, previous=root / "previous")
        return result._replace(files=tuple(result.files))


def test_the_row_lists_plans_possibly_carried_out_beside_those_not_seen(audited):
    previous = audited.files[0].previous  # type: ignore[index]
    assert previous is not None and previous.plans == 3
    assert [p.title for p in previous.unfollowed] == ["编制乡村记忆档案名录"]
    assert [p.title for p in previous.possibly] == ["建设档案信息查询平台"]


def test_every_output_has_the_column(audited):
    row = next(iter(summary(audited).rows))
    assert row[SUMMARY_HEADER.index("上年安排未见落实")] == "（三）编制乡村记忆档案名录"
    assert row[SUMMARY_HEADER.index("上年安排可能落实")] == "（二）建设档案信息查询平台"
    data = json.loads(render_json(audited))
    assert [p["title"] for p in data["files"][0]["previous"]["possibly"]] == ["建设档案信息查询平台"]
    page = render_html(audited).decode("utf-8")
    assert "<button type=\"button\">上年安排可能落实</button>" in page and "（二）建设档案信息查询平台" in page


def test_docs_list_the_column_and_the_key():
    documented = (Path(__file__).parents[2] / "docs" / "audit.md").read_text(encoding="utf-8")
    assert "上年安排未见落实、上年安排可能落实" in documented and "`possibly`" in documented


def test_last_year_s_report_is_found_under_a_short_form_of_the_unit_s_name(tmp_path: Path):
    """2024 signed 青岚县人社局, 2025 青岚县人力资源和社会保障局: one unit, so the row compares them."""
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    (tmp_path / "previous").mkdir()
    (tmp_path / "current").mkdir()
    for year, unit in ((2024, "青岚县人社局"), (2025, "青岚县人力资源和社会保障局")):
        text = _report(year, ["（一）制度建设", "修订劳动保障监察制度五项。"], ["（一）开展监察执法", "开展劳动保障监察执法检查。"])
        folder = "previous" if year == 2024 else "current"
        (tmp_path / folder / f"{year}.txt").write_text(text.replace(UNIT, unit), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([tmp_path / "current"], load_structure(None), spool, previous=tmp_path / "previous")
        [row] = list(result.files)
    assert row.unit == "青岚县人力资源和社会保障局" and row.previous is not None


COMBINED = Path(__file__).parents[1] / "diff" / "fixtures" / "combined"
"""岚溪镇's two years (fictional): shortcomings and plans under one title, “三、存在的问题和下一步打算”."""


def _audit_pair(tmp_path: Path, previous_text: str) -> AuditResult:
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    (tmp_path / "previous").mkdir()
    (tmp_path / "current").mkdir()
    (tmp_path / "previous" / "岚溪镇2024.txt").write_text(previous_text, encoding="utf-8")
    shutil.copy(COMBINED / "lanxi-2025.txt", tmp_path / "current" / "岚溪镇2025.txt")
    with Spool() as spool:
        result = run_audit([tmp_path / "current"], load_structure(None), spool, previous=tmp_path / "previous")
        return result._replace(files=tuple(result.files))


def test_last_year_s_plans_under_a_title_over_two_parts_are_followed_up(tmp_path: Path):
    audited = _audit_pair(tmp_path, (COMBINED / "lanxi-2024.txt").read_text("utf-8"))
    previous = audited.files[0].previous
    assert previous is not None and previous.plans == 3 and previous.note == ""
    assert [p.title for p in previous.unfollowed] == ["编印村规民约汇编"] and previous.possibly == ()
    row = next(iter(summary(audited).rows))
    assert row[SUMMARY_HEADER.index("上年安排数")] == 3
    assert row[SUMMARY_HEADER.index("上年安排未见落实")] == "3.编印村规民约汇编"


def test_plans_that_cannot_be_told_apart_are_said_in_the_row(tmp_path: Path):
    """The plans written in the same paragraph as the problems: no plan to follow up, and the row says why."""
    text = (COMBINED / "lanxi-2024.txt").read_text("utf-8")
    head, rest = text.split("三、存在的问题和下一步打算\n")
    tail = rest[rest.index("岚溪镇人民政府"):]
    audited = _audit_pair(tmp_path, head + "三、存在的问题和下一步打算\n"
                          "村级法律顾问作用发挥不充分。我镇将在各村建成标准化人民调解室。\n" + tail)
    previous = audited.files[0].previous
    assert previous is not None and previous.plans == 0 and previous.unfollowed == ()
    assert "分不出哪些文字是“主要安排”" in previous.note and "其中的安排没有检查落实情况" in previous.note
    row = next(iter(summary(audited).rows))
    assert row[SUMMARY_HEADER.index("上年安排未见落实")] == previous.note
    assert json.loads(render_json(audited))["files"][0]["previous"]["note"] == previous.note


def test_a_previous_folder_holding_this_years_report_too_compares_with_the_earlier_year(tmp_path):
    """An archive of all years given as --previous (or the received folder itself): each report is
    compared with its unit's latest report of an earlier year, never with itself (similarity 100%)."""
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    archive = tmp_path / "历年报告"
    archive.mkdir()
    (archive / "档案局2024.txt").write_text(_report(2024, ["修订档案管理制度五项。"], [
        "（一）建设档案信息查询平台", "建成全县统一的电子档案信息查询平台。"]), encoding="utf-8")
    (archive / "档案局2025.txt").write_text(_report(2025, ["在国际档案日组织档案法宣传活动，发放资料两千份。"],
                                                     ["（一）继续执法检查", "继续开展执法检查。"]), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([archive], load_structure(None), spool, previous=archive)
        rows = {Path(row.path).name: row.previous for row in result.files}
    assert rows["档案局2024.txt"] is None  # nothing earlier
    newer = rows["档案局2025.txt"]
    assert newer is not None and Path(newer.path).name == "档案局2024.txt" and newer.year == 2024
    assert newer.similarity < 1 and newer.plans == 1


def test_the_row_shows_how_much_of_last_years_problems_and_plans_is_repeated(tmp_path):
    """A unit that copies last year's 不足 (unchanged here) and 安排 with a word changed: the row gives
    the similarity of each of the two parts and the characters carried over word for word."""
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    for folder in ("previous", "current"):
        (tmp_path / folder).mkdir()
    plans = ["（一）建设档案信息查询平台", "建成全县统一的电子档案信息查询平台，向群众提供在线查阅服务。",
             "（二）编制乡村记忆档案名录", "在各乡镇征集老照片和族谱，编制乡村记忆档案名录并出版图册。"]
    (tmp_path / "previous" / "档案局2024.txt").write_text(_report(2024, ["修订档案管理制度五项。"], plans), encoding="utf-8")
    again = [*plans[:3], "在各乡镇征集老照片和家谱，编制乡村记忆档案名录并出版图册。"]
    (tmp_path / "current" / "档案局2025.txt").write_text(_report(2025, ["组织档案法宣传活动两次。"], again), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([tmp_path / "current"], load_structure(None), spool, previous=tmp_path / "previous")
        result = result._replace(files=tuple(result.files))
    previous = result.files[0].previous
    assert previous is not None
    assert previous.shortcomings_similarity == 1.0
    assert previous.plans_similarity is not None and 0.95 < previous.plans_similarity < 1
    carried = ("档案执法人员数量不足，基层档案室规范化程度不高", "建成全县统一的电子档案信息查询平台，向群众提供在线查阅服务")
    assert previous.carried == 2 and previous.carried_chars == sum(map(len, carried))  # not the plan with 族谱 → 家谱
    row = next(iter(summary(result).rows))
    assert row[SUMMARY_HEADER.index("不足与上年相似度")] == 1.0
    assert row[SUMMARY_HEADER.index("不足和安排沿用上年原文字数")] == previous.carried_chars
    data = json.loads(render_json(result))["files"][0]["previous"]
    assert data["plans_similarity"] == previous.plans_similarity and data["carried"] == 2
