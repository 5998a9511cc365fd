"""What counts as Chinese text, and how wide text is: the one definition the project uses.

Chinese characters (``is_han``), by code point:

- U+4E00–U+9FFF CJK Unified Ideographs and U+3400–U+4DBF Extension A;
- U+20000–U+3FFFF, planes 2 and 3 whole: Unicode gives these planes to ideographs only
  (Extensions B to I, U+2F800–U+2FA1F the compatibility supplement), so a character
  assigned there later is an ideograph too. Names of people and places (𠮷, 䶮) use them;
- U+F900–U+FAFF CJK Compatibility Ideographs (Word and PDF copies carry them, e.g. 﨑);
- U+3007 〇, the ideographic zero of 二〇二三年 (GB/T 15835).

Not Chinese characters: Kangxi and supplementary radicals (U+2E80–U+2FDF, which text copied
from PDFs puts in place of 工 or 一: a lint rule may point them out), kana, bopomofo,
hangul, and U+4DC0–U+4DFF (the Yijing hexagram symbols inside Extension A's row).

Chinese punctuation (``is_cjk_punct``): the CJK Symbols and Punctuation block
U+3000–U+303F (the ideographic space, 、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛 and 〇 too), the full-width
punctuation of the Halfwidth and Fullwidth Forms block (U+FF01–U+FF0F, U+FF1A–U+FF20,
U+FF3B–U+FF40, U+FF5B–U+FF65: ！（），：；？［］｛｝～ and the half-width ｡｢｣､･), and the
general-punctuation marks Chinese text uses as its own: “ ” ‘ ’ … —. Full-width digits and
letters (０-９, Ａ-Ｚ, ａ-ｚ) are *full-width forms* (``is_fullwidth``), not punctuation: a
rule about "Chinese text" does not treat ２０２３ as Chinese.

``is_cjk`` is ``is_han or is_cjk_punct``: the class the lint rules mean by "CJK" when they
ask whether an ASCII mark or a space stands in Chinese text.

Widths: ``display_width`` counts terminal columns (East Asian Width W or F: 2, a combining
mark: 0, anything else: 1; ambiguous characters such as “ and … count 1, as terminals set
them by default). ``em_width`` counts printed em in a report set in Chinese fonts, where
Word gives every character from U+2E80 on, and “ ” ‘ ’ … —, the East Asian font (1 em)
and the rest the Western font (0.5 em).

Invisible characters (``is_invisible``): those without a glyph of their own (control and
format characters, the line and paragraph separators). The one definition for lint's messages
(``visible``), the outputs a person reads as plain text (``lawreport.text.controls.printable``),
the messages naming a link's target, and the report's file name.

``HAN_CLASS`` and ``CJK_CLASS`` are the same sets as bodies of a regular-expression
character class, for the few patterns that need them inside a look-around.
"""

from __future__ import annotations

import unicodedata

HAN_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
"""Chinese characters as a regex class body (``f"[{HAN_CLASS}]"``): the same set as ``is_han``."""
CJK_PUNCT_CLASS = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014"
"""Chinese punctuation as a regex class body: the same set as ``is_cjk_punct``."""
CJK_CLASS = HAN_CLASS + CJK_PUNCT_CLASS
"""Chinese characters and punctuation as a regex class body: the same set as ``is_cjk``."""

_PUNCT_SINGLES = frozenset("\u201c\u201d\u2018\u2019\u2026\u2014")
_EM_WIDE_SINGLES = _PUNCT_SINGLES


def is_han(char: str) -> bool:
    """Whether ``char`` is a Chinese character (see the module's documentation for the ranges)."""
    code = ord(char)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3FFFF
            or 0xF900 <= code <= 0xFAFF or code == 0x3007)


def is_cjk_punct(char: str) -> bool:
    """Whether ``char`` is Chinese punctuation (the ideographic space included)."""
    code = ord(char)
    return (0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF0F or 0xFF1A <= code <= 0xFF20
            or 0xFF3B <= code <= 0xFF40 or 0xFF5B <= code <= 0xFF65 or char in _PUNCT_SINGLES)


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a Chinese character or Chinese punctuation."""
    return is_han(char) or is_cjk_punct(char)


def is_fullwidth(char: str) -> bool:
    """Whether ``char`` is a full-width form: U+FF01–U+FF60 (！ to ｠, with ０-９ Ａ-Ｚ ａ-ｚ) or
    U+FFE0–U+FFE6 (￠￡￢￣￤￥￦)."""
    code = ord(char)
    return 0xFF01 <= code <= 0xFF60 or 0xFFE0 <= code <= 0xFFE6


def has_han(text: str) -> bool:
    """Whether ``text`` contains a Chinese character."""
    return any(is_han(char) for char in text)


def han_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` exists and is a Chinese character."""
    return 0 <= index < len(text) and is_han(text[index])


def cjk_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` exists and is a Chinese character or Chinese punctuation."""
    return 0 <= index < len(text) and is_cjk(text[index])


def char_width(char: str) -> int:
    """Terminal columns of ``char``: 2 for East Asian Width W or F, 0 for a combining mark, else 1."""
    if char < "\u0300":
        return 1
    if unicodedata.east_asian_width(char) in "WF":
        return 2
    return 0 if unicodedata.combining(char) else 1


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide and full-width characters count 2 (for aligning a
    caret under a character, or help columns)."""
    if text.isascii():
        return len(text)
    return sum(char_width(char) for char in text)


def em_width(text: str) -> float:
    """Printed width in em of ``text`` in a report: 1 for what Word sets in the East Asian font
    (U+2E80 on, and “ ” ‘ ’ … —), 0.5 for what it sets in the Western font (digits, Latin)."""
    return sum(1.0 if char >= "\u2e80" or char in _EM_WIDE_SINGLES else 0.5 for char in text)


INVISIBLE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
"""The Unicode categories without a glyph of their own: control characters (the terminal's
escapes among them), format characters (the bidi controls, zero-width spaces and joiners, the
BOM, the soft hyphen), lone surrogates, and the line and paragraph separators U+2028, U+2029.

Not among them: private-use characters (Co), which a font may draw and into which GB18030 text
decodes real characters (ḿ, 龴 …), and unassigned code points (Cn), which may be characters
newer than Python's Unicode data (ideographs of Extension H and later among them)."""


def is_invisible(char: str) -> bool:
    """Whether ``char`` shows no glyph of its own (see :data:`INVISIBLE_CATEGORIES`)."""
    return unicodedata.category(char) in INVISIBLE_CATEGORIES


def visible(text: str) -> str:
    """``text`` with invisible characters (control, format and bidi characters:
    :func:`is_invisible`) shown as ``<U+202E>`` (a tab as a space).

    A raw bidi override would make the terminal show the line reordered, and a zero-width or
    control character would not show at all.
    """
    out = []
    for char in text:
        if char == "\t":
            out.append(" ")
        elif is_invisible(char):
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)
