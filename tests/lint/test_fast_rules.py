"""Rules that look only where a finding can be: M006 finds the issuer's variants as the alternation of
all of them would (leftmost, the longer first, none overlapping, none followed by 道); T012 skips text without 全会."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lawreport.lint.metadata.issuer_drift import _halves, occurrences, variants

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
            *((pattern, "年", offset) for pattern, offset in year_abbrev._PATTERNS)]


@given(text=st.text(st.sampled_from(list("第是一二三四五六七八九十〇零○0Oo、个天》”《“年月日度于至代'’—-～.1920234 ")),
                   max_size=60))
def test_matching_at_the_literal_finds_what_the_scan_finds(text: str) -> None:
    from lawreport.lint.text import matches_at

    for pattern, literal, offset in _anchored_patterns():
        found = [(m.start(), m.group()) for m in matches_at(pattern, text, literal, offset)]
        assert found == [(m.start(), m.group()) for m in pattern.finditer(text)], pattern.pattern


def test_the_anchored_patterns_do_match_where_they_should() -> None:
    from lawreport.lint.text import matches_at

    texts = ["用了三、四个月", "落实20212025年规划", "二零二三年", "《甲》、《乙》", "2023年03月", "于2023-03-01",
             "23年度", "’23年", "2021—25年", "于23年"]
    for (pattern, literal, offset), text in zip(_anchored_patterns(), texts, strict=True):
        assert [m.group() for m in matches_at(pattern, text, literal, offset)] == [m.group() for m in pattern.finditer(text)] != []
