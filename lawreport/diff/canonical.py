"""A report as numbered text: the one canonical form that diff, textconv and copy detection read.

Every part and section gets the label the compiler would print (一、 （一） 1. （1）), counted
from its position, never from what an author typed. Table rows become units of their own
(cells joined by `` | `` in their text, and kept as cells), so that a changed figure shows as a
changed cell of a changed row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from lawreport.model import Block, Paragraph, Report, Section
from lawreport.text.numbering import label

PREAMBLE_KEY = "preamble"
"""Pseudo-part key of the text between the addressee and part 一 (the 导语)."""
PREAMBLE_TITLE = "导语"
CELL_SEPARATOR = " | "


class TextUnit(NamedTuple):
    """One paragraph, or one table row, as plain text."""

    kind: str
    """``"paragraph"`` or ``"row"``."""
    text: str
    cells: tuple[str, ...] = ()
    """A row's cells (its text is them joined by `` | ``)."""
    table: int = -1
    """Which table of its section (or part) a row belongs to, counted from 0; -1 for a paragraph."""


@dataclass(frozen=True, slots=True)
class FlatSection:
    """A section below a part title, with its numbering label and its own text."""

    index: int
    """Position among all sections of the part, in document order."""
    parent: int | None
    """``index`` of the enclosing section, or None directly under the part."""
    level: int
    label: str
    title: str
    path: tuple[str, ...]
    """Titles from the topmost section down to this one."""
    runin: bool
    units: tuple[TextUnit, ...]

    @property
    def heading(self) -> str:
        """The numbered heading, e.g. ``（二）强化行政权力制约和监督``."""
        return self.label + self.title


class FlatPart(NamedTuple):
    """A part with its label, its text before the first heading, and its sections in order."""

    key: str
    label: str
    title: str
    units: tuple[TextUnit, ...]
    sections: tuple[FlatSection, ...]


def block_units(blocks: tuple[Block, ...]) -> tuple[TextUnit, ...]:
    """Paragraphs as one unit each, table rows as one unit per row; empty text dropped."""
    units: list[TextUnit] = []
    tables = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                units.append(TextUnit("paragraph", block.text.strip()))
        else:
            for row in block.rows:
                cells = tuple(c.strip() for c in row)
                units.append(TextUnit("row", CELL_SEPARATOR.join(cells), cells, tables))
            tables += 1
    return tuple(units)


def _flatten_sections(sections: tuple[Section, ...]) -> tuple[FlatSection, ...]:
    flat: list[FlatSection] = []

    def visit(children: tuple[Section, ...], parent: int | None, path: tuple[str, ...]) -> None:
        for number, section in enumerate(children, start=1):
            heading = section.heading
            index = len(flat)
            own_path = (*path, heading.title)
            level = min(max(heading.level, 2), 4)
            flat.append(FlatSection(index, parent, heading.level, label(level, number), heading.title,
                                    own_path, heading.runin, block_units(section.blocks)))
            visit(section.children, index, own_path)

    visit(sections, None, ())
    return tuple(flat)


def flatten(report: Report) -> tuple[FlatPart, ...]:
    """The preamble (key ``preamble``) and every part, labelled and flattened, in document order."""
    parts = [FlatPart(PREAMBLE_KEY, "", PREAMBLE_TITLE, block_units(report.meta.preamble), ())]
    for number, part in enumerate(report.parts, start=1):
        parts.append(FlatPart(part.key, label(1, number), part.title, block_units(part.blocks),
                              _flatten_sections(part.sections)))
    return tuple(parts)


def canonical_lines(report: Report) -> Iterator[str]:
    """The report as text, one paragraph (or table row) per line, headings with their numbers."""
    yield report.title
    if report.meta.addressee:
        yield report.meta.addressee.rstrip("：:") + "："
    for part in flatten(report):
        if part.key != PREAMBLE_KEY:
            yield part.label + part.title
        yield from (unit.text for unit in part.units)
        for section in part.sections:
            yield section.heading
            yield from (unit.text for unit in section.units)
    if report.meta.signatory:
        yield report.meta.signatory
    if report.meta.date is not None:
        date = report.meta.date
        yield f"{date.year}年{date.month}月{date.day}日"
