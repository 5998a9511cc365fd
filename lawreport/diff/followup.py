"""Tracing last year's plans (主要安排) to this year's measures (主要举措和成效).

Each plan item (a top-level section of ``plans``, or a paragraph when it has none) is scored
against every paragraph of this year's ``measures`` read with its headings, and against each
lowest section with subsections as a whole. The score is transparent: the share of the plan's
Chinese character bigrams that the candidate also contains, each bigram weighted by its rarity
among this year's paragraphs (inverse document frequency), so that words every paragraph
uses (法治, 推进, 工作) count for little and specific ones (执法记录仪, 调解室) for much. The
shared runs of text are listed as evidence, so that a person can judge.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lawreport.cjk import is_han
from lawreport.diff.align import subtree_text
from lawreport.diff.canonical import FlatPart, TextUnit
from lawreport.diff.result import FollowUp, Location

PLANS = "plans"
MEASURES = "measures"
MAX_TERMS = 8
WHOLE_MARGIN = 1.2
"""A whole section is preferred to its best paragraph only when it scores this much higher."""


def cjk_bigrams(text: str) -> set[str]:
    """Bigrams of two adjacent Chinese characters (punctuation, digits and Latin skipped)."""
    chinese = [is_han(char) for char in text]
    return {text[k:k + 2] for k in range(len(text) - 1) if chinese[k] and chinese[k + 1]}


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
    excerpt: str
    grams: set[str]
    whole: bool
    """A whole section with its subsections rather than one paragraph."""


def _candidates(part: FlatPart) -> list[_Candidate]:
    """Each paragraph of the measures, read with its headings; and each section whose
    subsections have none of their own, as a whole (a plan carried out across sub-items)."""
    found = [_Candidate(Location(part.key, (), part.label), unit.text, cjk_bigrams(unit.text), False)
             for unit in part.units]
    for section in part.sections:
        location = Location(part.key, section.path, section.label)
        for unit in section.units:
            found.append(_Candidate(location, unit.text, cjk_bigrams("\n".join((*section.path, unit.text))), False))
        children = [other.index for other in part.sections if other.parent == section.index]
        if children and not any(other.parent in children for other in part.sections):
            whole = subtree_text(part.sections, section.index).strip()
            found.append(_Candidate(location, whole, cjk_bigrams("\n".join((*section.path, whole))), True))
    return found


def _all_units(part: FlatPart) -> list[TextUnit]:
    return [*part.units, *(unit for section in part.sections for unit in section.units)]


def _terms(plan: str, shared: set[str]) -> tuple[str, ...]:
    runs: list[str] = []
    current = ""
    for k in range(len(plan)):
        pair = plan[k:k + 2]
        if pair in shared:
            current = current + pair[1] if current else pair
        else:
            if current:
                runs.append(current)
            current = ""
    if current:
        runs.append(current)
    unique = sorted(set(runs), key=lambda run: (-len(run), plan.find(run)))
    return tuple(unique[:MAX_TERMS])


def follow_up(old: Sequence[FlatPart], new: Sequence[FlatPart], threshold: float) -> tuple[FollowUp, ...]:
    """Each plan of ``old`` with its best match among the measures of ``new``."""
    plans = next((p for p in old if p.key == PLANS), None)
    measures = next((p for p in new if p.key == MEASURES), None)
    if plans is None:
        return ()
    candidates = _candidates(measures) if measures is not None else []
    paragraphs = [cjk_bigrams(unit.text) for unit in _all_units(measures)] if measures is not None else []
    frequency: dict[str, int] = {}
    for found in paragraphs:
        for gram in found:
            frequency[gram] = frequency.get(gram, 0) + 1
    count = len(paragraphs)

    def weight(gram: str) -> float:
        return math.log((count + 1) / (frequency.get(gram, 0) + 0.5))

    results: list[FollowUp] = []
    for label, title, text in _plan_items(plans):
        wanted = cjk_bigrams(text)
        total = sum(weight(g) for g in wanted)
        best: dict[bool, tuple[float, int]] = {False: (0.0, -1), True: (0.0, -1)}
        for number, candidate in enumerate(candidates):
            score = sum(weight(g) for g in wanted & candidate.grams) / total if total else 0.0
            if score > best[candidate.whole][0]:
                best[candidate.whole] = (score, number)
        chosen = best[True] if best[True][0] > WHOLE_MARGIN * best[False][0] else best[False]
        score, number = round(chosen[0], 4), chosen[1]
        if number < 0:
            results.append(FollowUp(label, title, text, 0.0, False, None, "", ()))
            continue
        candidate = candidates[number]
        terms = _terms(text, wanted & candidate.grams)
        results.append(FollowUp(label, title, text, score, score >= threshold, candidate.location,
                                candidate.excerpt, terms))
    return tuple(results)
