"""What difflib's alignment of two texts costs, and the start and end they share.

``difflib.SequenceMatcher(autojunk=False)`` finds the longest common block by trying each
character of one text against every place of that character in the other: its work is the sum,
over characters, of the product of their counts in the two texts. Ordinary Chinese text of
40,000 characters is about 11 million steps (a second); 40,000 of one character, or of a short
phrase repeated, is over a thousand million (minutes). Callers align only within a budget and
take the shared start and end out first, which costs nothing and is most of two near-copies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]

MAX_WORK = 20_000_000
"""The most alignment work (see :func:`alignment_work`) a caller does: a second or two."""


def alignment_work(first: Sequence[Hashable], second: Sequence[Hashable]) -> int:
    """The steps difflib takes to align ``first`` with ``second`` (its first, longest search);
    texts, or lists of tokens or paragraphs."""
    counts = Counter(second)
    return sum(count * counts[char] for char, count in Counter(first).items())


def same_ends(first: Sequence[Hashable], second: Sequence[Hashable]) -> tuple[int, int]:
    """How many characters the two texts share at their start, and then, after that, at their end."""
    limit = min(len(first), len(second))
    head = next((index for index in range(limit) if first[index] != second[index]), limit)
    tail = next((index for index in range(limit - head) if first[-1 - index] != second[-1 - index]), limit - head)
    return head, tail


def bounded_opcodes(old: Sequence[Hashable], new: Sequence[Hashable], budget: int = MAX_WORK) -> list[Opcode]:
    """difflib's opcodes turning ``old`` into ``new`` (tokens or paragraphs), within a bound on the work.

    When aligning them whole would cost more than ``budget`` (a paragraph of tens of thousands
    of characters repeating a phrase, thousands of paragraphs alike), the start and end they share
    are equal as they stand, and the rest is cut into as many pieces at the same proportion of
    each side as bring all the pieces' alignment together within the bound; a piece over its share
    of it is replaced whole. The opcodes always turn ``old`` into exactly ``new``; only how finely they show it is bounded.
    """
    if alignment_work(old, new) <= budget:
        return SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    head, tail = same_ends(old, new)
    codes: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    old_end, new_end = len(old) - tail, len(new) - tail
    work = alignment_work(old[head:old_end], new[head:new_end])
    # k pieces of each side cost about work / k together (each piece pair about work / k²); each may
    # cost its share of the budget, so that all of them together never cost more
    pieces = 1 if work <= budget else min(-(-work // budget) + 1, max(old_end - head, new_end - head))
    allowance = budget // pieces
    for piece in range(pieces):
        i1, i2 = (head + (old_end - head) * k // pieces for k in (piece, piece + 1))
        j1, j2 = (head + (new_end - head) * k // pieces for k in (piece, piece + 1))
        if alignment_work(old[i1:i2], new[j1:j2]) <= allowance:
            matcher = SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
            codes.extend((tag, a1 + i1, a2 + i1, b1 + j1, b2 + j1) for tag, a1, a2, b1, b2 in matcher.get_opcodes())
        elif i2 > i1 or j2 > j1:
            codes.append(("replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert", i1, i2, j1, j2))
    if tail:
        codes.append(("equal", old_end, len(old), new_end, len(new)))
    return codes


def ratio(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """``SequenceMatcher(None, first, second, autojunk=False).ratio()``, within the bound of
    :func:`bounded_opcodes` (the same value whenever the alignment is within it)."""
    total = len(first) + len(second)
    if not total:
        return 1.0
    if len(first) * len(second) <= MAX_WORK:  # within the bound whatever the texts (titles): no counting first
        return SequenceMatcher(None, first, second, autojunk=False).ratio()
    same = sum(i2 - i1 for tag, i1, i2, _, _ in bounded_opcodes(first, second) if tag == "equal")
    return 2.0 * same / total
