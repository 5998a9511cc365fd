"""Block tokens for the plain stretches of a part file, without running markdown-it.

Most of a report is headings and one-line paragraphs of Chinese text. For those, markdown-it's
block tokenizer (with only its ``table``, ``heading`` and ``paragraph`` rules enabled, as
lawreport.sources.markdown configures it) has nothing to decide, yet it was half of the time
spent parsing a part. This module gives the tokens markdown-it would give for a *plain
stretch*: a run of non-blank lines separated from the rest by blank lines, in which

* every line begins and ends with a printable character that is not a space (so no trimming,
  no indentation and no Unicode space can make a difference),
* no line has a ``|`` (a table needs one in its header row),
* every line that begins with ``#`` is a simple ATX heading: one to six ``#``, spaces or tabs,
  then a title that does not end with ``#``.

In such a stretch every ``#`` line is a heading, and every run of other lines between them is
one paragraph whose content is the lines joined by ``\\n``. Blank lines (empty, or only spaces
and tabs) end every block in this configuration, so a stretch is tokenized the same alone as
within its file; a stretch that is not plain is left to markdown-it
(:func:`lawreport.sources.markdown.block_tokens`). tests/test_sources.py checks the result
against markdown-it itself on generated files.
"""

from __future__ import annotations

import re

from lawreport.record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_HEADING = re.compile(r"(#{1,6})[ \t]+")


class BlockToken(Record):
    """The attributes of a markdown-it ``Token`` that lawreport reads."""

    type: str
    map: list[int] | None = None
    content: str = ""
    markup: str = ""
    children: list[BlockToken] | None = None
    level: int = 0


def is_blank(line: str) -> bool:
    """A blank line to markdown-it: nothing but spaces and tabs."""
    return not line.strip(" \t")


def block_tokens(
    lines: list[str],
    inline: Callable[[str], list[Any]],
    other: Callable[[int, int], list[Any]],
) -> list[Any]:
    """The block tokens of a part's ``lines``: ``inline(content)`` gives an inline token's
    children, ``other(start, end)`` the tokens of the stretch ``lines[start:end]`` that is not
    plain (its line numbers counted in the file)."""
    tokens: list[Any] = []
    start, total = 0, len(lines)
    while start < total:
        if is_blank(lines[start]):
            start += 1
            continue
        end = start + 1
        while end < total and not is_blank(lines[end]):
            end += 1
        if _is_plain(lines, start, end):
            _plain_tokens(lines, start, end, inline, tokens)
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
