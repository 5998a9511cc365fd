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

import bisect
import re
import sys
from pathlib import Path

from lawreport.lint.base import Document, Finding
from lawreport.model import Span
from lawreport.sources.inline import DIRECTIVE

_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-,，、")


def comments(line: str) -> list[tuple[int, int]]:
    """(start, end) of each ``<!-- … -->`` on ``line``. Found with ``str.find``, because a
    pattern such as ``<!--.*?-->`` runs from every ``<!--`` to the end of the line when no
    ``-->`` follows: quadratic on a line of repeated ``<!--``."""
    found: list[tuple[int, int]] = []
    start = line.find("<!--")
    while start >= 0:
        end = line.find("-->", start + 4)
        if end < 0:
            break  # no later comment closes either
        found.append((start, end + 3))
        start = line.find("<!--", end + 3)
    return found


class Suppressions:
    """Which (file, line, code) are suppressed, and the problems with the directives themselves.

    ``comments`` holds every ``<!-- … -->`` on one line: (path, line, first column, last column).
    """

    __slots__ = ("lines", "comments", "problems")

    def __init__(self) -> None:
        self.lines: dict[tuple[Path, int], set[str]] = {}
        self.comments: dict[tuple[Path, int], list[tuple[int, int]]] = {}
        self.problems: list[Finding] = []

    def hides(self, span: Span, codes: tuple[str, str]) -> bool:
        """Whether a finding of the rule ``codes`` (code, name) at ``span`` is suppressed or in a comment."""
        on_line = self.comments.get((span.path, span.line))
        if on_line:
            at = bisect.bisect_right(on_line, (span.column, sys.maxsize)) - 1
            if at >= 0 and on_line[at][0] <= span.column <= on_line[at][1]:
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
    codes_text, reason = _split(body)
    names = [c.strip() for c in re.split(r"[,，、\s]+", codes_text) if c.strip()]
    if kind != "enable" and (not names or not reason):
        result.problems.append(Finding(span, "抑制指令须写明规则和理由，例如 <!-- lawreport-disable P001: 引用原文 -->"))
        return None
    codes: set[str] = set()
    for name in names:
        if name not in resolve:
            result.problems.append(Finding(span, f"抑制指令中的规则“{name[:40]}”不存在（可用 lawreport rules 查看）"))
            continue
        codes.add(resolve[name])
    if kind == "enable" and not names:
        codes.add("*")
    return codes


def _split(body: str) -> tuple[str, str]:
    """(the rules, the reason) of a directive's body ``P001, P010: 理由``; ("", "") when the
    part before the colon holds anything but codes, names, spaces and commas."""
    colon = min((i for i in (body.find(":"), body.find("：")) if i >= 0), default=len(body))
    codes = body[:colon]
    if not codes or not all(char in _CODE_CHARS or char.isspace() for char in codes):
        return "", ""
    return codes, body[colon + 1:].strip()


def _scan_file(path: Path, lines: tuple[str, ...], resolve: dict[str, str], result: Suppressions) -> None:
    blocks: dict[str, int] = {}
    pending: set[str] = set()
    for number, line in enumerate(lines, 1):
        found = comments(line) if "<!--" in line else []
        if found:
            result.comments[(path, number)] = [(start + 1, end) for start, end in found]
        matches = [match for start, end in found if (match := DIRECTIVE.fullmatch(line, start, end))]  # as build drops them
        content = _without(line, matches).strip() if matches else line.strip()
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


def _without(line: str, matches: list[re.Match[str]]) -> str:
    """``line`` with the directives ``matches`` taken out."""
    pieces, position = [], 0
    for match in matches:
        pieces.append(line[position:match.start()])
        position = match.end()
    pieces.append(line[position:])
    return "".join(pieces)
