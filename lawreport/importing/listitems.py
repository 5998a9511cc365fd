"""Numbered sentence items of a received report: lines that start like a heading but are body text.

Under 存在的不足 and 主要安排 many reports list their points as numbered sentences, one
paragraph each: “（一）部分乡镇对……重视不够，压力没有传导下去。”. The marker makes such a line
look like a heading ending in 。, which it is not: it is a paragraph with its number written in
front (a run-in marker), and must be read as body text, so that lint does not tell the author to
delete its 。 (H008) and ``lawreport diff`` compares it with last year's text.

A line is such an item when all of these hold (measured on the real openings of the corpus,
where headings ending in a stray 。 are common):

* its marker is of level 2 or deeper, the file declares no outline level for it (a Word heading
  style or a Markdown ``#`` is the author saying "heading"), and the text after the marker is
  one sentence: it ends in 。 and holds no other 。 (a line going on after its first 。 is a
  run-in heading “（一）加强学习。全年……”, left to the outline builder);
* the sentence reads as a sentence, not a title: it has a sentence-internal “，” or “；”, or is
  at least ``LONG`` characters — “（一）加强组织领导。” alone on its line stays a heading
  (and gets H008);
* it has no body of its own: the next line is a marker of the same or a higher level (or a part
  title, or the end of the body);
* it belongs to a list: at least two consecutive siblings (same level, nothing but their own
  deeper lines between them), and every sibling of the list is such an item. Headings with
  a comma and a stray 。 (“（一）强化政治担当，坚决扛起主体责任。”) are followed by body text,
  or have a sibling that is, so a list of headings is never taken for a list of items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawreport.importing.lines import Line
from lawreport.text.numbering import parse_marker

LONG = 30
"""Characters after the marker from which a one-sentence line without a comma is a sentence."""

_CLAUSE = "，；,;"


def _level(line: Line) -> int | None:
    """The marker level of ``line`` when it starts with a marker followed by text."""
    if line.table is not None:
        return None
    marker = parse_marker(line.text)
    if marker is None or not line.text[marker.end :].strip():
        return None
    return marker.level


def _sentence(line: Line) -> bool:
    """Whether the text after the line's marker is one complete sentence, not a title."""
    marker = parse_marker(line.text)
    if marker is None or line.outline is not None:
        return False
    rest = line.text[marker.end :].strip()
    if not rest.endswith("。") or "。" in rest[:-1]:
        return False
    return any(char in rest for char in _CLAUSE) or len(rest) >= LONG


def sentence_items(lines: Sequence[Line], is_part_start: Callable[[Line], bool]) -> frozenset[int]:
    """The ``id`` of every line of ``lines`` that is a numbered sentence item (see the module)."""
    # a part title is level 1 whether numbered (一、) or not (an unnumbered 存在的不足)
    levels = [1 if is_part_start(line) else _level(line) for line in lines]
    items: set[int] = set()
    grouped: set[int] = set()  # positions already judged with their list (a list is judged whole)
    for index, level in enumerate(levels):
        if level is None or level < 2 or index in grouped:
            continue
        group = _siblings(levels, index, level)
        grouped.update(group)
        if len(group) >= 2 and all(_is_item(lines, levels, at, level) for at in group):
            items.update(id(lines[at]) for at in group)
    return frozenset(items)


def _siblings(levels: list[int | None], start: int, level: int) -> list[int]:
    """The positions of the sibling list starting at ``start``: the markers of ``level`` up to a
    part title or a marker of a higher level (a smaller number), over deeper lines and body text
    (a deeper list inside is judged on its own)."""
    group = [start]
    for at in range(start + 1, len(levels)):
        above = levels[at]
        if above is not None and above < level:
            break
        if above == level:
            group.append(at)
    return group


def _is_item(lines: Sequence[Line], levels: list[int | None], at: int, level: int) -> bool:
    """Whether the line at ``at`` is a one-sentence item with nothing of its own below it."""
    if not _sentence(lines[at]):
        return False
    if at + 1 >= len(lines):
        return True
    following = levels[at + 1]
    return following is not None and following <= level
