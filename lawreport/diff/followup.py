"""Tracing last year's plans (主要安排) to this year's measures (主要举措和成效), with evidence.

Each plan item (a top-level section of ``plans``, or a paragraph when it has none) is scored
against every paragraph of this year's ``measures`` read with its headings, and against each
lowest section with subsections as a whole. Texts are read as words (lawreport.diff.words).
The score is the share of the plan's content words that the candidate also uses, each word
weighted by its rarity among this year's paragraphs (inverse document frequency): words many
paragraphs use count for little, specific ones (记录仪, 调解室) for much (the weight is the
inverse document frequency to the power :data:`RARITY`).

The verdict has three grades, by two thresholds calibrated on labelled plan/measure pairs
(docs/diff.md gives the agreement): 已落实, 可能落实 (related work is reported: a person should
look) and 未见落实. The evidence is the candidate's sentences that share the most, each with its
shared terms: runs of whole words that stand in the plan too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lawreport.diff.align import subtree_text
from lawreport.diff.canonical import FlatPart
from lawreport.diff.result import FOLLOWED, MEASURES, NOT_SEEN, PLANS, POSSIBLY, Evidence, FollowUp, Location
from lawreport.diff.shares import text_of
from lawreport.diff.words import is_content, is_edge, words

MAX_TERMS = 8
MAX_EVIDENCE = 3
RARITY = 1.5
"""Exponent of a word's inverse document frequency: rare words count more than in proportion."""
WHOLE_MARGIN = 1.2
"""A whole section is preferred to its best paragraph only when it scores this much higher."""
_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")


def _plan_items(part: FlatPart) -> Iterator[tuple[str, str, str]]:
    """(label, title, text) of each plan item."""
    tops = [s for s in part.sections if s.parent is None]
    if not tops:
        for number, unit in enumerate(part.units, start=1):
            yield str(number), unit.text[:40], unit.text
        return
    for section in tops:
        yield section.label, section.title, section.title + "\n" + subtree_text(part.sections, section.index)


class _Candidate(NamedTuple):
    location: Location
    text: str
    heading: str
    vocabulary: frozenset[str]
    whole: bool
    """A whole section with its subsections rather than one paragraph."""


def _content(text: str) -> frozenset[str]:
    return frozenset(word for word in words(text) if is_content(word))


def _candidates(part: FlatPart) -> list[_Candidate]:
    """Each paragraph of the measures, read with its headings; and each section whose
    subsections have none of their own, as a whole (a plan carried out across sub-items)."""
    found = [_Candidate(Location(part.key, (), part.label), unit.text, "", _content(unit.text), False)
             for unit in part.units]
    for section in part.sections:
        location = Location(part.key, section.path, section.label)
        heading = "\n".join(section.path)
        for unit in section.units:
            found.append(_Candidate(location, unit.text, heading, _content(heading + "\n" + unit.text), False))
        children = [other.index for other in part.sections if other.parent == section.index]
        if children and not any(other.parent in children for other in part.sections):
            whole = subtree_text(part.sections, section.index).strip()
            found.append(_Candidate(location, whole, heading, _content(heading + "\n" + whole), True))
    return found


def verdict(score: float, possibly: float, followed: float) -> str:
    """The grade of a score: ``followed`` (已落实), ``possibly`` (可能落实) or ``not_seen`` (未见落实).

    A ``followed`` threshold below ``possibly`` counts as ``possibly`` (no 可能落实 band)."""
    if score >= max(followed, possibly):
        return FOLLOWED
    return POSSIBLY if score >= possibly else NOT_SEEN


