"""The layout of a received report: the statutory parts, the author's own themes, or an excerpt.

About a quarter of real reports use their own themes as 一、 headings (“一、坚持党的领导，…”,
“二、深化‘放管服’改革，…”) where the regulation asks for the statutory parts, and usually add
“存在的问题” and “下一步工作打算” after them. Such a report is *thematic*: its themes are its
主要举措和成效. A copy that starts without a title (a quoted or truncated page) is an *excerpt*.

:func:`missing_parts` is the one answer to “which required parts does this report lack”, shared
by S001 (lint and build), the audit's 缺少部分 and the import's note, so that all of them say the
same thing of the same report.
"""

from __future__ import annotations

from lawreport.importing.partsplit import UNMATCHED_PREFIX
from lawreport.model import Part, PartSpec, Report

STATUTORY = "statutory"
THEMATIC = "thematic"
EXCERPT = "excerpt"
MIN_THEMES = 2
THEMES_STAND_FOR = "measures"
"""The statutory part a thematic report's themes stand for."""


def _number(part: Part) -> int | None:
    from lawreport.text.numbering import parse_marker

    marker = parse_marker(part.marker) if part.marker else None
    return marker.number if marker is not None and marker.level == 1 else None


def restarted(report: Report) -> dict[int, int]:
    """The parts that restart the 一、二、 numbering under a part (where （一）（二） was meant):
    index in ``report.parts`` → the number written (1 for a second “一、”)."""
    found: dict[int, int] = {}
    previous: int | None = None
    expected = 1
    for index, part in enumerate(report.parts):
        number = _number(part)
        if number is None:
            continue
        unmatched = part.key.startswith(UNMATCHED_PREFIX)
        if unmatched and previous is not None and number == expected and number < previous + 1:
            found[index] = number
            expected += 1
            continue
        if unmatched and found and index - 1 in found and number == expected:
            found[index] = number
            expected += 1
            continue
        previous, expected = number, 1
    return found


def _theme_like(part: Part, report: Report) -> bool:
    """A part title that is the author's theme: matched to no part, or only by a keyword inside a
    two-clause slogan or a run-in heading (“坚持依法行政，提升依法履职能力” holds 履职 but is no
    第一责任人 part)."""
    if part.key.startswith(UNMATCHED_PREFIX):
        return True
    from lawreport.importing.partmatch import match_score

    spec = report.structure.spec(part.key)
    slogan = "，" in part.title or part.title.endswith("。")  # two clauses, or a run-in theme (“一、巩固提升依法履职水平。”)
    return spec is not None and slogan and match_score(part.title, spec, report.year or None) <= 1


def themes(report: Report) -> tuple[Part, ...]:
    """The level-1 parts that are the author's own themes rather than statutory parts."""
    demoted = restarted(report)
    return tuple(part for index, part in enumerate(report.parts)
                 if part.marker and index not in demoted and _theme_like(part, report))


def layout_of(report: Report) -> str:
    """"thematic" when two or more 一、 headings are the author's themes, "excerpt" without a title,
    else "statutory"."""
    if len(themes(report)) >= MIN_THEMES:
        return THEMATIC
    if not report.meta.title or "excerpt" in report.meta.spans:
        return EXCERPT
    return STATUTORY


def missing_parts(report: Report, kind: str | None = None) -> tuple[PartSpec, ...]:
    """The required parts of ``report.structure`` that ``report`` lacks, in the structure's order.

    A thematic report's themes are its 主要举措和成效 (S008 says so once), so that part is not
    missing from it; nor is a part whose name another part's heading holds too (“四、存在的问题和
    下一步打算”: S001 warns that the two are combined, see :func:`combined_parts`). ``kind`` is the report's :func:`layout_of` when the caller already knows it.
    """
    thematic = (kind if kind is not None else layout_of(report)) == THEMATIC
    present = {part.key for part in report.parts} | set(combined_parts(report))
    return tuple(spec for spec in report.structure.parts
                 if spec.required and spec.key not in present and not (thematic and spec.key == THEMES_STAND_FOR))


def combined_parts(report: Report) -> dict[str, Part]:
    """The required parts that have no heading of their own but are named in another part's heading
    (“存在的问题和下一步打算” holds 主要安排): part key → the part whose heading names it."""
    from lawreport.importing.partmatch import also_named

    keys = {part.key for part in report.parts}
    found: dict[str, Part] = {}
    for part in report.parts:
        spec = report.structure.spec(part.key)
        if spec is None:
            continue
        for other in also_named(part.title, spec, report.structure, report.year or None):
            if other.key not in keys:
                found.setdefault(other.key, part)
    return found


def divided(report: Report) -> Report:
    """``report`` with every part whose title names other required parts too (:func:`combined_parts`)
    marked with the parts it names, in the title's order, and where the text of each begins when
    the text tells them apart (:mod:`lawreport.importing.partshares`): ``Part.names``, ``Part.shares``.

    The received-report reader calls it as it reads (so diff and audit get received files marked),
    and diff calls it on a workspace year it loads (lawreport.diff.sides): one answer, read from the
    model, wherever the report came from.
    """
    combined = combined_parts(report)
    if not combined:
        return report
    from lawreport.importing.partshares import divide, in_title_order

    year = report.year or None
    parts = []
    for part in report.parts:
        others = [report.structure.spec(key) for key, owner in combined.items() if owner is part]
        own = report.structure.spec(part.key)
        if not others or own is None:
            parts.append(part)
            continue
        specs = in_title_order(part.title, [own, *(spec for spec in others if spec is not None)])
        parts.append(part._replace(names=tuple(spec.key for spec in specs), shares=divide(part, specs, year)))
    return report._replace(parts=tuple(parts))
