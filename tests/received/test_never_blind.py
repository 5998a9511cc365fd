"""No selection, ignore list or configuration turns a file lint could not read or understand into
“未发现问题” / exit 0; --year gives the year of a report that names none; a line of the report's own
is never set aside as page furniture (lint would not see it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint

NO_YEAR = ("白河镇法治政府建设情况报告\n白河镇人民政府：\n白河镇扎实推进法治政府建设,现将有关情况报告如下：\n"
           "一、主要举措和成效\n（一）加强学习。全年集中学法6次。\n")


def _codes(result) -> list[tuple[int, str]]:
    return [(item["line"], item["code"]) for item in json.loads(result.output)]


@pytest.mark.parametrize("options", [[], ["--select", "P,H"], ["--ignore", "S000"], ["--select", "P001", "--ignore", "S"]])
def test_unknown_year_is_one_finding_and_the_other_rules_run(tmp_path, options):
    path = tmp_path / "noyear.txt"
    path.write_text(NO_YEAR, encoding="utf-8")
    result = CliRunner().invoke(lint, [str(path), "--format", "json", *options])
    assert result.exit_code == 1, result.output
    codes = _codes(result)
    assert codes.count((1, "S000")) == 1
    assert (3, "P001") in codes  # a rule that does not need the year still ran


def test_year_option_gives_the_year(tmp_path):
    path = tmp_path / "noyear.txt"
    path.write_text(NO_YEAR, encoding="utf-8")
    result = CliRunner().invoke(lint, [str(path), "--format", "json", "--year", "2023"])
    assert "S000" not in [code for _, code in _codes(result)]
    assert CliRunner().invoke(lint, [str(path), "--year", "1800"]).exit_code == 2


@pytest.mark.parametrize("content", [b"\x00\x01\x02 binary", "首页 > 政务公开\n【字体：大 中 小】\n".encode()])
def test_unreadable_file_is_never_clean(tmp_path, monkeypatch, content):
    monkeypatch.chdir(tmp_path)
    Path("lawreport.yaml").write_text("lint:\n  ignore: [S000]\n  severity:\n    S000: info\n", encoding="utf-8")
    Path("sections").mkdir()
    path = tmp_path / "page.txt"
    path.write_bytes(content)
    for options in ([], ["--select", "P"], ["--ignore", "S"]):
        result = CliRunner().invoke(lint, [str(path), *options])
        assert result.exit_code == 1, result.output
        assert "S000" in result.output and "未发现问题" not in result.output


_REST = ("2025年，青岚县司法局坚持依法行政。\n一、主要举措和成效\n（一）加强学习。全年集中学法6次。\n"
         "二、存在的不足和原因\n基层执法力量不足。\n")


def _furniture_lines(text: str) -> set[int]:
    from lawreport.received import read_received_text
    from lawreport.sources.structure import load_structure

    found = read_received_text(text, Path("收到.txt"), load_structure(None))
    return {span.line for span in found.furniture}


@pytest.mark.parametrize("head, line", [
    ("• 索引号：QL0001/2026-00012\n• 信息种类：工作报告\n", "• 加强组织领导：全年召开党组会4次，研究法治工作"),
    ("索引号：QL0001/2026-00012\n发布机构：青岚县司法局\n", "执法单位：县市场监管局，县农业农村局"),
])
def test_a_report_line_below_the_page_s_list_is_not_one_of_its_labels(head, line):
    text = head + line + "\n" + _REST
    assert head.count("\n") + 1 not in _furniture_lines(text)


def test_a_table_of_the_report_below_its_title_is_not_the_page_s():
    text = ("青岚县司法局2025年度法治政府建设情况报告\n| 序号 | 名称 | 完成情况 |\n| 1 | 行政执法三项制度 | 已完成 |\n"
            + _REST)
    assert 2 not in _furniture_lines(text)
