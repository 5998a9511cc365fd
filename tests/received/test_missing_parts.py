"""One answer to “which required parts does this report lack” (lawreport.received.layout.missing_parts):
``lawreport lint`` (S001), the audit's per-file record (缺少部分) and ``lawreport import`` (its note
“未找到必需的部分：…”) name the same parts of the same received report.

A report that uses its own themes as 一、 headings has its 主要举措和成效 in those themes (S008 says
so once): none of the three calls that part missing. A part that is really missing is named by all
three. The reports are invented, for the fictional 云岫县档案局.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lawreport.audit.perfile import Settings, audit_file
from lawreport.received import read_received_text
from lawreport.received.layout import THEMATIC, missing_parts
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
YEAR = 2024
KEY_OF_TITLE = {spec.title_in(YEAR): spec.key for spec in STRUCTURE.parts}

HEAD = """云岫县档案局
2024年度法治政府建设情况报告
县委依法治县办：
2024年，县档案局围绕馆藏开放和依法管档两件事逐项推进法治建设，现将有关情况报告如下：
"""
THEMES = """一、夯实制度根基，织密管档规矩
（一）修订查档办法。重新拟定查阅利用细则，把预约、复制、出证三道手续写进一张清单。
（二）理顺审核流程。开放审核由两级把关改为三级会签，全年会签卷宗四百余卷。
二、守牢开放底线，优化查档服务
（一）推行线上预约。群众在家即可预约查档，平均等候时间由五天缩短到两天。
"""
MEASURES = """一、2024年度推进法治政府建设的主要举措和成效
（一）修订查档办法。重新拟定查阅利用细则，把预约、复制、出证三道手续写进一张清单。
"""
SHORTCOMINGS = """{n}、存在的问题
一是基层档案员流动较快，业务衔接不够顺畅。
"""
LEADERSHIP = """{n}、局主要负责人履行推进法治建设第一责任人职责情况
局长主持专题会议研究依法管档事项四次。
"""
PLANS = """{n}、下一步工作打算
继续完善开放审核办法，按季度通报查档服务情况。
"""
COMBINED = """{n}、存在的问题和下一步打算
基层档案员流动较快，业务衔接不够顺畅。下一步将按季度通报查档服务情况。
"""
PROBLEM_THEME = """{n}、坚持问题导向和统筹谋划，守牢开放底线
（一）推行线上预约。群众在家即可预约查档，平均等候时间由五天缩短到两天。
"""
TAIL = """云岫县档案局
2025年2月10日
"""


def _report(*bodies: str) -> str:
    """The head, the parts in order (numbered on from the 一、 headings above them) and the 落款."""
    text = HEAD
    for body in bodies:
        text += body.format(n="一二三四五六"[len(re.findall(r"^[一二三四五六]、", text, re.M))])
    return text + TAIL


REPORTS = {
    # the themes stand for the measures: nothing is missing
    "themes": (_report(THEMES, SHORTCOMINGS, LEADERSHIP, PLANS), ()),
    # the themes stand for the measures, the plans are really missing
    "themes-without-plans": (_report(THEMES, SHORTCOMINGS, LEADERSHIP), ("plans",)),
    # the statutory parts, one of them missing
    "statutory-without-shortcomings": (_report(MEASURES, LEADERSHIP, PLANS), ("shortcomings",)),
    # one heading over the shortcomings and the plans: both are there (S001 warns they are combined)
    "shortcomings-and-plans-combined": (_report(MEASURES, LEADERSHIP, COMBINED), ()),
    # a theme naming 问题 and 谋划 with a 和 is no heading over two parts: the plans are really missing
    "themes-naming-plans": (_report(THEMES, PROBLEM_THEME, LEADERSHIP), ("plans",)),
}
COMBINED_WARNING = "合写在一个标题下"


def _key(title: str) -> str:
    return KEY_OF_TITLE[title]


def _lint_missing(cli, path: Path) -> tuple[str, ...]:
    """The parts ``lawreport lint`` reports missing (S001), as keys."""
    result = cli("lint", str(path), "--format", "json")
    found = json.loads(result.stdout)
    titles = [re.match(r"缺少必需的部分“.、(.+?)”", d["message"]) for d in found
              if d["code"] == "S001" and COMBINED_WARNING not in d["message"]]
    assert all(titles), found
    return tuple(_key(match[1]) for match in titles if match)


def _audit_missing(path: Path) -> tuple[str, ...]:
    """What the audit's per-file record holds under 缺少部分."""
    row = audit_file(str(path), Settings(STRUCTURE, None, {})).row
    assert row.readable, row.reason
    return row.missing


def _import_missing(cli, path: Path, workspace: Path) -> tuple[str, ...]:
    """The parts named in ``lawreport import``'s note “未找到必需的部分：…”, as keys."""
    result = cli("import", str(path), cwd=workspace)
    assert f"{YEAR} 年度" in result.stdout, result.output
    notes = re.findall(r"未找到必需的部分：(.+)", result.stdout)
    assert len(notes) <= 1, result.stdout
    return tuple(_key(title) for title in notes[0].split("；")) if notes else ()


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_lint_audit_and_import_name_the_same_missing_parts(name, cli, workspace, tmp_path):
    text, expected = REPORTS[name]
    path = tmp_path / "收件" / f"{name}.txt"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    said = {"lint": _lint_missing(cli, path), "audit": _audit_missing(path), "import": _import_missing(cli, path, workspace)}
    assert said == {"lint": expected, "audit": expected, "import": expected}


def test_the_theme_style_fixture_is_read_as_thematic():
    """The fixture tests what it means to: the reader takes its 一、 headings for the author's themes."""
    found = read_received_text(REPORTS["themes"][0], Path("收件.txt"), STRUCTURE)
    assert found.layout == THEMATIC
    assert missing_parts(found.report) == missing_parts(found.report, THEMATIC) == ()
    assert [spec.key for spec in missing_parts(found.report, "statutory")] == ["measures"]


def test_a_heading_over_two_parts_is_a_warning_naming_both(cli, tmp_path):
    path = tmp_path / "合写.txt"
    path.write_text(REPORTS["shortcomings-and-plans-combined"][0], encoding="utf-8")
    found = json.loads(cli("lint", str(path), "--format", "json").stdout)
    s001 = [d for d in found if d["code"] == "S001"]
    assert [(d["line"], d["severity"]) for d in s001] == [(9, "warning")]
    assert "“存在的问题和下一步打算”把“存在的不足和原因”和“主要安排”合写在一个标题下" in s001[0]["message"]
    assert "未找到" not in s001[0]["message"]
