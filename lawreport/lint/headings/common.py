"""The heading outline shared by the heading rules: markers as written, effective levels, parents.

For a received report the marker of every part and heading is read again from the file's own
line (so the whitespace and punctuation after it are known exactly); in sources the level
comes from the number of ``#``. A marker that continues its predecessor's count in the other
numeral family (（1）（2）（三）) is a mixed sibling: it keeps its predecessor's level, so
that one slip is reported once (H003) and not again as a level or sequence problem.
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document
from lawreport.model import Span
from lawreport.text.numbering import Marker, label, parse_marker

LEVEL_NAMES = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


class Entry:
    """One numbered line of the outline: a part title or a heading.

    ``level`` is the effective level (1 = part); ``span`` where the marker (or, without one,
    the heading) starts; ``mixed_with``, for a mixed sibling, the preceding sibling whose
    family it should have used.
    """

    __slots__ = ("level", "span", "part", "marker", "mixed_with", "parent", "is_part")

    def __init__(self, level: int, span: Span, part: str, marker: Marker | None = None,
                 is_part: bool = False) -> None:
        self.level = level
        self.span = span
        self.part = part
        self.marker = marker
        self.mixed_with: Entry | None = None
        self.parent: Entry | None = None
        self.is_part = is_part

    @property
    def written(self) -> str:
        """The marker as written, or a description of the heading's level."""
        if self.marker is not None:
            return self.marker.text
        return LEVEL_NAMES.get(self.level, "")


def _marker_at(doc: Document, span: Span, typed: str | None) -> tuple[Marker | None, Span]:
    raw = doc.line(span.path, span.line)
    if raw is not None:
        stripped = raw.lstrip(" \t\u3000\ufeff")
        marker = parse_marker(stripped)
        if marker is not None:
            return marker, Span(span.path, span.line, len(raw) - len(stripped) + 1)
    if typed:
        return parse_marker(typed + "x"), span
    return None, span


def outline(doc: Document) -> tuple[tuple[Entry, ...], ...]:
    """The outline of each part, part entry first (computed once per document; never modified)."""
    return doc.derived("outline", lambda: tuple(_outline(doc)))


def _outline(doc: Document) -> Iterator[tuple[Entry, ...]]:
    for part in doc.report.parts:
        entries: list[Entry] = []
        root = Entry(1, part.title_span, part.key, is_part=True)
        if doc.received and part.marker:
            root.marker, root.span = _marker_at(doc, part.title_span, part.marker)
        stack: list[Entry] = [root]
        previous: Entry | None = None
        for section in part.walk():
            heading = section.heading
            entry = Entry(heading.level, heading.span, part.key)
            if doc.received:
                entry.marker, entry.span = _marker_at(doc, heading.span, heading.typed_marker)
                if entry.marker is not None:
                    entry.level = entry.marker.level
                    if previous is not None and previous.marker is not None:
                        _check_mixed(entry, previous, stack)
            while len(stack) > 1 and stack[-1].level >= entry.level:
                stack.pop()
            entry.parent = stack[-1]
            stack.append(entry)
            entries.append(entry)
            previous = entry
        yield (root, *entries)


def _check_mixed(entry: Entry, previous: Entry, stack: list[Entry]) -> None:
    mine, theirs = entry.marker, previous.marker
    assert mine is not None and theirs is not None
    for open_entry in stack:
        if (open_entry.marker is not None and open_entry.marker.level == mine.level
                and open_entry.marker.number is not None and mine.number == open_entry.marker.number + 1):
            return
    if previous.mixed_with is not None and previous.mixed_with.marker is not None:
        if mine.level == previous.mixed_with.marker.level:
            entry.level = previous.level
            return
        theirs = previous.mixed_with.marker
    same_shape = mine.level % 2 == theirs.level % 2
    if (mine.level != theirs.level and same_shape and mine.number is not None and theirs.number is not None
            and mine.number == theirs.number + 1 and mine.number != 1):
        entry.level = previous.level
        entry.mixed_with = previous


def expected_label(entry: Entry, number: int) -> str:
    """The marker ``entry`` should have for ``number`` at its level."""
    try:
        return label(entry.level, number)
    except ValueError:
        return str(number)
