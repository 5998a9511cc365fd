"""Attribute values as Word writes them: bounded integers and on/off switches."""

from __future__ import annotations

import re

from lxml import etree

from lawreport.ooxml.names import w

_INTEGER = re.compile(r"^\s*[+-]?[0-9]{1,40}\s*$")
_OFF = frozenset(("0", "false", "off"))


def int_attr(value: str | None, low: int = -(10**6), high: int = 10**6) -> int | None:
    """An integer attribute value clamped to ``low``–``high``; None when absent or not an integer."""
    if value is None or _INTEGER.match(value) is None:
        return None
    return min(max(int(value), low), high)


def on(element: etree._Element | None) -> bool:
    """A Word on/off property element (``<w:vanish/>``, ``w:val="true"``…) that is switched on."""
    if element is None:
        return False
    return element.get(w("val"), "true").lower() not in _OFF
