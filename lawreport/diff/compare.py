"""``compare(old, new)``: two reports in, one :class:`ReportDiff` out (a pure function)."""

from __future__ import annotations

from collections.abc import Sequence

from lawreport.diff.align import align_sections, align_units
from lawreport.diff.canonical import CELL_SEPARATOR, FlatPart, FlatSection, TextUnit, flatten
from lawreport.diff.copied import copied_chars, copied_count, find_copied
from lawreport.diff.followup import follow_up
from lawreport.diff.regrouped import regrouped_equal
from lawreport.diff.result import (
    ADDED,
    CHANGED,
    DELETE,
    EQUAL,
    INSERT,
    REMOVED,
    UNCHANGED,
    DiffOptions,
    PartDiff,
    ReportDiff,
    SectionDiff,
    SectionRef,
    Segment,
    Side,
    UnitDiff,
)
from lawreport.diff.shares import combined
from lawreport.diff.textdiff import equal_chars, ratio, text_diff
from lawreport.model import Report
from lawreport.received.layout import themes


def _one_side(unit: TextUnit, op: str) -> tuple[tuple[Segment, ...], tuple[tuple[Segment, ...], ...]]:
    cells = tuple((Segment(op, cell),) if cell else () for cell in unit.cells)
    return (Segment(op, unit.text),), cells


