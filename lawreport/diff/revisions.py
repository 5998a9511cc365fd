"""A ReportDiff as one sequence of paragraphs and table rows, each marked equal, inserted or deleted.

This is the order a tracked-changes document needs: reading only what is not deleted gives the
new report in its own order, reading only what is not inserted gives the old one in its own. A
paragraph both years have keeps its place when it keeps its order relative to the others (the
longest run that did); a moved one is shown as deleted where it stood and inserted where it
stands now. A paragraph only the old year has follows the paragraph that preceded it then.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lawreport.diff.canonical import PREAMBLE_KEY, flatten
from lawreport.diff.result import DELETE, EQUAL, INSERT, ReportDiff, SectionDiff, SectionRef, Segment, UnitDiff
from lawreport.diff.textdiff import text_diff
from lawreport.model import Report

Key = tuple[int, int, int, int]
"""(part rank, section index or -1, 0 for a heading and 1 for text, paragraph index)."""


class Run(NamedTuple):
    """A run of one paragraph: ``op`` is equal/insert/delete; ``heading`` the run-in heading level or 0."""

    op: str
    text: str
    heading: int = 0


class Item(NamedTuple):
    """One paragraph (``role`` title, addressee, body, h1–h4, signature, date) or one table row."""

    role: str
    old: Key | None
    new: Key | None
    runs: tuple[Run, ...] = ()
    cells: tuple[tuple[Segment, ...], ...] = ()
    old_table: tuple[int, int, int] | None = None
    new_table: tuple[int, int, int] | None = None

    @property
    def mark(self) -> str:
        """Whether the paragraph (or row) itself is in both years, only the new or only the old."""
        if self.old is not None and self.new is not None:
            return EQUAL
        return INSERT if self.new is not None else DELETE

    def only(self, side: str) -> Item:
        """This item as it reads on one side only (``old`` deleted, ``new`` inserted)."""
        op, skip = (DELETE, INSERT) if side == "old" else (INSERT, DELETE)
        runs = tuple(Run(op, r.text, r.heading) for r in self.runs if r.op != skip and r.text)
        cells = tuple(tuple(Segment(op, s.text) for s in cell if s.op != skip) for cell in self.cells)
        if side == "old":
            return self._replace(new=None, runs=runs, cells=cells, new_table=None)
        return self._replace(old=None, runs=runs, cells=cells, old_table=None)


_FIRST: Key = (-3, 0, 0, 0)
_LAST = 1 << 20


def _runs(segments: tuple[Segment, ...], heading: int = 0) -> tuple[Run, ...]:
    return tuple(Run(s.op, s.text, heading) for s in segments if s.text)


def _side_text(old: str, new: str) -> tuple[Run, ...]:
    return _runs(text_diff(old, new))


class _Ranks(NamedTuple):
    old: dict[str, int]
    new: dict[str, int]
    old_labels: dict[str, str]
    new_labels: dict[str, str]


def _ranks(old: Report, new: Report) -> _Ranks:
    old_parts, new_parts = flatten(old), flatten(new)
    return _Ranks({p.key: n for n, p in enumerate(old_parts)}, {p.key: n for n, p in enumerate(new_parts)},
                  {p.key: p.label for p in old_parts}, {p.key: p.label for p in new_parts})


def _unit_items(units: tuple[UnitDiff, ...], old_base: tuple[int, int] | None,
                new_base: tuple[int, int] | None, prefixes: dict[int, tuple[Run, ...]] | None = None) -> Iterator[Item]:
    """Paragraphs and rows; ``prefixes`` (run-in headings) open the paragraphs at those positions."""
    for position, unit in enumerate(units):
        old = (*old_base, 1, unit.old_index) if old_base is not None and unit.old_index is not None else None
        new = (*new_base, 1, unit.new_index) if new_base is not None and unit.new_index is not None else None
        if unit.kind == "row":
            yield Item("row", old, new, cells=unit.cells,
                       old_table=(*old_base, unit.table) if old is not None and old_base is not None else None,
                       new_table=(*new_base, unit.table) if new is not None and new_base is not None else None)
            continue
        yield Item("body", old, new, (prefixes or {}).get(position, ()) + _runs(unit.segments))


def _first(units: tuple[UnitDiff, ...], side: str) -> int | None:
    """Position of the unit that opens a section on one side, when it is a paragraph (a run-in heading joins it)."""
    for position, unit in enumerate(units):
        if getattr(unit, f"{side}_index") == 0:
            return position if unit.kind == "paragraph" else None
    return None


def _heading_role(ref: SectionRef) -> str:
    return "body" if ref.runin else f"h{min(max(ref.level, 2), 4)}"


def _section_items(part: str, section: SectionDiff, ranks: _Ranks) -> Iterator[Item]:
    """A section's heading and text. A run-in heading opens the section's first paragraph on each side
    where it has one; where both sides open the same paragraph, the heading's changes are shown in it,
    otherwise each side's heading is its own deletion or insertion."""
    old_base = (ranks.old[part], section.old.index) if section.old is not None else None
    new_base = (ranks.new[part], section.new.index) if section.new is not None else None
    old_heading = section.old.label + section.old.title if section.old is not None else ""
    new_heading = section.new.label + section.new.title if section.new is not None else ""
    old_first = _first(section.units, "old") if section.old is not None and section.old.runin else None
    new_first = _first(section.units, "new") if section.new is not None and section.new.runin else None
    prefixes: dict[int, tuple[Run, ...]] = {}
    if old_first is not None and old_first == new_first and section.old is not None and section.new is not None:
        level = section.new.level
        prefixes[new_first] = tuple(r._replace(heading=level) for r in _side_text(old_heading, new_heading))
    else:
        if old_first is not None and section.old is not None:
            prefixes[old_first] = (Run(DELETE, old_heading, section.old.level),)
        if new_first is not None and section.new is not None:
            prefixes[new_first] = prefixes.get(new_first, ()) + (Run(INSERT, new_heading, section.new.level),)
    own_old = section.old if section.old is not None and old_first is None else None
    own_new = section.new if section.new is not None and new_first is None else None
    if own_old is not None or own_new is not None:
        ref = own_new or own_old
        assert ref is not None
        runs = _side_text(old_heading if own_old else "", new_heading if own_new else "")
        if ref.runin:
            runs = tuple(r._replace(heading=ref.level) for r in runs)
        yield Item(_heading_role(ref), (*old_base, 0, 0) if own_old is not None and old_base else None,
                   (*new_base, 0, 0) if own_new is not None and new_base else None, runs)
    yield from _unit_items(section.units, old_base, new_base, prefixes)


