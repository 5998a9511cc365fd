"""A report as numbered text: the one canonical form that diff, textconv and copy detection read.

Every part and section gets the label the compiler would print (一、 （一） 1. （1）), counted
from its position, never from what an author typed. Table rows become units of their own
(cells joined by `` | `` in their text, and kept as cells), so that a changed figure shows as a
changed cell of a changed row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from lawreport.model import Block, Paragraph, Part, Report, Section
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
    share: str = ""
    """Under a title over several parts that the reader divided (Part.shares): the key of the part
    this text is; "" elsewhere (it is its part's)."""
    opens: bool = False
    """The paragraph that only names the share it begins (“下一步工作打算：”): its title, not its text."""


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
    share: str = ""
    """As TextUnit.share, for the heading (its units say their own: a share may begin among them)."""
    opens: bool = False
    """The sub-heading that only names the share it begins (“（二）下一步打算”)."""

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
    names: tuple[str, ...] = ()
    """The parts a title over several parts names (Part.names), in its order; empty for one part."""
    shares: tuple[str, ...] = ()
    """Of ``names``, those the reader told apart (all of them, or none: Part.shares)."""
    starts: tuple[str, ...] = ()
    """For each share, where it begins as a reader sees it: “（二）下一步打算”, “下一步，我镇将……”;
    "" for the first share when nothing names it."""


Owner = Callable[[int], tuple[str, bool]]
"""Block index → (the share the block is, whether it is the share's title), in one section."""


def block_units(blocks: tuple[Block, ...], owner: Owner | None = None) -> tuple[TextUnit, ...]:
    """Paragraphs as one unit each, table rows as one unit per row; empty text dropped."""
    units: list[TextUnit] = []
    tables = 0
    for number, block in enumerate(blocks):
        share, opens = owner(number) if owner is not None else ("", False)
        if isinstance(block, Paragraph):
            if block.text.strip():
                units.append(TextUnit("paragraph", block.text.strip(), share=share, opens=opens))
        else:
            for row in block.rows:
                cells = tuple(c.strip() for c in row)
                units.append(TextUnit("row", CELL_SEPARATOR.join(cells), cells, tables, share))
            tables += 1
    return tuple(units)


def _owner(part: Part, path: tuple[int, ...]) -> Owner | None:
    """Who owns the blocks of the section at ``path`` (``()``: the part's own) of a divided part."""
    if not part.shares:
        return None
    titles = {share.block for share in part.shares if share.title and share.section == path}
    return lambda block: (part.share_of(path, block), block in titles)


def _flatten_sections(part: Part) -> tuple[tuple[FlatSection, ...], tuple[tuple[int, ...], ...]]:
    """The part's sections in document order, and each one's path of indices (see Share.section)."""
    flat: list[FlatSection] = []
    paths: list[tuple[int, ...]] = []

    def visit(children: tuple[Section, ...], parent: int | None, path: tuple[str, ...], at: tuple[int, ...]) -> None:
        for number, section in enumerate(children, start=1):
            heading = section.heading
            index = len(flat)
            own_path = (*path, heading.title)
            own_at = (*at, number - 1)
            level = min(max(heading.level, 2), 4)
            share, opens = "", False
            if part.shares:
                share = part.share_of(own_at, -1)
                opens = any(s.title and s.section == own_at and s.block == -1 for s in part.shares)
            flat.append(FlatSection(index, parent, heading.level, label(level, number), heading.title,
                                    own_path, heading.runin, block_units(section.blocks, _owner(part, own_at)),
                                    share, opens))
            paths.append(own_at)
            visit(section.children, index, own_path, own_at)

    visit(part.sections, None, (), ())
    return tuple(flat), tuple(paths)


def _starts(part: Part, sections: tuple[FlatSection, ...], paths: tuple[tuple[int, ...], ...]) -> tuple[str, ...]:
    """Where each share of a divided part begins, as :attr:`FlatPart.starts` shows it."""
    headings = {path: section.heading for path, section in zip(paths, sections, strict=True)}
    found = []
    for number, share in enumerate(part.shares):
        if share.block == -1:
            found.append(headings.get(share.section, share.title))
        elif share.title or number:
            found.append(shortened(share.title or _text_at(part, share.section, share.block)))
        else:
            found.append("")
    return tuple(found)


def _text_at(part: Part, path: tuple[int, ...], block: int) -> str:
    """The text of the paragraph at ``block`` of the section at ``path`` ("" for a table)."""
    blocks, sections = part.blocks, part.sections
    for index in path:
        blocks, sections = sections[index].blocks, sections[index].children
    found = blocks[block] if 0 <= block < len(blocks) else None
    return found.text.strip() if isinstance(found, Paragraph) else ""


def shortened(text: str, length: int = 24) -> str:
    """The first ``length`` characters of ``text``, “……” after them when there are more."""
    return text if len(text) <= length else text[:length] + "……"


def flatten(report: Report) -> tuple[FlatPart, ...]:
    """The preamble (key ``preamble``) and every part, labelled and flattened, in document order.

    Under a title over several parts that the reader divided (Part.shares), every unit and heading
    says which part's text it is; the form and the text are the same as for any other part."""
    parts = [FlatPart(PREAMBLE_KEY, "", PREAMBLE_TITLE, block_units(report.meta.preamble), ())]
    for number, part in enumerate(report.parts, start=1):
        sections, paths = _flatten_sections(part)
        shares = tuple(share.key for share in part.shares)
        parts.append(FlatPart(part.key, label(1, number), part.title, block_units(part.blocks, _owner(part, ())),
                              sections, part.names, shares, _starts(part, sections, paths) if shares else ()))
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