def diff_cells(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[tuple[Segment, ...], ...]:
    """Two rows compared column by column; a column only one row has is inserted or deleted whole."""
    cells = []
    for column in range(max(len(old), len(new))):
        before = old[column] if column < len(old) else ""
        after = new[column] if column < len(new) else ""
        cells.append(text_diff(before, after))
    return tuple(cells)


def join_cells(cells: tuple[tuple[Segment, ...], ...], old_width: int, new_width: int) -> tuple[Segment, ...]:
    """A row's cells as one line, `` | `` between them (on the side(s) that have both columns)."""
    joined: list[Segment] = []
    for column, segments in enumerate(cells):
        if column:
            in_old, in_new = column < old_width, column < new_width
            op = EQUAL if in_old and in_new else (DELETE if in_old else INSERT)
            joined.append(Segment(op, CELL_SEPARATOR))
        joined.extend(segments)
    merged: list[Segment] = []
    for segment in joined:
        if merged and merged[-1].op == segment.op:
            merged[-1] = Segment(segment.op, merged[-1].text + segment.text)
        elif segment.text:
            merged.append(segment)
    return tuple(merged)


def _unit(old: TextUnit | None, new: TextUnit | None, old_index: int | None, new_index: int | None) -> UnitDiff:
    if old is None:
        assert new is not None
        segments, cells = _one_side(new, INSERT)
        return UnitDiff(ADDED, new.kind, None, new_index, segments, 0.0, cells, new.table)
    if new is None:
        segments, cells = _one_side(old, DELETE)
        return UnitDiff(REMOVED, old.kind, old_index, None, segments, 0.0, cells, old.table)
    status = UNCHANGED if old.text == new.text else CHANGED
    if new.kind == "row" and old.kind == "row":
        cells = diff_cells(old.cells, new.cells)
        segments = join_cells(cells, len(old.cells), len(new.cells))
    else:
        cells, segments = (), text_diff(old.text, new.text)
    similarity = ratio(equal_chars(segments), len(old.text), len(new.text))
    return UnitDiff(status, new.kind, old_index, new_index, segments, similarity, cells, new.table)


def _row_key(unit: TextUnit) -> str | None:
    """What a row is matched by: its first cell (paragraphs are matched by similarity)."""
    return unit.cells[0] if unit.kind == "row" and unit.cells else None


def diff_units(old: Sequence[TextUnit], new: Sequence[TextUnit]) -> tuple[UnitDiff, ...]:
    """Paragraph-by-paragraph (row-by-row) alignment of two lists of units, each diffed by token."""
    pairs = align_units([u.text for u in old], [u.text for u in new],
                        [_row_key(u) for u in old], [_row_key(u) for u in new])
    return tuple(_unit(old[i] if i is not None else None, new[j] if j is not None else None, i, j)
                 for i, j in pairs)


def _ref(section: FlatSection) -> SectionRef:
    return SectionRef(section.label, section.title, section.path, section.level, section.runin, section.index)


def _counts(title_segments: tuple[Segment, ...], units: tuple[UnitDiff, ...]) -> tuple[int, int, int]:
    """(old chars, new chars, equal chars) over a title and units."""
    segments = [*title_segments, *(s for u in units for s in u.segments)]
    old = sum(len(s.text) for s in segments if s.op != INSERT)
    new = sum(len(s.text) for s in segments if s.op != DELETE)
    return old, new, sum(len(s.text) for s in segments if s.op == EQUAL)


def _section(old: FlatSection | None, new: FlatSection | None, renamed: bool, moved: bool) -> SectionDiff:
    units = diff_units(old.units if old else (), new.units if new else ())
    if old is None or new is None:
        only = old or new
        assert only is not None
        op = INSERT if new is not None else DELETE
        return SectionDiff(ADDED if new is not None else REMOVED, False, False,
                           _ref(old) if old else None, _ref(new) if new else None,
                           (Segment(op, only.title),), 0.0, units)
    title = text_diff(old.title, new.title)
    old_chars, new_chars, shared = _counts(title, units)
    same = old.title == new.title and all(u.status == UNCHANGED for u in units)
    return SectionDiff(UNCHANGED if same else CHANGED, renamed, moved, _ref(old), _ref(new), title,
                       ratio(shared, old_chars, new_chars), units)


def diff_part(old: FlatPart | None, new: FlatPart | None, copied: tuple[int, int] = (0, 0)) -> PartDiff:
    """One part of both years: its own text, its sections aligned, and its similarity.

    ``copied`` is (characters, passages) of the new part carried over from the old year.
    """
    units = diff_units(old.units if old else (), new.units if new else ())
    old_sections = old.sections if old else ()
    new_sections = new.sections if new else ()
    sections = tuple(
        _section(old_sections[p.old] if p.old is not None else None,
                 new_sections[p.new] if p.new is not None else None, p.renamed, p.moved)
        for p in align_sections(old_sections, new_sections)
    )
    counts = [_counts((), units)] + [_counts(s.title_segments, s.units) for s in sections]
    old_chars, new_chars, shared = (sum(c[k] for c in counts) for k in range(3))
    if old is None or new is None:
        status = ADDED if old is None else REMOVED
    elif all(u.status == UNCHANGED for u in units) and all(
            s.status == UNCHANGED and not s.moved for s in sections):
        status = UNCHANGED
    else:
        status = CHANGED
    only = new or old
    assert only is not None
    return PartDiff(only.key, status, only.label, old.title if old else None, new.title if new else None,
                    ratio(shared, old_chars, new_chars), old_chars, new_chars, shared, *copied, units, sections,
                    old.label if old else "")


def _part_keys(old: Sequence[FlatPart], new: Sequence[FlatPart]) -> list[str]:
    keys = [p.key for p in new]
    for position, part in enumerate(old):
        if part.key not in keys:
            before = [p.key for p in old[:position] if p.key in keys]
            keys.insert(keys.index(before[-1]) + 1 if before else 0, part.key)
    return keys


def compare(old: Report, new: Report, options: DiffOptions | None = None,
            old_name: str | None = None, new_name: str | None = None) -> ReportDiff:
    """Compare two years' reports part by part, heading by heading, character by character.

    Two versions of the same year (``diff 2023 --rev HEAD~1``) are a draft under review: their
    text is compared, but nothing is "carried over from last year" and no plan is followed up.
    Parts are compared as written; a title over several parts that the reader divided
    (“三、存在的问题和下一步打算”) is read share by share for the plans and the copied-text flags.
    """
    options = options or DiffOptions()
    old_parts, new_parts = flatten(old), flatten(new)
    across_years = old.year != new.year
    copied = find_copied(old_parts, new_parts, options.min_copy) if across_years else ()
    by_key_old = {p.key: p for p in old_parts}
    by_key_new = {p.key: p for p in new_parts}
    parts = tuple(diff_part(by_key_old.get(key), by_key_new.get(key), (copied_chars(copied, key), copied_count(copied, key)))
                  for key in _part_keys(old_parts, new_parts))
    new_themes = frozenset(part.key for part in themes(new))
    regrouped = regrouped_equal(old_parts, new_parts, {part.key for part in themes(old)}, new_themes)
    similarity = ratio(sum(p.equal_chars for p in parts) + regrouped, sum(p.old_chars for p in parts),
                       sum(p.new_chars for p in parts))
    return ReportDiff(
        old=Side(old.year, old_name or str(old.year), old.title, old.meta.issuer),
        new=Side(new.year, new_name or str(new.year), new.title, new.meta.issuer),
        options=options,
        similarity=similarity,
        parts=parts,
        copied=copied,
        followups=follow_up(old_parts, new_parts, options.threshold, options.followed,
                            new_themes) if across_years else (),
        combined=(*combined(old_parts, "old", old.year, old.structure),
                  *combined(new_parts, "new", new.year, new.structure)) if across_years else (),
    )
