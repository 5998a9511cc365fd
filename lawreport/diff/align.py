"""Aligning sections and paragraphs of two years.

Sections are matched in rounds, most certain first: the same title path; the same title
elsewhere; then, among what is left at the same level, the best pairs by title and content
similarity (reported as renamed). A matched section is *moved* when its parent changed or
it left the longest run of siblings that kept their order. Paragraphs are aligned within
matched sections: equal ones by a sequence match, the rest paired by similarity in order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from typing import NamedTuple

from lawreport.diff.canonical import FlatSection
from lawreport.diff.pairing import Keys, pair_by_similarity
from lawreport.diff.textdiff import bigrams, dice_counts
from lawreport.text.alignwork import bounded_opcodes, ratio

RENAME_THRESHOLD = 0.45
"""Least combined score (0.3·title + 0.7·content) for two differently titled sections to match."""
MAX_RENAMES = 100_000
"""The most old–new pairs of sections scored to find renamed ones (about a second)."""


class SectionPair(NamedTuple):
    """One row of a section alignment; ``old`` and ``new`` index the flattened sections."""

    old: int | None
    new: int | None
    renamed: bool = False
    moved: bool = False


def subtree_text(sections: Sequence[FlatSection], index: int) -> str:
    """The text of a section and of everything below it."""
    texts = [unit.text for unit in sections[index].units]
    for other in sections[index + 1:]:
        if not _is_below(sections, other.index, index):
            break
        texts.append(other.title)
        texts.extend(unit.text for unit in other.units)
    return "\n".join(texts)


def _is_below(sections: Sequence[FlatSection], index: int, ancestor: int) -> bool:
    parent = sections[index].parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = sections[parent].parent
    return False


def _subtree_end(sections: Sequence[FlatSection], index: int) -> int:
    end = index
    while end + 1 < len(sections) and _is_below(sections, end + 1, index):
        end += 1
    return end


def match_sections(old: Sequence[FlatSection], new: Sequence[FlatSection]) -> dict[int, tuple[int, bool]]:
    """new index → (old index, renamed) for every section present in both years.

    Each round looks sections up instead of comparing every new one with every old one: the same
    path or title through an index of the old ones; renamed ones among the old sections left at
    about the same place, when scoring all pairs would take more than ``MAX_RENAMES`` scores
    (two reports of 2,000 headings each, all reworded, took minutes).
    """
    matches: dict[int, tuple[int, bool]] = {}
    taken: set[int] = set()
    for key in (lambda s: s.path, lambda s: s.title):
        waiting: dict[object, deque[int]] = {}
        for i, candidate in enumerate(old):
            if i not in taken:
                waiting.setdefault(key(candidate), deque()).append(i)
        for j, section in enumerate(new):
            if j in matches:
                continue
            found = waiting.get(key(section))
            while found and found[0] in taken:
                found.popleft()
            if found:
                matches[j] = (found[0], False)
                taken.add(found.popleft())
    scored: list[tuple[float, int, int]] = []
    olds = [i for i in range(len(old)) if i not in taken]
    news = [j for j in range(len(new)) if j not in matches]
    old_grams = {i: bigrams(subtree_text(old, i)) for i in olds}
    reach = len(olds) if len(olds) * len(news) <= MAX_RENAMES else MAX_RENAMES // (2 * len(news)) + 1
    for rank, j in enumerate(news):
        section = new[j]
        content = bigrams(subtree_text(new, j))
        centre = rank * len(olds) // len(news)
        for i in olds[max(0, centre - reach):centre + reach + 1]:
            candidate = old[i]
            if candidate.level != section.level:
                continue
            shared = dice_counts(old_grams[i], content)
            if 0.3 + 0.7 * shared < RENAME_THRESHOLD:
                continue  # not even the same title would make the pair: the titles need not be compared
            score = 0.3 * ratio(candidate.title, section.title) + 0.7 * shared
            if score >= RENAME_THRESHOLD:
                scored.append((score, i, j))
    for _score, i, j in sorted(scored, key=lambda item: (-item[0], item[2], item[1])):
        if j not in matches and i not in taken:
            matches[j] = (i, True)
            taken.add(i)
    return matches


def _moved(old: Sequence[FlatSection], new: Sequence[FlatSection], matches: dict[int, tuple[int, bool]]) -> set[int]:
    """New indices of matched sections whose parent or order among siblings changed."""
    moved: set[int] = set()
    groups: dict[int | None, list[int]] = {}
    for j, (i, _renamed) in matches.items():
        new_parent, old_parent = new[j].parent, old[i].parent
        mapped = matches.get(new_parent)[0] if new_parent is not None and new_parent in matches else None
        if (new_parent is None) != (old_parent is None) or (new_parent is not None and mapped != old_parent):
            moved.add(j)
            continue
        groups.setdefault(new_parent, []).append(j)
    for members in groups.values():
        members.sort()
        kept = longest_increasing([matches[j][0] for j in members])
        moved.update(j for position, j in enumerate(members) if position not in kept)
    return moved


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (the earliest-ending one, each
    position preceded by the earliest one that gives it its length).

    Patience sorting, n log n: the positions that end a run of each length are kept in order,
    their values never increasing, so the earliest one below a value is found by bisection
    (comparing each position with every one before it took minutes for 20,000 headings)."""
    if not values:
        return set()
    tails: list[int] = []  # the least value that ends a run of each length
    ending: list[list[int]] = []  # the positions that end a run of each length, in order
    previous: list[int | None] = [None] * len(values)
    best = [0] * len(values)
    for k, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            ending.append([])
        else:
            tails[length] = value
        if length:
            row = ending[length - 1]
            low, high = 0, len(row)
            while low < high:  # the first position of the row whose value is below this one
                middle = (low + high) // 2
                if values[row[middle]] < value:
                    high = middle
                else:
                    low = middle + 1
            previous[k] = row[low]
        best[k] = length + 1
        ending[length].append(k)
    position: int | None = max(range(len(values)), key=lambda k: (best[k], -k))
    kept: set[int] = set()
    while position is not None:
        kept.add(position)
        position = previous[position]
    return kept


