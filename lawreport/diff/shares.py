"""The text of one part wherever it stands: its own part, or its share under a title over several parts.

The reader marks, under a title such as “三、存在的问题和下一步打算”, which text is the shortcomings
and which the next year's plans (Part.shares; lawreport.importing.partshares says how), and
flatten carries the mark onto every unit and heading. Here that text is put together as a part
of its own, so that the follow-up of last year's plans and the flags on copied text read it like
any other part. The shown diff is not divided: both years' parts stay as they were written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from lawreport.diff.canonical import FlatPart, FlatSection, TextUnit
from lawreport.diff.result import PLANS, Combined
from lawreport.model import Structure


def text_of(parts: Sequence[FlatPart], key: str) -> list[FlatPart]:
    """The text of part ``key`` in a flattened report: the part itself when it has its own title,
    and its share of every divided title over several parts (in document order).

    A title over several parts that could not be divided is read whole as the part it was matched
    to, except as plans: its problems would be followed up as plans (diff says so instead: notes)."""
    found = []
    for part in parts:
        if part.shares:
            if key in part.shares:
                found.append(_share(part, key))
        elif part.key == key and not (part.names and key == PLANS):
            found.append(part)
    return found


def _mine(unit: TextUnit, key: str) -> bool:
    return unit.share == key and not unit.opens


def _share(part: FlatPart, key: str) -> FlatPart:
    """Part ``key``'s share of the divided ``part``: its units and sections, renumbered.

    The sub-heading that names the share (“（二）下一步打算”) is its title: what stands under that
    heading is the share's own text and sections, as under a part title. Text of the share that
    stands under another share's heading (the plans begin with “下一步，……” inside the last
    problem's item) is the share's own text too. Labels and paths stay as the report prints them."""
    units = [unit for unit in part.units if _mine(unit, key)]
    kept: dict[int, int] = {}
    sections: list[FlatSection] = []
    for section in part.sections:
        if section.share == key and not section.opens:
            kept[section.index] = len(sections)
            parent = kept.get(section.parent) if section.parent is not None else None
            sections.append(replace(section, index=len(sections), parent=parent,
                                    units=tuple(unit for unit in section.units if _mine(unit, key))))
        else:
            units.extend(unit for unit in section.units if _mine(unit, key))
    return FlatPart(key, part.label, part.title, tuple(units), tuple(sections))


def combined(parts: Sequence[FlatPart], side: str, year: int, structure: Structure) -> tuple[Combined, ...]:
    """Every part title of one report (``side`` ``old`` or ``new``) over several parts, as read."""
    return tuple(Combined(side, year, part.key, part.label, part.title, part.names,
                          tuple(_name(structure, key) for key in part.names), part.starts)
                 for part in parts if part.names)


def _name(structure: Structure, key: str) -> str:
    """A part's short name: its first alias (as lint's S001 names it), else its title without a year."""
    spec = structure.spec(key)
    if spec is None:
        return key
    return spec.aliases[0] if spec.aliases else spec.title_in(0)
