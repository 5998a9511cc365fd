"""Files of the same unit and year: a report sent twice (“报告(1).docx”), or a draft beside the final one.

Each would otherwise be one more row that looks like one more unit's report, and the shared-passage
check never compares a unit with itself, so nothing else tells the office. The files are grouped by
the unit as the roster matches it (lawreport.audit.names.unit_key) and the report's year; two files
whose body text is the same character for character (NFKC, no whitespace: the same report as
.docx and as .txt too) are marked identical.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from lawreport.audit.shingles import Chunk


class Other(NamedTuple):
    """Another file of the same unit and year."""

    path: str
    identical: bool
    """Its body text is the same as this file's."""


def text_digest(chunks: Iterable[Chunk]) -> bytes:
    """A digest of a report's body text as the shared-passage check reads it."""
    digest = hashlib.blake2b(digest_size=16)
    for chunk in chunks:
        digest.update(chunk.text.encode("utf-8") + b"\n")
    return digest.digest()


class SameUnit:
    """Collects (path, unit, year, text digest) of each readable report, then gives each file the others."""

    def __init__(self) -> None:
        self._groups: dict[tuple[str, int], list[tuple[str, bytes]]] = {}

    def add(self, path: str, unit_key: str, year: int | None, digest: bytes) -> None:
        """One readable report (a file without a unit or a year is no one's other file)."""
        if unit_key and year is not None:
            self._groups.setdefault((unit_key, year), []).append((path, digest))

    def others(self) -> Mapping[str, tuple[Other, ...]]:
        """Path → the other files of its unit and year, in file order (only files that have any)."""
        found: dict[str, tuple[Other, ...]] = {}
        for files in self._groups.values():
            if len(files) < 2:
                continue
            for path, digest in files:
                found[path] = tuple(Other(other, other_digest == digest) for other, other_digest in files if other != path)
        return found


def others_text(others: Iterable[Other]) -> str:
    """The other files one a line, “（内容相同）” after an identical one."""
    return "\n".join(other.path + ("（内容相同）" if other.identical else "") for other in others)
