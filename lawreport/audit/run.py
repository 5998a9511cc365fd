"""One audit run: find the files, run the per-file stage on all cores into the store, build the copy index, assemble the result."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

import numpy as np

from lawreport.audit.copying import Owner, ShingleCounts, shared_passages
from lawreport.audit.formulas import FORMULA
from lawreport.audit.names import unit_key
from lawreport.audit.perfile import Done, Settings, audit_file, unreadable_row
from lawreport.audit.records import AuditResult, SharedPassage
from lawreport.audit.roster import missing_units
from lawreport.audit.sameunit import SameUnit, text_digest
from lawreport.audit.source import read_report
from lawreport.audit.spool import Spool
from lawreport.errors import ExitCode, UsageError
from lawreport.files.formats import RECEIVED_SUFFIXES
from lawreport.model import Structure
from lawreport.running.pool import run_all


def find_files(folders: Sequence[Path]) -> list[Path]:
    """Every received file under ``folders``, recursively, sorted; hidden files and Word's ``~$`` lock files left out.

    Symbolic links are not followed, so that a folder cannot lead outside itself.
    """
    found: set[Path] = set()
    for folder in folders:
        if folder.is_file():
            found.add(folder)
            continue
        if not folder.is_dir():
            raise UsageError(f"{folder} 不存在或不是文件夹", hint="请给出存放收到的报告的文件夹")
        for root, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in names:
                path = Path(root) / name
                if (path.suffix.lower() in RECEIVED_SUFFIXES and not name.startswith((".", "~$"))
                        and not path.is_symlink() and path.is_file()):
                    found.add(path)
    return sorted(found)


def _each(job: Callable[[Settings, str], object], settings: Settings, paths: list[str], label: str,
          failed: Callable[..., object], internal: list[tuple[str, str]]) -> Iterator[object]:
    """``job(settings, path)`` for every path on all cores, in order; a file that kills its process gets ``failed(path)``.

    A file on which lawreport has a bug (lawreport.running.pool) gets ``failed(path, message)``,
    the message naming the crash log, and (path, message) is added to ``internal``.
    """
    for outcome in run_all(partial(job, settings), paths, label, failed=failed, preload=_prepare):
        if outcome.error is not None:
            if outcome.exit_code == ExitCode.INTERNAL:
                internal.append((outcome.item, outcome.error))
            yield failed(outcome.item, outcome.error)
        else:
            yield outcome.value


def _audit(settings: Settings, path: str) -> Done:
    return audit_file(path, settings)


class _Who(NamedTuple):
    path: str
    unit_key: str
    year: int | None


def _who(settings: Settings, path: str) -> _Who:
    found = read_report(Path(path), settings.structure)
    if found is None:
        return _Who(path, "", None)
    return _Who(path, unit_key(found[0]), found[1])


def _who_failed(path: str, reason: str = "") -> _Who:
    """A previous year's file not read: it is matched with no unit (a bug's ``reason`` reaches the terminal through ``internal``)."""
    return _Who(path, "", None)


_DIED = "处理这个文件时进程异常退出（文件可能有害或过于复杂），请在 Word/WPS 中打开后另存再试"


def _audit_failed(path: str, reason: str = _DIED) -> Done:
    return Done(unreadable_row(path, reason), (), np.zeros(0, dtype=np.uint64))


def _previous_units(folder: Path, settings: Settings,
                    internal: list[tuple[str, str]]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Unit key → (year, path) of each of its reports in the previous year's folder, in year order
    (each row takes the latest of a year before its own: perfile._previous)."""
    found: dict[str, list[tuple[int, str]]] = {}
    paths = [str(p) for p in find_files([folder])]
    for who in _each(_who, settings, paths, "读取上一年度报告", _who_failed, internal):
        assert isinstance(who, _Who)
        if who.unit_key and who.year is not None:
            found.setdefault(who.unit_key, []).append((who.year, who.path))
    return {key: tuple(sorted(reports)) for key, reports in found.items()}


def _prepare() -> None:
    """Import what every worker needs; the pool runs it before forking its workers (each would
    otherwise import it on a shared core)."""
    import datasketch  # noqa: F401

    import lawreport.diff.compare
    import lawreport.importing.recognise
    import lawreport.importing.textreader
    import lawreport.lint.registry
    import lawreport.lint.runner  # noqa: F401


def audit_all(paths: Sequence[str], settings: Settings, spool: Spool,
              same_unit: SameUnit | None = None) -> list[tuple[str, str]]:
    """Run the per-file stage over ``paths`` (on all cores) and store its output in file order;
    (path, message) of each file on which lawreport had a bug (its row gives the message).
    ``same_unit`` collects each readable report's unit, year and text."""
    internal: list[tuple[str, str]] = []
    for done in _each(_audit, settings, list(paths), "审查报告", _audit_failed, internal):
        assert isinstance(done, Done)
        row = done.row
        owner = None
        if row.readable and row.year is not None and done.chunks:
            owner = Owner(row.path, row.unit, unit_key(row.unit) or row.path, row.year, row.unit_of_line,
                          row.deadline.date)
        if same_unit is not None and row.readable and not row.not_report:  # a notice is not a second copy of the report
            same_unit.add(row.path, unit_key(row.unit), row.year, text_digest(done.chunks))
        spool.add(row, owner, done.chunks, done.shingles)
    spool.seal()
    return internal


