"""Passages of the new year found verbatim in the old year's report.

Every run of at least ``min_copy`` characters of a new paragraph that also stands in some old
paragraph is found with a k-gram index of the old text (k = ``min_copy``) and extended to its
full length. Passages in 存在的不足 and 主要安排 are flagged: a shortcoming or a plan copied
from last year suggests it was neither remedied nor rethought.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lawreport.diff.canonical import FlatPart
from lawreport.diff.result import FLAGGED_PARTS, CopiedPassage, Location

MAX_CANDIDATES = 64
"""Old positions tried per k-gram (bounds the work on very repetitive text)."""


def _located_units(parts: Sequence[FlatPart]) -> Iterator[tuple[Location, int, str]]:
    for part in parts:
        for number, unit in enumerate(part.units):
            yield Location(part.key, (), part.label), number, unit.text
        for section in part.sections:
            for number, unit in enumerate(section.units):
                yield Location(part.key, section.path, section.label), number, unit.text


def find_copied(old: Sequence[FlatPart], new: Sequence[FlatPart], min_copy: int) -> tuple[CopiedPassage, ...]:
    """Every maximal passage of ``new`` of at least ``min_copy`` characters also found in ``old``."""
    if min_copy < 1:
        raise ValueError("min_copy must be positive")
    sources = list(_located_units(old))
    index: dict[str, list[tuple[int, int]]] = {}
    for number, (_location, _unit, text) in enumerate(sources):
        for start in range(len(text) - min_copy + 1):
            hits = index.setdefault(text[start:start + min_copy], [])
            if len(hits) < MAX_CANDIDATES:
                hits.append((number, start))
    passages: list[CopiedPassage] = []
    for location, unit, text in _located_units(new):
        start = 0
        while start <= len(text) - min_copy:
            hits = index.get(text[start:start + min_copy])
            if not hits:
                start += 1
                continue
            length, source = max((_extend(text, start, sources[n][2], s, min_copy), n) for n, s in hits)
            passages.append(CopiedPassage(
                new=location,
                old=sources[source][0],
                text=text[start:start + length],
                unit=unit,
                offset=start,
                whole_paragraph=length == len(text),
                flagged=location.part in FLAGGED_PARTS,
            ))
            start += length
    return tuple(passages)


def _extend(text: str, start: int, source: str, source_start: int, known: int) -> int:
    length = known
    while (start + length < len(text) and source_start + length < len(source)
           and text[start + length] == source[source_start + length]):
        length += 1
    return length


def copied_chars(passages: Sequence[CopiedPassage], part: str) -> int:
    """Characters of part ``part`` of the new year inside carried-over passages."""
    return sum(len(p.text) for p in passages if p.new.part == part)
