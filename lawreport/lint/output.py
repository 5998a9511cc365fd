"""Formatting diagnostics: human text (source line and caret), json, GitHub annotations, SARIF 2.1.0.

A run's report is written piece by piece: each file's findings are formatted on their own
(``format_chunk``, in the worker that linted the file) and ``Report`` writes the pieces as they
come, between the format's head and tail (the summary line, or the brackets that close the
json array and the SARIF log). The parent keeps only counts, so memory does not grow with the
number of files, and the bytes are the same as formatting every finding at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from lawreport import __version__
from lawreport.cjk import display_width, visible
from lawreport.errors import display_path
from lawreport.lint.base import Diagnostic, Rule, Severity, page_of

if TYPE_CHECKING:
    from lawreport.files.outpath import Writer

FORMATS = ("text", "json", "github", "sarif")

_WINDOW = 24


def _shown(path: Path) -> str:
    """The path as every message shows it (:func:`lawreport.errors.display_path`), with forward
    slashes on every system, as GitHub annotations, json and SARIF readers expect."""
    return Path(display_path(path)).as_posix()


def _excerpt(line: str, column: int) -> tuple[str, int]:
    """A window of ``line`` around ``column`` (made visible) and the caret's display offset in it."""
    index = max(column - 1, 0)
    start = max(index - _WINDOW, 0)
    end = min(index + _WINDOW, len(line))
    head = "…" if start > 0 else ""
    tail = "…" if end < len(line) else ""
    shown = head + visible(line[start:end]) + tail
    return shown, display_width(head + visible(line[start:index]))


class Counts(NamedTuple):
    """How many findings of each severity, and how many can be fixed."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0
    fixable: int = 0

    @staticmethod
    def of(diagnostics: Sequence[Diagnostic]) -> Counts:
        """The counts of ``diagnostics``."""
        severities = [d.severity for d in diagnostics]
        return Counts(severities.count(Severity.ERROR), severities.count(Severity.WARNING),
                      severities.count(Severity.INFO), sum(1 for d in diagnostics if d.fix))

    def plus(self, other: Counts) -> Counts:
        """Both counts together."""
        return Counts(*(mine + theirs for mine, theirs in zip(self, other, strict=True)))

    @property
    def total(self) -> int:
        """All findings."""
        return self.errors + self.warnings + self.infos


def _text(d: Diagnostic, path: str, line_of: Callable[[Path, int], str | None], page: int | None) -> str:
    """``path:line:col: CODE 消息 [name，级别]`` with the source line and a caret under the column
    (``path``: the file as shown; ``page``: for a PDF, the page the paragraph begins on)."""
    fixable = "，可自动修复" if d.fix else ""
    on_page = f"，第 {page} 页" if page is not None else ""
    out = [f"{path}:{d.line}:{d.column}: {d.code} {visible(d.message)} "
           f"[{d.name}，{d.severity.label}{fixable}{on_page}]"]
    source = line_of(d.path, d.line)
    if source is not None and source.strip():
        shown, offset = _excerpt(source, d.column)
        gutter = f"{d.line:>5} | "
        out.append(gutter + shown)
        out.append(" " * (len(gutter) - 2) + "| " + " " * offset + "^")
    return "".join(line + "\n" for line in out)


def summary(counts: Counts) -> str:
    """One line: how many problems of each severity, how many fixable."""
    if not counts.total:
        return "未发现问题。"
    text = f"共 {counts.total} 个问题：错误 {counts.errors} 个，警告 {counts.warnings} 个，提示 {counts.infos} 个"
    if counts.fixable:
        text += f"；其中 {counts.fixable} 个可用 lawreport lint --fix 自动修复"
    return text + "。"


def _json_item(d: Diagnostic, path: str, page: int | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "path": path, "line": d.line, "column": d.column, "code": d.code,
        "name": d.name, "severity": d.severity.value, "message": d.message,
    }
    if page is not None:
        item["page"] = page
    if d.fix is not None:
        item["fix"] = {"edits": [{"line": e.line, "column": e.column, "old": e.old, "new": e.new} for e in d.fix.edits]}
    return item


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _github(d: Diagnostic, path: str) -> str:
    """A GitHub Actions workflow command (``::error file=…,line=…,col=…,title=…::message``)."""
    title = _escape_property(f"{d.code} {d.name}")
    return (f"::{_GITHUB_LEVEL[d.severity]} file={_escape_property(path)},line={d.line},"
            f"col={d.column},title={title}::{_escape_data(d.message)}\n")


def _uri(path: str) -> str:
    """A SARIF ``uri`` of a path as shown: relative paths percent-encoded (报告 1.txt →
    %E6%8A%A5%E5%91%8A%201.txt), others file:// URIs."""
    from urllib.parse import quote

    shown = Path(path)
    return shown.as_uri() if shown.is_absolute() else quote(shown.as_posix())


