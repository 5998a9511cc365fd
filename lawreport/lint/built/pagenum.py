"""生成的 DOCX 页码不符合 GB/T 9704（D003 docx-pagenum）。

作用：检查 lawreport build 生成的 DOCX 的页脚：奇偶页不同（settings 中的 evenAndOddHeaders）；
奇数页页脚右对齐、右空一字，偶数页页脚左对齐、左空一字；页码写作“— N —”（一字线、空格、
PAGE 域、空格、一字线）；4 号（14 磅）宋体；页码行在版心下边缘之下约 7 mm（按页脚距页面
下边缘的距离和一行 4 号字的高度估算，允许 5–9 mm）。
原因：GB/T 9704-2012 7.5（domain.md §2、§6 第 45 条）。
修复：不自动修复。请检查模板的页脚后重新构建。
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.lint.base import Finding, Rule
from lawreport.lint.built import TWIPS_PER_MM

if TYPE_CHECKING:
    from lawreport.lint.built.package import BuiltDocx, BuiltParagraph

SIDES = {"default": ("奇数页", "right", "ind/right"), "even": ("偶数页", "left", "ind/left")}
_FORM = re.compile(r"^— N —$")
ONE_CHAR = (260, 340)
"""One character of 4号 (14 pt = 280 twips) or 3号 (16 pt = 320 twips), in twips."""
SIZE = 28
LINE_MM = 14 * 1.2 * 25.4 / 72
GAP_MM = (5.0, 9.0)


def _shown(paragraph: BuiltParagraph) -> str:
    text = "".join("N" if run.field else run.text for run in paragraph.runs)
    return re.sub("N+", "N", text).strip()


def _footer(built: BuiltDocx, kind: str) -> Iterator[str]:
    side, align, indent = SIDES[kind]
    paragraphs = [p for p in built.footers.get(kind, []) if p.runs]
    if not paragraphs:
        yield f"没有{side}页脚（页码）"
        return
    paragraph = paragraphs[0]
    if not any(run.field for run in paragraph.runs):
        yield f"{side}页脚中没有 PAGE 域，页码不会随页变化"
    elif not _FORM.match(_shown(paragraph)):
        yield f"{side}页码写作“{_shown(paragraph)}”，应为“— N —”（两边各一个一字线“—”）"
    if paragraph.ppr.get("jc/val") != align:
        yield f"{side}页码应{'右' if align == 'right' else '左'}对齐"
    if not ONE_CHAR[0] <= paragraph.twips(indent) <= ONE_CHAR[1]:
        yield f"{side}页码应{'右' if align == 'right' else '左'}空一字"
    for run in paragraph.runs:
        font = run.rpr.get("rFonts/eastAsia", "") + run.rpr.get("rFonts/ascii", "")
        if "宋体" not in font and "SimSun" not in font or int(run.rpr.get("sz/val", "0") or 0) != SIZE:
            yield f"{side}页码应为 4 号（14 磅）宋体"
            break


def check(built: BuiltDocx, options: None) -> Iterator[Finding]:
    if "evenAndOddHeaders" not in built.settings:
        yield Finding(built.span(), "没有设置奇偶页不同的页脚：奇数页页码居右、偶数页页码居左（settings 中的 evenAndOddHeaders）")
    for kind in SIDES:
        for message in dict.fromkeys(_footer(built, kind)):
            yield Finding(built.span(), message)
    try:
        distance = (int(built.section["pgMar/bottom"]) - int(built.section["pgMar/footer"])) / TWIPS_PER_MM
    except (KeyError, ValueError):
        return
    gap = distance - LINE_MM
    if not GAP_MM[0] <= gap <= GAP_MM[1]:
        yield Finding(built.span(), f"页码行在版心下边缘之下约 {gap:.1f} mm，应约为 7 mm（调整页脚距边界的距离）")


RULE = Rule(
    code="D003",
    name="docx-pagenum",
    summary="生成的 DOCX：页码“— N —”4 号宋体，奇数页居右、偶数页居左各空一字",
    check=check,
    doc=__doc__ or "",
    example_kind="docx",
    target="built",
    bad=("word/settings.xml:<w:evenAndOddHeaders/>=>", 'word/footer1.xml:w:val="right"=>w:val="center"',
         "word/footer2.xml:— </w:t>=>- </w:t>", 'word/footer1.xml:<w:sz w:val="28"/>=><w:sz w:val="21"/>'),
    good=("",),
)
