"""Whether a roster (名单) name and a received file are the same unit: the rule of docs/audit.md.

A roster may write 云溪县青石镇人民政府 for the unit whose report is signed 青石镇人民政府, or
县人社局 for the 人力资源和社会保障局 whose file is named 人社局2025年……. So a roster name is
split into the place it names (云溪县, a bare 县, or none) and its core (青石镇, 人力资源和社会保障局),
and a text (issuer, title or file name) is of that unit when the core stands in it at a name
boundary and no other place is written right before it. The rule only ever drops the place and the
人民政府/办事处 suffix and spells out the short forms in SHORT_FORMS, so that two different units
(青石镇 and 青石乡, 云溪县司法局 and 石门县司法局) never meet.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lawreport.cjk import HAN_CLASS, is_han
from lawreport.text.shortnames import unit_key

_PLACE_END = "县市区旗"
"""The last character of a county-level or city place name (自治县, 自治旗 end the same way)."""
# A bare 县/市/区 first ("县人社局": our county), not the 市 of 市场; else the shortest run of
# 1–9 Chinese characters ending with a place character (云溪县, 某某自治县, 云溪市).
_PLACE = re.compile(rf"^(?:[县市区](?!场)|[{HAN_CLASS}]{{1,9}}?[{_PLACE_END}])")
_SUFFIX = re.compile(r"(?:人民政府|办事处)$")
_GOVERNMENT_NEXT = ("人民政府", "政府")
class RosterName(NamedTuple):
    """A roster name split for matching."""

    place: str
    """The county or city it names (云溪县), a bare 县/市/区, or ""."""
    core: str
    """The unit itself: 青石镇, 司法局, 人力资源和社会保障局 (or the place, for a county's government)."""
    government_of_place: bool
    """The roster names a place's own government (云溪县人民政府): its core is a place name."""


def split_name(name: str) -> RosterName:
    """``name`` as its place and its core, the 人民政府/办事处 suffix dropped."""
    key = _SUFFIX.sub("", unit_key(name))
    place = _PLACE.match(key)
    if place is None:
        return RosterName("", key, False)
    if place.end() == len(key):  # nothing after the place: the county's (or city's) own government
        return RosterName("", key, True)
    return RosterName(place.group(), key[place.end():], False)


def _prefix_allowed(prefix: str, place: str) -> bool:
    """Whether ``prefix``, the text right before the core, lets the core be the roster's unit.

    Allowed: nothing; a character that is not Chinese (digits, letters, punctuation: 01_, 2025-);
    年 (2025年司法局); a place ending with 县/市/区/旗 that is the roster's place (or any place,
    when the roster names none or a bare 县); a bare 县/市/区 (the writer's own county).
    Anything else (大青石镇 for 青石镇, 石门县司法局 for 云溪县司法局) is another unit.
    """
    if not prefix or not is_han(prefix[-1]) or prefix[-1] == "年":
        return True
    if prefix[-1] not in _PLACE_END:
        return False
    bare = len(prefix) == 1 or not is_han(prefix[-2]) or prefix[-2] == "年"
    if bare or place in ("", "县", "市", "区"):
        return True
    return prefix.endswith(place)


def _next_allowed(rest: str) -> bool:
    """After a county government's core (云溪县): its 人民政府, or no more Chinese (2025年; not 云溪县司法局)."""
    return not rest or not is_han(rest[0]) or rest.startswith(_GOVERNMENT_NEXT)


def matches(name: RosterName, text: str) -> bool:
    """Whether ``text`` (an issuer, a title or a file name) is the roster unit ``name``'s."""
    if not name.core:
        return False
    key = unit_key(text)
    start = key.find(name.core)
    while start >= 0:
        rest = key[start + len(name.core):]
        if _prefix_allowed(key[:start], name.place) and (not name.government_of_place or _next_allowed(rest)):
            return True
        start = key.find(name.core, start + 1)
    return False
