"""Where in a document a rule needs to look: the units holding what its pattern needs, found by
searching the text of all units at once (a substring search is far cheaper than a pattern's scan,
and one search of the document cheaper than one of each unit), and anchored pattern matching.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from lawreport.lint.base import Document
from lawreport.lint.text import TextUnit, units


class Joined(NamedTuple):
    """The text of every unit, joined with line breaks, and the offset where each unit starts."""

    text: str
    starts: tuple[int, ...]

    def unit_index(self, offset: int) -> int:
        """The index of the unit that ``text[offset]`` belongs to (a break belongs to the unit before it)."""
        return bisect.bisect_right(self.starts, offset) - 1


def joined(doc: Document) -> Joined:
    """The document's units as one text (computed once per document)."""
    return doc.derived("joined", lambda: _join(units(doc)))


def _join(all_units: tuple[TextUnit, ...]) -> Joined:
    starts, offset = [], 0
    for unit in all_units:
        starts.append(offset)
        offset += len(unit.text) + 1
    return Joined("\n".join(unit.text for unit in all_units), tuple(starts))


def printable(doc: Document) -> bool:
    """Whether the text of every unit is printable (``str.isprintable``): then it holds no control,
    zero-width, direction or no-break character (computed once per document)."""
    return doc.derived("printable", lambda: "".join(unit.text for unit in units(doc)).isprintable())


def holding(doc: Document, needles: Iterable[str]) -> list[TextUnit]:
    """The units whose text holds one of ``needles``, in document order, found by substring
    searches of the joined text (each needle is looked for once per unit that holds it, not in
    every unit). A needle holding no line break cannot run from one unit into the next."""
    whole = joined(doc)
    text, starts = whole
    last = len(starts) - 1
    found: set[int] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            index = whole.unit_index(at)
            found.add(index)
            if index == last:
                break
            at = text.find(needle, starts[index + 1])
    if not found:
        return []
    all_units = units(doc)
    return [all_units[index] for index in sorted(found)]


def matching(doc: Document, pattern: re.Pattern[str], literal: str, offset: int) -> list[TextUnit]:
    """The units where ``pattern`` matches (as :func:`matches_at` finds it, each match holding
    ``literal`` ``offset`` characters after its start), tried on the joined text. The same units
    as trying each unit's own text, for a pattern that cannot match a line break and whose
    look-arounds treat a line break as they treat the start or end of a text (a class such as
    ``(?<!\\d)`` or ``(?<=[于至])``, never ``\\s`` or ``[^…]``)."""
    whole = joined(doc)
    all_units = units(doc)
    found: list[TextUnit] = []
    last = -1
    for match in matches_at(pattern, whole.text, literal, offset):
        index = whole.unit_index(match.start())
        if index != last:
            found.append(all_units[index])
            last = index
    return found


def matches_at(pattern: re.Pattern[str], text: str, literal: str, offset: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern each of whose matches holds ``literal`` ``offset``
    characters after its start: the pattern is tried only where ``literal`` stands (a substring
    search), not at every character. The same matches: a match can start nowhere else, and the
    pattern's look-behinds see the text before the place tried, as in a scan."""
    end = 0
    at = text.find(literal, offset)
    while at >= 0:
        if at - offset >= end:
            match = pattern.match(text, at - offset)
            if match is not None:
                yield match
                end = max(match.end(), at - offset + 1)
        at = text.find(literal, at + 1)
