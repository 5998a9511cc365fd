"""Padding for terminal tables, to a width measured with the project's one ``display_width``
(lawreport.cjk, which also makes text visible).
"""

from __future__ import annotations

from lawreport.cjk import display_width


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(width - display_width(text), 0)
