"""Parts numbered in another family (“1.主要举措和成效”, “1、”, “（一）”): the parts are there,
numbered wrong. Before, the reader found no part at all, so lint said all four required parts
were missing (S001) and, at the first title, that “1.” stood right under a part (H002); for
“1、” H005 even asked for “1.”, which is still the wrong family for a part."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from importing.docx_fixtures import frame, make_docx, para

from lawreport.cli import cli as group

_TITLES = ("主要举措和成效", "存在的不足和原因", "党组书记履职情况", "2024年工作安排")


def _lines(markers: tuple[str, ...]) -> list[str]:
    lines: list[str] = []
    for marker, title in zip(markers, _TITLES, strict=True):
        lines += [f"{marker}{title}", "　　全年修订内部制度4项，开展河道巡查48次。"]
    return lines


def _docx(folder: Path, markers: tuple[str, ...]) -> Path:
    path = folder / "示例县水务局.docx"
    path.write_bytes(make_docx(frame("".join(para(line) for line in _lines(markers)))))
    return path


def _txt(folder: Path, markers: tuple[str, ...]) -> Path:
    path = folder / "示例县水务局.txt"
    head = ["示例县水务局2023年法治政府建设年度报告", "", "县政府：", "　　2023年，县水务局坚持依法治水。现将有关情况报告如下："]
    path.write_text("\n".join(head + _lines(markers) + ["", "示例县水务局", "2024年2月18日", ""]), "utf-8")
    return path


def _findings(path: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


@pytest.mark.parametrize("write", [_docx, _txt], ids=["docx", "txt"])
@pytest.mark.parametrize("markers", [("1.", "2.", "3.", "4."), ("1、", "2、", "3、", "4、"),
                                     ("（一）", "（二）", "（三）", "（四）")], ids=["point", "dunhao", "brackets"])
def test_a_part_numbered_in_another_family_is_a_part_numbered_wrong(tmp_path, write, markers):
    findings = _findings(write(tmp_path, markers))
    assert not [f for f in findings if f["code"] == "S001"], findings
    assert not [f for f in findings if f["code"] == "H005"], findings  # “1、” is to be “一、”, not “1.”
    wrong = [f for f in findings if f["code"] == "H002"]
    assert len(wrong) == 4, findings
    assert "部分标题的序号" in str(wrong[0]["message"]) and "应写作“一、”" in str(wrong[0]["message"])
    assert "应写作“四、”" in str(wrong[3]["message"])


def test_the_import_keeps_the_parts_and_says_how_they_were_numbered(tmp_path, workspace, cli):
    path = _docx(tmp_path, ("1.", "2.", "3.", "4."))
    result = cli("import", str(path), "--year", "2023", "--force", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "measures、shortcomings、leadership、plans" in result.output, result.output
    assert "序号不是“一、二、三、”" in result.output


def test_one_heading_naming_a_part_is_not_taken_for_the_parts(tmp_path):
    """A single “（三）存在的问题” in a report without 一、 titles is a heading, not a part."""
    path = tmp_path / "示例县水务局.txt"
    path.write_text("\n".join([
        "示例县水务局2023年法治政府建设年度报告", "", "县政府：", "　　现将有关情况报告如下：",
        "（一）健全制度体系", "　　全年修订内部制度4项。", "（二）存在的问题", "　　执法人员数量不足。",
        "", "示例县水务局", "2024年2月18日", ""]), "utf-8")
    findings = _findings(path)
    assert not any("部分标题的序号" in str(f["message"]) for f in findings), findings
    assert any(f["code"] == "S001" for f in findings), findings


def _report(tmp_path: Path, body: list[str]) -> Path:
    path = tmp_path / "示例县水务局.txt"
    path.write_text("\n".join(["示例县水务局2023年法治政府建设年度报告", "", "县政府：", "　　现将有关情况报告如下：",
                               *body, "", "示例县水务局", "2024年2月18日", ""]), "utf-8")
    return path


@pytest.mark.parametrize(("slipped", "marker", "line"), [(0, "1.", 5), (1, "（二）", 7)], ids=["first", "between"])
def test_one_part_numbered_in_another_family_among_the_others(tmp_path, slipped, marker, line):
    """“1.主要举措和成效” above “二、”, or “（二）存在的不足” between “一、” and “三、”: the part
    where its number belongs, numbered wrong (before: S001 for it, and H004 “二、” after nothing)."""
    titles = ["一、主要举措和成效", "二、存在的不足和原因", "三、履行第一责任人职责情况", "四、工作安排"]
    titles[slipped] = marker + titles[slipped][2:]
    body = [piece for title in titles for piece in (title, "　　全年修订内部制度4项，开展河道巡查48次。")]
    findings = _findings(_report(tmp_path, body))
    assert [(f["code"], f["line"]) for f in findings if f["code"] in ("S001", "H002", "H004")] == [("H002", line)], findings


def test_a_heading_naming_a_part_inside_a_part_stays_a_heading(tmp_path):
    """“（二）存在的问题” under “一、”, with “二、存在的不足和原因” after it: a heading of part 一."""
    body = ["一、主要举措和成效", "（一）健全制度体系", "　　全年修订内部制度4项。", "（二）存在的问题", "　　整改问题3个。",
            "二、存在的不足和原因", "　　执法人员数量不足。", "三、履行第一责任人职责情况", "　　主持学法2次。",
            "四、工作安排", "　　继续开展河道巡查。"]
    findings = _findings(_report(tmp_path, body))
    assert not [f for f in findings if f["code"] in ("S001", "H002", "H004")], findings


def test_a_heading_naming_a_part_below_the_last_part_stays_a_heading(tmp_path):
    """“（二）党政主要负责人履行……情况” under “一、”, the last part of an opening: reports often give
    the leadership account inside part 一 (a web page's opening of heldout7 does)."""
    body = ["一、主要举措和成效", "（一）健全制度体系", "　　全年修订内部制度4项。",
            "（二）党政主要负责人履行推进法治建设第一责任人职责情况", "　　主持学法2次。"]
    findings = _findings(_report(tmp_path, body))
    assert not [f for f in findings if f["code"] == "H002"], findings
