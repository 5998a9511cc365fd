"""What a saved result depends on, as one digest: the rule by which the build state
(lawreport.building.state) and the lint verdict kept in it (lawreport.lint.gate) are reused.

A saved result is reused only while its digest is unchanged, and every such digest covers
lawreport's own code (:func:`code_fingerprint`) besides the result's inputs: a year is built
and linted again when its inputs change or when lawreport's code does, whether or not the
version number changed (an editable install updated with ``git pull``, a file edited by hand).
Every digest is also keyed with this user's key (lawreport.files.statekey), so that only a state
this user's lawreport wrote is ever reused.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
"""The folder of the running lawreport package (this file is lawreport/files/digests.py)."""


def digest(purpose: str, pieces: Iterable[bytes]) -> str:
    """The digest a saved result is kept under: of the running code, of ``purpose`` (which result,
    with the settings it was made with) and of ``pieces``, the inputs it was made from, keyed with
    this user's key (lawreport.files.statekey: a state that came with a workspace from elsewhere
    never matches). Each piece is taken with its length, so that no two different lists of
    pieces read alike."""
    from lawreport.files.statekey import state_key

    hashed = hashlib.sha256(state_key())
    for piece in (code_fingerprint().encode(), purpose.encode(), *pieces):
        hashed.update(f"{len(piece)}:".encode() + piece)
    return hashed.hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """sha256 of the running lawreport package: every file under its folder (modules, templates,
    data), by path and content, in sorted order. Bytecode caches are left out: they follow the
    modules. Computed once per process."""
    hashed = hashlib.sha256()
    for name, path in _package_files(PACKAGE):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0unreadable"
        path_bytes = name.encode()
        hashed.update(f"{len(path_bytes)}:{len(data)}:".encode() + path_bytes + data)
    return hashed.hexdigest()


def _package_files(folder: Path) -> list[tuple[str, Path]]:
    """The files under ``folder`` as (path relative to it, path), sorted, without __pycache__
    folders; links to folders are not followed."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        inside = Path(root).relative_to(folder).as_posix()
        found += [(name if inside == "." else f"{inside}/{name}", Path(root, name)) for name in names]
    return sorted(found)
