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

The index is what the main process must hold for a year: the shingle count table while the
stoplist is learnt (then only the stoplist), and the LSH index of the chunks' signatures while
the chunks stream past. A chunk's text is read back only when the index names it as a
candidate (``fetch``).

Both stages merge. Count tables of disjoint sets of units add up (:meth:`ShingleCounts.merge`):
files split among machines by unit give the stoplist of all of them. With the stoplist fixed,
LSH entries are independent of each other, so the index of several machines' chunks is the
union of theirs.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import math
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np

from lawreport.audit.records import Place, SharedPassage
from lawreport.audit.shingles import SHINGLE, Chunk, as_written
from lawreport.text.alignwork import MAX_WORK, alignment_work, same_ends

BOILERPLATE_MIN_UNITS = 4
BOILERPLATE_SHARE = 0.02
NUM_PERM = 64
LSH_THRESHOLD = 0.4
MIN_FRESH = 12
MIN_RUN = 16
GAP = "……"
FOLD_AT = 1 << 18
"""Shingles a batch of units collects before it is counted into a small table."""
FETCHED = 1024
"""Chunks the check keeps at hand (candidates recur: a chunk like many others is named often)."""


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
    """How many units of one year use each shingle: a sorted table of shingles and counts.

    Built a unit at a time (:meth:`add` takes one unit's distinct shingles, all its files
    together); units wait in a batch until the batch is as large as the table, and the batch is
    then counted and folded in (a merge of two sorted runs), so that the work stays near
    ``n log n`` and the memory near the size of the table. Tables of disjoint sets of units add
    up (:meth:`merge`).
    """

    def __init__(self, fold_at: int = FOLD_AT) -> None:
        self.units = 0
        self._fold_at = fold_at
        self._values = np.zeros(0, dtype=np.uint64)
        self._counts = np.zeros(0, dtype=np.uint32)
        self._batch: list[np.ndarray] = []
        self._batched = 0

    def add(self, shingles: np.ndarray) -> None:
        """Count one unit's distinct shingles."""
        self.units += 1
        self._batch.append(shingles)
        self._batched += len(shingles)
        if self._batched >= max(len(self._values), self._fold_at):
            self._fold()

    def _fold(self) -> None:
        if self._batch:
            values, counts = np.unique(np.concatenate(self._batch), return_counts=True)
            self._batch, self._batched = [], 0
            self._absorb(values, counts.astype(np.uint32))

    def _absorb(self, values: np.ndarray, counts: np.ndarray) -> None:
        if not len(self._values):
            self._values, self._counts = values, counts
            return
        joined = np.concatenate([self._values, values])
        order = np.argsort(joined, kind="stable")  # timsort: two sorted runs merge in linear time
        joined = joined[order]
        tallies = np.concatenate([self._counts, counts])[order]
        starts = np.flatnonzero(np.concatenate([[True], joined[1:] != joined[:-1]]))
        self._values, self._counts = joined[starts], np.add.reduceat(tallies, starts).astype(np.uint32)

    def merge(self, other: ShingleCounts) -> None:
        """Add the counts of ``other``, counted over other units of the same year."""
        other._fold()
        self._fold()
        self._absorb(other._values, other._counts)
        self.units += other.units

    def stoplist(self) -> np.ndarray:
        """The sorted boilerplate shingles: those at least ``boilerplate_threshold(units)`` units use."""
        self._fold()
        return self._values[self._counts >= boilerplate_threshold(self.units)]

    @property
    def nbytes(self) -> int:
        """Bytes the table and the waiting batch hold."""
        return self._values.nbytes + self._counts.nbytes + 8 * self._batched


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


def fresh_shingles(hashes: np.ndarray, stoplist: np.ndarray) -> np.ndarray:
    """The distinct shingles of a chunk that are not boilerplate, sorted."""
    return np.unique(hashes[~in_sorted(hashes, stoplist)])


