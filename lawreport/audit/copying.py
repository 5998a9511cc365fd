"""Passages two units' reports of the same year share: a stoplist of boilerplate, a MinHash/LSH index, a check.

1. **Stoplist.** For each year, every shingle (see :mod:`.shingles`) is counted once per unit
   that uses it. A shingle used by at least ``max(BOILERPLATE_MIN_UNITS, BOILERPLATE_SHARE ×
   units)`` units is boilerplate: slogans, the titles of the 纲要 and of higher-level documents,
   the opening formula, the part titles. Text only two or three units share stays.
2. **Index.** Each chunk's shingles outside the stoplist get a MinHash signature
   (datasketch, ``NUM_PERM`` permutations); chunks with fewer than ``MIN_FRESH`` such
   shingles cannot be copying and are left out. A MinHash LSH index (Jaccard ``LSH_THRESHOLD``)
   gives the candidate pairs: never all pairs.
3. **Check.** A candidate pair of two different units that shares at least ``MIN_FRESH``
   shingles outside the stoplist counts when the two texts share a
   run of at least ``MIN_RUN`` characters with at least ``MIN_FRESH`` shingles outside the
   stoplist (difflib's matching blocks over the two chunks).

Both stages merge: shingle counts add up over any split of the files, and LSH entries are
independent of each other, so the index of several machines' files is the union of theirs.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable
from typing import NamedTuple

import numpy as np

from lawreport.audit.records import Place, SharedPassage
from lawreport.audit.shingles import SHINGLE, Chunk

BOILERPLATE_MIN_UNITS = 4
BOILERPLATE_SHARE = 0.02
NUM_PERM = 64
LSH_THRESHOLD = 0.4
MIN_FRESH = 12
MIN_RUN = 16
GAP = "……"


class Owner(NamedTuple):
    """Whose chunks these are."""

    file: str
    unit: str
    unit_key: str
    year: int
    unit_of_line: str
    date: str = ""


def boilerplate_threshold(units: int) -> int:
    """Units that must share a shingle for it to count as boilerplate."""
    return max(BOILERPLATE_MIN_UNITS, math.ceil(BOILERPLATE_SHARE * units))


class ShingleCounts:
    """How many units of each year use each shingle (mergeable: see :meth:`merge`)."""

    def __init__(self) -> None:
        self._by_unit: dict[tuple[int, str], list[np.ndarray]] = {}

    def add(self, year: int, unit_key: str, shingles: np.ndarray) -> None:
        """Count one file's distinct shingles for its unit."""
        self._by_unit.setdefault((year, unit_key), []).append(shingles)

    def merge(self, other: ShingleCounts) -> None:
        """Add the counts of ``other`` (another share of the files)."""
        for key, arrays in other._by_unit.items():
            self._by_unit.setdefault(key, []).extend(arrays)

    def stoplist(self, year: int) -> tuple[np.ndarray, int]:
        """The sorted boilerplate shingles of ``year``, and how many units that year has."""
        per_unit = [np.unique(np.concatenate(arrays)) for (y, _), arrays in self._by_unit.items() if y == year]
        if not per_unit:
            return np.zeros(0, dtype=np.uint64), 0
        values, counts = np.unique(np.concatenate(per_unit), return_counts=True)
        return values[counts >= boilerplate_threshold(len(per_unit))], len(per_unit)


def _identity(value: int) -> int:
    return value


def in_sorted(values: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in the sorted array ``table`` (one binary search each)."""
    if not len(table):
        return np.zeros(len(values), dtype=bool)
    found = np.searchsorted(table, values)
    return table[np.minimum(found, len(table) - 1)] == values


class _Signer:
    """MinHash signatures with one set of permutations (drawing them is most of a MinHash's set-up)."""

    def __init__(self) -> None:
        from datasketch import MinHash

        self.permutations = MinHash(num_perm=NUM_PERM, scheme="affine64").permutations

    def sign(self, fresh: np.ndarray) -> object:
        from datasketch import LeanMinHash, MinHash

        minhash = MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme="affine64", permutations=self.permutations)
        minhash.update_batch(fresh.tolist())
        return LeanMinHash(minhash)


def _shared_runs(a: Chunk, b: Chunk, stoplist: np.ndarray) -> list[str]:
    matcher = difflib.SequenceMatcher(None, a.text, b.text, autojunk=False)
    runs = []
    for start, _, size in matcher.get_matching_blocks():
        if size < MIN_RUN:
            continue
        window = a.hashes[start:start + size - SHINGLE + 1]
        if int(np.count_nonzero(~in_sorted(window, stoplist))) >= MIN_FRESH:
            runs.append(a.text[start:start + size])
    return runs


def _place(owner: Owner, chunk: Chunk) -> Place:
    return Place(owner.file, owner.unit, chunk.part, chunk.line, owner.unit_of_line, owner.date)


def shared_passages(year: int, entries: Iterable[tuple[Owner, Chunk]], stoplist: np.ndarray) -> list[SharedPassage]:
    """Passages of ``year`` that two different units share, one per pair of paragraphs."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    signer = _Signer()
    kept: list[tuple[Owner, Chunk, np.ndarray]] = []
    found: dict[tuple[str, int, str, int], list[str]] = {}
    places: dict[tuple[str, int, str, int], tuple[Place, Place]] = {}
    for owner, chunk in entries:
        fresh = np.unique(chunk.hashes[~in_sorted(chunk.hashes, stoplist)])
        if len(fresh) < MIN_FRESH:
            continue
        signature = signer.sign(fresh)
        for other in sorted(lsh.query(signature)):  # chunks indexed before this one
            other_owner, other_chunk, other_fresh = kept[other]
            if other_owner.unit_key == owner.unit_key:
                continue
            if len(np.intersect1d(fresh, other_fresh, assume_unique=True)) < MIN_FRESH:
                continue
            runs = _shared_runs(other_chunk, chunk, stoplist)
            if not runs:
                continue
            first, second = sorted(((owner, chunk), (other_owner, other_chunk)), key=lambda e: (e[0].file, e[1].line))
            key = (first[0].file, first[1].line, second[0].file, second[1].line)
            found.setdefault(key, []).extend(runs)
            places.setdefault(key, (_place(*first), _place(*second)))
        lsh.insert(len(kept), signature)
        kept.append((owner, chunk, fresh))
    return [SharedPassage(year, *places[key], GAP.join(runs), sum(len(r) for r in runs))
            for key, runs in sorted(found.items())]
