"""Writing text into the source Markdown so that the loader reads back exactly the same text."""

from __future__ import annotations

import re

from lawreport.model import Run
from lawreport.text.numbering import label, parse_marker

_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SPECIAL = re.compile(r"([\\`*_\[\]#|<>!&~])")


def escape(text: str) -> str:
    """``text`` with every character the source Markdown would interpret backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def text_line(text: str) -> str:
    """A paragraph's text as one Markdown line (a leading ``-`` is escaped: ``---`` must not open front matter)."""
    out = escape(text)
    return "\\" + out if out.startswith(("-", "+", "=")) else out


def bold_line(runs: tuple[Run, ...]) -> str:
    """A paragraph's runs as one Markdown line, bold runs between ``**`` (spaces kept outside them)."""
    pieces: list[str] = []
    for index, run in enumerate(runs):
        text = text_line(run.text) if index == 0 else escape(run.text)
        if not run.bold or not run.text.strip():
            pieces.append(text)
            continue
        core = text.strip()
        start = text.find(core)
        pieces.append(text[:start] + "**" + core + "**" + text[start + len(core) :])
    return "".join(pieces)


def heading(level: int, title: str, number: int = 1) -> str:
    """A source heading line: level 2 is ``#``, level 3 ``##``, level 4 ``###``.

    The loader takes one typed marker off a heading (``# 1.加强`` is titled 加强) unless its
    punctuation is escaped. A title that itself starts with something marker-like (``1.加强…``
    from ``（一）1.加强…``) is therefore written with the marker's ASCII punctuation escaped
    (``# 1\\.加强…``); a full-width one (``（1）…``), which Markdown cannot escape, is written after
    the marker the build would print (``# （一） （1）…``), which the loader takes off instead.
    """
    text = escape(title)
    inner = parse_marker(title)
    if inner is not None and title[inner.end :].strip():
        written = "".join("\\" + ch if ch in _ASCII_PUNCT else ch for ch in inner.text)
        text = written + escape(title[len(inner.text) :])
        if written == inner.text:  # nothing to escape (（一）-style): put the build's own marker first
            text = label(level, max(number, 1)) + " " + text
    return "#" * (level - 1) + " " + text


def table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    """A pipe table; short rows are padded so no cell is lost."""
    width = max((len(row) for row in rows), default=0)
    if width == 0:
        return []

    def line(cells: tuple[str, ...]) -> str:
        padded = list(cells) + [""] * (width - len(cells))
        return "|" + "|".join(escape(cell.replace("\n", " ")) for cell in padded) + "|"

    return [line(rows[0]), "|" + "|".join(["---"] * width) + "|", *(line(row) for row in rows[1:])]