def _matching_blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """difflib's matching blocks of the two texts, within a bound on the work: when aligning them
    whole would cost more than ``MAX_WORK`` (a chunk of tens of thousands of characters with no
    sentence end, repeating a phrase: two such took 37 s at 92,000 characters), their shared start
    and end are blocks of their own and only the text between is aligned, if that is within the
    bound (else it is not compared: its few characters repeated are no one's copied passage)."""
    if alignment_work(a, b) <= MAX_WORK:
        return list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    head, tail = same_ends(a, b)
    blocks = [(0, 0, head)] if head else []
    middle_a, middle_b = a[head:len(a) - tail], b[head:len(b) - tail]
    if alignment_work(middle_a, middle_b) <= MAX_WORK:
        matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        blocks.extend((i + head, j + head, size) for i, j, size in matcher.get_matching_blocks() if size)
    if tail:
        blocks.append((len(a) - tail, len(b) - tail, tail))
    return blocks


def _shared_runs(a: Chunk, b: Chunk, stoplist: np.ndarray) -> list[str]:
    runs = []
    for start, _, size in _matching_blocks(a.text, b.text):
        if size < MIN_RUN:
            continue
        window = a.hashes[start:start + size - SHINGLE + 1]
        if int(np.count_nonzero(~in_sorted(window, stoplist))) >= MIN_FRESH:
            runs.append(as_written(a, start, start + size))
    return runs


def _place(owner: Owner, chunk: Chunk) -> Place:
    return Place(owner.file, owner.unit, chunk.part, chunk.line, owner.unit_of_line, owner.date)


def shared_passages(year: int, chunks: Iterable[tuple[int, int, np.ndarray]], stoplist: np.ndarray,
                    fetch: Callable[[int], tuple[Owner, Chunk]]) -> list[SharedPassage]:
    """Passages of ``year`` that two different units share, one per pair of paragraphs.

    ``chunks`` gives each chunk's key (ascending), its file and its shingle hashes, in file and
    document order; the index keeps only the keys and the LSH bands of their signatures, and
    ``fetch`` gives a chunk's text and owner when the index names it as a candidate. A file's
    chunks join the index when the next file begins, so a chunk is looked up only among other
    files' chunks: a report that repeats one line thousands of times is not compared with its
    own copies (which took time growing with the square of the copies, and found nothing: a
    unit's own text is never a shared passage). A chunk that repeats one before it in its file,
    character for character, is that chunk again: only the first place a file writes it is
    compared, so that two reports each repeating one row thousands of times share one passage,
    not a million (each copy was paired with each copy of the other: 87 s for 1,000 each).
    """
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    signer = _Signer()
    fetched = functools.lru_cache(maxsize=FETCHED)(fetch)
    found: dict[tuple[str, int, str, int], list[str]] = {}
    places: dict[tuple[str, int, str, int], tuple[Place, Place]] = {}
    this_file: list[tuple[int, object]] = []  # (key, signature) of the file being read, indexed after it
    written: set[bytes] = set()  # digests of the chunks the file being read has given so far
    current: int | None = None
    for key, file_id, hashes in chunks:
        if file_id != current:
            for indexed in this_file:
                lsh.insert(*indexed)
            this_file, current = [], file_id
            written.clear()
        digest = hashlib.blake2b(hashes.tobytes(), digest_size=16).digest()
        if digest in written:
            continue
        written.add(digest)
        fresh = fresh_shingles(hashes, stoplist)
        if len(fresh) < MIN_FRESH:
            continue
        signature = signer.sign(fresh)
        candidates = sorted(lsh.query(signature))  # chunks of the files before this one
        this_file.append((key, signature))
        if not candidates:
            continue
        owner, chunk = fetched(key)
        for other in candidates:
            other_owner, other_chunk = fetched(other)
            if other_owner.unit_key == owner.unit_key:
                continue
            if len(np.intersect1d(fresh, fresh_shingles(other_chunk.hashes, stoplist), assume_unique=True)) < MIN_FRESH:
                continue
            runs = _shared_runs(other_chunk, chunk, stoplist)
            if not runs:
                continue
            first, second = sorted(((owner, chunk), (other_owner, other_chunk)), key=lambda e: (e[0].file, e[1].line))
            pair = (first[0].file, first[1].line, second[0].file, second[1].line)
            found.setdefault(pair, []).extend(runs)
            places.setdefault(pair, (_place(*first), _place(*second)))
    return [SharedPassage(year, *places[pair], GAP.join(runs), sum(len(r) for r in runs))
            for pair, runs in sorted(found.items())]
