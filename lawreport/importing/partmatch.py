"""Matching a received part title to a part of the structure data (keys, aliases, keywords).

Real reports name their parts in many ways (主要举措及成效, 存在的问题, 下一步工作打算 …);
the structure file lists them, so a province can add its own wording without a release.
"""

from __future__ import annotations

import functools
import re

from lawreport.model import PartSpec, Structure

_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?|[上下本]一?年度|下一步(?=工作)")
_NOISE = re.compile(r"[\s，,、：:。；;“”\"（）()]|推进法治政府建设的?|法治政府建设的?")


@functools.lru_cache(maxsize=1024)  # the same aliases are normalised for every line that might be a part title
def normalise(title: str) -> str:
    """The title without years, punctuation and the words every part title shares."""
    return _NOISE.sub("", _YEAR.sub("", title))


def _template(spec: PartSpec) -> str:
    return normalise(spec.title_for(2000))


_ALIAS_JOIN = re.compile(r"(?<=\w{2})[和及与](?=\w{2})")
"""The connector between an alias's two names (主要举措和成效), which a title may write as a 顿号."""


@functools.lru_cache(maxsize=256)
def _alias_forms(alias: str) -> tuple[str, ...]:
    """An alias as a normalised title may hold it: as written, and with its connector written as a
    顿号, which normalising drops (“主要举措、成效和不足” holds 主要举措和成效)."""
    name = normalise(alias)
    joined = _ALIAS_JOIN.sub("", name)
    return tuple(form for form in dict.fromkeys((name, joined)) if form)


def match_score(title: str, spec: PartSpec, year: int | None) -> int:
    """How well ``title`` names ``spec``: 3 exact title, 2 alias, 1 keyword, 0 not at all."""
    if year is not None and title.strip() == spec.title_for(year):
        return 3
    plain = normalise(title)
    if not plain:
        return 0
    if plain == _template(spec):
        return 3
    if any(form in plain for alias in spec.aliases for form in _alias_forms(alias)):
        return 2
    if any(keyword in title for keyword in spec.keywords):
        return 1
    return 0


def match_part(title: str, structure: Structure, year: int | None, taken: set[str]) -> PartSpec | None:
    """The best matching part spec not yet ``taken``, or None.

    Ties go to the spec whose alias or keyword appears first in the title, then to the
    structure's order.
    """
    best: tuple[int, int, int] | None = None
    chosen = None
    for order, spec in enumerate(structure.parts):
        if spec.key in taken:
            continue
        score = match_score(title, spec, year)
        if score == 0:
            continue
        words = [w for w in (*spec.aliases, *spec.keywords) if w in title]
        position = min((title.find(w) for w in words), default=len(title))
        rank = (score, -position, -order)
        if best is None or rank > best:
            best, chosen = rank, spec
    return chosen


def is_part_title(title: str, structure: Structure, year: int | None) -> bool:
    """True when a line without a marker is exactly a part title or one of its aliases."""
    plain = normalise(title)
    if not plain or len(title) > 60:
        return False
    for spec in structure.parts:
        if year is not None and title.strip() == spec.title_for(year):
            return True
        if plain == _template(spec):
            return True
        if any(plain == normalise(alias) for alias in spec.aliases):
            return True
    return False


def first_part_by_wording(title: str, structure: Structure, position: int, taken: set[str]) -> PartSpec | None:
    """The structure's first part for a first 一、 part titled only by the year's account
    (“一、2021年法治政府建设情况”, “一、2023年推进法治政府建设情况”), else None.

    Without year and the shared words such a title says only “情况”, which names no part; as the
    first part of a report it is the usual wording of the account of the year's measures and
    results (the first part of the 2019 规定's list). Anywhere else it stays unmatched.
    """
    if position != 1 or taken or not structure.parts or normalise(title) != "情况":
        return None
    return structure.parts[0]


_JOIN = re.compile("[和及与、]")
"""What joins two parts' names in one heading (“存在的问题和下一步打算”, “……及下一步工作计划”)."""


def also_named(title: str, own: PartSpec, structure: Structure, year: int | None) -> tuple[PartSpec, ...]:
    """The other required parts that the part title ``title``, matched to ``own``, names too.

    “四、存在的问题和下一步打算” is 存在的不足和原因 (an alias) and names 主要安排 too (its keyword
    打算): one heading over both parts. Only a title that names its own part by its title or an
    alias, and joins two names with 和、及、与 or 、, counts, so that an author's theme
    (“一、坚持问题导向，谋划……”) never stands in for a missing part.
    """
    if match_score(title, own, year) < 2 or not _JOIN.search(title):
        return ()
    return tuple(spec for spec in structure.parts
                 if spec.required and spec.key != own.key and match_score(title, spec, year) >= 1)
