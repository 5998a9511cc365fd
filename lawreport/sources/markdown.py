"""Markdown part files → model blocks and sections, with exact source positions.

The only module that imports markdown_it. Only the Markdown a 公文 needs is enabled:
headings, paragraphs, tables, bold, links and backslash escapes. Raw HTML, lists, code,
block quotes and images are switched off, so whatever an author types there stays literal
text (and the linter can point at it) instead of turning into markup.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lawreport.errors import SourceError
from lawreport.model import Block, Heading, OffsetMap, Paragraph, Run, Section, Span, Table
from lawreport.numbering import parse_marker
from lawreport.sources.cache import cached
from lawreport.sources.yamlsafe import Node, load_yaml

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_HEADING_DEPTH = 3
_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:)", re.IGNORECASE)
_ANY_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
DIRECTIVE = re.compile(r"<!--\s*lawreport-(?:disable-next-line|disable|enable)\b.*?-->")
"""A lint suppression comment (see lawreport.lint.suppress): never part of the document."""
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]")


@functools.cache
def _parser() -> MarkdownIt:
    """The Markdown parser (markdown-it is imported on first use)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(
        ["code", "fence", "blockquote", "hr", "list", "reference", "html_block", "lheading",
         "backticks", "image", "autolink", "html_inline", "entity", "text_join"]
    )
    md.enable("table")
    return md




def safe_href(href: str) -> str | None:
    """``href`` if it is http, https, mailto or a relative path; otherwise None."""
    href = href.strip()
    if _SAFE_SCHEME.match(href):
        return href
    if _ANY_SCHEME.match(href) or href.startswith(("//", "\\\\")):
        return None
    return href


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A part file: its front matter (if any) and its content."""

    front_matter: dict[str, Node]
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Node], str]:
    """Separate YAML front matter; the body keeps its line count so positions stay exact."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            node = load_yaml("\n".join(lines[1:index]), path, line_offset=1)
            assert isinstance(node.value, dict)
            body = "\n" * (index + 1) + "\n".join(lines[index + 1 :])
            return node.value, body
    raise SourceError(
        "以 --- 开始的元数据没有结束行 ---", path, 1, 1, "请在元数据之后加一行 ---，或删除第一行的 ---。"
    )


def _join_char(before: str, after: str) -> str:
    """What a line break inside a paragraph becomes: nothing between Chinese, else a space."""
    if not before or not after or _CJK.match(before[-1]) or _CJK.match(after[0]):
        return ""
    return " "


class _InlineBuilder:
    """Builds runs and the offset map for one inline token."""

    def __init__(self, token: Token, lines: list[str], path: Path) -> None:
        self.content = token.content
        self.path = path
        self.first_line = token.map[0] if token.map else 0
        self.lines = lines
        self.cursor = 0
        self.runs: list[Run] = []
        self.anchors: list[tuple[int, int, int]] = []
        self.length = 0
        self.bold = 0
        self.href: str | None = None
        self.pending_break = False
        self.joiners: set[int] = set()
        """Offsets of spaces that stand for a line break (not written by the author)."""

    def _position(self, offset: int) -> tuple[int, int]:
        before = self.content[:offset]
        row = before.count("\n")
        line_start = before.rfind("\n") + 1
        column = offset - line_start
        if row == 0:
            source = self.lines[self.first_line] if self.first_line < len(self.lines) else ""
            first = self.content.split("\n", 1)[0]
            found = source.find(first)
            column += found if found >= 0 else 0
        return self.first_line + row + 1, column + 1

    def _emit(self, text: str, source_offset: int) -> None:
        if not text:
            return
        if self.pending_break:
            previous = self.runs[-1].text if self.runs else ""
            joiner = _join_char(previous, text)
            self.pending_break = False
            if joiner:
                self.joiners.add(self.length)
                self._emit(joiner, source_offset)
        line, column = self._position(source_offset)
        self.anchors.append((self.length, line, column))
        self.length += len(text)
        run = Run(text, self.bold > 0, self.href)
        if self.runs and (self.runs[-1].bold, self.runs[-1].href) == (run.bold, run.href):
            self.runs[-1] = Run(self.runs[-1].text + text, run.bold, run.href)
        else:
            self.runs.append(run)

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

    def drop_directives(self) -> None:
        """Remove lint suppression comments from the text, keeping every other position exact."""
        text = "".join(run.text for run in self.runs)
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


