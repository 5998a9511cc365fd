"""P010 names a run of spaces by its count, not by repeating “空格”."""

from __future__ import annotations

from lawreport.lint.punctuation import stray_space
from lawreport.lint.punctuation.stray_space import describe

from .examples import lint_example


def test_the_spaces_are_counted() -> None:
    assert describe(" ") == "空格"
    assert describe("\u3000") == "全角空格"
    assert describe("  ") == "2 个空格"
    assert describe(" \u3000 ") == "3 个空格（半角 2 个、全角 1 个）"


def test_the_message_of_a_run() -> None:
    found = lint_example(stray_space.RULE, "全面推进  依法治校。")
    assert [d.message for d in found] == ["汉字之间多了 2 个空格，请删除"]
