"""Lint targets → documents: years of the workspace, Markdown sources, received .docx/.pdf/.txt reports.

Loading a year or a .txt never imports the DOCX stack; the Word reader is imported only for
a .docx target (inside lawreport.importing).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.errors import LawreportError, SourceErrors, UsageError
from lawreport.files.formats import RECEIVED_SUFFIXES
from lawreport.lint.base import Document
from lawreport.model import Report, Structure
from lawreport.sources.textfile import read_source
from lawreport.sources.workspace import Workspace

if TYPE_CHECKING:
    from lawreport.importing.lines import Received
    from lawreport.received import ReceivedReport

_RECEIVED_FILES = tuple(suffix for suffix in RECEIVED_SUFFIXES if suffix not in (".md", ".markdown"))
"""Files that are always received reports; a .md file may also be a source file of a year."""


class Target(NamedTuple):
    """What to lint: a year (``only`` some of its files, when not empty), or a received report or
    Markdown file (``path``). A run over ten thousand files holds one of these for each until it
    ends (for the order): a tuple and the path as given, a string (see ``resolve``)."""

    year: int | None = None
    path: str | None = None
    only: frozenset[Path] = frozenset()


class Loaded(NamedTuple):
    """A document, or the errors that kept it from loading."""

    document: Document | None
    errors: list[LawreportError]
    fallback: Path
    only: AbstractSet[Path]


def _year_of(path: Path, workspace: Workspace | None) -> int | None:
    if workspace is None:
        return None
    try:
        relative = path.resolve().relative_to(workspace.sections.resolve())
    except ValueError:
        return None
    head = relative.parts[0] if relative.parts else ""
    return int(head) if re.fullmatch(r"\d{4}", head) else None


def resolve(targets: tuple[str, ...], workspace: Workspace | None) -> list[Target]:
    """Parse the command-line targets (default: every year of the workspace)."""
    if not targets:
        if workspace is None:
            raise UsageError("当前目录不是 lawreport 工作区，请指定要检查的文件，例如 lawreport lint 报告.txt")
        years = workspace.years()
        if not years:
            raise UsageError(f"{workspace.sections} 下没有年份目录", hint="例如 sections/2023/")
        return [Target(year=year) for year in years]
    files: dict[str, Target] = {}
    chosen: dict[int, set[Path] | None] = {}
    """Year → the files asked for (None: the whole year)."""
    for text in targets:
        path = Path(text)
        if re.fullmatch(r"\d{4}", text) and not path.exists():
            if workspace is None:
                raise UsageError(f"当前目录不是 lawreport 工作区，无法检查年份 {text}")
            workspace.year_dir(int(text))
            chosen[int(text)] = None
            continue
        if not path.exists():
            raise UsageError(f"{text} 不存在", hint="目标可以是年份（如 2023）、sections/ 下的源文件，或收到的 .docx/.pdf/.txt 报告")
        year = None if path.suffix.lower() in _RECEIVED_FILES else _year_of(path, workspace)
        if year is None:
            if path.suffix.lower() not in RECEIVED_SUFFIXES:
                raise UsageError(f"{text} 既不是年份目录下的源文件，也不是 .docx/.pdf/.txt/.md 报告")
            normal = str(path)
            files.setdefault(os.path.normcase(normal), Target(path=text if normal == text else normal))
        elif path.is_file():
            only = chosen.setdefault(year, set())
            if only is not None:  # not when the whole year is asked for too
                only.add(path.resolve())
        else:
            chosen[year] = None
    years = [Target(year=year, only=frozenset(only or ())) for year, only in chosen.items()]
    return years + list(files.values())


def _source_lines(report: Report) -> dict[Path, tuple[str, ...]]:
    """The lines of every .md and .yaml file of the report's folder: the sources as the loader
    read them, and any other such file (one the build ignores) read here."""
    lines: dict[Path, tuple[str, ...]] = {}
    for path in sorted(report.directory.iterdir()):
        if path.suffix in (".md", ".yaml"):
            text = report.sources.get(path)
            if text is None and path.is_file():
                try:
                    text = read_source(path)
                except LawreportError:
                    continue
            if text is not None:
                lines[path] = tuple(text.split("\n"))
    return lines


def load_year(workspace: Workspace, year: int, structure: Structure, only: AbstractSet[Path]) -> Loaded:
    """A year of the workspace as a document (or its read errors)."""
    from lawreport.sources.loader import load_report

    folder = workspace.year_dir(year)
    try:
        report = load_report(workspace, year, structure)
    except SourceErrors as exc:
        return Loaded(None, list(exc.errors), folder, only)
    except UsageError:
        raise
    except LawreportError as exc:
        return Loaded(None, [exc], folder, only)
    return Loaded(source_document(report), [], folder, only)


def source_document(report: Report) -> Document:
    """A workspace year's loaded report as the document the rules check (with its source lines)."""
    return Document(report, "sources", _source_lines(report))


