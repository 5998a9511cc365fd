"""What a terminal shows: text made visible (no control, format or bidi characters), and padding
to a width measured with the project's one ``display_width`` (lawreport.cjk).
"""

from __future__ import annotations

import unicodedata

from lawreport.cjk import display_width

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


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(width - display_width(text), 0)
