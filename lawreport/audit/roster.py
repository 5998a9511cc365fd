"""The roster (名单) of units that must report: a CSV of unit names, and who of them sent nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from lawreport.audit.names import matches, split_name
from lawreport.audit.records import FileAudit
from lawreport.errors import UsageError

HEADERS = frozenset({"单位", "单位名称", "名称", "报告单位", "报送单位", "部门", "unit", "name"})
MAX_ROSTER_BYTES = 4 * 1024 * 1024


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageError(f"{path}：名单既不是 UTF-8 也不是 GBK 编码", hint="请用 Excel 或 WPS 另存为“CSV UTF-8”")


def read_roster(path: Path) -> list[str]:
    """Unit names from the first column of ``path`` (UTF-8 with or without BOM, or GBK); a header row is skipped."""
    from lawreport.files.reading import read_limited

    try:
        data = read_limited(path, MAX_ROSTER_BYTES)
    except OSError as exc:
        raise UsageError(f"无法读取名单 {path}：{exc.strerror}") from None
    if len(data) > MAX_ROSTER_BYTES:
        raise UsageError(f"{path}：名单文件过大", hint="名单应为每行一个单位名称的 CSV 文件")
    names: list[str] = []
    reader = csv.reader(io.StringIO(_decode(data, path)))
    row_start = 1
    try:
        for row in reader:
            cell = next((c.strip() for c in row if c.strip()), "")
            row_start = reader.line_num + 1
            if not cell or (not names and cell.lower() in HEADERS):
                continue
            if cell not in names:
                names.append(cell)
    except csv.Error:
        raise UsageError(f"名单从这一行起无法按 CSV 读取（一格超过 {csv.field_size_limit()} 个字符：多半是引号没有配对，"
                         "或这不是名单文件）", path, row_start,
                         hint="名单应为每行一个单位名称的 CSV 文件；请在 Excel 或 WPS 中检查这一行的引号") from None
    if not names:
        raise UsageError(f"{path}：名单中没有单位名称", hint="第一列每行写一个单位名称")
    return names


def missing_units(roster: Iterable[str], files: Iterable[FileAudit]) -> tuple[str, ...]:
    """Roster units that no received file is from, in roster order (the rule is :mod:`.names`').

    A file is a unit's by its issuer or title, or by its file name: an unreadable file counts too
    (the unit sent something; its row says why it cannot be read), a file that is readable but not
    a 法治政府建设年度报告 (a notice, a news item) does not: the unit has still to send its report.
    One pass over ``files``, holding only the roster units not found yet.
    """
    pending = [(name, split_name(name)) for name in roster]
    for row in files:
        if not pending:
            break
        if row.not_report:
            continue
        texts = [text for text in (row.unit, row.title) if text] + [Path(row.path).stem]
        pending = [(name, wanted) for name, wanted in pending if not any(matches(wanted, text) for text in texts)]
    return tuple(name for name, _ in pending)