def align_sections(old: Sequence[FlatSection], new: Sequence[FlatSection]) -> list[SectionPair]:
    """Every section of both years once, in the new order; removed ones where they stood."""
    matches = match_sections(old, new)
    moved = _moved(old, new, matches)
    matched_old = {i: j for j, (i, _r) in matches.items()}
    keys: dict[int, tuple[int, int, int]] = {}

    def removed_key(i: int) -> tuple[int, int, int]:
        if i in keys:
            return keys[i]
        siblings = [s.index for s in old[:i] if s.parent == old[i].parent]
        if siblings:
            before = siblings[-1]
            if before in matched_old:
                key = (_subtree_end(new, matched_old[before]), 1, i)
            else:
                key = (removed_key(before)[0], 1, i)
        elif old[i].parent is not None:
            parent = old[i].parent
            key = (matched_old[parent], 1, i) if parent in matched_old else (removed_key(parent)[0], 1, i)
        else:
            key = (-1, 1, i)
        keys[i] = key
        return key

    rows: list[tuple[tuple[int, int, int], SectionPair]] = []
    for j in range(len(new)):
        if j in matches:
            i, renamed = matches[j]
            rows.append(((j, 0, 0), SectionPair(i, j, renamed, j in moved)))
        else:
            rows.append(((j, 0, 0), SectionPair(None, j)))
    rows.extend((removed_key(i), SectionPair(i, None)) for i in range(len(old)) if i not in matched_old)
    rows.sort(key=lambda row: row[0])
    return [pair for _key, pair in rows]



def align_units(old: Sequence[str], new: Sequence[str], old_keys: Keys | None = None,
                new_keys: Keys | None = None) -> list[tuple[int | None, int | None]]:
    """Pairs (old, new) of paragraph indices in order; None on the side where one is missing.

    A unit with a key (a table row: its first cell) pairs only with a unit of the same key;
    units without one (paragraphs) pair by similarity.
    """
    no_keys: list[str | None] = []
    old_keys = old_keys or no_keys + [None] * len(old)
    new_keys = new_keys or no_keys + [None] * len(new)
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in bounded_opcodes(list(old), list(new)):
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
        else:
            pairs.extend(pair_by_similarity(old, new, old_keys, new_keys, (i1, i2, j1, j2)))
    return _pair_moved_rows(pairs, old_keys, new_keys)


def _pair_moved_rows(pairs: list[tuple[int | None, int | None]], old_keys: Keys,
                     new_keys: Keys) -> list[tuple[int | None, int | None]]:
    """A row left unpaired on both sides with the same key (it moved in its table) paired at its new place."""
    lone_old: dict[str, int] = {}
    for i, j in pairs:
        if i is not None and j is None and old_keys[i]:
            lone_old.setdefault(str(old_keys[i]), i)
    moved: dict[int, int] = {}
    for i, j in pairs:
        if j is not None and i is None and str(new_keys[j]) in lone_old:
            moved[j] = lone_old.pop(str(new_keys[j]))
    if not moved:
        return pairs
    taken = set(moved.values())
    result: list[tuple[int | None, int | None]] = []
    for i, j in pairs:
        if i is not None and j is None and i in taken:
            continue
        result.append((moved[j], j) if i is None and j in moved else (i, j))
    return result
