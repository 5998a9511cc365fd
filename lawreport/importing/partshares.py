"""Under a part title over several parts (“三、存在的问题和下一步打算”): where each part's text begins.

Many town and department reports give two required parts one heading. lint warns (S001); diff
and audit still need to know which text under it is the shortcomings (copied from last year, a
warning sign) and which is the next year's plans (followed up a year later). What the text
itself says is read, strongest first:

1. a sub-heading directly under the part that only names one of them: “（一）存在的问题”,
   “（二）下一步打算”, “（二）2025年工作安排”;
2. a paragraph that only names it, written as a label: “存在的问题：”, “下一步工作打算：”;
3. for the plans only, a paragraph that opens the way plans do: “下一步，……”, “今后……”,
   “针对上述问题，……”, or the year after the report's (“2025年，……” in a 2024 report).

Each part named must begin after the one before it, and both sides of every boundary must hold
text of their own. Nothing is guessed: when the cues are missing or disagree (a part named again
after the next one began, problems and remedies interleaved), the part is left undivided and diff
says that it could not tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from lawreport.model import Paragraph, Part, PartSpec, Section, Share
from lawreport.text.numbering import parse_marker

HEADING, LABEL, OPENER = 0, 1, 2
"""The kinds of cue, strongest first."""
MAX_LABEL = 30
"""The longest paragraph that can be a label (“下一步工作打算：”)."""

_EXTRA = {
    "measures": ("成绩", "做法", "成果"),
    "shortcomings": ("原因", "困难", "弱项", "薄弱环节", "挑战"),
    "leadership": ("履职", "履行", "职责", "述法"),
    "plans": ("下步", "今后", "下一阶段", "新的一年", "目标", "任务", "努力方向", "方向", "展望", "设想", "对策",
              "建议", "整改", "改进", "重点"),
}
"""Words that name a part in a sub-heading besides its aliases and keywords in the structure data."""
_FILLER = re.compile(
    r"[\s，,、：:。；;“”\"（）()]|(?:19|20)\d{2}\s*年度?|[上下本今明]一?年度?|推进法治政府建设|法治政府建设|法治建设"
    r"|依法行政|存在的?|主要有?|以下|如下|几个|几点|方面|当前|目前|仍然?|有关|相关|一些|情况|工作中?|措施|举措"
    r"|我们|[我本全](?:镇|乡|局|委|办|街道|区|县|市|单位|部门)|以及|[的和及与]")
"""Words that say nothing of which part a sub-heading names (years, 工作, 存在的, 和 …)."""


def _plain(text: str) -> str:
    """``text`` without a leading numbering marker (a paragraph “（二）下一步打算”)."""
    marker = parse_marker(text)
    return text[marker.end:] if marker is not None else text


def names_only(text: str, spec: PartSpec) -> bool:
    """True when ``text`` names ``spec`` and says nothing else: its names (aliases, keywords and a
    few words of sub-headings) and neutral words are all there is (“下一步工作打算：”, “存在的问题及原因”)."""
    text = _plain(text).strip()
    words = sorted((w for w in (*spec.aliases, *spec.keywords, *_EXTRA.get(spec.key, ())) if w and w in text),
                   key=len, reverse=True)
    if not words:
        return False
    for word in words:
        text = text.replace(word, "")
    return not _FILLER.sub("", text)


_OPENS = re.compile(r"^(?:(?:为此|对此|因此)[，,]?)?在?(?:下一步|下步|今后|接下来|下一?阶段|新的一年|下一年度?|明年|未来|展望)"
                    r"|^针对(?:上述|以上|这些|前述|存在的)(?:问题|不足|短板)")
"""How a paragraph that begins the plans opens (“为此，下一步……”, “下阶段，……”, “针对上述问题，……”)."""


def opens_plans(text: str, year: int | None) -> bool:
    """True for a paragraph that opens the way plans do: “下一步，……”, “今后……”, “针对上述问题，……”,
    or the year after the report's as a time, not a date (“2025年，……”, not “2025年1月……”)."""
    text = text.lstrip()
    if _OPENS.match(text):
        return True
    return year is not None and re.match(rf"^(?:在|展望)?{year + 1}\s*年度?(?!\s*\d)", text) is not None


class _Element(NamedTuple):
    """A heading or block of a part, in document order, with where it stands (see Share)."""

    section: tuple[int, ...]
    block: int
    """-1 for a heading."""
    text: str
    """The heading's title or the paragraph's text; "" for a table."""


