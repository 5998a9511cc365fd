"""The audit result as JSON: the schema of docs/audit.md (``schema`` and ``version`` at the top).

The document is written a file at a time, laid out exactly as ``json.dumps(data,
ensure_ascii=False, indent=2)`` lays out the whole: each item is dumped on its own and its
lines indented to its depth (a JSON string never holds a raw line break, so this is safe).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from lawreport.audit.records import AuditResult, FileAudit
from lawreport.audit.sameunit import Other
from lawreport.text.controls import escape_undecodable

SCHEMA = "lawreport-audit"
VERSION = 2
_INDENT = "  "


def _plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, str):
        return escape_undecodable(value)  # a file name's bytes that are not UTF-8
    return value


def file_data(row: FileAudit, same_unit: tuple[Other, ...] = ()) -> dict[str, Any]:
    """One item of ``files``; ``same_unit`` the other files of its unit and year."""
    item = _plain(row)
    item["page_meta"] = dict(row.page_meta)
    item["errors"] = row.errors
    item["warnings"] = row.warnings
    item["same_unit"] = [_plain(other) for other in same_unit]
    return item


def _dump(value: Any, depth: int) -> str:
    return json.dumps(value, ensure_ascii=False, indent=len(_INDENT)).replace("\n", "\n" + _INDENT * depth)


def _array(items: Iterable[Any], depth: int) -> Iterator[str]:
    inner = "\n" + _INDENT * (depth + 1)
    opened = False
    for item in items:
        yield ("," if opened else "[") + inner + _dump(item, depth + 1)
        opened = True
    yield ("\n" + _INDENT * depth + "]") if opened else "[]"


def json_pieces(result: AuditResult) -> Iterator[str]:
    """The JSON document, in pieces."""
    head: dict[str, Any] = {
        "schema": SCHEMA,
        "version": VERSION,
        "year": result.year,
        "roster": result.roster,
        "previous": result.previous,
        "stoplist_shingles": result.stoplist,
    }
    arrays: dict[str, Iterable[Any]] = {
        "files": (file_data(row, result.same_unit.get(row.path, ())) for row in result.files),
        "shared": (_plain(passage) for passage in result.shared),
        "missing_units": list(result.missing_units),
    }
    yield "{"
    separator = "\n"
    for key, value in head.items():
        yield f"{separator}{_INDENT}{json.dumps(key)}: {_dump(value, 1)}"
        separator = ",\n"
    for key, items in arrays.items():
        yield f"{separator}{_INDENT}{json.dumps(key)}: "
        yield from _array(items, 1)
    yield "\n}\n"


def write_json(result: AuditResult, stream: BinaryIO) -> None:
    """Write the result to ``stream`` as UTF-8 JSON, indented, keys in schema order."""
    for piece in json_pieces(result):
        stream.write(piece.encode("utf-8"))


def render_json(result: AuditResult) -> bytes:
    """The JSON document, in memory."""
    buffer = io.BytesIO()
    write_json(result, buffer)
    return buffer.getvalue()
