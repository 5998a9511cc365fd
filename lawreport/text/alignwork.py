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

MAX_WORK = 20_000_000
"""The most alignment work (see :func:`alignment_work`) a caller does: a second or two."""


def alignment_work(first: str, second: str) -> int:
    """The steps difflib takes to align ``first`` with ``second`` (its first, longest search)."""
    counts = Counter(second)
    return sum(count * counts[char] for char, count in Counter(first).items())


def same_ends(first: str, second: str) -> tuple[int, int]:
    """How many characters the two texts share at their start, and then, after that, at their end."""
    limit = min(len(first), len(second))
    head = next((index for index in range(limit) if first[index] != second[index]), limit)
    tail = next((index for index in range(limit - head) if first[-1 - index] != second[-1 - index]), limit - head)
    return head, tail