def _sarif_result(d: Diagnostic, path: str, index: Mapping[str, int], page: int | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": _SARIF_LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {"startLine": d.line, "startColumn": d.column},
        }}],
    }
    if d.code in index:
        result["ruleIndex"] = index[d.code]
    if page is not None:  # SARIF regions count lines; the PDF page is a property
        result["properties"] = {"page": page}
    if d.fix is not None:
        result["fixes"] = [{"artifactChanges": [{
            "artifactLocation": {"uri": _uri(path)},
            "replacements": [{
                "deletedRegion": {"startLine": e.line, "startColumn": e.column, "endColumn": e.column + len(e.old)},
                "insertedContent": {"text": e.new},
            } for e in d.fix.edits],
        }]}]
    return result


@functools.lru_cache(maxsize=4)
def _rule_index(rules: tuple[Rule, ...]) -> dict[str, int]:
    """Each rule's position in the SARIF log's rule list (the same for every file of a run)."""
    return {rule.code: i for i, rule in enumerate(rules)}


_ITEM_INDENT = {"json": 2, "sarif": 8}
"""Where an array item stands in ``json.dumps(…, indent=2)``: the json array, or the SARIF results."""


def _array_items(values: Sequence[object], depth: int) -> str:
    """``values`` as ``json.dumps(indent=2)`` writes them inside an array ``depth`` spaces in."""
    import json  # imported only for the json and sarif formats

    pad = " " * depth
    return ",\n".join(pad + json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)
                      for value in values)


def format_chunk(fmt: str, diagnostics: Sequence[Diagnostic], lines: Mapping[Path, tuple[str, ...]],
                 rules: Sequence[Rule], pages: Mapping[Path, tuple[int, ...]] | None = None) -> str:
    """The diagnostics of one file (or year) in ``fmt``, to be written by ``Report.add``: for
    json and sarif, the array items (joined by commas, without the brackets). ``pages`` gives, for
    a PDF, the page each paragraph begins on (:attr:`lawreport.lint.base.Document.pages`)."""
    shown = {path: _shown(path) for path in {d.path for d in diagnostics}}  # resolved once per file

    def page(d: Diagnostic) -> int | None:
        return page_of(pages, d.path, d.line) if pages else None

    if fmt == "json":
        return _array_items([_json_item(d, shown[d.path], page(d)) for d in diagnostics], _ITEM_INDENT["json"])
    if fmt == "sarif":
        index = _rule_index(tuple(rules))
        return _array_items([_sarif_result(d, shown[d.path], index, page(d)) for d in diagnostics],
                            _ITEM_INDENT["sarif"])
    if fmt == "github":
        return "".join(_github(d, shown[d.path]) for d in diagnostics)

    def line_of(path: Path, number: int) -> str | None:
        source = lines.get(path)
        return source[number - 1] if source is not None and 1 <= number <= len(source) else None

    return "".join(_text(d, shown[d.path], line_of, page(d)) for d in diagnostics)


def _sarif_log(rules: Sequence[Rule]) -> tuple[str, str]:
    """The SARIF 2.1.0 log (one run; columns count code points) before and after its results."""
    import json

    driver = {
        "name": "lawreport",
        "version": __version__,
        "informationUri": "https://github.com/lawreport/lawreport",
        "rules": [{
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc.strip()},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity], "enabled": rule.default_enabled},
        } for rule in rules],
    }
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": []}],
    }
    head, tail = json.dumps(log, ensure_ascii=False, indent=2).split('"results": []')  # the key's only unescaped form
    return head + '"results": [', "]" + tail + "\n"


class Report:
    """A run's report in ``fmt``, written to ``out`` one chunk at a time (see the module)."""

    def __init__(self, fmt: str, out: Writer, rules: Sequence[Rule]) -> None:
        self.fmt = fmt
        self.out = out
        self.rules = rules
        self.counts = Counts()
        self._items = False
        self._tail = ""
        if fmt == "sarif":
            head, self._tail = _sarif_log(rules)
            out.write(head)
        elif fmt == "json":
            out.write("[")
            self._tail = "]\n"

    def add(self, text: str, counts: Counts) -> None:
        """Write one chunk (from ``format_chunk``) and count its findings."""
        self.counts = self.counts.plus(counts)
        if not text:
            return
        if self.fmt in _ITEM_INDENT:
            text = (",\n" if self._items else "\n") + text
            self._items = True
        self.out.write(text)

    def finish(self) -> Counts:
        """Write the tail (the summary line, or what closes the array); the counts of the run."""
        if self.fmt == "text":
            self.out.write(summary(self.counts) + "\n")
        else:
            self.close()
        return self.counts

    def close(self) -> None:
        """Close the JSON or SARIF document (a run an error stopped midway still leaves a
        well-formed one, of the items done); text gets no summary line then."""
        if self.fmt in _ITEM_INDENT:
            closing = " " * (_ITEM_INDENT[self.fmt] - 2)
            self.out.write(("\n" + closing if self._items else "") + self._tail)


def render(fmt: str, diagnostics: Sequence[Diagnostic], rules: Sequence[Rule],
           lines: Mapping[Path, tuple[str, ...]], pages: Mapping[Path, tuple[int, ...]] | None = None) -> str:
    """The diagnostics in ``fmt``, as one text (``pages``: as for :func:`format_chunk`)."""
    import io

    out = io.StringIO()
    report = Report(fmt, out, rules)
    report.add(format_chunk(fmt, diagnostics, lines, rules, pages), Counts.of(diagnostics))
    report.finish()
    return out.getvalue()


