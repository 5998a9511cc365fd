"""One definition of an invisible character (lawreport.cjk.is_invisible), and each
place that shows or removes such characters uses it."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from lawreport.cjk import INVISIBLE_CATEGORIES, is_invisible, visible
from lawreport.errors import UsageError
from lawreport.files.outpath import check_output
from lawreport.text.controls import BIDI_CONTROLS, printable

HIDDEN = "\x00\x07\x0b\x1b\x7f\x85\u00ad\u200b\u200d\u2028\u2029\u2060\ufeff\ud800" + "".join(sorted(BIDI_CONTROLS))
"""Controls, the soft hyphen, zero-width characters, the separators, the BOM, a lone surrogate, bidi controls."""
SHOWN = "甲，A１\u3000\u00a0 \u2e8c\ue7c7\U00031350"
"""Han, punctuation, the spaces, a radical, a private-use character (GB18030's ḿ), an ideograph
of Extension H (unassigned in some Pythons' Unicode data)."""


def test_the_definition() -> None:
    assert all(is_invisible(char) for char in HIDDEN)
    assert not any(is_invisible(char) for char in SHOWN)
    assert all(unicodedata.category(char) in INVISIBLE_CATEGORIES for char in HIDDEN)


def test_lint_messages_show_each_invisible_character_by_its_code() -> None:
    """Private-use and unassigned code points are shown as themselves (they used to be shown by code)."""
    assert visible("甲" + HIDDEN + SHOWN) == "甲" + "".join(f"<U+{ord(c):04X}>" for c in HIDDEN) + SHOWN
    assert visible("甲\t乙") == "甲 乙"


def test_plain_text_outputs_leave_out_every_invisible_character() -> None:
    """Zero-width characters, the BOM and U+2028/U+2029 go too (printable used to keep them);
    private-use characters stay: GB18030 text decodes real characters there."""
    assert printable("甲" + HIDDEN + "\x1b[31m" + SHOWN + "\t乙") == "甲" + SHOWN + " 乙"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_target_is_named_with_invisible_characters_as_question_marks(tmp_path: Path) -> None:
    """U+2028 becomes ? too; a private-use character is named as it is (both used to be the other way)."""
    link = tmp_path / "odd.txt"
    link.symlink_to("\u202e\u2028elsewhere\ue7c7")
    with pytest.raises(UsageError) as refused:
        check_output(link, None)
    assert "??elsewhere\ue7c7" in refused.value.message
