"""Aligning sections and paragraphs of two years.

Sections are matched in rounds, most certain first: the same title path; the same title
elsewhere; then, among what is left at the same level, the best pairs by title and content
similarity (reported as renamed). A matched section is *moved* when its parent changed or
it left the longest run of siblings that kept their order. Paragraphs are aligned within
matched sections: equal ones by a sequence match, the rest paired by similarity in order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from lawreport.diff.canonical import FlatSection
from lawreport.diff.textdiff import bigrams, dice_counts
from lawreport.text.alignwork import bounded_opcodes

RENAME_THRESHOLD = 0.45
"""Least combined score (0.3·title + 0.7·content) for two differently titled sections to match."""
PAIR_THRESHOLD = 0.3
"""Least bigram similarity for two differing paragraphs to be shown as one changed paragraph."""
MAX_PAIRINGS = 250_000
"""The most old–new paragraph scores one run of changed paragraphs is paired by (500 × 500)."""


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
    """new index → (old index, renamed) for every section present in both years."""
    matches: dict[int, tuple[int, bool]] = {}
    taken: set[int] = set()
    for key in (lambda s: s.path, lambda s: s.title):
        for j, section in enumerate(new):
            if j in matches:
                continue
            for i, candidate in enumerate(old):
                if i not in taken and key(candidate) == key(section):
                    matches[j] = (i, False)
                    taken.add(i)
                    break
    scored: list[tuple[float, int, int]] = []
    old_grams = {i: bigrams(subtree_text(old, i)) for i in range(len(old)) if i not in taken}
    for j, section in enumerate(new):
        if j in matches:
            continue
        content = bigrams(subtree_text(new, j))
        for i, candidate in enumerate(old):
            if i in taken or candidate.level != section.level:
                continue
            title = SequenceMatcher(None, candidate.title, section.title, autojunk=False).ratio()
            score = 0.3 * title + 0.7 * dice_counts(old_grams[i], content)
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
    """Positions of one longest strictly increasing subsequence (the earliest-ending one)."""
    best: list[int] = [1] * len(values)
    previous: list[int | None] = [None] * len(values)
    for k in range(len(values)):
        for m in range(k):
            if values[m] < values[k] and best[m] + 1 > best[k]:
                best[k], previous[k] = best[m] + 1, m
    if not values:
        return set()
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


Keys = Sequence[str | None]


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
            pairs.extend(_pair_by_similarity(old, new, old_keys, new_keys, (i1, i2, j1, j2)))
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


def _similarity(old: tuple[str, str | None, Counter[str]], new: tuple[str, str | None, Counter[str]]) -> float:
    """Of two units given as (text, key, bigrams): dice() of their texts, or whether their keys agree."""
    (old_text, old_key, old_grams), (new_text, new_key, new_grams) = old, new
    if old_key is None and new_key is None:
        return 1.0 if old_text == new_text else dice_counts(old_grams, new_grams)
    return 1.0 if old_key == new_key and old_key else 0.0


def _pair_by_similarity(old: Sequence[str], new: Sequence[str], old_keys: Keys, new_keys: Keys,
                        span: tuple[int, int, int, int]) -> list[tuple[int | None, int | None]]:
    """Order-preserving pairing of old[i1:i2] with new[j1:j2] maximising total similarity.

    Every old paragraph is scored against every new one: at most ``MAX_PAIRINGS`` scores. A longer
    run of changed paragraphs (two reports of a thousand paragraphs each, none the same: 17 s,
    quadratic) is cut into as many stretches, at the same proportion of each side, as keep the
    scores within that, and each stretch is paired on its own.
    """
    i1, i2, j1, j2 = span
    n, m = i2 - i1, j2 - j1
    pieces = min(-(-(n * m) // MAX_PAIRINGS), max(n, m)) if n * m > MAX_PAIRINGS else 1
    pairs: list[tuple[int | None, int | None]] = []
    for piece in range(pieces):
        stretch = (i1 + n * piece // pieces, i1 + n * (piece + 1) // pieces,
                   j1 + m * piece // pieces, j1 + m * (piece + 1) // pieces)
        pairs.extend(_pair_stretch(old, new, old_keys, new_keys, stretch))
    return pairs


def _pair_stretch(old: Sequence[str], new: Sequence[str], old_keys: Keys, new_keys: Keys,
                  span: tuple[int, int, int, int]) -> list[tuple[int | None, int | None]]:
    i1, i2, j1, j2 = span
    n, m = i2 - i1, j2 - j1
    olds = [(old[i], old_keys[i], bigrams(old[i])) for i in range(i1, i2)]  # bigrams once a unit, not once a pair
    news = [(new[j], new_keys[j], bigrams(new[j])) for j in range(j1, j2)]
    sim = [[_similarity(before, after) for after in news] for before in olds]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            take = best[a + 1][b + 1] + sim[a][b] if sim[a][b] >= PAIR_THRESHOLD else -1.0
            best[a][b] = max(best[a + 1][b], best[a][b + 1], take)
    pairs: list[tuple[int | None, int | None]] = []
    a = b = 0
    while a < n or b < m:
        if a < n and b < m and sim[a][b] >= PAIR_THRESHOLD and best[a][b] == best[a + 1][b + 1] + sim[a][b]:
            pairs.append((i1 + a, j1 + b))
            a, b = a + 1, b + 1
        elif a < n and (b == m or best[a][b] == best[a + 1][b]):
            pairs.append((i1 + a, None))
            a += 1
        else:
            pairs.append((None, j1 + b))
            b += 1
    return pairs
