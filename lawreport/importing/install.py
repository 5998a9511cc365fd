"""Putting imported sources into ``sections/<year>/`` without ever losing existing work.

The new folder is written and checked (loaded back with the workspace's own loader) in a
staging folder under ``sections/`` (a new one from ``tempfile.mkdtemp``), then renamed into
place. With ``force``, the old folder is first renamed aside into that staging folder and
removed with it only once the new one is in place; if the run is killed between the two
renames, the next import puts the old folder back.
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
ASIDE = "old"
"""The name, inside the staging folder, of the existing folder that ``force`` sets aside."""
OLD_PREFIX = ".lawreport-old-"
"""Earlier versions set the old folder aside beside the staging folder, under this prefix."""


@dataclass(frozen=True, slots=True)
class Installed:
    """Where the sources went, the writer's notes, and what the loader says about them."""

    folder: Path
    notes: list[str]
    problems: LawreportError | None


def recover(sections: Path) -> list[str]:
    """Restore old folders left aside by a killed import; remove stale staging folders.

    An old folder goes back to ``sections/<year>/`` only where that is missing (the import was
    killed between its two renames); where the new folder is in place, the old one is removed.
    """
    messages: list[str] = []
    if not sections.is_dir():
        return messages
    for entry in sorted(sections.iterdir()):
        if not entry.is_dir():
            continue
        if entry.name.startswith(STAGING_PREFIX):
            prefix, old = STAGING_PREFIX, entry / ASIDE
        elif entry.name.startswith(OLD_PREFIX):
            prefix, old = OLD_PREFIX, entry
        else:
            continue
        year = entry.name[len(prefix):].split("-", 1)[0]
        target = sections / year
        if old.is_dir() and year.isdigit() and not target.exists():
            os.replace(old, target)
            messages.append(f"上次导入被中断：已恢复原来的 {target}")
        shutil.rmtree(entry, ignore_errors=True)
    return messages


def _check(workspace: Workspace, year: int) -> LawreportError | None:
    """What the build would say of the installed ``sections/<year>/`` (run once it is in place, so
    that each message names the file the user will edit, not the staging folder, gone by then)."""
    from lawreport.sources.loader import load_report

    try:
        load_report(workspace, year)
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
    aside = staging / ASIDE
    try:
        folder = staging / "sections" / str(year)
        notes = write_sources(report, folder, title_lines)
        if target.exists():
            os.replace(target, aside)
        try:
            os.replace(folder, target)
        except BaseException:  # also SIGTERM or the time limit: the old folder goes back
            if aside.exists() and not target.exists():
                os.replace(aside, target)
            raise
    except OSError as exc:
        raise UsageError(f"无法写入 {target}：{exc.strerror or exc}", hint="请检查磁盘空间和目录权限。") from None
    finally:
        # The staging folder goes, and the old folder with it once the new one is in place. An
        # old folder that could not be put back stays for recover() to restore next time.
        if target.exists() or not aside.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return Installed(target, notes, _check(workspace, year))
