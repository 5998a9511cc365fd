"""Writing the chosen formats into the output folder (each file atomically)."""

from __future__ import annotations

from pathlib import Path

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


def write_outputs(result: AuditResult, formats: tuple[str, ...], folder: Path) -> list[Path]:
    """Write ``formats`` of ``result`` into ``folder``; return the files written."""
    from lawreport.audit.table import sheets
    from lawreport.files.atomic import atomic_write, write_error

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from None
    tables = sheets(result)
    written: list[Path] = []

    def write(name: str, data: bytes) -> None:
        path = folder / name
        try:
            atomic_write(path, data)
        except OSError as exc:
            raise write_error(path, exc) from None
        written.append(path)

    if "xlsx" in formats:
        from lawreport.audit.xlsxout import render_xlsx

        write("audit.xlsx", render_xlsx(tables))
    if "csv" in formats:
        from lawreport.audit.csvout import render_csv

        for sheet in tables:
            write(CSV_NAMES[sheet.name], render_csv(sheet))
    if "json" in formats:
        from lawreport.audit.jsonout import render_json

        write("audit.json", render_json(result))
    if "html" in formats:
        from lawreport.audit.htmlout import render_html

        write("audit.html", render_html(result))
    return written
