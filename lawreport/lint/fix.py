"""Applying safe fixes to files: verified, non-overlapping, atomic (temp file + os.replace).

An edit is applied only if the file still holds exactly ``old`` at its position; a fix whose
edits overlap an already applied fix waits for the next round (the CLI re-lints until nothing
more changes). Encoding (UTF-8 with or without BOM, GB18030), line endings and the file mode
are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lawreport.fsutil import atomic_write
from lawreport.lint.base import Fix


def _decode(data: bytes) -> tuple[str, str, bytes]:
    bom = b""
    if data.startswith(b"\xef\xbb\xbf"):
        bom, data = data[:3], data[3:]
    try:
        return data.decode("utf-8"), "utf-8", bom
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030", bom


def apply_text(text: str, fixes: Iterable[Fix]) -> tuple[str, int]:
    """``text`` with every applicable fix applied, and how many were applied."""
    lines = text.split("\n")
    taken: dict[int, list[tuple[int, int]]] = {}
    applied = 0
    ordered = sorted(fixes, key=lambda f: [(e.line, e.column) for e in f.edits])
    accepted: list[Fix] = []
    for fix in ordered:
        ok = True
        for edit in fix.edits:
            if not 1 <= edit.line <= len(lines):
                ok = False
                break
            start = edit.column - 1
            if lines[edit.line - 1][start : start + len(edit.old)] != edit.old or start < 0:
                ok = False
                break
            end = start + max(len(edit.old), 1)
            if any(a < end and start < b for a, b in taken.get(edit.line, [])):
                ok = False
                break
        if not ok:
            continue
        for edit in fix.edits:
            start = edit.column - 1
            taken.setdefault(edit.line, []).append((start, start + max(len(edit.old), 1)))
        accepted.append(fix)
    edits = sorted((e for f in accepted for e in f.edits), key=lambda e: (e.line, e.column), reverse=True)
    for edit in edits:
        line = lines[edit.line - 1]
        start = edit.column - 1
        lines[edit.line - 1] = line[:start] + edit.new + line[start + len(edit.old) :]
    applied = len(accepted)
    return "\n".join(lines), applied


def apply_file(path: Path, fixes: Iterable[Fix]) -> int:
    """Apply ``fixes`` to ``path`` atomically; return how many were applied."""
    data = path.read_bytes()
    text, encoding, bom = _decode(data)
    newline = "\r\n" if "\r\n" in text else "\n"
    fixed, applied = apply_text(text.replace("\r\n", "\n"), fixes)
    if not applied:
        return 0
    output = bom + fixed.replace("\n", newline).encode(encoding)
    atomic_write(path, output, mode=path.stat().st_mode & 0o7777)
    return applied
