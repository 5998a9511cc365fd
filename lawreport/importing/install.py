"""Putting imported sources into ``sections/<year>/`` without ever losing existing work.

The new folder is written and checked (loaded back with the workspace's own loader) in a
staging folder under ``sections/``, then renamed into place. With ``force``, the old folder
is first renamed aside and removed only once the new one is in place; if the run is killed
between the two renames, the next import puts the old folder back.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lawreport.errors import LawreportError, UsageError
from lawreport.importing import write_sources
from lawreport.model import Report
from lawreport.sources.workspace import Workspace

STAGING_PREFIX = ".lawreport-import-"
OLD_PREFIX = ".lawreport-old-"


@dataclass(frozen=True, slots=True)
class Installed:
    """Where the sources went, the writer's notes, and what the loader says about them."""

    folder: Path
    notes: list[str]
    problems: LawreportError | None


def recover(sections: Path) -> list[str]:
    """Restore old folders left aside by a killed import; remove stale staging folders."""
    messages: list[str] = []
    if not sections.is_dir():
        return messages
    for entry in sorted(sections.iterdir()):
        if entry.name.startswith(OLD_PREFIX) and entry.is_dir():
            year = entry.name[len(OLD_PREFIX):].split("-", 1)[0]
            target = sections / year
            if year.isdigit() and not target.exists():
                os.replace(entry, target)
                messages.append(f"上次导入被中断：已恢复原来的 {target}")
            else:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(STAGING_PREFIX) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
    return messages


def _check(staging: Path, workspace: Workspace, year: int) -> LawreportError | None:
    from lawreport.sources.loader import load_report

    check = Workspace(root=staging, config_path=workspace.config_path, report_defaults=workspace.report_defaults,
                      structure_path=workspace.structure_path)
    try:
        load_report(check, year)
    except LawreportError as exc:
        return exc
    return None


def install(workspace: Workspace, year: int, report: Report, force: bool = False,
            title_lines: tuple[str, ...] = ()) -> Installed:
    """Write ``report`` as ``sections/<year>/`` of ``workspace`` (refused if it exists, unless ``force``)."""
    sections = workspace.sections
    target = sections / str(year)
    if target.exists() and not force:
        raise UsageError(f"{target} 已存在，未做任何修改",
                         hint="如确要用导入结果替换它，请加 --force（原目录在新目录写好后才会删除）。")
    sections.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{year}-", dir=sections))
    try:
        folder = staging / "sections" / str(year)
        notes = write_sources(report, folder, title_lines)
        problems = _check(staging, workspace, year)
        aside = None
        if target.exists():
            aside = sections / f"{OLD_PREFIX}{year}-{os.getpid()}"
            os.replace(target, aside)
        try:
            os.replace(folder, target)
        except BaseException:  # also SIGTERM or the time limit: the old folder goes back
            if aside is not None and not target.exists():
                os.replace(aside, target)
            raise
        if aside is not None:
            shutil.rmtree(aside)
    except OSError as exc:
        raise UsageError(f"无法写入 {target}：{exc.strerror or exc}", hint="请检查磁盘空间和目录权限。") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Installed(target, notes, problems)