def shared_terms(plan: str, sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are whole words standing, in the same order, in ``plan`` too:
    runs of the sentence's words that form a substring of the plan and hold a content word."""
    plan_words = set(words(plan))
    cut = words(sentence)
    spans: list[tuple[int, int]] = []
    offsets = [0]
    for word in cut:
        offsets.append(offsets[-1] + len(word))
    start = 0
    while start < len(cut):
        if cut[start] not in plan_words:
            start += 1
            continue
        end = start + 1
        while end < len(cut) and cut[end] in plan_words and sentence[offsets[start]:offsets[end + 1]] in plan:
            end += 1
        run = cut[start:end]
        while run and not is_edge(run[0]):  # a term neither opens nor closes with a function word
            run, start = run[1:], start + 1
        while run and not is_edge(run[-1]):
            run = run[:-1]
        if any(is_content(word) for word in run) and sentence[offsets[start]:offsets[start + len(run)]] in plan:
            spans.append((offsets[start], offsets[start + len(run)]))
        start = max(end, start + 1)
    return spans


def _evidence(candidate: _Candidate, plan: str, weight: dict[str, float]) -> tuple[Evidence, ...]:
    wanted = _content(plan)
    scored = []
    for number, match in enumerate(_SENTENCE.finditer(candidate.text)):
        sentence = match.group().strip()
        shared = _content(sentence) & wanted
        value = sum(weight.get(word, 0.0) for word in shared)
        if value > 0:
            scored.append((value, number, sentence))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:MAX_EVIDENCE]
    return tuple(Evidence(candidate.location, sentence, tuple(shared_terms(plan, sentence)))
                 for _value, _number, sentence in sorted(best, key=lambda item: item[1]))


def _terms(evidence: tuple[Evidence, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for item in evidence:
        for start, end in item.terms:
            term = item.sentence[start:end]
            if term not in found:
                found.append(term)
    return tuple(sorted(found, key=len, reverse=True)[:MAX_TERMS])


def follow_up(old: Sequence[FlatPart], new: Sequence[FlatPart], possibly: float,
              followed: float, themes: frozenset[str] = frozenset()) -> tuple[FollowUp, ...]:
    """Each plan of ``old`` with its best match among the measures of ``new``, graded.

    The plans and the measures are those parts, or their shares of a title over several parts that
    the reader divided (“三、存在的问题和下一步打算”: the text from “（二）下一步打算” on). ``themes``
    are the keys of ``new``'s parts that are the author's own themes (“二、护航网络交易秩序”): a
    thematic report reports its measures under them, so they are measures too."""
    plans = text_of(old, PLANS)
    measures = text_of(new, MEASURES)
    measures += [part for part in new if part.key in themes and part.key != MEASURES and not part.shares]
    if not plans:
        return ()
    candidates = [candidate for part in measures for candidate in _candidates(part)]
    paragraphs = [c.vocabulary for c in candidates if not c.whole]
    frequency: dict[str, int] = {}
    for vocabulary in paragraphs:
        for word in vocabulary:
            frequency[word] = frequency.get(word, 0) + 1
    count = len(paragraphs)

    def weight_of(word: str) -> float:
        return math.log((count + 1) / (frequency.get(word, 0) + 0.5)) ** RARITY

    results: list[FollowUp] = []
    for label, title, text in (item for part in plans for item in _plan_items(part)):
        wanted = _content(text)
        weight = {word: weight_of(word) for word in wanted}
        total = sum(weight.values())
        best: dict[bool, tuple[float, int]] = {False: (0.0, -1), True: (0.0, -1)}
        for number, candidate in enumerate(candidates):
            score = sum(weight[w] for w in wanted & candidate.vocabulary) / total if total else 0.0
            if score > best[candidate.whole][0]:
                best[candidate.whole] = (score, number)
        chosen = best[True] if best[True][0] > WHOLE_MARGIN * best[False][0] else best[False]
        score, number = round(chosen[0], 4), chosen[1]
        grade = verdict(score, possibly, followed)
        if number < 0:
            results.append(FollowUp(label, title, text, 0.0, False, None, "", (), NOT_SEEN, ()))
            continue
        candidate = candidates[number]
        evidence = _evidence(candidate, text, weight)
        results.append(FollowUp(label, title, text, score, grade == FOLLOWED, candidate.location, candidate.text,
                                _terms(evidence), grade, evidence))
    return tuple(results)
