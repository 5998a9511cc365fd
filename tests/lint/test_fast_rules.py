"""Rules that look only where a finding can be: M006 finds the issuer's variants as the alternation of
all of them would (leftmost, the longer first, none overlapping, none followed by 道); T012 skips text without 全会;
the units found in the joined text (text.holding, text.matching) are those a search of each unit finds; what a
rule searches for first is held by every match of its pattern; the other shortcuts rest on what is tested below."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lawreport.lint.base import Document
from lawreport.lint.metadata.issuer_drift import _halves, occurrences, variants
from lawreport.lint.text import TextUnit, units
from lawreport.model import Span

ISSUERS = st.sampled_from(["示例县教育局", "东城街道", "样例市司法局", "青岚县石门乡人民政府"])


def _by_alternation(text: str, forms: list[str]) -> list[tuple[int, str]]:
    pattern = re.compile("(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")(?!道)")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


@given(issuer=ISSUERS, pieces=st.lists(st.one_of(st.sampled_from(list("县市区镇乡街道局，。 ")), st.text("示例东城样司法青岚石门", max_size=3)),
                                       max_size=20), data=st.data())
def test_the_variants_found_are_those_of_the_alternation(issuer: str, pieces: list[str], data: st.DataObject) -> None:
    forms = variants(issuer)
    chosen = data.draw(st.lists(st.sampled_from(forms), max_size=4))
    text = "".join(pieces[: len(pieces) // 2] + chosen + pieces[len(pieces) // 2:] + chosen[:1])
    lengths = sorted({len(f) for f in forms}, reverse=True)
    assert list(occurrences(text, _halves(issuer), set(forms), lengths)) == _by_alternation(text, forms)


def test_every_party_congress_entry_names_a_plenum() -> None:
    """T012 searches only the text holding 全会: each entry's matches must end in it."""
    from lawreport.lint.recall.common import phrasings
    from lawreport.lint.recall.party_congress import PLENUM

    for entry in phrasings("party_congress.txt"):
        assert entry.pattern.pattern.endswith(PLENUM) and "|" not in entry.pattern.pattern, entry.pattern.pattern


def _anchored_patterns() -> list[tuple[re.Pattern[str], str, int]]:
    from lawreport.lint.numbers import approx_dunhao, date_zero_pad, year_abbrev, zero_in_chinese_year
    from lawreport.lint.punctuation import dunhao_between_titles, range_lost_dash

    return [(approx_dunhao._PATTERN, "、", 1), (range_lost_dash._PATTERN, "年", 8),
            (zero_in_chinese_year._YEAR, "年", 4), (dunhao_between_titles._PATTERN, "、", 0),
            (date_zero_pad._PADDED, "0", 0), (date_zero_pad._ISO, "-", 4),
            *((pattern, "年", offset) for pattern, offset in year_abbrev._PATTERNS), (year_abbrev._TWO_DIGITS, "年", 2)]


@given(text=st.text(st.sampled_from(list("第是一二三四五六七八九十〇零○0Oo、个天》”《“年月日度于至代'’—-～.1920234 ")),
                   max_size=60))
def test_matching_at_the_literal_finds_what_the_scan_finds(text: str) -> None:
    from lawreport.lint.search import matches_at

    for pattern, literal, offset in _anchored_patterns():
        found = [(m.start(), m.group()) for m in matches_at(pattern, text, literal, offset)]
        assert found == [(m.start(), m.group()) for m in pattern.finditer(text)], pattern.pattern


def test_the_anchored_patterns_do_match_where_they_should() -> None:
    from lawreport.lint.search import matches_at

    texts = ["用了三、四个月", "落实20212025年规划", "二零二三年", "《甲》、《乙》", "2023年03月", "于2023-03-01",
             "23年度", "’23年", "2021—25年", "于23年", "于23年"]
    for (pattern, literal, offset), text in zip(_anchored_patterns(), texts, strict=True):
        assert [m.group() for m in matches_at(pattern, text, literal, offset)] == [m.group() for m in pattern.finditer(text)] != []


def _document(texts: list[str]) -> Document:
    """A document whose text units are ``texts`` (its units given, not derived from a report)."""
    doc = Document(None, "txt")  # type: ignore[arg-type]
    found = tuple(TextUnit(text, "paragraph", lambda offset: Span(Path("a.txt"), 1, offset + 1)) for text in texts)
    doc.derived("units", lambda: found)
    return doc


UNIT_TEXT = st.text(st.sampled_from(list("一二三四五六七八九十〇零○0Oo、个年度于至—-～.1920235《》“”（）) \n")), max_size=12)


