"""One ``lawreport lint`` run as a library call: targets → documents → diagnostics (→ fixes)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from lawreport.errors import ExitCode, LawreportError, SourceError, SourceErrors, UsageError
from lawreport.lint.base import Diagnostic, Fix, Severity
from lawreport.lint.config import Active, LintConfig, LintConfigError, expand, parse_config
from lawreport.lint.output import Counts, format_chunk
from lawreport.lint.registry import ALL_RULES
from lawreport.lint.runner import error_diagnostics, lint_document
from lawreport.lint.targets import Loaded, Target, load_all, prepare, resolve
from lawreport.model import Structure
from lawreport.sources.workspace import Workspace, load_workspace

MAX_FIX_ROUNDS = 8


class Outcome:
    """What a run found (after fixing, when asked), and the source lines to show."""

    __slots__ = ("diagnostics", "lines", "fixed", "pages")

    def __init__(self, diagnostics: list[Diagnostic], lines: dict[Path, tuple[str, ...]] | None = None,
                 fixed: int = 0, pages: dict[Path, tuple[int, ...]] | None = None) -> None:
        self.diagnostics = diagnostics
        self.lines: dict[Path, tuple[str, ...]] = lines if lines is not None else {}
        self.fixed = fixed
        self.pages: dict[Path, tuple[int, ...]] = pages if pages is not None else {}
        """For a PDF: the page each paragraph begins on (Document.pages)."""

    def exit_code(self, strict: bool) -> int:
        """0 clean, 1 errors (or warnings with ``strict``)."""
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return 1 if any(d.severity in failing for d in self.diagnostics) else 0


def _workspace(start: Path | None, targets: Sequence[str]) -> Workspace | None:
    try:
        return load_workspace(start)
    except UsageError:
        if not targets:
            raise
        return None
    except SourceErrors as exc:  # a faulty lawreport.yaml: lint cannot run as configured (exit 2)
        raise LintConfigError(list(exc.errors)) from None
    except SourceError as exc:
        raise LintConfigError([exc]) from None


def active_rules(workspace: Workspace | None, select: str | None, ignore: str | None) -> list[Active]:
    """The configured rules, with command-line ``--select``/``--ignore`` applied."""
    node = workspace.lint if workspace is not None else None
    path = workspace.config_path if workspace is not None else None
    config = parse_config(node, path, ALL_RULES) if node is not None else LintConfig()
    chosen: tuple[str, ...] | None = None
    skipped: tuple[str, ...] = ()
    for option, text in (("--select", select), ("--ignore", ignore)):
        if text is None:
            continue
        codes, unknown = expand(text.split(","), ALL_RULES)
        if unknown:
            raise UsageError(f"{option} 中的规则 {'、'.join(unknown)} 不存在", hint="可用 lawreport rules 查看全部规则")
        if option == "--select":
            chosen = codes
        else:
            skipped = codes
    return config.active(ALL_RULES, chosen, skipped)


def _diagnose(loaded: Loaded, active: list[Active]) -> list[Diagnostic]:
    found = error_diagnostics(loaded.errors, loaded.fallback, active)
    if loaded.document is not None:
        found += lint_document(loaded.document, active)
        if loaded.document.kind == "docx":  # a Word file is never rewritten: report without fixes
            found = [d._replace(fix=None) for d in found]
    if loaded.only:
        found = [d for d in found if d.path.resolve() in loaded.only]
    return found


class _Context(NamedTuple):
    """What every target's job needs; plain data, so that a worker process can receive it."""

    workspace: Workspace | None
    structure: Structure
    active: tuple[Active, ...]
    fix: bool
    year: int | None = None
    """The report year given with ``lint --year`` (for received files)."""


class _Reported(LawreportError):
    """An error a worker already rendered: printed as it was, with its exit code."""

    def __init__(self, text: str, exit_code: int) -> None:
        super().__init__(text)
        self.text = text
        self.exit_code = ExitCode(exit_code)

    def render(self) -> str:
        """The worker's message, unchanged."""
        return self.text


def _lint_target(context: _Context, target: Target) -> Outcome:
    """Lint one target (fixing it first when asked)."""
    active = list(context.active)
    loaded = next(load_all([target], context.workspace, context.structure, context.year))
    found = _diagnose(loaded, active)
    fixed = rounds = 0
    while (context.fix and loaded.document is not None and loaded.document.kind != "docx"
           and rounds < MAX_FIX_ROUNDS):
        from lawreport.lint.fix import apply_file

        by_file: dict[Path, list[Fix]] = {}
        for d in found:
            if d.fix is not None:
                by_file.setdefault(d.path, []).append(d.fix)
        changed = sum(apply_file(path, fixes) for path, fixes in sorted(by_file.items()))
        if not changed:
            break
        fixed += changed
        rounds += 1
        loaded = next(load_all([target], context.workspace, context.structure, context.year))
        found = _diagnose(loaded, active)
    document = loaded.document
    return Outcome(found, dict(document.lines) if document else {}, fixed, dict(document.pages) if document else {})


def _lint_built(context: _Context, path: Path) -> Outcome:
    from lawreport.lint.built.runner import lint_built

    found, lines = lint_built(path, context.active)
    return Outcome(found, {path: lines} if lines else {})


class Plan(NamedTuple):
    """A run, prepared: what to lint and with what, before anything is linted."""

    workspace: Workspace | None
    context: _Context
    built: bool
    items: list[Any]
    """Targets, or with ``built`` the .docx files."""

    def inputs(self) -> list[Path]:
        """The files named on the command line that the run reads (an output must not replace them)."""
        if self.built:
            return list(self.items)
        return [Path(target.path) for target in self.items if target.path is not None]


