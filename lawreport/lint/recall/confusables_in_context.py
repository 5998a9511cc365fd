"""只在特定语境下才能判定的误用词（T013 confusables-in-context）。

作用：查找在上下文中可以确定用错的词，例如与“复合型人才”等并列时写成“创新性”（应为
“创新型”），也包括并列修饰“××人才”的“复合型、应用型、创新性法治人才”（中间不带“的”，至多四个字）。词条列在 lawreport/data/confusables_in_context.txt（正则表达式、正确写法、原因），
只收在所写的语境中没有歧义的词条，可以增补。
原因：《现代汉语词典》：“××型”指类型，“××性”指性质；“创新型、复合型人才”是规范说法。
不看语境就报告会误报（“创新性成果”是对的），所以只在语境确定时报告。
修复：不自动修复（提示正确写法）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.recall.common import phrasing_findings

WORD = ("创新性",)
"""What every entry of confusables_in_context.txt matches (a text without it is not searched)."""


def check(doc: Document, options: None) -> Iterator[Finding]:
    yield from phrasing_findings(doc, "confusables_in_context.txt", needs=WORD)


RULE = Rule(
    code="T013",
    name="confusables-in-context",
    summary="特定语境中的误用词（创新性、复合型人才 → 创新型）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("培养创新性、复合型人才。", "培养复合型、创新性人才。", "培养复合型、应用型、创新性法治人才。"),
    good=("培养创新型、复合型人才，取得创新性成果。", "建设复合型、创新性的人才培养模式。",
          "引进复合型、创新性强的人才。"),
)
