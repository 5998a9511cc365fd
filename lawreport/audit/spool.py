"""The audit's store on disk: every row as it arrives, and the text chunks the copy index reads back.

The main process keeps no row once it is stored: the outputs stream the rows from here in
file order, the stoplist is counted from each unit's shingles read back one unit at a time,
and the copy check fetches the text of a chunk only when the index names it as a candidate.
The store is an SQLite database in a temporary folder of its own (mode 0700, removed when the
run ends, also when it fails). It holds only what this process wrote into it, so rows are
kept as pickles of the audit's own named tuples.
"""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Collection, Iterator, Sequence
from itertools import groupby
from pathlib import Path
from types import TracebackType

import numpy as np

from lawreport.audit.copying import Owner
from lawreport.audit.records import FileAudit
from lawreport.audit.shingles import Chunk
from lawreport.errors import UsageError

_SCHEMA = """
CREATE TABLE files (id INTEGER PRIMARY KEY, row BLOB NOT NULL);
CREATE TABLE owners (file_id INTEGER PRIMARY KEY, path TEXT NOT NULL, unit TEXT NOT NULL, unit_key TEXT NOT NULL,
                     year INTEGER NOT NULL, unit_of_line TEXT NOT NULL, date TEXT NOT NULL, shingles BLOB NOT NULL);
CREATE TABLE chunks (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, file_id INTEGER NOT NULL, part TEXT NOT NULL,
                     line INTEGER NOT NULL, text TEXT NOT NULL, hashes BLOB NOT NULL, quote TEXT NOT NULL);
"""
_INDEXES = """
CREATE INDEX owners_by_unit ON owners (year, unit_key);
CREATE INDEX chunks_by_year ON chunks (year);
"""


def _hashes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)


def _full(exc: sqlite3.Error, folder: Path) -> UsageError:
    return UsageError(f"无法写入审查的临时文件（{folder}）：{exc}",
                      hint="请检查临时文件夹所在磁盘的空间，或用环境变量 TMPDIR 指定空间足够的文件夹")


class StoredRows(Collection[FileAudit]):
    """The stored rows, in file order: read from disk each time they are iterated."""

    def __init__(self, spool: Spool) -> None:
        self._spool = spool

    def __len__(self) -> int:
        return self._spool.files

    def __iter__(self) -> Iterator[FileAudit]:
        for (blob,) in self._spool.query("SELECT row FROM files ORDER BY id"):
            yield pickle.loads(blob)

    def __contains__(self, item: object) -> bool:
        return any(row == item for row in self)


class Spool:
    """Rows and copy-index input of one audit run, on disk; use as a context manager."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="lawreport-audit-")
        self.path = Path(self._folder.name) / "audit.sqlite"
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        self._db.execute("BEGIN")
        self.files = 0
        """Rows stored so far."""
        self._sealed = False

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Remove the store (its folder and everything in it)."""
        self._db.close()
        self._folder.cleanup()

    def _write(self, sql: str, values: tuple[object, ...]) -> None:
        try:
            self._db.execute(sql, values)
        except sqlite3.Error as exc:
            raise _full(exc, self.path.parent) from None

    def _write_many(self, sql: str, values: list[tuple[object, ...]]) -> None:
        try:
            self._db.executemany(sql, values)
        except sqlite3.Error as exc:
            raise _full(exc, self.path.parent) from None

    def add(self, row: FileAudit, owner: Owner | None = None, chunks: Sequence[Chunk] = (),
            shingles: np.ndarray | None = None) -> None:
        """Store one file's row, in file order; with ``owner``, also its chunks and its distinct
        shingles (sorted) for the copy index."""
        file_id = self.files
        self._write("INSERT INTO files (id, row) VALUES (?, ?)", (file_id, pickle.dumps(row, pickle.HIGHEST_PROTOCOL)))
        self.files += 1
        if owner is None or not chunks:
            return
        if shingles is None:
            shingles = np.unique(np.concatenate([c.hashes for c in chunks]))
        blob = np.ascontiguousarray(shingles, np.uint64).tobytes()
        self._write("INSERT INTO owners VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (file_id, *owner, blob))
        self._write_many("INSERT INTO chunks (year, file_id, part, line, text, hashes, quote) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(owner.year, file_id, c.part, c.line, c.text,
                           np.ascontiguousarray(c.hashes, np.uint64).tobytes(), c.quote) for c in chunks])

    def seal(self) -> None:
        """End the writing: commit, and index the tables for reading back by year and unit."""
        if self._sealed:
            return
        try:
            self._db.execute("COMMIT")
            self._db.executescript(_INDEXES)
        except sqlite3.Error as exc:
            raise _full(exc, self.path.parent) from None
        self._sealed = True

    def query(self, sql: str, values: Sequence[object] = ()) -> sqlite3.Cursor:
        """Run a read-only statement on the store (rows stream as the cursor is read)."""
        self.seal()
        return self._db.execute(sql, values)

    def rows(self) -> StoredRows:
        """Every row, in file order."""
        return StoredRows(self)

    def years(self) -> list[int]:
        """The years that have chunks, ascending."""
        return [year for (year,) in self.query("SELECT DISTINCT year FROM owners ORDER BY year")]

    def unit_shingles(self, year: int) -> Iterator[np.ndarray]:
        """Each unit's distinct shingles in ``year`` (its files' together), one unit at a time."""
        cursor = self.query("SELECT unit_key, shingles FROM owners WHERE year = ? ORDER BY unit_key, file_id", (year,))
        for _, files in groupby(cursor, key=lambda found: found[0]):
            arrays = [_hashes(blob) for _, blob in files]
            yield arrays[0] if len(arrays) == 1 else np.unique(np.concatenate(arrays))

    def chunk_hashes(self, year: int) -> Iterator[tuple[int, int, np.ndarray]]:
        """(chunk id, file id, shingle hashes) of every chunk of ``year``, in file and document order."""
        for chunk_id, file_id, blob in self.query("SELECT id, file_id, hashes FROM chunks WHERE year = ? ORDER BY id",
                                                  (year,)):
            yield chunk_id, file_id, _hashes(blob)

    def chunk(self, chunk_id: int) -> tuple[Owner, Chunk]:
        """One chunk (by the id :meth:`chunk_hashes` gives) and whose it is."""
        found = self.query("SELECT o.path, o.unit, o.unit_key, o.year, o.unit_of_line, o.date, c.part, c.line, c.text, "
                           "c.hashes, c.quote FROM chunks c JOIN owners o ON o.file_id = c.file_id WHERE c.id = ?",
                           (chunk_id,)).fetchone()
        return Owner(*found[:6]), Chunk(found[6], found[7], found[8], _hashes(found[9]), found[10])
