"""Applying safe fixes to files: verified, non-overlapping, atomic (temp file + os.replace).

An edit is applied only if the file still holds exactly ``old`` at its position; a fix whose
edits overlap an already applied fix waits for the next round (the CLI re-lints until nothing
more changes). Encoding (UTF-8 with or without BOM, UTF-16 with or without BOM, GB18030), each line's own
ending (LF, CRLF or CR, as the reader counts lines) and the file mode are kept. A file whose
bytes the decoding cannot reproduce exactly (text read by a guess, e.g. GBK that also decodes
as UTF-8, or invalid bytes) is not touched: only the fixed characters may change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lawreport.errors import LawreportError
from lawreport.files.atomic import atomic_write
from lawreport.lint.base import Fix

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_NEWLINE = re.compile(r"(\r\n|\r|\n)")
_LEGACY = ("gb18030", "utf-16-le", "utf-16-be")
"""What a .txt that the reader did not read as UTF-8 can be (textreader: “ANSI”, “Unicode” without a BOM)."""


def _decode(data: bytes, legacy_first: bool = False, read: str | None = None) -> tuple[str, str, bytes] | None:
    """(text, encoding, BOM) of ``data``, or None when the text would not encode back to ``data``.

    ``legacy_first``: the reader took the file for GB18030 or UTF-16 without a BOM although it
    also decodes as UTF-8 (``read``: the text it read; the encoding chosen is the one giving it).
    """
    bom, encoding = b"", ""
    for mark, name in _BOMS:
        if data.startswith(mark):
            bom, encoding, data = mark, name, data[len(mark) :]
            break
    candidates = (encoding,) if encoding else _LEGACY if legacy_first else ("utf-8", "gb18030")
    for name in candidates:
        if read is not None and data.decode(name, "replace") != read:
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        return (text, name, bom) if text.encode(name) == data else None
    return None


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
    decoded = _decode(data)
    if path.suffix.lower() == ".txt":  # decode as lint read it (textreader's guess)
        from lawreport.importing.lines import Received
        from lawreport.importing.textreader import decode_text

        try:
            read = decode_text(data, path, Received(path, []))
        except LawreportError:
            return 0
        if decoded is None or read != decoded[0]:  # UTF-16 without a BOM may decode as GB18030, into other characters
            decoded = _decode(data, legacy_first=True, read=read)
    if decoded is None:
        return 0
    text, encoding, bom = decoded
    pieces = _NEWLINE.split(text)  # line, ending, line, ending, …, last line
    fixed, applied = apply_text("\n".join(pieces[0::2]), fixes)
    if not applied:
        return 0
    lines = fixed.split("\n")
    endings = pieces[1::2]
    output = bom + "".join(line + (endings[i] if i < len(endings) else "") for i, line in enumerate(lines)).encode(encoding)
    atomic_write(path, output, mode=path.stat().st_mode & 0o7777)
    return applied
