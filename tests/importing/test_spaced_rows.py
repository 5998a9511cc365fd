"""The space-aligned row test of .txt tables answers lines without a double gap without its
regular expression; the answer must be the expression's own on every line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lawreport.importing.lines import simple_line
from lawreport.importing.textables import _SPACED, _spaced


@given(st.text(alphabet="a \u3000中，\t", min_size=1, max_size=16))
def test_the_quick_answer_is_the_regular_expressions(text: str) -> None:
    assert _spaced(simple_line(text, Path("r.txt"), 1, 1)) == (_SPACED.search(text) is not None)


def test_gaps_of_each_kind_are_found() -> None:
    for text, spaced in (("名称  数量", True), ("名称\u3000\u3000数量", True), ("名称\u3000 \u3000数量", True),
                         ("名称 数量", False), ("名称\u3000数量", False), ("一、总体情况", False)):
        assert _spaced(simple_line(text, Path("r.txt"), 1, 1)) is spaced, text
