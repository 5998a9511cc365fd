"""The tests that replace regexes compiled at every start find exactly what those regexes found.

Rules test "is this character CJK?" by code point (a regex class with all the CJK ranges is
a large pattern, compiled anew in every process), test single characters with sets, and compile the
other rarely matching regexes only for a text that holds what they need. Each replacement
is checked here against the regex it replaces, on every BMP character and on random text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.cjk import CJK_CLASS as CJK
from lawreport.cjk import HAN_CLASS as HAN
from lawreport.cjk import cjk_at, han_at, has_han, is_cjk, is_han
from lawreport.lint.headings.merged_label import LABELS, VERBS, merged_label
from lawreport.lint.punctuation import dash_form, range_connector
from lawreport.lint.punctuation.ascii_punct import _marks
from lawreport.lint.punctuation.doc_number_brackets import _pattern as doc_number
from lawreport.lint.punctuation.stray_space import gaps
from lawreport.lint.text import in_url
from lawreport.lint.textchecks import bidi_controls, control_chars, invisible_chars
from lawreport.lint.textchecks.invisible_chars import _lone_nbsp
from lawreport.lint.urls import URL, url_spans

HAN_CLASS = re.compile(f"[{HAN}]")
CJK_CLASS = re.compile(f"[{CJK}]")

# The regexes the rules used before (the specification of what they find).
OLD_MARKS = re.compile(rf"(?<=[{CJK}])[,;:?!]|[,;:?!](?=[{CJK}])|(?<=[{HAN}])\.(?=$|[\s{CJK}])")
# and (since P001 reports 办结率为100%. too) a full stop after % ） or 》 with a Chinese character before it
CLOSING_STOP = re.compile(rf"(?<=[%）》])\.(?=$|[\s{CJK}])")
OLD_GAPS = re.compile(rf"(?<=[{CJK}])[ \u3000\u00a0]+(?=[{CJK}])")
OLD_NBSP = re.compile(rf"(?<![{CJK}])\u00a0|\u00a0(?![{CJK}])")
OLD_DOC_NUMBER = re.compile(rf"(?<=[{HAN}])([\[(（【﹝［])((?:19|20)\d{{2}})([\])）】﹞］])(?=\d{{1,4}}号)")
OLD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
OLD_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
OLD_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
OLD_MERGED = re.compile(f"^({'|'.join(sorted(LABELS, key=len, reverse=True))})({'|'.join(VERBS)})")
OLD_URL = re.compile(URL)

ALPHABET = st.sampled_from(
    list("法治政府ab1９0 \t\n\u3000\u00a0,;:?!.()[]（）【】〔〕﹝﹞［］《》“”‘’…—－-─―~～–第条月号@/w%")
    + ["\u33ff", "\u3400", "\u4dbf", "\u4dc0", "\u9fff", "\ua000", "\uf8ff", "\uf900", "\ufaff", "\ufb00",
       "\u2fff", "\u303f", "\u3040", "\uff00", "\uff01", "\uff0f", "\uff10", "\uff1a", "\uff20", "\uff21",
       "\uff3b", "\uff40", "\uff41", "\uff5b", "\uff65", "\uff66", "2019", "2023", "www.", "https://", "a@b.cn", "@", ".", "-", "+", "_", "http://a@b.c"]
)
TEXT = st.lists(ALPHABET, max_size=40).map("".join)


def test_character_classes_match_the_regex_classes_on_every_bmp_character():
    for code in range(0x10000):
        char = chr(code)
        assert is_han(char) == bool(HAN_CLASS.fullmatch(char)), hex(code)
        assert is_cjk(char) == bool(CJK_CLASS.fullmatch(char)), hex(code)
        assert (char in control_chars._CONTROLS) == bool(OLD_CONTROL.fullmatch(char)), hex(code)
        assert (char in bidi_controls._CONTROLS) == bool(OLD_BIDI.fullmatch(char)), hex(code)
        assert (char in invisible_chars._ZERO_WIDTH) == bool(OLD_ZERO_WIDTH.fullmatch(char)), hex(code)
    for code in range(0x10000, 0x110000, 7):
        char = chr(code)
        assert is_han(char) == bool(HAN_CLASS.fullmatch(char)), hex(code)
        assert is_cjk(char) == bool(CJK_CLASS.fullmatch(char)), hex(code)


@settings(max_examples=400, deadline=None)
@given(text=TEXT)
@example(text="办结率为100%.")
@example(text="法）. 见《办法》.法")
@example(text="a）. 100%.")
def test_helpers_match_the_regexes_they_replace(text):
    closing = [m.start() for m in CLOSING_STOP.finditer(text) if HAN_CLASS.search(text[: m.start()])]
    assert list(_marks(text)) == sorted({m.start() for m in OLD_MARKS.finditer(text)} | set(closing))
    assert list(gaps(text)) == [m.span() for m in OLD_GAPS.finditer(text)]
    assert list(_lone_nbsp(text)) == [m.start() for m in OLD_NBSP.finditer(text)]
    found = [(m.start(), m.groups()) for m in doc_number().finditer(text) if han_at(text, m.start() - 1)]
    assert found == [(m.start(), m.groups()) for m in OLD_DOC_NUMBER.finditer(text)]
    assert has_han(text) == bool(HAN_CLASS.search(text))
    if not any(needle in text for needle in dash_form._NEEDS):
        assert dash_form._pattern().search(text) is None
    if not any(connector in text for connector in range_connector._CONNECTORS):
        assert not any(pattern.search(text) for pattern in range_connector._patterns())
    if "号" not in text:
        assert doc_number().search(text) is None
    for index in range(-1, len(text) + 1):
        assert cjk_at(text, index) == (0 <= index < len(text) and bool(CJK_CLASS.match(text[index])))
        assert in_url(text, index) == any(m.start() <= index < m.end() for m in OLD_URL.finditer(text))
    assert list(url_spans(text)) == [m.span() for m in OLD_URL.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(title=st.lists(st.sampled_from([*LABELS, *VERBS, "存在", "的", "加", "工作", "。"]), max_size=5).map("".join))
def test_merged_label_matches_the_regex_it_replaces(title):
    match = OLD_MERGED.match(title)
    assert merged_label(title) == (match.group(1) if match else None)
