"""Writing text into the source Markdown so that the loader reads back exactly the same text."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]#|<>!&~])")


def escape(text: str) -> str:
    """``text`` with every character the source Markdown would interpret backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def heading(level: int, title: str) -> str:
    """A source heading line: level 2 is ``#``, level 3 ``##``, level 4 ``###``."""
    return "#" * (level - 1) + " " + escape(title)


def table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    """A pipe table; short rows are padded so no cell is lost."""
    width = max((len(row) for row in rows), default=0)
    if width == 0:
        return []

    def line(cells: tuple[str, ...]) -> str:
        padded = list(cells) + [""] * (width - len(cells))
        return "|" + "|".join(escape(cell.replace("\n", " ")) for cell in padded) + "|"

    return [line(rows[0]), "|" + "|".join(["---"] * width) + "|", *(line(row) for row in rows[1:])]
