"""短横线当作破折号（P012 hyphen-as-dash）。

作用：查找在汉字之间或段首单独用作破折号的短横线“-”（以及段首的“--”）：“落实规划-全面推进”
“-全面推进依法行政”。数字之间的“-”（电话、日期、编号、起止）不报（起止由 P007、N008 检查），
汉字之间的“--”由 P006 检查。只检查收到的报告（源文件中行首的“- ”是 Markdown 列表，由 T011 报告）。
原因：GB/T 15834-2011 4.11：破折号“——”占两个字的位置；短横线“-”是连接号的一种，只用于
数字、字母之间（4.13）。从网页或 Excel 复制的文字常把破折号变成“-”。
修复：不自动修复（可能是破折号，也可能是多余的符号，请作者确认）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import HAN_CLASS
from lawreport.lint.base import Document, Finding, Rule
from lawreport.lint.recall.common import scan
from lawreport.lint.text import TextUnit

_HYPHEN = re.compile(rf"(?<=[{HAN_CLASS}”》）])\s*-\s*(?=[{HAN_CLASS}“《（])|^-{{1,2}}\s*(?=[{HAN_CLASS}“《])")


def _message(match: re.Match[str], unit: TextUnit) -> str | None:
    text = unit.text
    start, end = match.span()
    if text[max(start - 1, 0):start] == "-" or text[end:end + 1] == "-":
        return None  # “--” between characters: P006
    return f"“{match.group().strip()}”用作破折号时应写作“——”（占两个字的位置）；如是多余的符号请删除"


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.received:  # in the sources a leading “- ” is a Markdown list (T011)
        yield from scan(doc, _HYPHEN, _message, needs="-")


RULE = Rule(
    code="P012",
    name="hyphen-as-dash",
    summary="破折号写作“——”，不用单个短横线“-”",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("（一）加强学习\n落实普法规划-全面推进依法行政。", "（一）加强学习\n-全面推进依法行政。"),
    good=("（一）加强学习\n落实普法规划——全面推进依法行政，咨询电话0451-12345678。",),
)
