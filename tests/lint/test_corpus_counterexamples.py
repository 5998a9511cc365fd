"""Correct text that the rules changed for real received reports must leave alone: a deadline in
brackets (T002), 典型 before a list of talents (T013), a number before xx (S004). Every sentence is
invented; the case file received_blank_line_words.txt covers P011."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.commands.lint import lint


def _codes(tmp_path: Path, line: str) -> set[str]:
    path = tmp_path / "收到.txt"
    path.write_text(f"样例县司法局2023年法治政府建设年度报告\n{line}\n", encoding="utf-8")
    result = CliRunner().invoke(lint, [str(path), "--format", "json", "--select", "ALL"])
    return {item["code"] for item in json.loads(result.output) if item["line"] == 2}


@pytest.mark.parametrize(("line", "code"), [
    ("材料报送（截止今年6月底）按时完成，全年报送信息12条。", "T002"),
    ("总结推广典型和创新性法治人才培养经验，全年举办培训2期。", "T013"),
    ("全年办结3xx号以后的案件5件。", "S004"),
])
def test_correct_text_is_not_reported(tmp_path, line, code):
    assert code not in _codes(tmp_path, line)


@pytest.mark.parametrize(("line", "code"), [
    ("截止目前，全年报送信息12条。", "T002"),
    ("培养复合型、应用型、创新性法治人才，全年举办培训2期。", "T013"),
    ("xx区教育局全年开展执法检查3次。", "S004"),
])
def test_the_defects_are_still_reported(tmp_path, line, code):
    assert code in _codes(tmp_path, line)
