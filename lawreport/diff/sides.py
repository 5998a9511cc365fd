"""What the user asked to compare: ``YEAR``, ``YEAR@REV``, ``YEAR`` with ``--rev``, or a report file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import UsageError
from lawreport.files.formats import RECEIVED_SUFFIXES
from lawreport.model import Report, Structure
from lawreport.sources.workspace import Workspace

_SPEC = re.compile(r"^(?P<year>\d{4})(?:@(?P<rev>.+))?$")


class SideSpec(NamedTuple):
    """One side of the comparison: a year (working tree or git revision), or a report file."""

    year: int | None
    rev: str | None = None
    path: Path | None = None

    @property
    def name(self) -> str:
        """``2023``, ``2023@HEAD~3`` or the file's name (its bytes that are not UTF-8 as ``\\xNN``:
        a name the outputs can write, the HTML report stopped with an internal error)."""
        from lawreport.text.controls import escape_undecodable

        if self.path is not None:
            return escape_undecodable(self.path.name)
        return escape_undecodable(f"{self.year}@{self.rev}" if self.rev else str(self.year))


def parse_side(text: str) -> SideSpec:
    """``2023``, ``2023@HEAD~3`` or a .docx/.pdf/.txt/.md file → SideSpec; a UsageError for anything else."""
    match = _SPEC.match(text.strip())
    if match is not None:
        return SideSpec(int(match["year"]), match["rev"])
    path = Path(text)
    if path.suffix.lower() in RECEIVED_SUFFIXES or path.is_file():
        if not path.exists():
            raise UsageError(f"找不到文件 {text}", hint="请检查文件名和所在文件夹。")
        if not path.is_file():
            raise UsageError(f"{text} 不是文件", hint="请给出 .docx、.txt 或 .md 报告文件。")
        return SideSpec(None, None, path)
    raise UsageError(f"无法识别“{text}”：应写年份（如 2023）、年份@修订版本（如 2023@HEAD~1）或报告文件（.docx、.pdf、.txt、.md）",
                     hint="例如 lawreport diff 2022 2023，lawreport diff 2023 --rev HEAD~3，或 lawreport diff 甲.docx 乙.docx。")


def resolve_sides(old: str, new: str | None, rev: str | None) -> tuple[SideSpec, SideSpec]:
    """The two sides: ``--rev`` applies to OLD; without NEW, NEW is OLD's year in the working tree."""
    first = parse_side(old)
    if rev is not None:
        if first.path is not None:
            raise UsageError("--rev 只能用于年份，不能用于报告文件", hint="比较两个文件时直接写两个文件名即可。")
        if first.rev is not None:
            raise UsageError("不能同时使用 --rev 和 年份@修订版本 的写法", hint="二者选一即可。")
        first = SideSpec(first.year, rev)
    if new is None:
        if first.rev is None:
            raise UsageError("只给了一个年份或文件：请再给一个，或用 --rev 指定与哪个历史版本比较",
                             hint="例如 lawreport diff 2022 2023，或 lawreport diff 2023 --rev HEAD~1。")
        return first, SideSpec(first.year)
    return first, parse_side(new)


def load_side(workspace: Workspace, side: SideSpec, structure: Structure) -> tuple[Report, str]:
    """The report of ``side`` and its unit: from ``sections/``, from git, or from a received file
    (whose unit is the one the received-report reader finds, not only the 落款's).

    A part titled over several parts (“三、存在的问题和下一步打算”) comes marked with which text is
    which part's (Part.shares): the received-report reader marks it as it reads, and a workspace
    year is marked here by the same function (the sources loader sits below the reader's packages).
    """
    if side.path is not None:
        from lawreport.diff.received import read_received_side

        return read_received_side(side.path, structure)
    from lawreport.received.layout import divided

    assert side.year is not None
    if side.rev is None:
        from lawreport.sources.loader import load_report

        report = divided(load_report(workspace, side.year))
    else:
        from lawreport.diff.gitrev import load_report_at

        report = divided(load_report_at(workspace, side.year, side.rev))
    return report, report.meta.issuer