def plan(targets: Sequence[str], start: Path | None = None, select: str | None = None,
         ignore: str | None = None, fix: bool = False, built: bool = False, year: int | None = None) -> Plan:
    """Read the workspace, the configuration and the targets (UsageError when they are wrong).

    ``year`` is the report year of received files whose year cannot be found (``lint --year``)."""
    from lawreport.sources.structure import load_structure

    workspace = _workspace(start, targets)
    wanted = "built" if built else "report"
    active = tuple(a for a in active_rules(workspace, select, ignore) if a.rule.target == wanted or a.rule.code == "S000")
    structure = load_structure(workspace.structure_path if workspace is not None else None)
    context = _Context(workspace, structure, active, fix and not built, year)
    if built:
        from lawreport.lint.built.runner import built_files

        return Plan(workspace, context, True, built_files(targets, workspace))
    items = sorted(resolve(tuple(targets), workspace), key=lambda target: _first_path(target, workspace))
    return Plan(workspace, context, False, items)


def _first_path(target: Target, workspace: Workspace | None) -> str:
    """Where a target's findings come in the run's order: by file name, as sorted findings."""
    if target.path is not None:
        return target.path
    assert workspace is not None and target.year is not None
    return str(workspace.sections / str(target.year))


def _preload(prepared: Plan, fmt: str) -> None:
    """Import what every item's job needs; the pool runs it before forking its workers."""
    if not prepared.built:
        prepare(prepared.items)
    if fmt in ("json", "sarif"):
        import json  # noqa: F401


def _outcome(context: _Context, built: bool, item: Any) -> Outcome:
    return _lint_built(context, item) if built else _lint_target(context, item)


class Chunk(NamedTuple):
    """One item's findings, formatted, and what the run's summary and exit status need of them."""

    text: str
    counts: Counts
    fixed: int = 0
    internal: bool = False
    """The item was not linted because of a bug in lawreport (the run then ends with exit code 3)."""


class _Job(NamedTuple):
    context: _Context
    built: bool
    fmt: str


def _chunk(job: _Job, item: Any) -> Chunk:
    """Lint one item and format its findings (in a worker, when there are several)."""
    outcome = _outcome(job.context, job.built, item)
    found = outcome.diagnostics
    return Chunk(format_chunk(job.fmt, found, outcome.lines, ALL_RULES, outcome.pages), Counts.of(found),
                 outcome.fixed)


_DIED = "检查这个文件时子进程意外结束（文件可能有害或过于复杂），其余文件照常检查；请在 Word/WPS 中打开后另存再试"


def _died(context: _Context, item: Any, message: str = _DIED) -> Outcome:
    """What is reported of an item whose worker died on it, or on which lawreport has a bug
    (``message``, naming the crash log): one S000 error, not a stopped run."""
    path = Path(item) if isinstance(item, Path) else Path(_first_path(item, context.workspace))
    return Outcome(error_diagnostics([SourceError(message, path)], path, context.active))


def _died_chunk(job: _Job, item: Any, message: str = _DIED) -> Chunk:
    found = _died(job.context, item, message).diagnostics
    return Chunk(format_chunk(job.fmt, found, {}, ALL_RULES), Counts.of(found))


def chunks(prepared: Plan, fmt: str, label: str | None = None) -> Iterator[Chunk]:
    """Each item's formatted findings, in order, as they are done (on all cores, with a progress
    line ``label`` on a terminal); an error that stops the run (an unreadable configuration, a
    year folder gone) is raised here. An item on which lawreport has a bug is one S000 error
    naming the crash log, marked ``internal``; the other items are linted."""
    from lawreport.running.pool import run_all

    job = _Job(prepared.context, prepared.built, fmt)
    for outcome in run_all(partial(_chunk, job), prepared.items, label, failed=partial(_died_chunk, job),
                           preload=partial(_preload, prepared, fmt)):
        if outcome.error is not None and outcome.exit_code == ExitCode.INTERNAL:  # this item's alone
            yield _died_chunk(job, outcome.item, outcome.error)._replace(internal=True)
        elif outcome.error is not None:
            raise _Reported(outcome.error, outcome.exit_code)
        else:
            yield outcome.value


def run(targets: Sequence[str], start: Path | None = None, select: str | None = None,
        ignore: str | None = None, fix: bool = False, built: bool = False, year: int | None = None) -> Outcome:
    """Lint ``targets`` (see docs/lint.md); with ``fix``, apply safe fixes until nothing changes.

    With ``built``, check the DOCX files ``lawreport build`` wrote (or the given .docx files)
    with the D rules instead. Several targets are linted in parallel; the result is the same
    as a sequential run. All findings are kept (for a library caller): the command streams
    them instead (``plan`` and ``chunks``).
    """
    from lawreport.running.pool import run_all

    prepared = plan(targets, start, select, ignore, fix, built, year)
    total = Outcome([])
    job = partial(_outcome, prepared.context, prepared.built)
    for outcome in run_all(job, prepared.items, failed=partial(_died, prepared.context),
                           preload=partial(_preload, prepared, "")):
        if outcome.error is not None:
            raise _Reported(outcome.error, outcome.exit_code)
        result = outcome.value
        total.diagnostics.extend(result.diagnostics)
        total.lines.update(result.lines)
        total.pages.update(result.pages)
        total.fixed += result.fixed
    total.diagnostics.sort(key=Diagnostic.sort_key)
    return total
