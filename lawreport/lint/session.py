"""One ``lawreport lint`` run as a library call: targets → documents → diagnostics (→ fixes)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import ExitCode, LawreportError, SourceError, SourceErrors, UsageError
from lawreport.lint.base import Diagnostic, Fix, Severity
from lawreport.lint.config import Active, LintConfig, LintConfigError, expand, parse_config
from lawreport.lint.registry import ALL_RULES
from lawreport.lint.runner import error_diagnostics, lint_document
from lawreport.lint.targets import Loaded, Target, load_all, prepare, resolve
from lawreport.model import Structure
from lawreport.sources.workspace import Workspace, load_workspace

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


MAX_FIX_ROUNDS = 8


class Outcome:
    """What a run found (after fixing, when asked), and the source lines to show."""

    __slots__ = ("diagnostics", "lines", "fixed")

    def __init__(self, diagnostics: list[Diagnostic], lines: dict[Path, tuple[str, ...]] | None = None,
                 fixed: int = 0) -> None:
        self.diagnostics = diagnostics
        self.lines: dict[Path, tuple[str, ...]] = lines if lines is not None else {}
        self.fixed = fixed

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
    if loaded.document is None:
        found = error_diagnostics(loaded.errors, loaded.fallback, active)
    else:
        found = lint_document(loaded.document, active)
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
    loaded = next(load_all([target], context.workspace, context.structure))
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
        loaded = next(load_all([target], context.workspace, context.structure))
        found = _diagnose(loaded, active)
    lines = dict(loaded.document.lines) if loaded.document is not None else {}
    return Outcome(found, lines, fixed)


def _lint_built(context: _Context, path: Path) -> Outcome:
    from lawreport.lint.built.runner import lint_built

    found, lines = lint_built(path, context.active)
    return Outcome(found, {path: lines} if lines else {})


def _gather(job: Callable[[T], Outcome], items: Sequence[T]) -> Outcome:
    """Run ``job`` over ``items`` (on all cores when there are several) and merge in item order."""
    from lawreport.running.batch import run_all

    total = Outcome([])
    for result in run_all(job, items, "lawreport lint"):
        if result.error is not None:
            raise _Reported(result.error, result.exit_code)
        assert result.value is not None
        total.diagnostics.extend(result.value.diagnostics)
        total.lines.update(result.value.lines)
        total.fixed += result.value.fixed
    total.diagnostics.sort(key=Diagnostic.sort_key)
    return total


def run(targets: Sequence[str], start: Path | None = None, select: str | None = None,
        ignore: str | None = None, fix: bool = False, built: bool = False) -> Outcome:
    """Lint ``targets`` (see docs/lint.md); with ``fix``, apply safe fixes until nothing changes.

    With ``built``, check the DOCX files ``lawreport build`` wrote (or the given .docx files)
    with the D rules instead. Several targets are linted in parallel; the result is the same
    as a sequential run.
    """
    from lawreport.sources.structure import load_structure

    workspace = _workspace(start, targets)
    wanted = "built" if built else "report"
    active = tuple(a for a in active_rules(workspace, select, ignore) if a.rule.target == wanted or a.rule.code == "S000")
    structure = load_structure(workspace.structure_path if workspace is not None else None)
    context = _Context(workspace, structure, active, fix and not built)
    if built:
        from lawreport.lint.built.runner import built_files

        return _gather(functools.partial(_lint_built, context), built_files(targets, workspace))
    items = resolve(tuple(targets), workspace)
    if len(items) > 1:
        prepare(items)
    return _gather(functools.partial(_lint_target, context), items)
