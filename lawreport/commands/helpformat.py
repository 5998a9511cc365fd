"""click's help formatter with a Chinese frame and columns measured in display width.

click measures text in characters and wraps it at spaces; a Chinese character takes two
columns in a terminal and a Chinese sentence has no spaces. This formatter measures display
width, breaks lines between any two Chinese characters (never before a closing punctuation
mark: it hangs at the end of the line instead), and writes headings with a full-width colon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from lawreport.cjk import char_width, display_width

USAGE_PREFIX = "用法："

_NO_LINE_START = set("，。、；：？！）》」』”’〕】…—")
"""Marks that must not begin a line (they stay at the end of the previous one)."""

_NO_LINE_END = set("（《「『“‘〔【")
"""Marks that must not end a line (they go to the next one with what follows them)."""


def _is_wide(char: str) -> bool:
    return char_width(char) == 2


def _tokens(text: str) -> Iterator[tuple[str, bool]]:
    """(token, space before it): a Latin word is one token, each wide character is one, and an
    opening mark is one with what follows it."""
    held: tuple[str, bool] | None = None
    for token, space in _units(text):
        if held is not None:
            token, space, held = held[0] + token, held[1], None
        if token in _NO_LINE_END:
            held = (token, space)
            continue
        yield token, space
    if held is not None:
        yield held


def _units(text: str) -> Iterator[tuple[str, bool]]:
    word, space = "", False
    for char in text:
        if char.isspace():
            if word:
                yield word, space
                word = ""
            space = True
        elif _is_wide(char):
            if word:
                yield word, space
                word, space = "", False
            yield char, space
            space = False
        else:
            word += char
    if word:
        yield word, space


def _join_lines(lines: Iterable[str]) -> str:
    """One paragraph from source lines: Chinese lines join without a space, Latin ones with one."""
    text = ""
    for line in (line.strip() for line in lines):
        if text and line and not (_is_wide(text[-1]) or _is_wide(line[0])):
            text += " "
        text += line
    return text


def wrap(text: str, width: int, first_indent: str = "", indent: str = "") -> list[str]:
    """``text`` (one paragraph) as lines at most ``width`` columns wide, indents included (a word
    wider than a line stays whole). A closing mark that does not fit takes the character before
    it to the next line, so that no line starts with it (a run of marks, “）。”, goes as one)."""
    lines: list[str] = []
    current: list[tuple[str, bool]] = []
    lead = first_indent

    def measure(tokens: list[tuple[str, bool]]) -> int:
        return display_width(lead) + sum(display_width(token) + (space and i > 0) for i, (token, space)
                                          in enumerate(tokens))

    def close(tokens: list[tuple[str, bool]]) -> None:
        nonlocal lead
        lines.append((lead + "".join((" " if space and i > 0 else "") + token
                                     for i, (token, space) in enumerate(tokens))).rstrip())
        lead = indent

    for token, space in _tokens(text):
        if current and measure([*current, (token, space)]) > width:
            carried: list[tuple[str, bool]] = []
            while len(current) > 1 and (carried[0] if carried else (token, space))[0][0] in _NO_LINE_START:
                carried.insert(0, current.pop())  # “）。” moves as one with the character before it
            close(current)
            current = carried
        current.append((token, space))
    close(current)
    return lines


def wrap_paragraphs(text: str, width: int, indent: str = "") -> str:
    """Paragraphs (separated by blank lines) wrapped to ``width``; a paragraph that starts with
    click's ``\\b`` marker keeps its lines as written."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].strip() == "\b":
            out.append("\n".join(indent + line.rstrip() for line in lines[1:]))
        else:
            out.append("\n".join(wrap(_join_lines(lines), width, indent, indent)))
    return "\n\n".join(out)


class ChineseHelpFormatter(click.HelpFormatter):
    """click.HelpFormatter with Chinese usage prefix and headings, aligned in display width."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        head = f"{' ' * self.current_indent}{USAGE_PREFIX if prefix is None else prefix}{prog}"
        if not args:
            self.write(head + "\n")
            return
        indent = " " * (display_width(head) + 1)
        if self.width - display_width(indent) < 20:
            indent = " " * (self.current_indent + 4)
        self.write("\n".join(wrap(args, self.width, head + " ", indent)) + "\n")

    def write_heading(self, heading: str) -> None:
        self.write(f"{' ' * self.current_indent}{heading}：\n")

    def write_text(self, text: str) -> None:
        self.write(wrap_paragraphs(text, self.width, " " * self.current_indent) + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        if not rows:
            return
        first_col = min(max(display_width(first) for first, _ in rows), col_max) + col_spacing
        start = self.current_indent + first_col
        text_width = max(self.width - start, 10)
        for first, second in rows:
            self.write(f"{' ' * self.current_indent}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * start)
            lines = wrap_paragraphs(second, text_width).splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write((" " * start + line).rstrip() + "\n")
