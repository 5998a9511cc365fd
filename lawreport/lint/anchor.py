"""The runs a comment marks: exactly the characters a finding is about, runs split where needed.

The reader gives each paragraph's visible text run by run (``RunText``: a run's piece and its
place in the text, hidden, deleted and numbering text left out); each piece is one content element
of its run (a ``w:t``, a tab, a break…), in order. A finding at characters ``a`` to ``b`` of a
paragraph is marked from the element holding ``a`` to the one holding ``b - 1``: a ``w:t`` is cut
at those characters and its run split there (lawreport.ooxml.runsplit: same formatting, same
text), so the comment's range starts and ends on them. Runs that cannot be split are marked whole:
those in a simple field (Word rewrites its result when the field is updated) and a ruby's base
text (拼音指南), which is marked with its run.

The cuts of every comment are made before any comment is placed, on the elements themselves, so
that paragraphs sharing runs (a paragraph joined to one with a hidden mark) and several comments
in one run all find their characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from lawreport.ooxml.names import w
from lawreport.ooxml.runsplit import split_after, split_before, split_text

if TYPE_CHECKING:
    from lxml import etree

    from lawreport.importing.docxruns import RunText

_QUOTED = re.compile("“([^“”]+)”")
_EDGE = " \t\u3000\u00a0\n"


class Piece(NamedTuple):
    """One content element of a paragraph's visible text and its characters ``start`` to ``end``."""

    element: etree._Element
    start: int
    end: int
    text: str


def _text(element: etree._Element) -> str:
    """The reader's text of one content element of a run."""
    from lawreport.importing.docxruns import element_text

    return element_text(element)


def pieces(runs: tuple[RunText, ...]) -> list[Piece] | None:
    """The content elements each of a paragraph's ``runs`` comes from; None when they cannot be
    matched to the reader's places (the comment then marks whole runs)."""
    children: dict[etree._Element, Iterable[tuple[etree._Element, str]]] = {}
    out: list[Piece] = []
    for item in runs:
        if item.run not in children:
            children[item.run] = iter([(child, _text(child)) for child in item.run if _text(child)])
        found = next(iter(children[item.run]), None)
        if found is None or len(found[1]) != item.end - item.start:
            return None
        out.append(Piece(found[0], item.start, item.end, found[1]))
    return out


def extent(found: list[Piece], column: int, length: int, message: str) -> tuple[int, int]:
    """Characters ``a`` to ``b`` of a paragraph a finding at ``column`` is about: ``length`` of them
    (what its fix replaces, or the text its rule matched); else the text it quotes (“…”) when the paragraph has it there; else the
    paragraph's text when it is at the paragraph's start (a finding about the paragraph or heading);
    else the one character. A column past the text's end marks its last character."""
    end = max(piece.end for piece in found)
    text = [" "] * end
    for piece in found:
        text[piece.start:piece.end] = piece.text
    shown = "".join(text)
    at = min(max(column - 1, 0), end - 1)
    if length > 0:
        return at, min(at + length, end)
    quoted = [len(q) for q in _QUOTED.findall(message) if shown.startswith(q, at)]
    if quoted:
        return at, at + max(quoted)
    lead = len(shown) - len(shown.lstrip(_EDGE))
    if at <= lead and shown.strip(_EDGE):
        return lead, len(shown.rstrip(_EDGE))
    return at, at + 1


def _fixed(run: etree._Element) -> etree._Element:
    """The element a range mark goes beside for ``run``: itself, its simple field, or its ruby's run."""
    unit = run
    for ancestor in run.iterancestors():
        if ancestor.tag == w("p"):
            break
        if ancestor.tag == w("fldSimple"):
            unit = ancestor
        elif ancestor.tag == w("ruby") and ancestor.getparent() is not None:
            unit = ancestor.getparent()
    return unit


def _holding(found: list[Piece], index: int) -> Piece:
    """The piece holding character ``index`` (the nearest after it across a gap, else the last)."""
    for piece in found:
        if index < piece.end:
            return piece
    return found[-1]


class Cuts:
    """The characters every comment starts and ends at, cut into their own runs all at once."""

    def __init__(self) -> None:
        self.points: dict[etree._Element, set[int]] = {}
        self.parts: dict[etree._Element, list[tuple[etree._Element, int, int]]] = {}

    def want(self, found: list[Piece], a: int, b: int) -> tuple[tuple[etree._Element, int], tuple[etree._Element, int]]:
        """Ask for characters ``a`` to ``b``: where they begin and end, as (element, character in it)."""
        first, last = _holding(found, a), _holding(found, b - 1)
        begin = (first.element, min(max(a - first.start, 0), len(first.text) - 1))
        finish = (last.element, min(max(b - 1 - last.start, 0), len(last.text) - 1))
        self.points.setdefault(begin[0], set()).add(begin[1])
        self.points.setdefault(finish[0], set()).add(finish[1] + 1)
        return begin, finish

    def cut(self) -> None:
        """Cut every element at the characters asked for, and end its run there."""
        for element, points in self.points.items():
            length = len(_text(element))
            if element.getparent() is None or _fixed(element.getparent()) is not element.getparent():
                self.parts[element] = [(element, 0, length)]
                continue
            parts: list[tuple[etree._Element, int, int]] = []
            upper = length
            for point in sorted(points, reverse=True):
                if 0 < point < upper and element.tag == w("t"):
                    parts.insert(0, (split_text(element, point), point, upper))
                    upper = point
            parts.insert(0, (element, 0, upper))
            self.parts[element] = parts
            for point in points:
                for part, start, end in parts:
                    if start == point:
                        split_before(part)
                    if end == point:
                        split_after(part)

    def run(self, place: tuple[etree._Element, int]) -> etree._Element:
        """The run (or unsplittable element) now holding character ``place``."""
        element, index = place
        part = next((part for part, start, end in self.parts[element] if start <= index < end), element)
        return _fixed(part.getparent())
