"""党代会和全会的提法错误（T012 party-congress-phrasing）。

作用：查找把全会说成代表大会的全会、把两届全会连写等错误提法：“党的十九大和历届全会”
（应为“党的十九大和十九届历次全会”）、“十九大历次全会”（应为“十九届历次全会”）、
“二十大三中全会”（应为“二十届三中全会”）、“十九届六中二十届一中全会”（应分别写全）。
提法列在 lawreport/data/party_congress.txt（正则表达式、正确写法、原因），可以增补。
原因：全会是“××届中央委员会第×次全体会议”，属于某一届中央委员会，不属于代表大会；
中央文件和《人民日报》的规范提法是“党的十九大和十九届历次全会精神”“党的二十届三中全会”。
修复：不自动修复（提示正确写法）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.recall.common import phrasing_findings

PLENUM = ("全会",)
"""What every entry of party_congress.txt names (a text without it is not searched)."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    yield from phrasing_findings(doc, "party_congress.txt", needs=PLENUM)


RULE = Rule(
    code="T012",
    name="party-congress-phrasing",
    summary="党代会和全会的提法规范（十九届历次全会，不写十九大历次全会）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("深入学习党的十九大和历届全会精神。", "学习十九大历次全会精神。", "贯彻十九届六中二十届一中全会精神。",
         "学习二十大三中全会精神。"),
    good=("深入学习党的十九大和十九届历次全会精神，贯彻党的二十届三中全会精神。",),
)
