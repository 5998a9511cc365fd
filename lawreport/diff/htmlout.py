"""ReportDiff → a self-contained HTML redline page (template ``diff.html.j2``).

The template is found like every other template: the workspace's ``templates/`` first, then
lawreport's default. Autoescaping is on, nothing is marked safe, the page carries no script
and a Content-Security-Policy that forbids any; class names come only from fixed values.
Jinja2 is imported here, so only ``--format html`` pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from markupsafe import Markup

from lawreport.diff.notes import combined_note, undivided_plans, worth_noting
from lawreport.diff.result import (
    DELETE,
    EQUAL,
    INSERT,
    VERDICTS,
    CopiedPassage,
    Evidence,
    ReportDiff,
    Segment,
    UnitDiff,
)
from lawreport.diff.textout import old_labels, percent, where
from lawreport.diff.units import units_warning
from lawreport.render.wordunits import number_pieces
from lawreport.text.controls import BIDI_CONTROLS

TEMPLATE = "diff.html.j2"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a redlined paragraph: ``op`` is equal/insert/delete; ``copied`` shades it."""

    op: str
    text: str
    copied: bool = False

    @property
    def keeps(self) -> tuple[tuple[str, bool], ...]:
        """The text as (piece, keep whole) pairs: a range (2021—2025年, 1—3月) is kept on one line,
        not cut at its dash (lawreport.render.wordunits)."""
        return number_pieces(self.text, ranges_only=True)


def _ranges(passages: tuple[CopiedPassage, ...]) -> dict[tuple[str, tuple[str, ...], int], list[tuple[int, int]]]:
    found: dict[tuple[str, tuple[str, ...], int], list[tuple[int, int]]] = {}
    for passage in passages:
        key = (passage.new.part, passage.new.path, passage.unit)
        found.setdefault(key, []).append((passage.offset, passage.offset + len(passage.text)))
    return found


def shade(segments: tuple[Segment, ...], ranges: list[tuple[int, int]]) -> list[Piece]:
    """Split ``segments`` where carried-over ranges (offsets in the new text) begin and end."""
    pieces: list[Piece] = []
    offset = 0
    for segment in segments:
        if segment.op == DELETE:
            pieces.append(Piece(DELETE, segment.text))
            continue
        cuts = {0, len(segment.text)}
        for start, end in ranges:
            for point in (start - offset, end - offset):
                if 0 < point < len(segment.text):
                    cuts.add(point)
        bounds = sorted(cuts)
        for left, right in pairwise(bounds):
            middle = offset + left
            copied = any(start <= middle < end for start, end in ranges)
            pieces.append(Piece(segment.op, segment.text[left:right], copied))
        offset += len(segment.text)
    return pieces


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff" + "".join(sorted(BIDI_CONTROLS)) + "]")
"""Control characters (tab and line break kept) and bidi controls."""


def _printable(value: object) -> object:
    """Control and bidirectional-override characters removed from every printed string."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value  # already built from finalized, escaped pieces (a macro's output)
    return _UNPRINTABLE.sub("", value)


class _Redline:
    """Helpers the template calls; all text stays plain strings for autoescaping."""

    def __init__(self, diff: ReportDiff) -> None:
        self.diff = diff
        self.labels = {part.key: part.label for part in diff.parts}
        self.copied = _ranges(diff.copied)

    def pieces(self, part: str, path: tuple[str, ...] | None, unit: UnitDiff) -> list[Piece]:
        ranges = self.copied.get((part, path or (), unit.new_index), []) if unit.new_index is not None else []
        return shade(unit.segments, ranges)

    def where(self, location: object) -> str:
        return where(location, self.labels)  # type: ignore[arg-type]

    def where_old(self, location: object) -> str:
        """A place in the old report, under that report's part numbers."""
        return where(location, old_labels(self.diff))  # type: ignore[arg-type]

    def notes(self) -> list[tuple[bool, str]]:
        """(divided, what diff says) of each title over several parts worth a note (lawreport.diff.notes)."""
        return [(item.divided, combined_note(item)) for item in worth_noting(self.diff.combined)]

    def units_warning(self) -> str:
        """The warning that the two reports are different units' (lawreport.diff.units), or ""."""
        diff = self.diff
        return units_warning(diff.old.issuer, diff.new.issuer) if diff.different_units else ""

    def plans_undivided(self) -> bool:
        """Whether last year's plans stand under a title over several parts that could not be divided."""
        return bool(undivided_plans(self.diff.combined))

    @staticmethod
    def blocks(units: tuple[UnitDiff, ...]) -> list[tuple[str, list[UnitDiff]]]:
        """Units grouped for printing: ("paragraph", [unit]) or ("table", rows of one table)."""
        grouped: list[tuple[str, list[UnitDiff]]] = []
        for unit in units:
            if unit.kind == "row" and grouped and grouped[-1][0] == "table" and grouped[-1][1][-1].table == unit.table:
                grouped[-1][1].append(unit)
            else:
                grouped.append(("table" if unit.kind == "row" else "paragraph", [unit]))
        return grouped

    @staticmethod
    def columns(rows: list[UnitDiff]) -> range:
        return range(max((len(row.cells) for row in rows), default=0))

    @staticmethod
    def marked(evidence: Evidence) -> list[tuple[str, bool]]:
        """An evidence sentence cut into (text, is a shared term) pieces."""
        pieces: list[tuple[str, bool]] = []
        cursor = 0
        for start, end in evidence.terms:
            if start > cursor:
                pieces.append((evidence.sentence[cursor:start], False))
            pieces.append((evidence.sentence[start:end], True))
            cursor = end
        if cursor < len(evidence.sentence):
            pieces.append((evidence.sentence[cursor:], False))
        return pieces


def render_html(diff: ReportDiff, workspace_templates: Path | None = None) -> str:
    """The diff as one HTML page."""
    from lawreport.render.templates import environment, find_template, render

    path = find_template(TEMPLATE, workspace_templates)
    env = environment(path.parent)
    bounded = env.finalize  # the sandbox's own (it counts the output); printable on top of it
    env.finalize = lambda value: _printable(bounded(value))
    return render(env, path, "差异页面模板", diff=diff, redline=_Redline(diff), pct=percent, EQUAL=EQUAL,
                  INSERT=INSERT, DELETE=DELETE, VERDICTS=VERDICTS)