def items(diff: ReportDiff, old: Report, new: Report, old_lines: tuple[str, ...],
          new_lines: tuple[str, ...]) -> list[Item]:
    """Every paragraph and row of both reports, in the order a tracked-changes document shows them.

    ``old_lines`` and ``new_lines`` are (title, addressee, signatory, date) as printed ("" if none).
    """
    ranks = _ranks(old, new)
    found = [Item("title", _FIRST, _FIRST, _side_text(old_lines[0], new_lines[0]))]
    found.extend(_edge("addressee", old_lines[1], new_lines[1], -2))
    for part in diff.parts:
        old_rank, new_rank = ranks.old.get(part.key), ranks.new.get(part.key)
        old_base = (old_rank, -1) if old_rank is not None else None
        new_base = (new_rank, -1) if new_rank is not None else None
        if part.key != PREAMBLE_KEY:
            old_title = ranks.old_labels.get(part.key, "") + (part.old_title or "") if old_base else ""
            new_title = ranks.new_labels.get(part.key, "") + (part.new_title or "") if new_base else ""
            found.append(Item("h1", (*old_base, 0, 0) if old_base else None, (*new_base, 0, 0) if new_base else None,
                              _side_text(old_title, new_title)))
        found.extend(_unit_items(part.units, old_base, new_base))
        for section in part.sections:
            found.extend(_section_items(part.key, section, ranks))
    found.extend(_edge("signature", old_lines[2], new_lines[2], _LAST))
    found.extend(_edge("date", old_lines[3], new_lines[3], _LAST + 1))
    return order(found)


def _edge(role: str, old: str, new: str, rank: int) -> Iterator[Item]:
    if old or new:
        key: Key = (rank, 0, 0, 0)
        yield Item(role, key if old else None, key if new else None, _side_text(old, new))


def order(found: list[Item]) -> list[Item]:
    """Items in tracked-changes order: new order, moved ones split, old-only ones after their predecessor."""
    paired = sorted((item for item in found if item.mark == EQUAL), key=lambda item: item.new)
    rank = {key: n for n, key in enumerate(sorted({item.old for item in paired if item.old is not None}))}
    kept_positions = increasing([rank[item.old] for item in paired if item.old is not None])
    kept = [item for position, item in enumerate(paired) if position in kept_positions]
    moved = [item for position, item in enumerate(paired) if position not in kept_positions]
    shown_new = sorted([*kept, *(i for i in found if i.mark == INSERT), *(m.only("new") for m in moved)],
                       key=lambda item: item.new)
    old_only = sorted([*(i for i in found if i.mark == DELETE), *(m.only("old") for m in moved)],
                      key=lambda item: item.old)
    kept_old = sorted(kept, key=lambda item: item.old)
    anchored: dict[int, list[Item]] = {}
    cursor = 0
    for item in old_only:
        while cursor < len(kept_old) and kept_old[cursor].old < item.old:
            cursor += 1
        anchored.setdefault(cursor - 1, []).append(item)
    position_of = {id(item): n for n, item in enumerate(kept_old)}
    result = list(anchored.get(-1, []))
    waiting: list[Item] = []
    section: tuple[int, int] | None = None
    for item in shown_new:
        assert item.new is not None
        if waiting and (id(item) in position_of or item.new[:2] != section):
            result.extend(waiting)  # what the old year had here, after what was added to the same section
            waiting = []
        result.append(item)
        if id(item) in position_of:
            waiting = list(anchored.get(position_of[id(item)], []))
            section = item.new[:2]
    result.extend(waiting)
    return result


def increasing(values: Sequence[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (patience sorting, n log n)."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[slot], tail_at[slot] = value, position
        previous[position] = tail_at[slot - 1] if slot else -1
    kept: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        kept.add(position)
        position = previous[position]
    return kept
