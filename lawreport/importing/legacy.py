"""Which legacy encoding a received text file that is not UTF-8 is in: GBK/GB18030, UTF-16 without a
BOM, or one lawreport refuses to guess into GBK (Big5, Shift-JIS).

Many byte strings are valid in several of these encodings (Big5 text nearly always decodes as GBK,
into garbage). Each candidate decoding is therefore judged by how much of it is ordinary text
in that encoding's own language: the share of its characters that are among the most frequent
characters of that script (GB2312 level 1 for simplified Chinese, Big5's frequent range for
traditional Chinese, kana and JIS level 1 for Japanese), plus CJK punctuation, digits and Latin letters
counted at a lower weight. The best-judged candidate wins; a clear Big5 or Shift-JIS text is
named and refused, never converted as GBK.
"""

from __future__ import annotations

from typing import NamedTuple

GBK, UTF16LE, UTF16BE, BIG5, SHIFT_JIS = "gb18030", "utf-16-le", "utf-16-be", "big5", "shift_jis"
NAMES = {GBK: "GBK/GB18030", UTF16LE: "UTF-16（小端，没有 BOM）", UTF16BE: "UTF-16（大端，没有 BOM）",
         BIG5: "Big5（繁体中文）", SHIFT_JIS: "Shift-JIS（日文）"}
_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】…—·％＋－")
_MARGIN = 0.15
MIN_SCORE = 0.6
"""Below this, a reading other than GBK is noise (any even-length bytes "decode" as UTF-16)."""


class Guess(NamedTuple):
    """The encoding judged best, its text, and how ordinary that text is (0–1)."""

    encoding: str
    text: str
    score: float


def _frequent_simplified(char: str) -> bool:
    try:
        code = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


def _frequent_traditional(char: str) -> bool:
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA4 <= code[0] <= 0xC6


def _japanese(char: str) -> bool:
    """Kana, or a kanji of JIS level 1 (Shift-JIS lead bytes 0x88–0x9F)."""
    if "\u3040" <= char <= "\u30ff":
        return True
    try:
        code = char.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0x88 <= code[0] <= 0x9F


_JUDGES = {GBK: _frequent_simplified, UTF16LE: _frequent_simplified, UTF16BE: _frequent_simplified,
           BIG5: _frequent_traditional, SHIFT_JIS: _japanese}


def score(text: str, encoding: str) -> float:
    """How ordinary ``text`` is as text of ``encoding``'s language (0–1); control characters count against."""
    judge = _JUDGES[encoding]
    total = good = 0.0
    for char in text[:20000]:
        if char in " \t\r\n\u3000":
            continue
        total += 1
        if judge(char) or char in _PUNCTUATION:
            good += 1
        elif char.isascii() and char.isprintable():
            good += 0.3
        elif char < " " or "\ue000" <= char <= "\uf8ff" or char in "\ufffd\x7f":
            good -= 1
    return max(good, 0.0) / total if total else 0.0


def guess(data: bytes) -> Guess | None:
    """The best candidate decoding of ``data`` (not UTF-8), or None when none decodes."""
    candidates: list[Guess] = []
    for encoding in (GBK, BIG5, SHIFT_JIS, UTF16LE, UTF16BE):
        if encoding in (UTF16LE, UTF16BE) and len(data) % 2:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        judged = Guess(encoding, text, score(text, encoding))
        if encoding == GBK or judged.score >= MIN_SCORE:
            candidates.append(judged)
    if not candidates:
        return None
    best = max(candidates, key=lambda item: item.score)
    gbk = next((item for item in candidates if item.encoding == GBK), None)
    if gbk is not None and best.encoding != GBK and best.score < gbk.score + _MARGIN:
        return gbk  # GBK unless another reading is clearly better
    return best
