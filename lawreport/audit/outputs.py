"""Writing the chosen formats into the output folder: each file streamed into a temporary file beside it, then renamed."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from lawreport.audit.records import AuditResult
from lawreport.errors import UsageError

FORMATS = ("xlsx", "csv", "json", "html")
CSV_NAMES = {"汇总": "audit.csv", "问题": "audit-findings.csv", "雷同段落": "audit-shared.csv", "未报送": "audit-missing.csv"}


def parse_formats(text: str) -> tuple[str, ...]:
    """``xlsx,csv`` → ("xlsx", "csv"); unknown names are a usage error."""
    chosen = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [name for name in chosen if name not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"--format 中的 {'、'.join(unknown) or '（空）'} 不是可用的格式",
                         hint="可用：xlsx、csv、json、html，用逗号分隔，如 --format xlsx,html")
    return chosen


def write_streamed(target: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write ``target`` atomically from ``write(stream)``: readers see the old or the complete new file.

    The temporary file is made by :func:`lawreport.files.atomic.stage` (its name, mode and
    sweeping after a killed run are those of every atomic write), filled by ``write`` and
    flushed to disk before the rename.
    """
    from lawreport.files.atomic import put_in_place, stage, write_error

    temp = stage(target, b"", durable=False)
    try:
        with open(temp, "r+b") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        put_in_place(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from None
        raise


def write_outputs(result: AuditResult, formats: tuple[str, ...], folder: Path) -> list[Path]:
    """Write ``formats`` of ``result`` into ``folder``; return the files written."""
    from lawreport.audit.table import sheets
    from lawreport.files.atomic import write_error

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from None
    written: list[Path] = []

    def write(name: str, how: Callable[[BinaryIO], None]) -> None:
        path = folder / name
        write_streamed(path, how)
        written.append(path)

    if "xlsx" in formats:
        from lawreport.audit.xlsxout import write_xlsx

        write("audit.xlsx", lambda stream: write_xlsx(sheets(result), stream))
    if "csv" in formats:
        from lawreport.audit.csvout import write_csv

        for sheet in sheets(result):
            write(CSV_NAMES[sheet.name], functools.partial(write_csv, sheet))
    if "json" in formats:
        from lawreport.audit.jsonout import write_json

        write("audit.json", lambda stream: write_json(result, stream))
    if "html" in formats:
        from lawreport.audit.htmlout import write_html

        write("audit.html", lambda stream: write_html(result, stream))
    return written
