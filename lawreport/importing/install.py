"""Putting imported sources into ``sections/<year>/`` without ever losing existing work.

The new folder is written and checked (loaded back with the workspace's own loader) in a
staging folder under ``sections/`` (a new one from ``tempfile.mkdtemp``), then renamed into
place. With ``force``, the old folder is first renamed aside into that staging folder and, once
the new one is in place, kept as ``sections/<year>.bak/`` (``<year>-2.bak``, … when that exists:
reliability.md G4, write commands keep ``.bak`` copies; ``lawreport init``'s .gitignore leaves
``*.bak`` out of git, and a folder not named by a year is never read as one). If the run is killed
between the renames, the next import puts the old folder back, or keeps it as the backup.
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
    backup: Path | None = None
    """Where the folder that ``force`` replaced is kept."""


def _backup_path(sections: Path, year: str) -> Path:
    """A backup folder's name for ``sections/<year>/`` that no earlier backup has."""
    candidate, number = sections / f"{year}.bak", 2
    while candidate.exists() or candidate.is_symlink():
        candidate, number = sections / f"{year}-{number}.bak", number + 1
    return candidate


def recover(sections: Path) -> list[str]:
    """Restore old folders left aside by a killed import; remove stale staging folders.

    An old folder goes back to ``sections/<year>/`` only where that is missing (the import was
    killed between its two renames); where the new folder is in place, the old one is kept as
    the backup (see the module docstring).
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
        elif old.is_dir() and year.isdigit():
            backup = _backup_path(sections, year)
            os.replace(old, backup)
            messages.append(f"上次导入被中断：被替换的原目录已保留为 {backup}")
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
                         hint="如确要用导入结果替换它，请加 --force（新目录写好后，原目录改名保留为 <年份>.bak）。")
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
        backup = _backup_path(sections, str(year)) if aside.exists() else None
        if backup is not None:
            os.replace(aside, backup)
    except OSError as exc:
        raise UsageError(f"无法写入 {target}：{exc.strerror or exc}", hint="请检查磁盘空间和目录权限。") from None
    finally:
        # The staging folder goes once nothing of the old folder is left in it. An old folder that
        # could not be put back or kept as the backup stays for recover() next time.
        if not aside.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return Installed(target, notes, _check(workspace, year), backup)
