"""The linter's core types: rules, their findings, and the diagnostics the runner stamps.

A rule is a pure generator of :class:`Finding` over a :class:`Document`; the runner adds the
rule's code, name and (configured) severity to make a :class:`Diagnostic`. Rules never print,
read configuration they do not own, or mutate anything.

The immutable records (rules, documents, edits, fixes, findings, diagnostics) are
``typing.NamedTuple`` classes: they compare, hash and pickle as tuples.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from lawreport.model import Report, Span

T = TypeVar("T")


class Severity(str, enum.Enum):
    """How serious a finding is: errors fail the run, warnings only with --strict, info never."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        """The Chinese label shown in text output."""
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info."""
        return ("error", "warning", "info").index(self.value)


class Edit(NamedTuple):
    """Replace ``old`` by ``new`` at ``line:column`` of a file (1-based, in characters)."""

    line: int
    column: int
    old: str
    new: str


class Fix(NamedTuple):
    """A safe fix: one or more edits that are applied together or not at all."""

    edits: tuple[Edit, ...]

    @staticmethod
    def replace(span: Span, old: str, new: str) -> Fix:
        """A fix replacing ``old`` (which starts at ``span``) by ``new``."""
        return Fix((Edit(span.line, span.column, old, new),))


def matched(span_at: Callable[[int], Span], start: int, end: int) -> int:
    """The length of a finding about characters ``start`` to ``end`` of a text whose offsets
    ``span_at`` maps to file positions: ``end - start`` when they stand together on one line of
    the file, else 0 (a match across a line break, or over a Word number that is not in the text)."""
    if end <= start:
        return 0
    first, last = span_at(start), span_at(end - 1)
    if (last.path, last.line) != (first.path, first.line) or last.column - first.column != end - start - 1:
        return 0
    return end - start


class Finding(NamedTuple):
    """What a rule yields: where, what is wrong, and optionally how to fix it."""

    span: Span
    message: str
    fix: Fix | None = None
    severity: Severity | None = None
    """Overrides the rule's default severity for this finding (config overrides still win)."""
    length: int = 0
    """How many characters from ``span`` the finding is about (the text its rule matched, see
    :func:`matched`); 0 when the rule does not say. An annotated copy's comment marks them."""


class Diagnostic(NamedTuple):
    """A finding stamped with its rule's code, name and effective severity."""

    path: Path
    line: int
    column: int
    code: str
    name: str
    severity: Severity
    message: str
    fix: Fix | None = None
    length: int = 0
    """The finding's :attr:`Finding.length`."""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Stable order: file, line, column, code, message."""
        return (str(self.path), self.line, self.column, self.code, self.message)


class Document(NamedTuple):
    """One report to lint: the model plus the raw lines of every file it was read from.

    ``kind`` is "sources" (a year of the workspace), "txt" or "docx" (a received report).
    ``lines`` maps each file to its lines (for a .docx: paragraph number → paragraph text,
    with index 0 holding paragraph 1); ``pages`` a received PDF to the page each of its
    paragraphs begins on, in the same order.
    """

    report: Report
    kind: str
    lines: Mapping[Path, tuple[str, ...]] = {}  # shared defaults, never mutated
    pages: Mapping[Path, tuple[int, ...]] = {}
    genre: str | None = None
    """What a received file looks like when it is not a 法治政府建设年度报告 (lawreport.received.genre)."""

    @property
    def received(self) -> bool:
        """True for a finished report received as .txt or .docx (markers typed by hand)."""
        return self.kind in ("txt", "docx")

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, once per document and ``key``: what several rules derive from the
        document (its text units, its heading outline) is computed once, not by each rule."""
        if _DERIVED[0] is not self:  # one document at a time: the runner lints them in turn
            _DERIVED[:] = [self, {}]
        store: dict[str, Any] = _DERIVED[1]
        if key not in store:
            store[key] = compute()
        return store[key]  # type: ignore[no-any-return]

    def line(self, path: Path, number: int) -> str | None:
        """The text of line ``number`` (1-based) of ``path``, if known."""
        lines = self.lines.get(path)
        if lines is None or not 1 <= number <= len(lines):
            return None
        return lines[number - 1]


def page_of(pages: Mapping[Path, tuple[int, ...]], path: Path, line: int) -> int | None:
    """The page paragraph ``line`` of ``path`` begins on, when ``path`` is a PDF (see Document.pages)."""
    numbers = pages.get(path)
    return numbers[line - 1] if numbers and 1 <= line <= len(numbers) else None


_DERIVED: list[Any] = [None, {}]
"""The document whose derived values are kept (held, so its id cannot be reused) and those values."""

Check = Callable[[Any, Any], Iterator[Finding]]
"""``check(document, options)``: the document is a :class:`Document`, or for rules whose
target is "built" a ``lawreport.lint.built.package.BuiltDocx``."""


class Rule(NamedTuple):
    """A lint rule: stable code, readable name, a check, documentation and examples."""

    code: str
    """Stable, never reused: S structure, H headings, P punctuation, N numbers, T terms/text,
    M metadata, L the linter's own directives."""
    name: str
    """Readable alias, also accepted in configuration."""
    summary: str
    """One line in Chinese, for ``lawreport rules``."""
    check: Check
    doc: str
    """The rule module's docstring: what, why (with source), bad and good."""
    severity: Severity = Severity.ERROR
    options: type | None = None
    """A named tuple whose fields (with defaults) are the options; its class attribute
    ``CHOICES`` maps a field to its allowed values. Configuration is validated against them
    (see :func:`option_fields`)."""
    bad: tuple[str, ...] = ()
    """Snippets that must be flagged by this rule (see ``example_kind``)."""
    good: tuple[str, ...] = ()
    """Snippets on which this rule must stay silent."""
    example_kind: str = "md"
    """How examples are linted: "md" (the body of a Markdown part), "yaml" (report.yaml),
    "txt" (a received plain-text report, or the body of its part 一), "docx" (edits
    ``part:old=>new`` of the DOCX built from the example report), "received-docx" (the same
    edits, the DOCX then linted as a received report) or "received-pdf" (the body of part 一 of a
    received report, laid out as a PDF as Word would); "" for none."""
    fixable: bool = False
    default_enabled: bool = True
    target: str = "report"
    """What the rule checks: "report" (sources or a received report, ``lawreport lint``) or
    "built" (a DOCX written by ``lawreport build``, ``lawreport lint --built``)."""

    def default_options(self) -> Any:
        """The options instance with every field at its default."""
        return self.options() if self.options is not None else None


class OptionField(NamedTuple):
    """One option of a rule, for configuration and documentation."""

    name: str
    kind: object
    """The field's annotation (a string under postponed evaluation: "str", "int", "bool")."""
    default: object
    choices: tuple[str, ...] | None


def option_fields(options: type) -> list[OptionField]:
    """The fields of a rule's options class, in order."""
    choices: dict[str, tuple[str, ...]] = getattr(options, "CHOICES", {})
    defaults: dict[str, object] = options._field_defaults  # type: ignore[attr-defined]
    annotations: dict[str, object] = options.__annotations__
    return [OptionField(name, annotations.get(name), defaults.get(name), choices.get(name))
            for name in options._fields]  # type: ignore[attr-defined]
