"""A content-addressed cache of parsed sources (and prepared Word templates), so unchanged files are not parsed again.

Most of a single command's time is start-up, and importing the YAML and Markdown parsers is
a large part of it. A file whose text (and the parser code) is unchanged since it was last
parsed is read back from this cache instead, without importing either parser.

Entries live in a per-user folder (``$LAWREPORT_CACHE_DIR``, else ``$XDG_CACHE_HOME/lawreport``
or ``~/.cache/lawreport``; on Windows ``%LOCALAPPDATA%\\lawreport``), never in the workspace:
a pickle is code, and a repository someone sends must not be able to plant one. Each key
covers the lawreport version, the parser modules' own source, the installed markdown-it-py and
PyYAML (their ``__init__.py``, which states the version) and the input text, so a stale entry
is never used. Only successful parses are cached; errors are always recomputed.
The entries read while loading one year are kept together in one file (see :func:`bundle`).
Set ``LAWREPORT_CACHE_DIR=off`` to disable it. The CLI enables it; the library does not.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from lawreport.serial import dumps, hasher, loads

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


_PARSER_MODULES = (  # the code whose results are cached: a change to any of them invalidates every entry
    "model.py", "numbering.py", "sources/markdown.py", "sources/plainblocks.py", "sources/inline.py",
    "sources/yamlsafe.py", "sources/cache.py",
    "render/docx.py", "render/package.py", "render/zipwrite.py",
)
_state: dict[str, object] = {"folder": None, "fingerprint": None, "bundle": None}


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


def enabled() -> bool:
    """Whether the cache is in use."""
    return isinstance(_state["folder"], Path)


def disable() -> None:
    """Stop using the cache."""
    _state["folder"] = None


_PARSER_LIBRARIES = ("markdown_it", "yaml")
"""The parsers whose results are cached: another version of either invalidates every entry."""


def _library_stamp(name: str) -> bytes:
    """The ``__init__.py`` (which states ``__version__``) of the package ``import name`` would
    load, found by import's own path finder without importing it: importing markdown-it just to
    learn its version would cost a cached run what the cache saves."""
    from importlib.machinery import PathFinder

    try:
        spec = PathFinder.find_spec(name)
        if spec is not None and spec.origin is not None:
            return Path(spec.origin).read_bytes()
    except (OSError, ImportError, ValueError):
        pass
    return b"not found: " + name.encode()


def _fingerprint() -> str:
    if _state["fingerprint"] is None:
        from lawreport import __version__

        digest = hasher(__version__.encode())
        package = Path(__file__).resolve().parents[1]
        for name in _PARSER_MODULES:
            digest.update((package / name).read_bytes())
        for library in _PARSER_LIBRARIES:
            digest.update(b"\x00" + _library_stamp(library))
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
    name = f"{kind}-{digest.hexdigest()}"
    scope = _state["bundle"]
    if isinstance(scope, _Bundle):
        return scope.get(name, compute)
    entry = folder / f"{name}.pickle"
    try:
        return loads(entry.read_bytes())  # type: ignore[no-any-return]
    except Exception:  # missing, truncated or written by another Python: recompute
        pass
    value = compute()
    _store(entry, value)
    return value


class _Bundle:
    """The entries used while loading one year's sources, kept together in one file.

    Creating a file is the slow part of writing an entry (about a millisecond each on a
    journalled disk, more than parsing a part): a year's five sources share one file, which
    is read once and written once, and only when something in it had to be parsed again.
    The file keeps exactly the entries of the last load, so a year's edits do not pile up.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.old: dict[str, object] | None = None
        self.used: dict[str, object] = {}
        self.changed = False

    def get(self, name: str, compute: Callable[[], T]) -> T:
        if self.old is None:
            try:
                old = loads(self.path.read_bytes())
            except Exception:  # missing, truncated, another Python's: as if empty
                old = None
            self.old = old if isinstance(old, dict) else {}
        if name in self.old:
            value = self.old[name]
        else:
            value = compute()
            self.changed = True
        self.used[name] = value
        return value  # type: ignore[return-value]


@contextlib.contextmanager
def bundle(label: str) -> Iterator[None]:
    """Within the block, entries live in one file named after ``label`` (a year's folder).

    Nested blocks share the outer one's file. The file is written when the block ends
    without an exception and something was parsed again.
    """
    folder = _state["folder"]
    if not isinstance(folder, Path) or _state["bundle"] is not None:
        yield
        return
    name = hasher(_fingerprint().encode() + b"\x00" + label.encode("utf-8", "surrogatepass")).hexdigest()
    scope = _Bundle(folder / f"bundle-{name}.pickle")
    _state["bundle"] = scope
    keep = False
    try:
        yield
        keep = True
    except Exception:  # a source error elsewhere in the year: the parts that parsed are kept
        keep = True
        raise
    finally:  # not on Ctrl-C or SIGTERM, which must end the command at once
        _state["bundle"] = None
        if keep and scope.changed:
            _store(scope.path, scope.used)


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """Parse without the cache within the block (for sources in a temporary folder, whose
    entries could never be found again)."""
    folder, scope = _state["folder"], _state["bundle"]
    _state["folder"], _state["bundle"] = None, None
    try:
        yield
    finally:
        _state["folder"], _state["bundle"] = folder, scope


MAX_ENTRIES = 1000
"""Beyond this many files, the least recently written half is removed (checked once per process,
at its first write): sources in folders that no longer exist leave entries nobody reads."""


def _prune(folder: Path) -> None:
    if _state.get("pruned") == folder:
        return
    _state["pruned"] = folder
    try:
        entries = [(entry.stat().st_mtime, entry.path) for entry in os.scandir(folder) if entry.name.endswith(".pickle")]
    except OSError:
        return
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort()
    for _mtime, path in entries[: len(entries) - MAX_ENTRIES // 2]:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _store(entry: Path, value: object) -> None:
    """Write one entry atomically; a cache that cannot be written is simply not used."""
    from lawreport.fsutil import create_temporary

    try:
        data = dumps(value)
        entry.parent.mkdir(parents=True, exist_ok=True)
        _prune(entry.parent)
        fd, name = create_temporary(entry.parent, ".tmp-")
    except Exception:  # a value that cannot be pickled, a read-only home
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(name, entry)  # atomic
    except BaseException as exc:  # also SIGTERM or the time limit: no temporary left behind
        Path(name).unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
