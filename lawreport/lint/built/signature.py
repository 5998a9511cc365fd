"""生成的 DOCX 落款位置不符合 GB/T 9704（D004 docx-signature）。

作用：检查 lawreport build 生成的 DOCX 的落款（不加盖印章时）：发文机关署名在正文（或附件
说明）之下空一行，右空二字；成文日期在下一行，首字比署名首字右移二字；成文日期比署名长时，
成文日期右空二字，署名相应左移。署名和日期按样式（Signature、Date）找到，宽度按汉字 1 字、
数字和拉丁字母半字计算，缩进按 3 号字（16 磅 = 1 字）换算，允许四分之一字的误差。
原因：GB/T 9704-2012 7.3.5.2（domain.md §2、§6 第 46 条）。加盖印章时成文日期右空四字
（7.3.5.1），lawreport 生成的是不加盖印章的版本。
修复：不自动修复。请检查模板的 Signature、Date 样式后重新构建。
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.cjk import em_width
from lawreport.lint.base import Finding, Rule

if TYPE_CHECKING:
    from lawreport.lint.built.package import BuiltDocx, BuiltParagraph

EM = 320
"""One character of 3号 (16 pt) in twips."""
TOLERANCE = 0.25
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def expected(signature: str, date: str) -> tuple[float, float]:
    """(signature, date) right indents in characters per GB/T 9704 7.3.5.2."""
    sig, day = em_width(signature), em_width(date)
    date_right = sig + 2 - day - 2
    if date_right >= 2:
        return 2.0, date_right
    return 4.0 + day - sig, 2.0


def find_closing(built: BuiltDocx) -> tuple[BuiltParagraph | None, BuiltParagraph | None]:
    """The 署名 and 成文日期 paragraphs (by their styles, else the last lines), or None."""
    texts = [p for p in built.paragraphs if p.text.strip()]
    date = next((p for p in reversed(texts) if p.style_name.lower() == "date"), None)
    if date is None and texts and _DATE.match(texts[-1].text.strip()):
        date = texts[-1]
    signature = next((p for p in reversed(texts) if p.style_name.lower() == "signature"), None)
    if signature is None and date is not None:
        index = texts.index(date)
        signature = texts[index - 1] if index > 0 else None
    return signature, date


def _right(paragraph: BuiltParagraph) -> float:
    if paragraph.ppr.get("jc/val") not in ("right", "end"):
        return -1.0
    chars = paragraph.twips("ind/rightChars", -1)
    return chars / 100 if chars >= 0 else paragraph.twips("ind/right") / EM


def check(built: BuiltDocx, options: None) -> Iterator[Finding]:
    signature, date = find_closing(built)
    if signature is None or date is None:
        yield Finding(built.span(built.paragraphs[-1] if built.paragraphs else None), "没有找到落款（署名和成文日期）")
        return
    if date.number != signature.number + 1:
        yield Finding(built.span(date), "成文日期应紧接在署名的下一行")
    before = built.paragraphs[signature.number - 2] if signature.number >= 2 else None
    blank_before = before is not None and not before.text.strip()
    if not blank_before and signature.twips("spacing/before") < EM * 1.5:
        yield Finding(built.span(signature), "署名应在正文之下空一行")
    want_sig, want_date = expected(signature.text.strip(), date.text.strip())
    for paragraph, want, what in ((signature, want_sig, "署名"), (date, want_date, "成文日期")):
        actual = _right(paragraph)
        if actual < 0:
            yield Finding(built.span(paragraph), f"{what}应右对齐，并右空 {want:g} 字")
        elif abs(actual - want) > TOLERANCE:
            yield Finding(built.span(paragraph), f"{what}右空 {actual:g} 字，按 GB/T 9704 7.3.5.2 应右空 {want:g} 字"
                                                 "（署名右空二字，日期首字比署名首字右移二字）")


RULE = Rule(
    code="D004",
    name="docx-signature",
    summary="生成的 DOCX：署名右空二字，成文日期首字比署名右移二字",
    check=check,
    doc=__doc__ or "",
    example_kind="docx",
    target="built",
    bad=('word/document.xml:w:rightChars="200"=>w:rightChars="400"',
         'word/styles.xml:w:before="579"=>w:before="0"'),
    good=("",),
)
