"""生成的 DOCX 版面不符合 GB/T 9704（D001 docx-page）。

作用：检查 lawreport build 生成的 DOCX 的页面设置：A4 纸（210 mm × 297 mm）；页边距上 37 mm、
下 35 mm、左 28 mm、右 26 mm（各 ±1 mm），即版心 156 mm × 225 mm；每页 22 行（文档网格
type="lines" 的行距，或正文固定行距，在 28–29.5 磅之间，且版心高度除以行距为 22）；每行 28
字（正文字号加字间距后，版心宽度容纳 28 个字）。
原因：GB/T 9704-2012 5.1、5.2.1、5.2.3（domain.md §2、§6 第 43 条）。
修复：不自动修复。请检查 templates/reference.docx（或工作区的模板）的页面设置后重新构建。
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.lint.base import Finding, Rule
from lawreport.lint.built import TWIPS_PER_MM

if TYPE_CHECKING:
    from lawreport.lint.built.package import BuiltDocx, BuiltParagraph

PAGE = {"pgSz/w": ("纸宽", 210.0), "pgSz/h": ("纸高", 297.0)}
MARGINS = {"pgMar/top": ("上边距（天头）", 37.0), "pgMar/bottom": ("下边距", 35.0),
           "pgMar/left": ("左边距（订口）", 28.0), "pgMar/right": ("右边距", 26.0)}
TOLERANCE_MM = 1.0
PITCH_RANGE = (560, 590)
"""28–29.5 pt in twips."""
LINES, CHARS = 22, 28


def _mm(built: BuiltDocx, key: str) -> float | None:
    try:
        return int(float(built.section[key])) / TWIPS_PER_MM
    except (KeyError, ValueError):
        return None


def body_paragraph(built: BuiltDocx) -> BuiltParagraph | None:
    """The first body-text paragraph (style Body Text, or the first with a first-line indent)."""
    for paragraph in built.paragraphs:
        if paragraph.style_name.lower() == "body text" and paragraph.text.strip():
            return paragraph
    return next((p for p in built.paragraphs if p.twips("ind/firstLine") > 0), None)


def _line_pitch(built: BuiltDocx, body: BuiltParagraph | None) -> int | None:
    if built.section.get("docGrid/type") in ("lines", "linesAndChars") and "docGrid/linePitch" in built.section:
        return int(float(built.section["docGrid/linePitch"]))
    if body is not None and body.ppr.get("spacing/lineRule") == "exact":
        return body.twips("spacing/line") or None
    return None


def _char_pitch(body: BuiltParagraph) -> float:
    size = int(body.runs[0].rpr.get("sz/val", "32")) * 10 if body.runs else 320
    return size + float(body.runs[0].rpr.get("spacing/val", "0") if body.runs else 0)


def check(built: BuiltDocx, options: None) -> Iterator[Finding]:
    for key, (what, wanted) in {**PAGE, **MARGINS}.items():
        value = _mm(built, key)
        if value is None:
            yield Finding(built.span(), f"页面设置中没有{what}，应为 {wanted:g} mm")
        elif abs(value - wanted) > TOLERANCE_MM:
            yield Finding(built.span(), f"{what}是 {value:.1f} mm，GB/T 9704 要求 {wanted:g} mm（±1 mm）")
    body = body_paragraph(built)
    pitch = _line_pitch(built, body)
    height = (_mm(built, "pgSz/h") or 0) - (_mm(built, "pgMar/top") or 0) - (_mm(built, "pgMar/bottom") or 0)
    if pitch is None:
        yield Finding(built.span(), "没有文档网格或固定行距：每页应为 22 行（行距 28–29.5 磅）")
    elif not PITCH_RANGE[0] <= pitch <= PITCH_RANGE[1] or int(height * TWIPS_PER_MM // pitch) != LINES:
        yield Finding(built.span(), f"行距 {pitch / 20:g} 磅，每页 {int(height * TWIPS_PER_MM // pitch)} 行："
                                    "应为每页 22 行（行距 28–29.5 磅）")
    width = (_mm(built, "pgSz/w") or 0) - (_mm(built, "pgMar/left") or 0) - (_mm(built, "pgMar/right") or 0)
    if body is not None:
        chars = int(width * TWIPS_PER_MM // _char_pitch(body))
        if chars != CHARS:
            yield Finding(built.span(body), f"正文每行 {chars} 字，应为 28 字（调整正文字号或字间距）")


RULE = Rule(
    code="D001",
    name="docx-page",
    summary="生成的 DOCX：A4、页边距 37/35/28/26 mm、每页 22 行、每行 28 字",
    check=check,
    doc=__doc__ or "",
    example_kind="docx",
    target="built",
    bad=('word/document.xml:w:top="2098"=>w:top="1700"', 'word/document.xml:w:linePitch="579"=>w:linePitch="600"',
         'word/styles.xml:<w:spacing w:val="-5"/>=><w:spacing w:val="20"/>'),
    good=("",),
)
