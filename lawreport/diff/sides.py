"""What the user asked to compare: ``YEAR``, ``YEAR@REV`` or ``YEAR`` with ``--rev``."""

from __future__ import annotations

import re
from typing import NamedTuple

from lawreport.errors import UsageError
from lawreport.model import Report
from lawreport.sources.workspace import Workspace

_SPEC = re.compile(r"^(?P<year>\d{4})(?:@(?P<rev>.+))?$")


class SideSpec(NamedTuple):
    """One side of the comparison: a year, from the working tree or from a git revision."""

    year: int
    rev: str | None = None

    @property
    def name(self) -> str:
        """``2023`` or ``2023@HEAD~3``."""
        return f"{self.year}@{self.rev}" if self.rev else str(self.year)


def parse_side(text: str) -> SideSpec:
    """``2023`` or ``2023@HEAD~3`` → SideSpec; a UsageError for anything else."""
    match = _SPEC.match(text.strip())
    if match is None:
        raise UsageError(f"无法识别“{text}”：应写年份（如 2023）或 年份@修订版本（如 2023@HEAD~1）",
                         hint="例如 lawreport diff 2022 2023，或 lawreport diff 2023 --rev HEAD~3。")
    return SideSpec(int(match["year"]), match["rev"])


def resolve_sides(old: str, new: str | None, rev: str | None) -> tuple[SideSpec, SideSpec]:
    """The two sides: ``--rev`` applies to OLD; without NEW, NEW is OLD's year in the working tree."""
    first = parse_side(old)
    if rev is not None:
        if first.rev is not None:
            raise UsageError("不能同时使用 --rev 和 年份@修订版本 的写法", hint="二者选一即可。")
        first = SideSpec(first.year, rev)
    if new is None:
        if first.rev is None:
            raise UsageError("只给了一个年份：请再给一个年份，或用 --rev 指定与哪个历史版本比较",
                             hint="例如 lawreport diff 2022 2023，或 lawreport diff 2023 --rev HEAD~1。")
        return first, SideSpec(first.year)
    return first, parse_side(new)


def load_side(workspace: Workspace, side: SideSpec) -> Report:
    """The report of ``side``: from ``sections/`` or from git."""
    if side.rev is None:
        from lawreport.sources.loader import load_report

        return load_report(workspace, side.year)
    from lawreport.diff.gitrev import load_report_at

    return load_report_at(workspace, side.year, side.rev)
