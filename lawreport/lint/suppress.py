"""Inline suppression in Markdown sources, with a required reason.

Three forms (codes or names, separated by commas; the reason after a colon is required)::

    文字……<!-- lawreport-disable P001: 引用原文 -->         this line only
    <!-- lawreport-disable-next-line P001, P010: 引用原文 -->   the next non-blank line
    <!-- lawreport-disable P001: 整段引用原文 -->              on its own line: until
    ……                                                        <!-- lawreport-enable P001 -->
    <!-- lawreport-enable P001 -->                              (or the end of the file)

Raw HTML is not parsed in sources, so ``build`` must drop these comments from the text it
renders: lawreport.sources.inline drops them without moving any other character.
"""

from __future__ import annotations

import re
from pathlib import Path

from lawreport.lint.base import Document, Finding
from lawreport.model import Span

DIRECTIVE = re.compile(r"<!--\s*lawreport-(disable-next-line|disable|enable)\b(.*?)-->")
# Compiled (and cached) by re on first use: only Markdown sources are scanned.
COMMENT = r"<!--.*?-->"
_BODY = r"^\s*(?P<codes>[A-Za-z0-9_\-\s,，、]+?)\s*(?:[:：]\s*(?P<reason>.*?))?\s*$"


class Suppressions:
    """Which (file, line, code) are suppressed, and the problems with the directives themselves.

    ``comments`` holds every ``<!-- … -->`` on one line: (path, line, first column, last column).
    """

    __slots__ = ("lines", "comments", "problems")

    def __init__(self) -> None:
        self.lines: dict[tuple[Path, int], set[str]] = {}
        self.comments: list[tuple[Path, int, int, int]] = []
        self.problems: list[Finding] = []

    def hides(self, span: Span, codes: tuple[str, str]) -> bool:
        """Whether a finding of the rule ``codes`` (code, name) at ``span`` is suppressed or in a comment."""
        for path, line, first, last in self.comments:
            if path == span.path and line == span.line and first <= span.column <= last:
                return True
        wanted = self.lines.get((span.path, span.line), set())
        return bool(wanted & {codes[0], codes[1], "*"})


def scan(doc: Document, resolve: dict[str, str]) -> Suppressions:
    """Read the directives of every Markdown file of ``doc``; ``resolve`` maps codes and names to codes."""
    result = Suppressions()
    if doc.kind != "sources":
        return result
    for path, lines in sorted(doc.lines.items()):
        if path.suffix != ".md":
            continue
        _scan_file(path, lines, resolve, result)
    return result


def _parse(body: str, span: Span, kind: str, resolve: dict[str, str], result: Suppressions) -> set[str] | None:
    match = re.match(_BODY, body)
    codes_text = match.group("codes") if match else ""
    reason = (match.group("reason") or "").strip() if match else ""
    names = [c.strip() for c in re.split(r"[,，、\s]+", codes_text or "") if c.strip()]
    if kind != "enable" and (not names or not reason):
        result.problems.append(Finding(span, "抑制指令须写明规则和理由，例如 <!-- lawreport-disable P001: 引用原文 -->"))
        return None
    codes: set[str] = set()
    for name in names:
        if name not in resolve:
            result.problems.append(Finding(span, f"抑制指令中的规则“{name}”不存在（可用 lawreport rules 查看）"))
            continue
        codes.add(resolve[name])
    if kind == "enable" and not names:
        codes.add("*")
    return codes


def _scan_file(path: Path, lines: tuple[str, ...], resolve: dict[str, str], result: Suppressions) -> None:
    blocks: dict[str, int] = {}
    pending: set[str] = set()
    for number, line in enumerate(lines, 1):
        for comment in re.finditer(COMMENT, line):
            result.comments.append((path, number, comment.start() + 1, comment.end()))
        matches = list(DIRECTIVE.finditer(line))
        content = DIRECTIVE.sub("", line).strip()
        active = set(blocks)
        if content and pending:
            active |= pending
            pending = set()
        for match in matches:
            span = Span(path, number, match.start() + 1)
            kind, body = match.group(1), match.group(2)
            if line[match.end() :].strip():
                result.problems.append(Finding(span, "抑制指令必须写在行尾或单独一行"))
            codes = _parse(body, span, kind, resolve, result)
            if codes is None:
                continue
            if kind == "enable":
                for code in list(blocks):
                    if "*" in codes or code in codes:
                        del blocks[code]
            elif kind == "disable-next-line" or not content:
                if kind == "disable" and not content:
                    blocks.update(dict.fromkeys(codes, number))
                else:
                    pending |= codes
            else:
                active |= codes
        if active:
            result.lines.setdefault((path, number), set()).update(active)
