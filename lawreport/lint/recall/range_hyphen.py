"""数值起止用了短横线，起止年份重复写“年”或缺“年”（N008 number-range-hyphen）。

作用：查找带量词或单位的数值起止写成短横线或浪纹以外的写法：“1-4年级”“3-5天”“10-20人”，
起止年份两处都写“年”又用短横线连接的“2021年-2025年”，以及括号中的起止年份缺“年”：
规划、纲要名称中的“（2021—2025）”应为“（2021—2025年）”。P007 已检查的纯年份起止的连接号
（“2021-2025年”“（2021-2025）”中的“-”）、月份起止和 T003 已指出的常引文件名称
（“《法治政府建设实施纲要（2021—2025）》”）不重复报告。
原因：GB/T 15835-2011 4.2.3、GB/T 15834-2011 4.13：数值范围用浪纹线“～”或一字线“—”连接，
不用短横线；起止年份写作“2021—2025年”，前一个年份后不必重复“年”，后一个年份后的“年”不能省略。
修复：不自动修复（“～”与“—”按所写的是数值还是序号选用，请作者确认）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.recall.common import scan
from lawreport.lint.terms import known_titles
from lawreport.lint.text import TextUnit

_UNITS = "年级|个月|小时|分钟|周岁|岁|天|日|个|次|人次|人|项|家|件|所|场|期|批|篇|条|户|名|万元|亿元|元|%|％"
_DASHES = "-－–"
_YEAR = r"((?:19|20)\d{2})"
_RANGE = re.compile(rf"(?<![\d\-./:年])(\d{{1,3}})\s*[{_DASHES}]\s*(\d{{1,3}})\s*({_UNITS})|"
                    rf"{_YEAR}年\s*[{_DASHES}~～]\s*{_YEAR}年|"
                    rf"(?<=[（(]){_YEAR}\s*[{_DASHES}—~～]\s*{_YEAR}(?=[）)])")


def _message(match: re.Match[str], unit: TextUnit) -> str | None:
    if match.group(4):
        return f"起止年份“{match.group()}”应写作“{match.group(4)}—{match.group(5)}年”"
    if match.group(6):
        if known_titles.misquoted_at(unit.text, match.start()):
            return None
        return f"括号中的起止年份“{match.group()}”缺“年”，应写作“{match.group(6)}—{match.group(7)}年”"
    return (f"数值起止“{match.group()}”不用短横线，应写作“{match.group(1)}～{match.group(2)}{match.group(3)}”"
            f"（序号起止用“—”）")


def check(doc: Document, options: None) -> Iterator[Finding]:
    yield from scan(doc, _RANGE, _message, needs=_DASHES + "—~～")


RULE = Rule(
    code="N008",
    name="number-range-hyphen",
    summary="数值起止用“～”或“—”，起止年份写作“2021—2025年”",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("组织1-4年级学生参加。", "落实2021年-2025年规划。", "培训3-5天。", "印发《青石县法治政府建设实施方案（2021—2025）》。"),
    good=("组织1～4年级学生参加，落实2021—2025年规划，咨询电话0451-8765。",
          "印发《法治建设规划（2021—2025年）》，编号（2021-0025）。",
          "落实《法治政府建设实施纲要（2021—2025）》（T003 指出规范名称）。"),
)