def _elements(part: Part) -> Iterator[_Element]:
    def blocks(path: tuple[int, ...], found: Sequence[object]) -> Iterator[_Element]:
        for number, block in enumerate(found):
            text = block.text.strip() if isinstance(block, Paragraph) else ""
            if text or not isinstance(block, Paragraph):  # an empty paragraph is no text
                yield _Element(path, number, text)

    def visit(sections: Sequence[Section], path: tuple[int, ...]) -> Iterator[_Element]:
        for number, section in enumerate(sections):
            own = (*path, number)
            yield _Element(own, -1, section.heading.title.strip())
            yield from blocks(own, section.blocks)
            yield from visit(section.children, own)

    yield from blocks((), part.blocks)
    yield from visit(part.sections, ())


def _cue(element: _Element, spec: PartSpec, others: Sequence[PartSpec], year: int | None) -> int | None:
    """What kind of cue ``element`` is for ``spec``'s text beginning there, or None."""
    heading = element.block == -1
    if heading and len(element.section) != 1:
        return None  # only a sub-heading directly under the part names one of its parts
    if heading or (element.text and len(element.text) <= MAX_LABEL):
        if names_only(element.text, spec) and not any(names_only(element.text, other) for other in others):
            return HEADING if heading else LABEL
    if not heading and spec.key == "plans" and opens_plans(element.text, year):
        return OPENER
    return None


def _names(element: _Element, spec: PartSpec, others: Sequence[PartSpec], year: int | None) -> bool:
    """Whether ``element`` is a sub-heading or a label naming ``spec`` (the strong cues)."""
    return _cue(element, spec, others, year) in (HEADING, LABEL)


def _first_cue(elements: Sequence[_Element], start: int, spec: PartSpec, others: Sequence[PartSpec],
               year: int | None) -> tuple[int, int] | None:
    """(index, kind) of the strongest kind of cue for ``spec`` from ``start`` on, its first one."""
    kinds = [(_cue(element, spec, others, year), index) for index, element in enumerate(elements) if index >= start]
    for kind in (HEADING, LABEL, OPENER):
        found = [index for cue, index in kinds if cue == kind]
        if found:
            return found[0], kind
    return None


def _introduces(element: _Element, kind: int) -> bool:
    """A cue that is its part's title, not its text: a sub-heading, a label, or an opening ending in a colon."""
    return kind in (HEADING, LABEL) or element.text.endswith(("：", ":"))


def divide(part: Part, specs: Sequence[PartSpec], year: int | None) -> tuple[Share, ...]:
    """Where the text of each of ``specs`` (the parts ``part``'s title names, in the title's order)
    begins under ``part``; () when the text does not tell them apart."""
    elements = list(_elements(part))
    if len(specs) < 2 or not elements:
        return ()
    first = _cue(elements[0], specs[0], specs[1:], year)
    starts: list[tuple[int, int | None]] = [(0, first if first in (HEADING, LABEL) else None)]
    for number, spec in enumerate(specs[1:], start=1):
        others = [other for other in specs if other.key != spec.key]
        found = _first_cue(elements, starts[-1][0] + 1, spec, others, year)
        if found is None:
            return ()
        index, kind = found
        if any(_names(element, spec, others, year) for element in elements[starts[-1][0] + 1:index]):
            return ()  # a label and a sub-heading of the same part at two places: which one begins it?
        for earlier in specs[:number]:  # an earlier part named again after this one began
            rest = [other for other in specs if other.key != earlier.key]
            if any(_names(element, earlier, rest, year) for element in elements[index + 1:]):
                return ()
        element = elements[index]
        if kind == OPENER and element.section and not element.text.endswith(("：", ":")) and any(
                later.block == -1 for later in elements[index + 1:]):
            return ()  # “下一步……” inside one item, more items after it: problems and remedies interleaved
        starts.append((index, kind))
    bounds = [*(index for index, _kind in starts), len(elements)]
    shares = []
    for number, (index, kind) in enumerate(starts):
        element = elements[index]
        titled = kind is not None and _introduces(element, kind)
        if bounds[number + 1] - index - (1 if titled else 0) < 1:
            return ()  # a part with nothing but its title: the text does not show where it is
        if number == 0 and not titled:
            shares.append(Share(specs[0].key))  # from the part's start, no title of its own
            continue
        shares.append(Share(specs[number].key, element.section, element.block, element.text if titled else ""))
    return tuple(shares)


def in_title_order(title: str, specs: Sequence[PartSpec]) -> list[PartSpec]:
    """``specs`` in the order the title names them (“存在的问题和下一步打算”: shortcomings, plans)."""
    def position(spec: PartSpec) -> int:
        found = [title.find(word) for word in (*spec.aliases, *spec.keywords) if word and word in title]
        return min(found, default=len(title))

    return sorted(specs, key=position)
