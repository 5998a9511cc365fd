"""What a terminal shows: text made visible (no control, format or bidi characters) and its width.

``display_width`` counts a wide (CJK, full-width) character as two columns. It stands in for
the shared ``lawreport.cjk.display_width`` until that lands, and must agree with it.
"""

from __future__ import annotations

import unicodedata

_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def visible(text: str) -> str:
    """``text`` with control, format and bidi characters shown as ``<U+202E>`` (a tab as a space)."""
    out = []
    for char in text:
        if char == "\t":
            out.append(" ")
        elif unicodedata.category(char) in _INVISIBLE:
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: 2 for wide and full-width characters, else 1."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(width - display_width(text), 0)
