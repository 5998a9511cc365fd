"""标题序号跳号或重复（H004 heading-sequence）。

作用：检查同一上级之下的同级序号是否从 1 开始依次递增，没有跳号、重复或倒退；各部分的
“一、二、三、四、”也依次检查。默认每个上级之下重新编号；选项 numbering: continuous 允许
“1.”“（1）”两级在整个部分内连续编号（有的地方习惯这样编）。
“1.”“（1）”接着上一个（一）之下的序号往下编（3.接在2.之后）时按连续编号检查；没有标题的节选
从哪个序号开始都可以（开头被删去了）。部分标题之下又从“一、”编起（本应写“（一）”）时，在这些标题处提示改为“（一）（二）……”，
不再把后面各部分的序号报告为重复。
同一个序号写了两遍（“一、一、”“（一）（一）”：Word/WPS 的自动编号之后又手写了序号）也在这里报告。
原因：GB/T 9704-2012 7.3.3 的层次序数；跳号、重复多是增删段落后忘了改号（reliability.md M7）。
修复：不自动修复（后面的序号可能都要改，请作者确认）。
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from lawreport.lint import layout
from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.headings.common import Entry, expected_label, outline
from lawreport.received.facts import is_excerpt
from lawreport.text.numbering import marker_end, to_chinese


class Options(NamedTuple):
    """Options of H004."""

    numbering: str = "restart"
    """"restart": numbers restart under each parent; "continuous": 1. and （1） run on through a part."""

    CHOICES = {"numbering": ("restart", "continuous")}


def _first(entry: Entry) -> int | None:
    return entry.marker.number if entry.marker is not None else None


def _check_group(group: list[Entry], continuous: dict[int, int] | None, start: int = 1) -> Iterator[Finding]:
    expected = start
    if continuous is not None and group:
        expected = continuous.get(group[0].level, 1)
    for entry in group:
        number = entry.marker.number if entry.marker is not None else None
        if number is None:
            continue
        if number != expected:
            want = expected_label(entry, expected)
            if number < expected:
                problem = "序号重复" if number == expected - 1 else "序号倒退"
            else:
                problem = "跳号"
            yield Finding(entry.span, f"{problem}：“{entry.marker.text if entry.marker else ''}”处应为“{want}”")
        expected = number + 1
        if continuous is not None:
            continuous[entry.level] = expected


def _doubled(doc: Document, entry: Entry) -> Finding | None:
    """A marker written twice (“一、一、”: Word's automatic number, then a typed one)."""
    raw = doc.line(entry.span.path, entry.span.line) or ""
    written = raw[entry.span.column - 1 :]
    marker = entry.marker
    if marker is None or not written.startswith(marker.text) or marker_end(written) <= marker.end:
        return None
    shown = written[: marker_end(written)].rstrip()
    return Finding(entry.span, f"序号写了两遍：“{shown}”，请删除一个（常见于 Word/WPS 的自动编号之后又手写了序号）")


def check(doc: Document, options: Options) -> Iterator[Finding]:
    if not doc.received:
        return
    for entries in outline(doc):
        yield from filter(None, (_doubled(doc, entry) for entry in entries))
    parts: list[Entry] = []
    demoted = layout.restarted(doc)
    excerpt = is_excerpt(doc.report)
    for index, entries in enumerate(outline(doc)):
        root = entries[0]
        if index in demoted and root.marker is not None:
            want = f"（{to_chinese(demoted[index])}）"
            yield Finding(root.span, f"序号重复：部分标题之下又从“{root.marker.text}”编起，这里应为“{want}”"
                                     f"（一、之下的小标题用（一）（二）……）")
            continue
        if root.marker is not None:
            parts.append(root)
        groups: dict[tuple[int, int], list[Entry]] = {}
        for entry in entries[1:]:
            groups.setdefault((id(entry.parent), entry.level), []).append(entry)
        running: dict[int, int] | None = {} if options.numbering == "continuous" else None
        last: dict[int, int] = {}  # the last number of each level in this part so far
        for (_, level), group in groups.items():
            first = _first(group[0])
            start = 1
            if first is not None and first != 1 and (
                    (level >= 3 and first == last.get(level, 0) + 1)  # numbered on through the part
                    or (excerpt and index == 0 and level not in last)):  # the excerpt starts here
                start = first
            yield from _check_group(group, running if level >= 3 else None, start)
            numbers = [number for number in map(_first, group) if number is not None]
            if numbers:
                last[level] = numbers[-1]
    first_part = _first(parts[0]) if parts else None
    yield from _check_group(parts, None, first_part if excerpt and first_part else 1)


RULE = Rule(
    code="H004",
    name="heading-sequence",
    summary="同级标题序号依次递增，不跳号不重复",
    check=check,
    doc=__doc__ or "",
    options=Options,
    example_kind="txt",
    bad=("（一）加强学习\n正文。\n（三）规范执法\n正文。", "（一）加强学习\n正文。\n（一）规范执法\n正文。",
         "replace:（一）加强学习:一、加强学习"),
    good=("（一）加强学习\n1.学法。正文。\n2.用法。正文。\n（二）规范执法\n1.培训。正文。",),
)
