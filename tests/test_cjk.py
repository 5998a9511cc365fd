"""lawreport.cjk: the one definition of Chinese characters and punctuation, and text widths."""

from __future__ import annotations

import pytest

from lawreport.cjk import (
    char_width,
    display_width,
    em_width,
    has_han,
    is_cjk,
    is_cjk_punct,
    is_fullwidth,
    is_han,
)


@pytest.mark.parametrize("char", ["法", "䶮", "𠮷", "\U0002a6d6", "\U00030000", "\U0002f800", "\uf900", "〇", "\u9fff"])
def test_chinese_characters_of_every_plane_are_han(char):
    assert is_han(char) and is_cjk(char)


@pytest.mark.parametrize("char", ["a", "1", "２", "Ａ", "ぁ", "가", "⼯", "⺀", "\u4dc0", "，", "“", "\U0001f600", "\U00040000"])
def test_other_characters_are_not_han(char):
    assert not is_han(char)


@pytest.mark.parametrize("char", ["，", "。", "、", "“", "”", "‘", "’", "…", "—", "《", "》", "（", "）", "\u3000", "～", "｡"])
def test_chinese_punctuation(char):
    assert is_cjk_punct(char) and is_cjk(char) and not is_han(char)


@pytest.mark.parametrize("char", ["２", "Ａ", "ｚ", "￥"])
def test_fullwidth_digits_and_letters_are_fullwidth_forms_not_chinese_text(char):
    assert is_fullwidth(char) and not is_cjk(char)


def test_has_han_sees_an_extension_b_character_alone():
    assert has_han("ab𠮷") and not has_han("abc，２０２３")


@pytest.mark.parametrize(
    ("text", "width"),
    [("", 0), ("abc", 3), ("法治", 4), ("２０", 4), ("a，b", 4), ("𠮷", 2), ("“…”", 3), ("e\u0301", 1), ("ｱ", 1), ("\u3000", 2)],
)
def test_display_width_counts_terminal_columns(text, width):
    assert display_width(text) == width
    assert display_width(text) == sum(char_width(char) for char in text)


def test_em_width_counts_chinese_font_characters_one_em_and_latin_half():
    assert em_width("某某区人民政府") == 7
    assert em_width("2023年12月1日") == 4 * 0.5 + 1 + 2 * 0.5 + 1 + 0.5 + 1
    assert em_width("“—…”") == 4


def test_no_module_spells_out_its_own_range_of_chinese_characters():
    """One definition (issue 16): patterns take ``HAN_CLASS`` / ``CJK_CLASS``, code calls ``is_han``;
    a hand-written ``[\\u4e00-\\u9fff]`` misses 〇, Extension A and the names written with
    Extension B characters."""
    import re
    from pathlib import Path

    spelled = re.compile(r"\\u4e00|\\u9fff|\\u4E00|\\u9FFF|0x4[Ee]00|一-龥|\u4e00-\u9fff")
    package = Path(__file__).resolve().parents[1] / "lawreport"
    found = [f"{path.relative_to(package)}:{number}"
             for path in sorted(package.rglob("*.py")) if path.name != "cjk.py"
             for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if spelled.search(line)]
    assert found == [], f"use lawreport.cjk (HAN_CLASS, is_han) instead: {found}"
