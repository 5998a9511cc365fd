"""Passages of the new year found verbatim in the old year's report.

Every run of at least ``min_copy`` characters of a new paragraph that also stands in some old
paragraph is found with a k-gram index of the old text (k = ``min_copy``) and extended to its
full length. It is then trimmed to whole clauses of the new paragraph (it begins after, and
ends before, one of ，。；：！？ or the paragraph's ends, without that punctuation), so that it
never begins or ends inside a figure or a word; what is left shorter than ``min_copy`` is
dropped, and passages of one paragraph separated only by punctuation are merged. A numbering
marker at the start of a paragraph (a received report's “（二）部分乡镇……” item) also ends a
clause, so that an item copied under another number is still found whole. Passages in
存在的不足 and 主要安排 are flagged: a shortcoming or a plan copied from last year suggests it
was neither remedied nor rethought. Under a title over several parts that the reader divided
(“一、工作开展情况及存在的问题”), each passage counts as the part of its share.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lawreport.diff.canonical import FlatPart
from lawreport.diff.result import FLAGGED_PARTS, CopiedPassage, Location
from lawreport.text.numbering import parse_marker

CLAUSE_ENDS = frozenset("，。；：！？,;:!?")
"""Punctuation that ends a clause (、 separates items inside one)."""
MAX_CANDIDATES = 64
"""Old positions tried per k-gram (bounds the work on very repetitive text)."""


def _located_units(parts: Sequence[FlatPart]) -> Iterator[tuple[Location, int, str, str]]:
    """(where, index under its heading, text, the part the text is) of every unit."""
    for part in parts:
        for number, unit in enumerate(part.units):
            yield Location(part.key, (), part.label), number, unit.text, unit.share or part.key
        for section in part.sections:
            for number, unit in enumerate(section.units):
                yield Location(part.key, section.path, section.label), number, unit.text, unit.share or part.key


def find_copied(old: Sequence[FlatPart], new: Sequence[FlatPart], min_copy: int) -> tuple[CopiedPassage, ...]:
    """Every maximal passage of ``new`` of at least ``min_copy`` characters also found in ``old``."""
    if min_copy < 1:
        raise ValueError("min_copy must be positive")
    sources = list(_located_units(old))
    index: dict[str, list[tuple[int, int]]] = {}
    for number, (_location, _unit, text, _part) in enumerate(sources):
        for start in range(len(text) - min_copy + 1):
            hits = index.setdefault(text[start:start + min_copy], [])
            if len(hits) < MAX_CANDIDATES:
                hits.append((number, start))
    passages: list[CopiedPassage] = []
    for location, unit, text, counts_as in _located_units(new):
        spans: list[tuple[int, int, int]] = []
        lead = _marker_end(text)
        start = 0
        while start <= len(text) - min_copy:
            hits = index.get(text[start:start + min_copy])
            if not hits:
                start += 1
                continue
            length, source = max((_extend(text, start, sources[n][2], s, min_copy), n) for n, s in hits)
            trimmed = clause_span(text, start, start + length, lead)
            if trimmed is not None and trimmed[1] - trimmed[0] >= min_copy:
                spans.append((*trimmed, source))
            start += length
        content = clause_span(text, 0, len(text)) or (0, len(text))
        body = clause_span(text, lead, len(text), lead) or content
        for begin, end, source in merge_adjacent(text, spans):
            passages.append(CopiedPassage(
                new=location,
                old=sources[source][0],
                text=text[begin:end],
                unit=unit,
                offset=begin,
                whole_paragraph=(begin, end) in (content, body),
                flagged=counts_as in FLAGGED_PARTS,
                counts_as=counts_as,
            ))
    return tuple(passages)


def _is_gap(char: str) -> bool:
    return char in CLAUSE_ENDS or char.isspace()


def _marker_end(text: str) -> int:
    """Where a numbering marker that starts ``text`` ends (0 when there is none)."""
    marker = parse_marker(text)
    return marker.end if marker is not None and text[marker.end:].strip() else 0


def clause_span(text: str, start: int, end: int, lead: int = 0) -> tuple[int, int] | None:
    """``text[start:end]`` narrowed to the whole clauses it holds, without their punctuation.

    ``lead`` is where a leading numbering marker ends: a clause may begin there too.
    """
    while start < end and not (start in (0, lead) or _is_gap(text[start - 1])):
        start += 1
    while end > start and not (end == len(text) or _is_gap(text[end])):
        end -= 1
    while start < end and _is_gap(text[start]):
        start += 1
    while end > start and _is_gap(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None


def merge_adjacent(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Spans of one paragraph joined where only punctuation or spaces stand between them."""
    merged: list[tuple[int, int, int]] = []
    for begin, end, source in spans:
        if merged and all(_is_gap(char) for char in text[merged[-1][1]:begin]):
            merged[-1] = (merged[-1][0], end, merged[-1][2])
        else:
            merged.append((begin, end, source))
    return merged


def _extend(text: str, start: int, source: str, source_start: int, known: int) -> int:
    """How far ``text`` from ``start`` reads as ``source`` from ``source_start`` (``known`` characters
    do already). Compared a block at a time, the block doubling while the two agree and halving
    where they part: a copy of 180,000 characters tried at 64 places was 12 million steps in Python."""
    length, step = known, 32
    limit = min(len(text) - start, len(source) - source_start)
    while length < limit:
        end = min(length + step, limit)
        if text[start + length:start + end] == source[source_start + length:source_start + end]:
            length, step = end, step * 2
        elif step > 1:
            step //= 2
        else:
            break
    return length


def copied_chars(passages: Sequence[CopiedPassage], part: str) -> int:
    """Characters of part ``part`` of the new year inside carried-over passages."""
    return sum(len(p.text) for p in passages if p.new.part == part)


def copied_count(passages: Sequence[CopiedPassage], part: str) -> int:
    """How many carried-over passages part ``part`` of the new year holds."""
    return sum(1 for p in passages if p.new.part == part)