@given(texts=st.lists(UNIT_TEXT, max_size=6), needles=st.lists(st.text("年度《》“0 ", min_size=1, max_size=2), max_size=3))
def test_the_units_holding_a_needle_are_those_a_search_of_each_finds(texts: list[str], needles: list[str]) -> None:
    from lawreport.lint.search import holding

    doc = _document(texts)
    assert holding(doc, needles) == [unit for unit in units(doc) if any(needle in unit.text for needle in needles)]


def _anchored_prefilters() -> list[tuple[re.Pattern[str], str, int]]:
    """The patterns tried on the joined text by text.matching (see each rule)."""
    from lawreport.lint.numbers import approx_dunhao, year_abbrev, zero_in_chinese_year
    from lawreport.lint.punctuation import range_lost_dash

    return [(year_abbrev._TWO_DIGITS, "年", 2), (zero_in_chinese_year._YEAR, "年", 4),
            (range_lost_dash._PATTERN, "年", 8), (approx_dunhao._PATTERN, "、", 1)]


@given(texts=st.lists(UNIT_TEXT, max_size=6))
def test_matching_the_joined_text_finds_the_units_each_text_matches(texts: list[str]) -> None:
    from lawreport.lint.search import matches_at, matching

    doc = _document(texts)
    for pattern, literal, offset in _anchored_prefilters():
        expected = [unit for unit in units(doc) if any(True for _ in matches_at(pattern, unit.text, literal, offset))]
        assert matching(doc, pattern, literal, offset) == expected, pattern.pattern


def _held() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(pattern, what every match of it holds), where a rule searches for the second first."""
    from lawreport.lint.numbers import date_zero_pad, mixed_numerals, range_unit_drop, year_abbrev

    return [*mixed_numerals._PATTERNS, (range_unit_drop._PATTERN, range_unit_drop._HOLDS),
            (date_zero_pad._DOTTED, date_zero_pad._DOTTED_HOLDS),
            *((pattern, year_abbrev._TWO_DIGITS) for pattern, _ in year_abbrev._PATTERNS)]


@given(text=st.text(st.sampled_from(list("一二三四五六七八九十百千零年度于至’'—-～~－.%/万亿1920235米 ")), max_size=30))
def test_what_a_match_holds_is_found_wherever_the_pattern_matches(text: str) -> None:
    for pattern, held in _held():
        assert not pattern.search(text) or held.search(text), pattern.pattern


def test_the_held_patterns_do_match_where_they_should() -> None:
    texts = ["3百人", "三百零5", "15～30%", "于2023.3.15", "23年度", "’23年", "2021—25年", "于23年"]
    for (pattern, held), text in zip(_held(), texts, strict=True):
        assert pattern.search(text) and held.search(text), pattern.pattern


@given(text=st.text(st.sampled_from(list("“”‘’《》〈〉（）【】〔〕1二）、 字")), max_size=16))
def test_properly_nested_marks_leave_nothing_unpaired(text: str) -> None:
    """P003 skips a unit whose marks nest properly: its full walk would report nothing there."""
    from lawreport.lint.punctuation.unbalanced_pairs import _nested, _unpaired

    if _nested(text):
        assert _unpaired(text) == ([], [])


def test_every_known_title_match_starts_with_its_head() -> None:
    """T014 searches only the units holding the start of a title."""
    from lawreport.lint.recall.unquoted_titles import _full, _pattern, heads

    for title in _full():
        variants = [title, title.replace("（", "(").replace("）", ")"), title.replace("—", "-")]
        for text in variants:
            match = _pattern().search("落实" + text)
            assert match is not None and match.group().startswith(heads()), text


def test_every_confusable_in_context_entry_matches_its_word() -> None:
    """T013 searches only the text holding 创新性: it must stand in each entry outside the look-arounds."""
    from lawreport.lint.recall.common import phrasings
    from lawreport.lint.recall.confusables_in_context import WORD

    for entry in phrasings("confusables_in_context.txt"):
        consumed = re.sub(r"\(\?<?[=!][^)]*\)", "", entry.pattern.pattern)
        assert WORD[0] in consumed and "|" not in consumed, entry.pattern.pattern


def test_a_phrasing_file_writes_a_chinese_character_as_the_shared_class() -> None:
    """``\\p{Han}`` in a data file is lawreport.cjk's Chinese character: an Extension B name
    character counts (the range written out before, U+4E00–U+9FFF, left it out)."""
    from lawreport.cjk import HAN_CLASS
    from lawreport.lint.recall.common import phrasings

    entries = phrasings("confusables_in_context.txt")
    assert any(f"[{HAN_CLASS}]" in entry.pattern.pattern for entry in entries)
    assert not any("\\u4e00" in entry.pattern.pattern or "\\p" in entry.pattern.pattern for entry in entries)
    for text in ("复合型、创新性法治人才", "复合型、创新性\U00020BB7法人才"):
        assert any(entry.pattern.search(text) for entry in entries), text
    assert not any(entry.pattern.search("复合型、创新性的法治人才") for entry in entries)


def test_what_the_character_rules_look_for_is_unprintable() -> None:
    """T004, T005 and T006 skip a document whose text is printable."""
    from lawreport.lint.textchecks import bidi_controls, control_chars, invisible_chars

    for char in control_chars._CONTROLS | bidi_controls._CONTROLS | invisible_chars._ZERO_WIDTH | {"\u00a0"}:
        assert not char.isprintable(), hex(ord(char))


def test_the_attachment_line_starts_with_fu() -> None:
    """P011 tries the 附件 pattern only on a line that starts with 附."""
    from lawreport.importing.attachments import ATTACHMENT

    assert ATTACHMENT.pattern.startswith("^附")


def test_every_issuer_variant_holds_one_of_its_halves() -> None:
    """M006 looks only at the units holding a half of the issuer's name."""
    for issuer in ["示例县教育局", "东城街道", "样例市司法局", "青岚县石门乡人民政府", "某某区"]:
        assert all(any(half in form for half in _halves(issuer)) for form in variants(issuer)), issuer


