"""Part titles numbered in another family (“1.主要举措和成效”, “（一）存在的问题”, “1、工作安排”).

GB/T 9704 numbers a report's parts “一、二、三、”; some offices number them “1.” or “（一）”.
Such a title is no level-1 heading, so the report would seem to have no parts at all (every
required part “missing”), and its titles would read as headings of the wrong level. When the
body has no part title of its own (no level-1 heading, no unnumbered part title) and at least
``MIN_NAMED`` lines of one other family name a part by its title or an alias, that family's
lines that name a part by its title or an alias are the part titles, and so is one that names
a part by a keyword only (“3.党组书记履职情况”) when its number follows the part before; they start the parts, with their markers as written,
so that lint says the part is numbered wrong (H002) instead of missing (S001). Among parts
numbered “一、二、三、”, a title that names a part no other title names, numbered in another family
where that part's number belongs (“1.主要举措和成效” above “二、”), is a part title too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lawreport.importing.lines import Line
from lawreport.importing.partmatch import match_score
from lawreport.model import Structure
from lawreport.text.numbering import parse_marker

MIN_NAMED = 2
"""Lines of one family that must name a part by its title or an alias (score 2) before that
family is taken for the parts' numbering: a single “（三）存在的问题” is a heading."""
_ALIAS = 2
_SENTENCE_END = ("。", "；", "！", "？")


def _head(line: Line) -> str | None:
    """The title after a line's marker (up to a run-in sentence's 。), or None for no marker."""
    marker = parse_marker(line.text)
    if marker is None or line.table is not None:
        return None
    title = line.text[marker.end :].strip()
    stop = title.find("。")
    return title[: stop + 1] if 0 <= stop < len(title) - 1 else title


def _named(line: Line, structure: Structure, year: int | None) -> int:
    """How well a line with a marker of another family names a part (0 for not at all, or for a
    numbered sentence: “（二）存在的问题较多，……。”)."""
    head = _head(line)
    marker = parse_marker(line.text)
    if not head or marker is None or marker.level == 1 or (head.endswith(_SENTENCE_END) and len(head) > 30):
        return 0
    return max((match_score(head, spec, year) for spec in structure.parts), default=0)


def misnumbered_parts(body: Sequence[Line], structure: Structure, year: int | None,
                      is_part_start: Callable[[Line], bool]) -> frozenset[int]:
    """The ``id`` of each line of ``body`` that is a part title numbered in another family (see
    the module)."""
    starts = [index for index, line in enumerate(body) if is_part_start(line)]
    if starts:
        return _one_slipped(body, starts, structure, year)
    named: dict[int, list[tuple[Line, int]]] = {}
    for line in body:
        score = _named(line, structure, year)
        marker = parse_marker(line.text)
        if score and marker is not None:
            named.setdefault(marker.level, []).append((line, score))
    families = [(sum(score >= _ALIAS for _, score in lines), level) for level, lines in named.items()]
    best = max(families, default=(0, 0))
    if best[0] < MIN_NAMED:
        return frozenset()
    parts: list[int] = []
    following: int | None = None
    for line, score in named[best[1]]:
        number = marker.number if (marker := parse_marker(line.text)) is not None else None
        if score >= _ALIAS or (following is not None and number == following):
            parts.append(id(line))
            following = number + 1 if number is not None else None
    return frozenset(parts)


def _part_number(line: Line) -> int | None:
    marker = parse_marker(line.text)
    return marker.number if marker is not None and marker.level == 1 else None


def _one_slipped(body: Sequence[Line], starts: list[int], structure: Structure, year: int | None) -> frozenset[int]:
    """Among ``一、二、三、`` parts (``starts``: their positions in ``body``), the titles numbered in
    another family that stand where a missing part belongs: “1.主要举措和成效” above “二、”, or
    “（二）存在的问题” between “一、” and “三、”. Such a line names, by its title or an alias, a part
    no part title names, its number is the one the parts' count leaves for it, and the next part
    title is numbered after it."""
    heads = [_head(body[index]) or body[index].text for index in starts]
    found: list[int] = []
    for index, line in enumerate(body):
        marker = parse_marker(line.text)
        if marker is None or marker.number is None or _named(line, structure, year) < _ALIAS:
            continue
        before = [at for at in starts if at < index]
        after = [at for at in starts if at > index]
        if marker.number != len(before) + 1:
            continue
        # the next part is numbered after it: below the last part, “（二）党政主要负责人履行……情况”
        # is as often a heading of part 一 (reports put the leadership account there)
        fits = bool(after) and _part_number(body[after[0]]) == marker.number + 1
        head = _head(line) or ""
        names = [spec for spec in structure.parts if match_score(head, spec, year) >= _ALIAS]
        if fits and not any(match_score(title, spec, year) >= _ALIAS for spec in names for title in heads):
            found.append(id(line))
    return frozenset(found)
