"""序号后的标点不对（H005 marker-punct）。

作用：检查序号后的标点：“一”后用顿号（一、），不用“.”“．”“，”或空格；“（一）”“（1）”后不加任何
标点（“（一）、”是错的）；“1”后用下脚点（1.），“1、”作警告。在“1.”“1、”这样的标题之下，正文段落以
下一个数字直接接汉字开头的（“2深入推进……”），是序号后漏了标点，同样报告（数字后是“个”“年”“人”等量词的不算）；
以汉字数字和“）”开头的段落（“一）纵深推进……”）是丢了左括号的“（一）”，也报告。
原因：GB/T 15834-2011 与 GB/T 9704-2012 7.3.3 的序次语用法：汉字数字后用顿号，阿拉伯数字后用
下脚点，带括号的序号后不再加标点。
修复：安全。改为正确的标点或删去多余的标点。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import HAN_CLASS, is_han
from lawreport.lint.base import Document, Finding, Fix, Rule, Severity
from lawreport.lint.headings.common import outline
from lawreport.lint.text import sections
from lawreport.model import Paragraph, Span
from lawreport.text.numbering import parse_marker

_MEASURE_WORDS = frozenset("个年月日时分秒人名位项次件家所场期批篇条户元万亿千百余多岁天周类种届台辆套座处")
"""What follows a number that counts something (“2人”, “3个方面”): not a lost point after a marker."""


def _lost_points(doc: Document) -> Iterator[Finding]:
    """Body paragraphs under a “1.” heading that open with the next number and a Chinese character:
    “2深入推进……” is the marker “2.” with its point lost."""
    for section in sections(doc):
        marker = parse_marker(section.heading.typed_marker) if section.heading.typed_marker else None
        if section.heading.level != 3 or marker is None or marker.number is None:
            continue
        expected = marker.number + 1
        for block in section.blocks:
            text = block.text if isinstance(block, Paragraph) else ""
            digits = str(expected)
            if text.startswith(digits) and len(text) > len(digits) and is_han(text[len(digits)]) \
                    and text[len(digits)] not in _MEASURE_WORDS:
                yield Finding(block.span, f"“{digits}”后缺少下脚点：序号应写作“{digits}.”",
                              Fix.replace(Span(block.span.path, block.span.line, block.span.column + len(digits)), "", "."))
                expected += 1


_LOST_OPENING = re.compile(rf"([一二三四五六七八九十]{{1,3}})）(?=[{HAN_CLASS}])")
"""“一）纵深推进……”: the marker “（一）” with its opening bracket lost (P003 leaves “二）” to this rule)."""


def _lost_openings(doc: Document) -> Iterator[Finding]:
    """Body paragraphs that open with a Chinese number and “）”, which the reader cannot take for a
    heading: “一）加强学习” is “（一）加强学习” with its “（” lost."""
    blocks = [block for part in doc.report.parts for block in part.blocks]
    blocks += [block for section in sections(doc) for block in section.blocks]
    for block in blocks:
        match = _LOST_OPENING.match(block.text) if isinstance(block, Paragraph) else None
        if match is not None:
            yield Finding(block.span, f"序号“{match.group()}”缺少左括号：应写作“（{match.group(1)}）”",
                          Fix.replace(Span(block.span.path, block.span.line, block.span.column), "", "（"))


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    yield from _lost_points(doc)
    yield from _lost_openings(doc)
    for entries in outline(doc):
        for entry in entries:
            marker = entry.marker
            if marker is not None and marker.level == 1 and not marker.punct and marker.space:  # "一 标题"
                where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text))
                yield Finding(where, f"“{marker.text}”后应使用顿号，不用空格：写作“{marker.text}、”",
                              Fix.replace(where, marker.space, "、"))
                continue
            if marker is None or not marker.punct or (entry.is_part and marker.level != 1):
                continue  # a part numbered “1、” is to be “一、”, not “1.” (H002 says so)
            where = Span(entry.span.path, entry.span.line, entry.span.column + len(marker.text) - len(marker.punct))
            body = marker.text[: len(marker.text) - len(marker.punct)]
            if marker.level == 1 and marker.punct != "、":
                yield Finding(where, f"“{body}”后应使用顿号：写作“{body}、”", Fix.replace(where, marker.punct, "、"))
            elif marker.level in (2, 4):
                yield Finding(where, f"带括号的序号“{body}”后不加标点，请删去“{marker.punct}”",
                              Fix.replace(where, marker.punct, ""))
            elif marker.level == 3 and marker.punct not in (".", "．"):
                severity = Severity.WARNING if marker.punct == "、" else None
                yield Finding(where, f"阿拉伯数字序号后用下脚点：“{marker.text}”应写作“{body}.”",
                              Fix.replace(where, marker.punct, "."), severity=severity)


RULE = Rule(
    code="H005",
    name="marker-punct",
    summary="序号后的标点：一、（一）1.（1）",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("（一）、加强学习\n正文。", "（一）加强学习\n1、学法。正文。", "（一）加强学习\n1.学法。全年学法4次。\n2用法。正文。",
         "replace:一、2023年度推进法治政府建设的主要举措:一 2023年度推进法治政府建设的主要举措",
         "一）加强学习\n全年学法4次。"),
    good=("（一）加强学习\n1.学法。正文。\n2．用法。正文。", "（一）加强学习\n1.学法。全年学法4次。\n2人参加旁听庭审。"),
    fixable=True,
)
