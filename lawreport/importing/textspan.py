"""Cutting a line's text into pieces while keeping every character's source position."""

from __future__ import annotations

from lawreport.model import OffsetMap


def shift(offsets: OffsetMap, start: int) -> OffsetMap:
    """The offset map of ``text[start:]`` given the map of ``text``."""
    first: tuple[int, int, int] | None = None
    rest: list[tuple[int, int, int]] = []
    for offset, line, column in offsets.anchors:
        if offset <= start:
            first = (0, line, column + start - offset)
        else:
            rest.append((offset - start, line, column))
    anchors = ((first,) if first else ()) + tuple(rest)
    return OffsetMap(offsets.path, anchors)


def lstrip_at(text: str, start: int) -> int:
    """The index of the first non-space character at or after ``start``."""
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    return start
