"""markdown-it's tokens for the plain parts of a part file, without running markdown-it.

Most of a report is headings, one-line paragraphs of Chinese text and small tables. For those,
markdown-it (configured as lawreport.sources.markdown does: the ``table``, ``heading`` and
``paragraph`` block rules, the ``text``, ``newline``, ``escape``, ``emphasis`` and ``link``
inline rules) has nothing to decide, yet its block tokenizer was half of the time spent
parsing a part and importing it a tenth of a build's start. This module gives the tokens
markdown-it would give for a *plain stretch*: a run of non-blank lines between blank lines,
which is either

* lines that begin and end with a printable character other than a space (so no trimming,
  indentation or Unicode space can make a difference) and have no ``|`` (a table needs one
  in its header row), every line beginning with ``#`` being a simple ATX heading (one to six
  ``#``, spaces or tabs, a title not ending with ``#``): every ``#`` line is a heading and
  every run of other lines between them one paragraph, its content the lines joined by
  ``\\n``;
* or a simple pipe table: every line begins and ends with ``|``, the second is a delimiter
  row, every row has as many cells as the header, no backslash anywhere, and each
  cell, its spaces and tabs taken off, is empty or begins and ends with a printable
  character other than a space.

Blank lines (empty, or only spaces and tabs) end every block in this configuration, so a
stretch is tokenized the same alone as within its file; a stretch that is neither is left to
markdown-it (:func:`lawreport.sources.markdown.block_tokens`). :func:`inline_tokens` does the
same for inline content: plain text, or one bold span. tests/test_sources.py checks all of it
against markdown-it itself on generated input.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_HEADING = re.compile(r"(#{1,6})[ \t]+")
_DELIMITER_ROW = re.compile(r"\|(?:[ \t]*:?-+:?[ \t]*\|)+")
_MARKUP = re.compile(r"[\n\\*_\[]")
"""Every character the inline rules react to."""
_STRONG = re.compile(r"([^*]*)\*\*([^*]+)\*\*([^*]*)")


class BlockToken(NamedTuple):
    """The attributes of a markdown-it ``Token`` that lawreport reads."""

    type: str
    map: list[int] | None = None
    content: str = ""
    markup: str = ""
    children: list[BlockToken] | None = None
    level: int = 0
    attrs: dict[str, str] | None = None


def block_tokens(
    lines: list[str],
    inline: Callable[[str], list[Any]],
    other: Callable[[int, int], list[Any]],
) -> list[Any]:
    """The block tokens of a part's ``lines``: ``inline(content)`` gives an inline token's
    children, ``other(start, end)`` the tokens of the stretch ``lines[start:end]`` that is not
    plain (its line numbers counted in the file)."""
    tokens: list[Any] = []
    blank = [not line.strip(" \t") for line in lines]  # blank to markdown-it: only spaces and tabs
    blank.append(True)
    start, total = 0, len(lines)
    while start < total:
        if blank[start]:
            start += 1
            continue
        end = blank.index(True, start + 1)
        if _is_plain(lines, start, end):
            _plain_tokens(lines, start, end, inline, tokens)
        elif (table := _table_rows(lines, start, end)) is not None:
            _table_tokens(table, start, end, inline, tokens)
        else:
            tokens += other(start, end)
        start = end
    return tokens


def _is_plain(lines: list[str], start: int, end: int) -> bool:
    for index in range(start, end):
        line = lines[index]
        first, last = line[0], line[-1]
        if first == " " or last == " " or not (first.isprintable() and last.isprintable()) or "|" in line:
            return False
        if first == "#":
            marker = _HEADING.match(line)
            if marker is None or last == "#" or not line[marker.end()].isprintable():
                return False
    return True


def _plain_tokens(lines: list[str], start: int, end: int, inline: Callable[[str], list[Any]],
                  tokens: list[Any]) -> None:
    paragraph = None
    for number in range(start, end + 1):
        line = lines[number] if number < end else "#"
        if line[0] != "#":
            if paragraph is None:
                paragraph = number
            continue
        if paragraph is not None:
            span = [paragraph, number]
            content = "\n".join(lines[paragraph:number])
            tokens += (BlockToken("paragraph_open", span),
                       BlockToken("inline", span, content, children=inline(content)),
                       BlockToken("paragraph_close"))
            paragraph = None
        if number < end:
            marker = _HEADING.match(line)
            assert marker is not None
            span = [number, number + 1]
            content = line[marker.end():]
            tokens += (BlockToken("heading_open", span, markup=marker[1]),
                       BlockToken("inline", span, content, children=inline(content)),
                       BlockToken("heading_close", markup=marker[1]))


def _table_rows(lines: list[str], start: int, end: int) -> list[list[str]] | None:
    """The cells of a simple table (the delimiter row as alignments), or None."""
    if end - start < 2 or not _DELIMITER_ROW.fullmatch(lines[start + 1]):
        return None
    rows = []
    for line in lines[start:end]:
        if line[0] != "|" or line[-1] != "|" or len(line) < 2 or "\\" in line:
            return None
        cells = [cell.strip(" \t") for cell in line[1:-1].split("|")]
        if rows and len(cells) != len(rows[0]):
            return None
        for cell in cells:
            if cell and not (cell[0].isprintable() and cell[-1].isprintable()):
                return None
        rows.append(cells)
    rows[1] = [("center" if cell[-1] == ":" else "left") if cell[0] == ":" else ("right" if cell[-1] == ":" else "")
               for cell in rows[1]]
    return rows


def _table_tokens(rows: list[list[str]], start: int, end: int, inline: Callable[[str], list[Any]],
                  tokens: list[Any]) -> None:
    aligns = rows[1]
    tokens.append(BlockToken("table_open", [start, end]))
    for number, cells in ((start, rows[0]), *((start + 2 + index, row) for index, row in enumerate(rows[2:]))):
        kind = "th" if number == start else "td"
        if number == start:
            tokens.append(BlockToken("thead_open", [start, start + 1]))
        elif number == start + 2:
            tokens.append(BlockToken("tbody_open", [start + 2, end]))
        tokens.append(BlockToken("tr_open", [number, number + 1]))
        for content, align in zip(cells, aligns, strict=True):
            tokens += (BlockToken(f"{kind}_open", attrs={"style": f"text-align:{align}"} if align else None),
                       BlockToken("inline", [number, number + 1], content, children=inline(content)),
                       BlockToken(f"{kind}_close"))
        tokens.append(BlockToken("tr_close"))
        if number == start:
            tokens.append(BlockToken("thead_close"))
    if len(rows) > 2:
        tokens.append(BlockToken("tbody_close"))
    tokens.append(BlockToken("table_close"))


def inline_tokens(content: str) -> list[BlockToken] | None:
    """markdown-it's inline tokens for ``content`` if it is plain text (none of the characters
    the inline rules react to: line break, backslash, ``*``, ``_``, ``[``) or plain text with one
    bold span ``**…**`` whose first and last characters are letters or digits (so the two
    delimiters open and close it whatever stands outside them); else None."""
    if _MARKUP.search(content) is None:
        return [BlockToken("text", content=content)] if content else []
    strong = _STRONG.fullmatch(content)
    if strong is None or _MARKUP.search(content.replace("*", "")) is not None:
        return None
    before, inner, after = strong.groups()
    if not (inner[0].isalnum() and inner[-1].isalnum()):
        return None
    return [BlockToken("text", content=before), BlockToken("strong_open", markup="**"),
            BlockToken("text", content=inner, level=1), BlockToken("strong_close", markup="**"),
            BlockToken("text", content=after)]
