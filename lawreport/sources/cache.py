"""A content-addressed cache of parsed sources (and prepared Word templates), so unchanged files are not parsed again.

Most of a single command's time is start-up, and importing the YAML and Markdown parsers is
a large part of it. A file whose text (and the parser code) is unchanged since it was last
parsed is read back from this cache instead, without importing either parser.

Entries live in a per-user folder (``$LAWREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/lawreport``
or ``~/.cache/lawreport``; on Windows ``%LOCALAPPDATA%\\lawreport``), never in the workspace:
a pickle is code, and a repository someone sends must not be able to plant one. Each key
covers the lawreport version, the parser modules' own source and the input text, so a
stale entry is never used. Only successful parses are cached; errors are always recomputed.
Set ``LAWREPORT_CACHE_DIR=off`` to disable it. The CLI enables it; the library does not.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from lawreport.serial import dumps, hasher, loads

T = TypeVar("T")

_PARSER_MODULES = (  # the code whose results are cached: a change to any of them invalidates every entry
    "model.py", "numbering.py", "sources/markdown.py", "sources/inline.py", "sources/yamlsafe.py", "sources/cache.py",
    "render/docx.py", "render/package.py", "render/zipwrite.py",
)
_state: dict[str, object] = {"folder": None, "fingerprint": None}


def default_folder() -> Path | None:
    """Where the cache lives, or None when disabled."""
    configured = os.environ.get("LAWREPORT_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "lawreport"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lawreport"


def enable(folder: Path | None = None) -> None:
    """Use the cache from now on (``folder`` or the default); the CLI calls this at start."""
    _state["folder"] = folder if folder is not None else default_folder()


def disable() -> None:
    """Stop using the cache."""
    _state["folder"] = None


def _fingerprint() -> str:
    if _state["fingerprint"] is None:
        from lawreport import __version__

        digest = hasher(__version__.encode())
        package = Path(__file__).resolve().parents[1]
        for name in _PARSER_MODULES:
            digest.update((package / name).read_bytes())
        _state["fingerprint"] = digest.hexdigest()
    return str(_state["fingerprint"])


def cached(kind: str, key: tuple[str, ...], compute: Callable[[], T]) -> T:
    """``compute()``, or its earlier result for the same ``kind`` and ``key``."""
    folder = _state["folder"]
    if not isinstance(folder, Path):
        return compute()
    digest = hasher(_fingerprint().encode())
    for part in (kind, *key):
        digest.update(b"\x00" + part.encode("utf-8", "surrogatepass"))
    entry = folder / f"{kind}-{digest.hexdigest()}.pickle"
    try:
        return loads(entry.read_bytes())  # type: ignore[no-any-return]
    except Exception:  # missing, truncated or written by another Python: recompute
        pass
    value = compute()
    _store(entry, value)
    return value


def _store(entry: Path, value: object) -> None:
    """Write one entry atomically; a cache that cannot be written is simply not used."""
    from lawreport.fsutil import create_temporary

    try:
        data = dumps(value)
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, name = create_temporary(entry.parent, ".tmp-")
    except Exception:  # a value that cannot be pickled, a read-only home
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.rename(name, entry)  # atomic; on Windows an existing entry (same content) stays
    except BaseException as exc:  # also SIGTERM or the time limit: no temporary left behind
        Path(name).unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
