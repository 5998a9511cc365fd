"""A per-user cache of compiled regular expressions, so a command does not compile them again.

Every start of a Python program compiles its regular expressions anew: ``re`` parses each
pattern and optimises it in Python before handing the result to the C engine. For lawreport
that is a fifth of a ``lint`` run (the rules' patterns, with their classes of Chinese
characters, are the slowest kind to optimise) and a good part of importing markdown-it and
Jinja. This module keeps what ``re`` computes (the engine's code for each pattern and flags)
in the same per-user folder as the parse cache (lawreport.sources.cache), and gives it
straight to the engine the next time.

It hooks the one function ``re`` calls on a miss of its own in-memory cache, and only for a
CLI run (``lawreport.entry``); the library and the tests use ``re`` as it is. Everything is
checked before it is used: the file name carries the Python version and the engine's magic
number, entries are type-checked, the hook is installed only after a probe pattern compiled
both ways behaves the same, and anything unexpected falls back to ``re``'s own compiler.
``LAWREPORT_CACHE_DIR=off`` turns it off with the parse cache.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_MAX_ENTRIES = 600
"""The file keeps the patterns used most recently (lawreport, click, markdown-it and Jinja use
about 300). Some libraries build a pattern from a set, whose order changes with every process
(markdown-it's inline terminators): such a pattern is new at every run, so the oldest entries
must make room, or the file would grow until it could take nothing new."""
_state: dict[str, Any] = {}
"""path, entries (loaded), new (compiled in this process), used (read from the file), pid,
original compile, module."""


def _modules() -> tuple[Any, Any, Any]:
    """``re``'s compiler and parser modules (renamed in Python 3.11) and the C engine."""
    import _sre
    import re

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None:  # Python 3.10
        import sre_compile as compiler
        import sre_parse as parser
    return compiler, parser, _sre


def _entry(parser: Any, compiler: Any, pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re``'s compile passes to the engine for ``pattern`` (its own steps, in order)."""
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]  # opcodes are named int constants
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, tuple(indexgroup))


def _valid(key: object, value: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes)) and isinstance(key[1], int)
            and isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], int)
            and isinstance(value[1], list) and isinstance(value[2], int) and isinstance(value[3], dict)
            and isinstance(value[4], tuple))


def _load(path: Path) -> dict[Any, Any]:
    import marshal

    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if _valid(key, value)}


def install(folder: Path | None) -> None:
    """Compile regular expressions through the cache in ``folder`` from now on (None: do nothing)."""
    if folder is None or _state:
        return
    try:
        compiler, parser, engine = _modules()
        original = compiler.compile
        tag = f"{sys.implementation.name}-{sys.version_info[0]}{sys.version_info[1]}-{engine.MAGIC}-{engine.CODESIZE}"
        probe = r"(?P<year>\d{4})年(?:度)?[一二三四五六七八九十]{1,3}、\s*(?!是)"
        fast = engine.compile(probe, *_entry(parser, compiler, probe, 0))
        slow = original(probe, 0)
        sample = "2023年度十二、 工作"
        same = (fast.groups, fast.groupindex, fast.flags) == (slow.groups, slow.groupindex, slow.flags)
        spans = [m.span() for m in fast.finditer(sample)]
        if not same or not spans or spans != [m.span() for m in slow.finditer(sample)]:
            return
    except Exception:  # an interpreter whose re works differently: leave it alone
        return
    path = folder / f"regex-{tag}.marshal"
    entries = _load(path)
    new: dict[Any, Any] = {}
    used: set[Any] = set()
    debug = getattr(engine, "SRE_FLAG_DEBUG", 128)

    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & debug:
            return original(pattern, flags)
        key = (pattern, int(flags))
        entry = entries.get(key) or new.get(key)
        if entry is not None:
            try:
                compiled = engine.compile(pattern, *entry)
                used.add(key)
                return compiled
            except Exception:  # an entry the engine refuses: compile as re would
                entries.pop(key, None)
        try:
            entry = _entry(parser, compiler, pattern, int(flags))
            compiled = engine.compile(pattern, *entry)
        except Exception:  # re's own error messages for a bad pattern, or anything unexpected
            return original(pattern, flags)
        new[key] = entry
        return compiled

    _state.update(path=path, entries=entries, new=new, used=used, pid=os.getpid(), original=original, module=compiler)
    compiler.compile = compile


def save() -> None:
    """Write the patterns this process compiled for the first time (only the process that installed)."""
    if not _state or not _state["new"] or _state["pid"] != os.getpid():
        return
    import marshal

    from lawreport.fsutil import create_temporary

    path: Path = _state["path"]
    used, new = _state["used"], _state["new"]
    on_disk = _load(path)  # another process may have added entries since this one started
    merged = {key: value for key, value in on_disk.items() if key not in used and key not in new}
    merged.update((key, on_disk[key]) for key in used if key in on_disk)  # most recent last
    merged.update(new)
    if len(merged) > _MAX_ENTRIES:  # drop the least recently used
        merged = dict(list(merged.items())[len(merged) - _MAX_ENTRIES:])
    try:
        data = marshal.dumps(merged)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = create_temporary(path.parent, ".tmp-")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
        _state["new"] = {}
    except OSError:
        temp.unlink(missing_ok=True)


def uninstall() -> None:
    """Give ``re`` its own compiler back (tests)."""
    if _state:
        _state["module"].compile = _state["original"]
        _state.clear()
