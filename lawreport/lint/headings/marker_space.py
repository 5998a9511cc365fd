"""序号后多了空格（H006 marker-space）。

作用：查找序号与标题文字之间的空格，如“1. 健全制度”“（1） 强化思维”“一、 主要举措”。
收到的 Word 报告中，标题用 Word 自动编号、编号之后设为“制表符”（Word 的默认设置）或“空格”的，
显示出来序号与标题文字之间同样空出一段，也在这里报告（警告，每个编号级别一次：空出多宽取决于缩进和
制表位的设置，编号正好排到文本缩进处时空得很少）；自动编号之后又手工输入了空格或制表符的，每处报告（错误）。
原因：GB/T 9704-2012 7.3.3 的层次序数后紧接标题文字；空格是在 Word 中手工对齐或自动编号
转换留下的，使各级标题无法对齐。自动编号后的制表符跳到下一个制表位，空出的宽度随编号长短而变，
同样使序号与标题文字分开、各级标题无法对齐。
修复：安全。删除这些空格。自动编号后的制表符或空格不自动修复：请在 Word 中右击编号，选“调整列表缩进”，
把“编号之后”改为“不特别标注”（WPS：“项目符号和编号 → 自定义列表”中“编号之后”选“无特别标示”）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.importing.lines import TYPED_GAP
from lawreport.lint.base import Document, Finding, Fix, Rule, Severity
from lawreport.lint.headings.common import Entry, outline
from lawreport.model import Span
from lawreport.received.facts import number_gaps
from lawreport.text.numbering import Marker

_SHOWN = {"tab": "制表符", "space": "空格"}


def _automatic(doc: Document) -> Iterator[Finding]:
    """One finding per list level whose numbers, at headings, Word shows with a tab or a space after
    them (one setting of the list: the first such heading, with the count)."""
    gaps = number_gaps(doc.report.meta)
    found: dict[tuple[str, str], list[tuple[Entry, Marker]]] = {}
    for entries in outline(doc):
        for entry in entries:
            gap = gaps.get(entry.span.line)
            if gap is not None and entry.marker is not None:
                found.setdefault(gap, []).append((entry, entry.marker))
    for (shown, _), headings in found.items():
        if shown == TYPED_GAP:  # typed after the number: each heading has its own
            for entry, marker in headings:
                where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text))
                yield Finding(where, f"自动编号“{marker.text.strip()}”之后又输入了空格或制表符：序号后紧接标题文字，"
                                     "请在 Word 中删除标题文字前的空格")
            continue
        entry, marker = headings[0]
        where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text))
        also = f"（这一级的 {len(headings)} 个标题都是这样）" if len(headings) > 1 else ""
        yield Finding(where, f"自动编号“{marker.text.strip()}”之后是{_SHOWN.get(shown, shown)}，序号与标题文字之间空出一段{also}："
                             "请在 Word 中右击编号 →“调整列表缩进”，把“编号之后”改为“不特别标注”"
                             "（WPS：“编号之后”选“无特别标示”）", severity=Severity.WARNING)


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    yield from _automatic(doc)
    gaps = number_gaps(doc.report.meta)
    for entries in outline(doc):
        for entry in entries:
            marker = entry.marker
            if marker is None or entry.span.line in gaps or not marker.space or (marker.level == 1 and not marker.punct):
                continue  # "一 标题": the space stands for the lost 顿号 (H005)
            where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text))
            yield Finding(where, f"序号“{marker.text}”后不留空格，请删除空格", Fix.replace(where, marker.space, ""))


RULE = Rule(
    code="H006",
    name="marker-space",
    summary="序号后紧接标题文字，不留空格",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("（一） 加强学习\n正文。", "（一）加强学习\n1. 学法。正文。"),
    good=("（一）加强学习\n1.学法。正文。",),
    fixable=True,
)
