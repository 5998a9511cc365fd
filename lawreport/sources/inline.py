"""Inline Markdown (one markdown-it inline token) → runs with an exact offset map.

markdown-it gives positions only for blocks; this walks an inline token's children against
its source text, so that every character of a paragraph's text keeps its line and column
(markup such as ``**`` and ``[…](…)`` is not part of the text).
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import TYPE_CHECKING

from lawreport.cjk import char_width, is_cjk
from lawreport.model import OffsetMap, Paragraph, Run, Span

if TYPE_CHECKING:
    from markdown_it.token import Token

_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:)", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
DIRECTIVE = re.compile(r"<!--\s*lawreport-(disable-next-line|disable|enable)\b((?:(?!<!--).)*?)-->")
"""A lint suppression comment (see lawreport.lint.suppress): never part of the document. Groups:
the kind and the body. The body holds no ``<!--``, so a search from each ``<!--`` stops at the
next one: linear on a paragraph of repeated unclosed directives."""
def safe_href(href: str) -> str | None:
    """``href`` if it is http, https, mailto or a relative path; otherwise None."""
    href = href.strip()
    if _SAFE_SCHEME.match(href):
        return href
    if _ANY_SCHEME.match(href) or href.startswith(("//", "\\\\")):
        return None
    return href


def _joins_without_space(char: str) -> bool:
    return is_cjk(char) or char_width(char) == 2


def join_char(before: str, after: str) -> str:
    """What a line break inside a paragraph becomes: nothing next to Chinese text or another wide
    character, else a space."""
    if not before or not after or _joins_without_space(before[-1]) or _joins_without_space(after[0]):
        return ""
    return " "


class _InlineBuilder:
    """Builds runs and the offset map for one inline token."""

    def __init__(self, token: Token, lines: list[str], path: Path) -> None:
        self.content = token.content
        self.path = path
        self.lines = lines
        self.first_line, self.first_column = self._locate_first_row(token)
        self.cursor = 0
        self.line_starts = [0]
        """Offsets in the content where each of its lines starts (positions by bisection: linear)."""
        newline = self.content.find("\n")
        while newline >= 0:
            self.line_starts.append(newline + 1)
            newline = self.content.find("\n", newline + 1)
        self.runs: list[Run] = []
        self.pieces: list[str] = []
        """The texts of the run being written (joined once it ends: linear in its length)."""
        self.style: tuple[bool, str | None] = (False, None)
        self.previous = ""
        self.anchors: list[tuple[int, int, int]] = []
        self.length = 0
        self.bold = 0
        self.href: str | None = None
        self.pending_break = False
        self.joiners: set[int] = set()
        """Offsets of spaces that stand for a line break (not written by the author)."""

    def _locate_first_row(self, token: Token) -> tuple[int, int]:
        """The source line (0-based) and column of the content's first row.

        markdown-it strips a paragraph's content with Python's ``str.strip``, which also takes
        off whole leading lines of Unicode spaces (a line of U+3000 is not blank to CommonMark),
        so the content may start below the token's first line.
        """
        start, end = token.map if token.map else (0, 1)
        first = self.content.partition("\n")[0]
        for index in range(start, min(max(end, start + 1), len(self.lines))):
            found = self.lines[index].find(first)
            if found >= 0:
                return index, found
        return start, 0

    def _position(self, offset: int) -> tuple[int, int]:
        row = bisect.bisect_right(self.line_starts, offset) - 1
        column = offset - self.line_starts[row]
        if row == 0:
            column += self.first_column
        return self.first_line + row + 1, column + 1

    def _emit(self, text: str, source_offset: int) -> None:
        if not text:
            return
        if self.pending_break:
            joiner = join_char(self.previous, text)
            self.pending_break = False
            if joiner:
                self.joiners.add(self.length)
                self._emit(joiner, source_offset)
        line, column = self._position(source_offset)
        self.anchors.append((self.length, line, column))
        self.length += len(text)
        style = (self.bold > 0, self.href)
        if style != self.style:
            self._end_run()
            self.style = style
        self.pieces.append(text)
        self.previous = text

    def _end_run(self) -> None:
        if self.pieces:
            self.runs.append(Run("".join(self.pieces), *self.style))
            self.pieces = []

    def _find(self, needle: str) -> int:
        found = self.content.find(needle, self.cursor)
        return self.cursor if found < 0 else found

    def feed(self, children: list[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                at = self._find(child.content)
                self._emit(child.content, at)
                self.cursor = at + len(child.content)
            elif kind == "text_special":
                at = self._find(child.markup)
                self._emit(child.content, at + len(child.markup) - len(child.content))
                self.cursor = at + len(child.markup)
            elif kind in ("softbreak", "hardbreak"):
                self.cursor = self._find("\n") + 1
                self.pending_break = True
            elif kind == "strong_open":
                self.cursor = self._find(child.markup) + len(child.markup)
                self.bold += 1
            elif kind == "strong_close":
                self.cursor = self._find(child.markup) + len(child.markup)
                self.bold -= 1
            elif kind in ("em_open", "em_close"):
                self.cursor = self._find(child.markup) + len(child.markup)
            elif kind == "link_open":
                self.cursor = self._find("[") + 1
                self.href = safe_href(str(child.attrs.get("href", "")))
            elif kind == "link_close":
                self.href = None
        self._end_run()

    def drop_directives(self) -> None:
        """Remove lint suppression comments from the text, keeping every other position exact."""
        text = "".join(run.text for run in self.runs)
        if "<!--" not in text:  # nearly every paragraph
            return
        ranges = [m.span() for m in DIRECTIVE.finditer(text)]
        if not ranges:
            return
        keep = [True] * len(text)
        for start, end in ranges:
            keep[start:end] = [False] * (end - start)
            for joiner in (start - 1, end):
                if joiner in self.joiners:
                    keep[joiner] = False
        runs: list[Run] = []
        anchors: list[tuple[int, int, int]] = []
        position = 0
        run_start = 0
        anchor_index = 0
        for run in self.runs:
            pieces = []
            for offset in range(run_start, run_start + len(run.text)):
                while anchor_index + 1 < len(self.anchors) and self.anchors[anchor_index + 1][0] <= offset:
                    anchor_index += 1
                if not keep[offset]:
                    continue
                start, line, column = self.anchors[anchor_index]
                here = (position, line, column + offset - start)
                if not anchors or anchors[-1][1] != here[1] or anchors[-1][2] + (position - anchors[-1][0]) != here[2]:
                    anchors.append(here)
                pieces.append(text[offset])
                position += 1
            run_start += len(run.text)
            if pieces:
                runs.append(Run("".join(pieces), run.bold, run.href))
        self.runs, self.anchors, self.length = runs, anchors, position

    def paragraph(self, span: Span) -> Paragraph:
        return Paragraph(tuple(self.runs), span, OffsetMap(self.path, tuple(self.anchors)))


def build_inline(token: Token, lines: list[str], path: Path) -> _InlineBuilder:
    builder = _InlineBuilder(token, lines, path)
    builder.feed(token.children or [])
    builder.drop_directives()
    return builder


