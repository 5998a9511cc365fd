"""Formatting diagnostics: human text (source line and caret), json, GitHub annotations, SARIF 2.1.0."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from lawreport import __version__
from lawreport.cjk import display_width
from lawreport.lint.base import Diagnostic, Rule, Severity

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "json", "github", "sarif")
_WINDOW = 24
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def display_path(path: Path) -> str:
    """``path`` relative to the current folder when it is below it, with forward slashes."""
    if path.is_absolute():
        try:
            relative = os.path.relpath(path)
        except ValueError:
            return path.as_posix()
        if not relative.startswith(".."):
            return Path(relative).as_posix()
    return path.as_posix()


def visible(text: str) -> str:
    """``text`` with control, format and bidi characters shown as ``<U+202E>`` (a tab as a space).

    A raw bidi override would make the terminal show the line reordered, and a zero-width or
    control character would not show at all.
    """
    out = []
    for char in text:
        if char == "\t":
            out.append(" ")
        elif unicodedata.category(char) in _INVISIBLE:
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)


def _excerpt(line: str, column: int) -> tuple[str, int]:
    """A window of ``line`` around ``column`` (made visible) and the caret's display offset in it."""
    index = max(column - 1, 0)
    start = max(index - _WINDOW, 0)
    end = min(index + _WINDOW, len(line))
    head = "…" if start > 0 else ""
    tail = "…" if end < len(line) else ""
    shown = head + visible(line[start:end]) + tail
    return shown, display_width(head + visible(line[start:index]))


def format_text(diagnostics: Sequence[Diagnostic], lines: Callable[[Path, int], str | None]) -> str:
    """``path:line:col: CODE 消息 [name，级别]`` with the source line and a caret under the column."""
    out: list[str] = []
    for d in diagnostics:
        fixable = "，可自动修复" if d.fix else ""
        out.append(f"{display_path(d.path)}:{d.line}:{d.column}: {d.code} {visible(d.message)} "
                   f"[{d.name}，{d.severity.label}{fixable}]")
        source = lines(d.path, d.line)
        if source is not None and source.strip():
            shown, offset = _excerpt(source, d.column)
            gutter = f"{d.line:>5} | "
            out.append(gutter + shown)
            out.append(" " * (len(gutter) - 2) + "| " + " " * offset + "^")
    out.append(summary(diagnostics))
    return "\n".join(out) + "\n"


def summary(diagnostics: Sequence[Diagnostic]) -> str:
    """One line: how many problems of each severity, how many fixable."""
    if not diagnostics:
        return "未发现问题。"
    counts = {s: sum(1 for d in diagnostics if d.severity is s) for s in Severity}
    fixable = sum(1 for d in diagnostics if d.fix)
    text = (f"共 {len(diagnostics)} 个问题：错误 {counts[Severity.ERROR]} 个，警告 {counts[Severity.WARNING]} 个，"
            f"提示 {counts[Severity.INFO]} 个")
    if fixable:
        text += f"；其中 {fixable} 个可用 lawreport lint --fix 自动修复"
    return text + "。"


def _fix_json(d: Diagnostic) -> dict[str, Any]:
    assert d.fix is not None
    return {"edits": [{"line": e.line, "column": e.column, "old": e.old, "new": e.new} for e in d.fix.edits]}


def _json_text(value: object) -> str:
    import json  # imported only for the json and sarif formats

    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def format_json(diagnostics: Sequence[Diagnostic]) -> str:
    """A JSON array of findings."""
    items = []
    for d in diagnostics:
        item: dict[str, Any] = {
            "path": display_path(d.path), "line": d.line, "column": d.column, "code": d.code,
            "name": d.name, "severity": d.severity.value, "message": d.message,
        }
        if d.fix is not None:
            item["fix"] = _fix_json(d)
        items.append(item)
    return _json_text(items)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(diagnostics: Sequence[Diagnostic]) -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=…::message``)."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    out = []
    for d in diagnostics:
        title = _escape_property(f"{d.code} {d.name}")
        out.append(f"::{level[d.severity]} file={_escape_property(display_path(d.path))},line={d.line},"
                   f"col={d.column},title={title}::{_escape_data(d.message)}")
    return "".join(line + "\n" for line in out)


def _uri(path: Path) -> str:
    """A SARIF ``uri``: relative paths percent-encoded (报告 1.txt → %E6%8A%A5%E5%91%8A%201.txt), others file:// URIs."""
    from urllib.parse import quote

    shown = Path(display_path(path))
    return shown.as_uri() if shown.is_absolute() else quote(shown.as_posix())


def format_sarif(diagnostics: Sequence[Diagnostic], rules: Sequence[Rule]) -> str:
    """A SARIF 2.1.0 log with one run; columns count Unicode code points."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "lawreport",
        "version": __version__,
        "informationUri": "https://github.com/lawreport/lawreport",
        "rules": [{
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.doc.strip()},
            "defaultConfiguration": {"level": level[rule.severity], "enabled": rule.default_enabled},
        } for rule in rules],
    }
    results = []
    for d in diagnostics:
        result: dict[str, Any] = {
            "ruleId": d.code,
            "level": level[d.severity],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(d.path)},
                "region": {"startLine": d.line, "startColumn": d.column},
            }}],
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        if d.fix is not None:
            result["fixes"] = [{"artifactChanges": [{
                "artifactLocation": {"uri": _uri(d.path)},
                "replacements": [{
                    "deletedRegion": {"startLine": e.line, "startColumn": e.column, "endColumn": e.column + len(e.old)},
                    "insertedContent": {"text": e.new},
                } for e in d.fix.edits],
            }]}]
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}],
    }
    return _json_text(log)


def render(fmt: str, diagnostics: Sequence[Diagnostic], rules: Sequence[Rule],
           lines: Mapping[Path, tuple[str, ...]]) -> str:
    """The diagnostics in ``fmt``."""
    def line_of(path: Path, number: int) -> str | None:
        source = lines.get(path)
        return source[number - 1] if source is not None and 1 <= number <= len(source) else None

    if fmt == "json":
        return format_json(diagnostics)
    if fmt == "github":
        return format_github(diagnostics)
    if fmt == "sarif":
        return format_sarif(diagnostics, rules)
    return format_text(diagnostics, line_of)