def load_received(path: Path, structure: Structure, year: int | None = None) -> Loaded:
    """A received .docx/.pdf/.txt/.md report as a document (or its read error).

    A report whose year cannot be found is still a document (every rule that does not need the
    year runs on it); the missing year is its error, reported as S000 whatever the selection.
    """
    from lawreport.importing import read_file
    from lawreport.received import find_report

    try:
        received = read_file(path, accept_changes=True)  # as accepted; M009 says changes were left
        found = find_report(received, structure, year)
    except LawreportError as exc:
        return Loaded(None, [exc], path, set())
    return received_document(path, received, found)


def received_document(path: Path, received: Received, found: ReceivedReport) -> Loaded:
    """The document of a received file already read (``received``) and understood (``found``)."""
    from lawreport.errors import SourceError

    errors: list[LawreportError] = []
    if found.year is None and found.genre is None:  # a notice has no report year to find (S001 says what it is)
        spans = found.report.meta.spans
        where = spans.get("title") or spans.get("preamble") or found.report.meta.span("title")
        errors.append(SourceError("无法识别报告年度（标题、部分标题、开头语和成文日期中都没有年份），不检查与年度有关的规则",
                                  path, where.line, where.column,
                                  hint="请用 --year 指明年度，例如 lawreport lint 报告.txt --year 2023"))
    report = found.report
    is_word = received.unit == "段"
    if is_word:
        texts: list[str] = []

        def put(number: int, text: str) -> None:  # a table's cells stand after its first paragraph
            texts.extend([""] * (number - len(texts)))
            texts[number - 1] = text

        for line in received.lines:
            put(line.span.line, line.text)
            table = line.table
            for row, places in zip(table.rows, table.cell_offsets, strict=False) if table is not None else ():
                for cell, place in zip(row, places, strict=True):
                    if place is not None:  # a one-paragraph cell: its paragraph number shows its text
                        start = place.span_at(0)
                        put(start.line, " " * (start.column - 1) + cell)
        lines = {path: tuple(texts)}
        kind = "docx"
    else:  # the lines the reader decoded: the file is read and decoded once
        lines = {path: received.source_lines or ()}
        kind = "txt"
    pages = {path: received.pages} if received.pages else {}
    return Loaded(Document(report, kind, lines, pages, found.genre), errors, path, set())


def prepare(targets: list[Target]) -> None:
    """Import what loading ``targets`` needs, before a batch forks its workers: they inherit the
    modules instead of each importing them again."""
    if any(target.path is not None for target in targets):
        import lawreport.importing
        import lawreport.importing.recognise
        import lawreport.importing.textables
        import lawreport.importing.textreader
        import lawreport.received.furniture
        import lawreport.received.head
        import lawreport.received.year
    if any(target.year is not None for target in targets):
        import lawreport.sources.loader  # noqa: F401


def load_all(targets: list[Target], workspace: Workspace | None, structure: Structure,
             year: int | None = None) -> Iterator[Loaded]:
    """Load every target in order; ``year`` is the report year of received files (``lint --year``)."""
    for target in targets:
        if target.year is not None:
            assert workspace is not None
            yield load_year(workspace, target.year, structure, target.only)
        elif target.path is not None:
            yield load_received(Path(target.path), structure, year)
