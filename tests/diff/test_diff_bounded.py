"""diff within a bound on its work: long paragraphs repeating a phrase, thousands of paragraphs
alike or all changed, and long copies are compared in time that grows with the text, and what is
shown still turns the old text into exactly the new one."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport.diff.align import align_units
from lawreport.diff.copied import _extend
from lawreport.diff.result import EQUAL
from lawreport.diff.textdiff import text_diff
from lawreport.text.alignwork import alignment_work, bounded_opcodes

PHRASE = "青岚县依法行政推进法治政府建设成效明显工作扎实"


def _apply(old, new, codes):
    """The new sequence the opcodes make from ``old``, checking that they cover both sides in order."""
    out, at_old, at_new = [], 0, 0
    for tag, i1, i2, j1, j2 in codes:
        assert (i1, j1) == (at_old, at_new) and i1 <= i2 and j1 <= j2
        if tag == "equal":
            assert list(old[i1:i2]) == list(new[j1:j2])
            out.extend(old[i1:i2])
        else:
            out.extend(new[j1:j2])
        at_old, at_new = i2, j2
    assert (at_old, at_new) == (len(old), len(new))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text("甲乙丙丁", max_size=80), st.text("甲乙丙丁", max_size=80), st.integers(1, 400))
def test_bounded_opcodes_always_turn_old_into_new(old, new, budget):
    assert _apply(old, new, bounded_opcodes(old, new, budget)) == list(new)


@settings(max_examples=100, deadline=None)
@given(st.text("甲乙丙", max_size=40), st.text("甲乙丙", max_size=40))
def test_within_the_budget_the_opcodes_are_difflib_s(old, new):
    expected = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    assert bounded_opcodes(old, new, alignment_work(old, new)) == expected


def test_a_long_paragraph_repeating_a_phrase_is_shown_equal_but_its_ends():
    """46,000 characters without a sentence end took 9 s (difflib tried each against 2,000 places),
    184,000 minutes; the shared middle is still shown unchanged."""
    middle = PHRASE * 2_000
    segments = text_diff("甲" + middle + "乙", "丙" + middle + "丁")
    assert sum(len(s.text) for s in segments if s.op == EQUAL) >= len(middle) * 0.99
    assert "".join(s.text for s in segments if s.op != "insert") == "甲" + middle + "乙"


def test_a_long_run_of_changed_paragraphs_is_paired_stretch_by_stretch():
    """1,200 paragraphs each edited: every old one scored against every new one was 1.4 million
    scores (quadratic); in stretches each is still paired with its edit."""
    rng = random.Random(1)
    old = ["".join(rng.choice(PHRASE) for _ in range(40)) + "。" for _ in range(1_200)]
    new = [text[:-6] + "全年完成。" for text in old]
    assert align_units(old, new) == [(k, k) for k in range(1_200)]


@settings(max_examples=300, deadline=None)
@given(st.text("ab", max_size=300), st.text("ab", max_size=300), st.data())
def test_a_copy_is_extended_exactly_as_far_as_the_texts_agree(text, source, data):
    start = data.draw(st.integers(0, len(text)))
    source_start = data.draw(st.integers(0, len(source)))
    length = 0
    while (start + length < len(text) and source_start + length < len(source)
           and text[start + length] == source[source_start + length]):
        length += 1
    assert _extend(text, start, source, source_start, 0) == length


def _longest_increasing_one_by_one(values):
    """The subsequence as it was found before: each position compared with every one before it."""
    best, previous = [1] * len(values), [None] * len(values)
    for k in range(len(values)):
        for m in range(k):
            if values[m] < values[k] and best[m] + 1 > best[k]:
                best[k], previous[k] = best[m] + 1, m
    if not values:
        return set()
    position, kept = max(range(len(values)), key=lambda k: (best[k], -k)), set()
    while position is not None:
        kept.add(position)
        position = previous[position]
    return kept


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=40))
def test_the_longest_increasing_run_is_the_one_comparing_every_pair_finds(values):
    from lawreport.diff.align import longest_increasing

    assert longest_increasing(values) == _longest_increasing_one_by_one(values)


def test_twenty_thousand_headings_in_reverse_order_are_matched_by_title():
    """Each new heading was compared with every old one by path and by title, and every matched one
    with every one before it for the order (34 s); now looked up, and the order found in n log n."""
    from lawreport.diff.align import align_sections
    from lawreport.diff.canonical import FlatSection

    titles = [f"第{k}项工作" for k in range(20_000)]

    def sections(order):
        return [FlatSection(index=n, parent=None, level=2, label="", title=t, path=(t,), runin=False, units=())
                for n, t in enumerate(order)]

    rows = align_sections(sections(titles), sections(titles[::-1]))
    assert len(rows) == 20_000 and all(row.old == 19_999 - row.new for row in rows)
    assert sum(row.moved for row in rows) == 19_999
