"""Pairing the paragraphs of a run that changed between two years, in order, by similarity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lawreport.diff.textdiff import bigrams, dice_counts

PAIR_THRESHOLD = 0.3
"""Least bigram similarity for two differing paragraphs to be shown as one changed paragraph."""
MAX_PAIRINGS = 250_000
"""The most old–new scores a run of changed paragraphs is paired by (500 × 500)."""

Keys = Sequence[str | None]


def _similarity(old: tuple[str, str | None, Counter[str]], new: tuple[str, str | None, Counter[str]]) -> float:
    """Of two units given as (text, key, bigrams): dice() of their texts, or whether their keys agree."""
    (old_text, old_key, old_grams), (new_text, new_key, new_grams) = old, new
    if old_key is None and new_key is None:
        return 1.0 if old_text == new_text else dice_counts(old_grams, new_grams)
    return 1.0 if old_key == new_key and old_key else 0.0


def pair_by_similarity(old: Sequence[str], new: Sequence[str], old_keys: Keys, new_keys: Keys,
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