@given(line=st.text(st.sampled_from(list(" \t\u3000\u00a0\u2003-*+>`~_#x字")), max_size=8))
def test_a_line_start_pattern_matches_only_after_one_of_its_starts(line: str) -> None:
    """T011 tries its line-start patterns only on a line whose first character after the indent may begin one."""
    from lawreport.lint.textchecks.unsupported_syntax import _AT_START, _STARTS

    if any(pattern.search(line) for pattern, _ in _AT_START):
        assert line.lstrip()[:1] in _STARTS, repr(line)


def test_the_unanchored_syntax_patterns_start_with_their_literal() -> None:
    """T011 tries its footnote and image patterns only on a file holding what they start with."""
    from lawreport.lint.textchecks.unsupported_syntax import _ANYWHERE

    for pattern, _, start in _ANYWHERE:
        assert pattern.pattern.startswith(re.escape(start)) and "|" not in pattern.pattern, pattern.pattern


_CITED = st.sampled_from(["《法治政府建设实施纲要（2021-2025）》", "《青石县贯彻<法治政府实施纲要（2021—2025年）>实施方案》",
                          "〈法治中国建设规划（2020-2025）〉", "《法治政府建设与责任落实督查工作规定》", "《青石县工作规则》",
                          "（2021-2025）", "《", "》", "<", ">", "，"])


@given(pieces=st.lists(_CITED, max_size=12), position=st.integers(min_value=0, max_value=400))
def test_a_misquoted_title_is_found_at_a_position_as_by_looking_at_every_title(pieces: list[str], position: int) -> None:
    """N008 asks at every match whether it is inside a title T003 corrects; the answer, worked out once
    per text, is that of going through all the cited titles."""
    from lawreport.lint.terms.known_titles import cited_titles, correction, misquoted_at

    text = "".join(pieces)
    expected = any(match.start() < position < match.end() and correction(match.group(1)) is not None
                   for match, _ in cited_titles(text))
    assert misquoted_at(text, position) == expected


def test_n008_works_out_a_paragraph_s_misquoted_titles_once(tmp_path: Path) -> None:
    """A paragraph of hundreds of misquoted 《……（2021-2025）》: N008 does not look for the titles again
    at each of its ranges (which made it quadratic: 28 s on 480 KB)."""
    from lawreport.lint.config import Active
    from lawreport.lint.recall import range_hyphen
    from lawreport.lint.runner import lint_document
    from lawreport.lint.targets import load_received
    from lawreport.lint.terms import known_titles
    from lawreport.sources.structure import load_structure

    from .examples import received_text

    path = tmp_path / "报告.txt"
    path.write_text(received_text("落实《法治政府建设实施纲要（2021-2025）》，" * 300 + "推进依法行政。"), encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    before = known_titles._misquoted.cache_info().misses
    rule = range_hyphen.RULE
    assert lint_document(loaded.document, [Active(rule, None, rule.default_options())]) == []
    assert known_titles._misquoted.cache_info().misses - before <= 2
