"""The audit result as JSON: the schema of docs/audit.md (``schema`` and ``version`` at the top)."""

from __future__ import annotations

import json
from typing import Any

from lawreport.audit.records import AuditResult

SCHEMA = "lawreport-audit"
VERSION = 1


def _plain(value: Any) -> Any:
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def to_data(result: AuditResult) -> dict[str, Any]:
    """The result as JSON-ready data."""
    files = []
    for row in result.files:
        item = _plain(row)
        item["page_meta"] = dict(row.page_meta)
        item["errors"] = row.errors
        item["warnings"] = row.warnings
        files.append(item)
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "year": result.year,
        "roster": result.roster,
        "previous": result.previous,
        "stoplist_shingles": result.stoplist,
        "files": files,
        "shared": _plain(result.shared),
        "missing_units": list(result.missing_units),
    }


def render_json(result: AuditResult) -> bytes:
    """UTF-8 JSON, indented, keys in schema order."""
    return (json.dumps(to_data(result), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
