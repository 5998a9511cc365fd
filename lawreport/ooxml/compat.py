"""Markup compatibility (``mc:AlternateContent``) as the readers read it.

Word writes newer markup (a text box as DrawingML, say) in ``mc:Choice`` and the same content for
older readers in ``mc:Fallback``. The readers (import, lint, audit, diff's text) take the
Fallback, which holds plain WordprocessingML, else the Choice: one branch, never both, so nothing
is read twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lawreport.ooxml.names import MC

if TYPE_CHECKING:
    from lxml import etree

ALTERNATE = f"{MC}AlternateContent"


def branch(alternate: etree._Element) -> etree._Element | None:
    """The branch of an ``mc:AlternateContent`` that is read: its Fallback, else its Choice."""
    fallback = alternate.find(f"{MC}Fallback")
    return fallback if fallback is not None else alternate.find(f"{MC}Choice")
