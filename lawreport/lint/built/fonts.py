"""生成的 DOCX 字体、字号不符合 GB/T 9704（D002 docx-fonts）。

作用：按段落样式检查 lawreport build 生成的 DOCX：标题（Title）2 号（22 磅）小标宋、居中；
正文（Body Text）3 号（16 磅）仿宋、首行缩进 2 字（32 磅）；一级标题黑体、二级标题楷体、
三四级标题仿宋，都是 3 号。段首标题（正文段落开头用标题字符样式的文字）按其级别检查字体。
加粗属于各地的习惯，不检查。看的是每个文字段的实际字体（中文字体 eastAsia）和字号。
原因：GB/T 9704-2012 5.2.2、7.3.1、7.3.3（domain.md §2、§6 第 44 条）。
修复：不自动修复。请检查模板中的样式后重新构建。
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.lint.base import Finding, Rule

if TYPE_CHECKING:
    from lawreport.lint.built.package import BuiltDocx, BuiltParagraph, BuiltRun

FAMILIES = {"title": ("小标宋",), "body": ("仿宋",), "heading 1": ("黑体",), "heading 2": ("楷体",),
            "heading 3": ("仿宋",), "heading 4": ("仿宋",)}
NAMES = {"title": "标题", "body": "正文", "heading 1": "一级标题", "heading 2": "二级标题",
         "heading 3": "三级标题", "heading 4": "四级标题"}
SIZES = {"title": 44, "body": 32}
"""Half-points: 2号 = 22 pt, 3号 = 16 pt (headings too)."""
INDENT_TWIPS, INDENT_CHARS = 640, 200


def role(paragraph: BuiltParagraph) -> str | None:
    """"title", "body", "heading N" or None (a paragraph these checks leave alone)."""
    name = paragraph.style_name.lower()
    if name == "title":
        return "title"
    if name == "body text":
        return "body"
    if name in FAMILIES:
        return name
    return None


def _run_role(run: BuiltRun, paragraph_role: str) -> str:
    style = run.rpr.get("rStyle/val", "")
    for level in range(1, 5):
        if style.lower() in (f"heading{level}char", f"heading {level} char"):
            return f"heading {level}"
    return paragraph_role


def _run_problems(paragraph: BuiltParagraph, kind: str) -> Iterator[str]:
    for run in paragraph.runs:
        if not run.text.strip():
            continue
        what = _run_role(run, kind)
        font = run.rpr.get("rFonts/eastAsia") or run.rpr.get("rFonts/ascii", "")
        if not any(family in font for family in FAMILIES[what]):
            yield f"{NAMES[what]}的字体是“{font or '未指定'}”，应为{FAMILIES[what][0]}"
        size = int(run.rpr.get("sz/val", "0") or 0)
        wanted = SIZES.get(what, 32)
        if size != wanted:
            yield f"{NAMES[what]}的字号是 {size / 2:g} 磅，应为 {wanted / 2:g} 磅"


def _problems(built: BuiltDocx) -> Iterator[tuple[BuiltParagraph, str]]:
    for paragraph in built.paragraphs:
        kind = role(paragraph)
        if kind is None or not paragraph.text.strip():
            continue
        for message in dict.fromkeys(_run_problems(paragraph, kind)):
            yield paragraph, message
        if kind == "title" and paragraph.ppr.get("jc/val") != "center":
            yield paragraph, "标题应居中"
        if kind == "body":
            chars = paragraph.twips("ind/firstLineChars", -1)
            if chars != INDENT_CHARS and abs(paragraph.twips("ind/firstLine") - INDENT_TWIPS) > 20:
                yield paragraph, "正文段落首行应缩进 2 字（32 磅）"


def check(built: BuiltDocx, options: None) -> Iterator[Finding]:
    """One finding per problem, at its first paragraph (a style defect repeats on every paragraph)."""
    first: dict[str, BuiltParagraph] = {}
    count: dict[str, int] = {}
    for paragraph, message in _problems(built):
        first.setdefault(message, paragraph)
        count[message] = count.get(message, 0) + 1
    for message, paragraph in first.items():
        more = f"（共 {count[message]} 段）" if count[message] > 1 else ""
        yield Finding(built.span(paragraph), message + more)


RULE = Rule(
    code="D002",
    name="docx-fonts",
    summary="生成的 DOCX：标题 2 号小标宋居中，正文 3 号仿宋首行缩进 2 字，各级标题字体",
    check=check,
    doc=__doc__ or "",
    example_kind="docx",
    target="built",
    bad=('word/styles.xml:<w:sz w:val="44"/>=><w:sz w:val="36"/>',
         'word/styles.xml:w:eastAsia="黑体"=>w:eastAsia="宋体"',
         'word/styles.xml:<w:ind w:firstLineChars="200" w:firstLine="640"/>=><w:ind w:firstLineChars="0" w:firstLine="0"/>'),
    good=("",),
)