def _inline(token: Token, lines: list[str], path: Path) -> _InlineBuilder:
    builder = _InlineBuilder(token, lines, path)
    builder.feed(token.children or [])
    builder.drop_directives()
    return builder


def _table(tokens: list[Token], start: int, lines: list[str], path: Path) -> tuple[Table, int]:
    rows: list[tuple[str, ...]] = []
    row_spans: list[Span] = []
    cells: list[str] = []
    row_span = Span(path, 1)
    index = start
    while index < len(tokens) and tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            cells = []
            row_span = Span(path, (token.map[0] if token.map else 0) + 1)
        elif token.type == "inline":
            cells.append(_inline(token, lines, path).paragraph(row_span).text)
        elif token.type == "tr_close":
            rows.append(tuple(cells))
            row_spans.append(row_span)
        index += 1
    span = Span(path, (tokens[start].map[0] if tokens[start].map else 0) + 1)
    return Table(tuple(rows), span, tuple(row_spans)), index


@dataclass
class _Open:
    heading: Heading
    blocks: list[Block]
    children: list[Section]

    def close(self) -> Section:
        return Section(self.heading, tuple(self.blocks), tuple(self.children))


def _heading(token: Token, inline: Token, lines: list[str], path: Path) -> Heading:
    depth = len(token.markup)
    line = (token.map[0] if token.map else 0) + 1
    if depth > MAX_HEADING_DEPTH:
        raise SourceError(
            f"标题层级过深：正文标题最多三级（# 为（一），## 为 1.，### 为（1）），这里用了 {depth} 个 #",
            path, line, 1, "请减少 # 的个数，或把这一行改为普通段落。",
        )
    builder = _inline(inline, lines, path)
    span = Span(path, line, builder.anchors[0][2] if builder.anchors else 1)
    paragraph = builder.paragraph(span)
    title = paragraph.text.strip()
    offsets = paragraph.offsets
    marker = parse_marker(title)
    typed = None
    if marker is not None and len(title) > marker.end:
        typed = marker.text
        shift = marker.end
        title = title[shift:]
        if offsets is not None:
            shifted = tuple((max(o - shift, 0), ln, col + (shift - o if o < shift else 0))
                            for o, ln, col in offsets.anchors)
            offsets = OffsetMap(path, shifted)
    return Heading(
        level=depth + 1, title=title, span=span, runin=title.endswith("。"),
        typed_marker=typed, title_offsets=offsets,
    )


def parse_part(text: str, path: Path) -> ParsedFile:
    """Parse one part file (front matter optional) into blocks and a section tree.

    A text parsed before (at the same path) is read from the cache (lawreport.sources.cache).
    """
    return cached("part", (str(path), text), lambda: _parse_part(text, path))


def _parse_part(text: str, path: Path) -> ParsedFile:
    front, body = split_front_matter(text, path)
    lines = body.split("\n")
    tokens = _parser().parse(body)
    top_blocks: list[Block] = []
    top_sections: list[Section] = []
    stack: list[_Open] = []

    def current_blocks() -> list[Block]:
        return stack[-1].blocks if stack else top_blocks

    def close_to(level: int) -> None:
        while stack and stack[-1].heading.level >= level:
            done = stack.pop().close()
            (stack[-1].children if stack else top_sections).append(done)

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            heading = _heading(token, tokens[index + 1], lines, path)
            close_to(heading.level)
            stack.append(_Open(heading, [], []))
            index += 3
            continue
        if token.type == "paragraph_open":
            inline = tokens[index + 1]
            builder = _inline(inline, lines, path)
            line = (token.map[0] if token.map else 0) + 1
            span = Span(path, line, builder.anchors[0][2] if builder.anchors else 1)
            paragraph = builder.paragraph(span)
            if paragraph.text.strip():
                current_blocks().append(paragraph)
            index += 3
            continue
        if token.type == "table_open":
            table, index = _table(tokens, index, lines, path)
            current_blocks().append(table)
        index += 1
    close_to(0)
    return ParsedFile(front, tuple(top_blocks), tuple(top_sections))