def stoplist(spool: Spool, year: int) -> np.ndarray:
    """The boilerplate shingles of ``year``, counted over the units' shingles in the store, and the
    national formulas' (lawreport.audit.formulas: however few units quote them)."""
    counts = ShingleCounts()
    for shingles in spool.unit_shingles(year):
        counts.add(shingles)
    return np.union1d(counts.stoplist(), np.array([FORMULA], dtype=np.uint64))


def cross_unit(spool: Spool) -> tuple[list[SharedPassage], int]:
    """Passages shared across units, year by year, and the number of boilerplate shingles."""
    shared: list[SharedPassage] = []
    stopped = 0
    for year in spool.years():
        boilerplate = stoplist(spool, year)
        stopped += len(boilerplate)
        shared.extend(shared_passages(year, spool.chunk_hashes(year), boilerplate, spool.chunk))
    return shared, stopped


def annotation_targets(paths: Sequence[Path], folders: Sequence[Path], into: Path) -> dict[str, str]:
    """Where each received .docx's commented copy goes: ``into/<folder name>/<path inside the folder>``."""
    targets: dict[str, str] = {}
    for path in paths:
        if path.suffix.lower() != ".docx":
            continue
        for folder in folders:
            try:
                inside = path.relative_to(folder) if folder.is_dir() else Path(path.name)
            except ValueError:
                continue
            targets[str(path)] = str(into / (folder.resolve().name if folder.is_dir() else "") / inside)
            break
    return targets


def _where(path: Path) -> str:
    """The file ``path`` names once links are followed (a link loop: the path as written)."""
    try:
        return os.path.normcase(path.resolve())
    except (OSError, RuntimeError):
        return os.path.normcase(os.path.abspath(path))


def check_targets(targets: dict[str, str]) -> None:
    """Refuse copies that would replace a received file or each other (before anything is written).

    A received file given by itself, or a folder inside the copies' folder (directly or through
    a link), would have its copy written over it; two files of the same name given from two
    folders would share one copy.
    """
    received = {_where(Path(source)): source for source in targets}
    taken: dict[str, str] = {}
    for source, target in targets.items():
        where = _where(Path(target))
        if where in received:
            raise UsageError(f"{source} 的批注副本会写到 {target}，那正是收到的报告 {received[where]}，会覆盖原文件",
                             hint="请用 -o 指定收到的报告所在文件夹以外的位置")
        other = taken.setdefault(where, source)
        if other != source:
            raise UsageError(f"{other} 和 {source} 的批注副本会写到同一个文件 {target}，后一份会覆盖前一份",
                             hint="请把其中一个文件改名，或分两次审查（用不同的 -o）")


def run_audit(folders: Sequence[Path], structure: Structure, spool: Spool, year: int | None = None,
              previous: Path | None = None, roster: Sequence[str] | None = None,
              annotate: Path | None = None) -> AuditResult:
    """Audit every received file under ``folders`` (see docs/audit.md); with ``annotate``, write
    a copy of each Word file that has findings there, with the findings as comments.

    The rows go into ``spool`` as they arrive; the result reads them from there, so it can be
    used while ``spool`` is open.
    """
    found = find_files(folders)
    paths = [str(p) for p in found]
    if not paths:
        raise UsageError(f"{'、'.join(str(f) for f in folders)} 下没有 .docx/.pdf/.txt/.md 报告")
    targets: dict[str, str] = {}
    if annotate is not None:
        for folder in folders:
            if folder.is_dir() and annotate.resolve().is_relative_to(folder.resolve()):
                raise UsageError(f"批注副本的文件夹 {annotate} 在收到的报告的文件夹 {folder} 之中，下次审查会把副本当作收到的报告",
                                 hint="请用 -o 指定收到的报告的文件夹以外的位置")
        targets = annotation_targets(found, folders, annotate)
        check_targets(targets)
    settings = Settings(structure, year, {}, targets)
    internal: list[tuple[str, str]] = []
    if previous is not None:
        if not previous.is_dir():
            raise UsageError(f"--previous {previous} 不是文件夹")
        settings = settings._replace(previous=_previous_units(previous, settings, internal))
    same_unit = SameUnit()
    internal += audit_all(paths, settings, spool, same_unit)
    shared, stopped = cross_unit(spool)
    files = spool.rows()
    missing = missing_units(roster, files) if roster is not None else ()
    return AuditResult(files, tuple(shared), missing, roster is not None, previous is not None, stopped, year,
                       tuple(internal), same_unit.others())
