"""Markdown part files → model blocks and sections, with exact source positions.

With lawreport.sources.inline, the only code that uses markdown_it. Only the Markdown a 公文
needs is enabled: headings, paragraphs, tables, bold, links and backslash escapes. Raw HTML, lists, code,
block quotes and images are switched off, so whatever an author types there stays literal
text (and the linter can point at it) instead of turning into markup.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.errors import SourceError
from lawreport.model import Block, Heading, OffsetMap, OpenSection, Section, Span, Table
from lawreport.sources.inline import build_inline
from lawreport.sources.yamlsafe import Node, load_yaml
from lawreport.text.numbering import parse_marker

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_HEADING_DEPTH = 3


@functools.cache
def _parser() -> MarkdownIt:
    """The Markdown parser, built once."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(
        ["code", "fence", "blockquote", "hr", "list", "reference", "html_block", "lheading",
         "backticks", "image", "autolink", "html_inline", "entity", "text_join"]
    )
    md.enable("table")
    return md


def block_tokens(body: str) -> list[Token]:
    """markdown-it's tokens for ``body``, inline children included."""
    return _parser().parse(body)


MAX_LINES = 20_000
"""Lines allowed in one part file (a whole report has a few hundred)."""
MAX_MARKUP = 10_000
"""Markdown's inline markers (``* _ [ ] \\ ` ``) allowed in one file: markdown-it makes a token of
each one, and a report has a few hundred at most (bold, links)."""
MAX_BARS = 50_000
"""Table bars (``|``) allowed in one file: each cell of a table is parsed on its own."""
_MARKUP = re.compile(r"[*_\[\]\\`]")
_BARS = re.compile(r"\|")


def check_bounds(body: str, path: Path) -> None:
    """Refuse a file over :data:`MAX_LINES` lines, :data:`MAX_MARKUP` inline markers or
    :data:`MAX_BARS` table bars, naming the line where the limit is passed. Within these, the
    parse of any file under the 2 MB size limit takes seconds, whatever its shape."""
    if body.count("\n") >= MAX_LINES:
        raise SourceError(f"文件过长：超过 {MAX_LINES} 行", path, MAX_LINES + 1, 1,
                          hint="一个部分文件只需几十到几百行；请检查是否误粘贴了大量内容，或把它分到几个部分中。")
    if sum(body.count(mark) for mark in "*_[]\\`") > MAX_MARKUP:
        raise _too_many(body, path, _MARKUP, MAX_MARKUP, "Markdown 标记符号 * _ [ ] \\ `",
                        "正文中要显示这些符号时请改用全角（＊ ＿ ［ ］ ＼），或删除多余的符号；粗体只需 **文字**。")
    if body.count("|") > MAX_BARS:
        raise _too_many(body, path, _BARS, MAX_BARS, "表格竖线 |",
                        "表格过大：请把大表格拆开，或作为附件另行提供；正文中的竖线请改用全角“｜”。")


def _too_many(body: str, path: Path, marks: re.Pattern[str], limit: int, what: str, hint: str) -> SourceError:
    offset = next(m.start() for count, m in enumerate(marks.finditer(body), 1) if count > limit)
    line = body.count("\n", 0, offset) + 1
    column = offset - (body.rfind("\n", 0, offset) + 1) + 1
    return SourceError(f"{what}过多：超过 {limit} 个（到这里已超出上限），无法可靠排版", path, line, column, hint=hint)


class ParsedFile(NamedTuple):
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


def _table(tokens: list[Token], start: int, lines: list[str], path: Path) -> tuple[Table, int]:
    rows: list[tuple[str, ...]] = []
    row_spans: list[Span] = []
    cells: list[str] = []
    offsets: list[OffsetMap | None] = []
    cell_offsets: list[tuple[OffsetMap | None, ...]] = []
    row_span = Span(path, 1)
    index = start
    while index < len(tokens) and tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            cells, offsets = [], []
            row_span = Span(path, (token.map[0] if token.map else 0) + 1)
        elif token.type == "inline":
            cell = build_inline(token, lines, path).paragraph(row_span)
            cells.append(cell.text)
            offsets.append(cell.offsets)
        elif token.type == "tr_close":
            rows.append(tuple(cells))
            row_spans.append(row_span)
            cell_offsets.append(tuple(offsets))
        index += 1
    span = Span(path, (tokens[start].map[0] if tokens[start].map else 0) + 1)
    return Table(tuple(rows), span, tuple(row_spans), tuple(cell_offsets)), index


def _heading(token: Token, inline: Token, lines: list[str], path: Path) -> Heading:
    depth = len(token.markup)
    line = (token.map[0] if token.map else 0) + 1
    if depth > MAX_HEADING_DEPTH:
        raise SourceError(
            f"标题层级过深：正文标题最多三级（# 为（一），## 为 1.，### 为（1）），这里用了 {depth} 个 #",
            path, line, 1, "请减少 # 的个数，或把这一行改为普通段落。",
        )
    builder = build_inline(inline, lines, path)
    span = Span(path, line, builder.anchors[0][2] if builder.anchors else 1)
    paragraph = builder.paragraph(span)
    title = paragraph.text.strip()
    offsets = paragraph.offsets
    # A marker typed by hand is taken off the title (the build numbers headings itself) unless
    # its punctuation is backslash-escaped: "# 1\.加强……" keeps "1.加强……" as the title.
    marker = parse_marker(title)
    typed = None
    escaped = marker is not None and "\\" in inline.content[: marker.end + 1]
    if marker is not None and len(title) > marker.end and not escaped:
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
    """Parse one part file (front matter optional) into blocks and a section tree."""
    front, body = split_front_matter(text, path)
    check_bounds(body, path)
    lines = body.split("\n")
    tokens = block_tokens(body)
    top_blocks: list[Block] = []
    top_sections: list[Section] = []
    stack: list[OpenSection] = []

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
            stack.append(OpenSection(heading))
            index += 3
            continue
        if token.type == "paragraph_open":
            inline = tokens[index + 1]
            builder = build_inline(inline, lines, path)
            span = Span(path, builder.anchors[0][1], builder.anchors[0][2]) if builder.anchors \
                else Span(path, (token.map[0] if token.map else 0) + 1, 1)
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
