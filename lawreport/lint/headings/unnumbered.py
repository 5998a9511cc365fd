"""收到的 Word 报告中标题没有序号（H011 heading-unnumbered）。

作用：查找收到的 Word 报告（.docx）中没有序号的部分标题和小标题：它们由 Word 的大纲级别（“标题 1”
“标题 2”等样式）认作标题，但既没有手写的“一、”“（一）”“1.”“（1）”，也没有 Word/WPS 的自动编号，
打开文档看到的标题前面没有序号（程序生成的文档、套用“标题”样式而没有编号的文档常见）。在第一个没有
序号的标题处报告一次，写明共有几个、应从哪个序号写起。
原因：GB/T 9704-2012 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”；没有序号，读者分不清层级。
只查 Word 文档：文本文件中没有序号的行不会被认作标题；Markdown 源文件的序号由 lawreport 生成。
修复：不自动修复（请在 Word/WPS 中为各级标题写上序号，或设置自动编号）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.headings.common import LEVEL_NAMES, Entry, outline

_NUMBER = re.compile(r"[（(]?[0-9０-９一二三四五六七八九十〇]{1,4}[、.．，,)）]")


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "docx":
        return
    missing: list[Entry] = [entry for entries in outline(doc) for entry in entries
                            if entry.marker is None and not _numbered(doc, entry)
                            and (not entry.is_part or _titled(doc, entry))]
    if not missing:
        return
    first = missing[0]
    kinds = "".join(f"“{name}”" for name in dict.fromkeys(LEVEL_NAMES.get(entry.level, "") for entry in missing) if name)
    count = (f"共 {len(missing)} 个标题没有序号（{kinds}各级），这是第一个" if len(missing) > 1
             else f"这个标题没有序号（应为{kinds}这一级）")
    yield Finding(first.span, f"{count}：各级标题应依次用“一、”“（一）”“1.”“（1）”编号，请在 Word/WPS 中写上序号或设置自动编号")


def _titled(doc: Document, entry: Entry) -> bool:
    """A part with a title of its own (not the text before the first part)."""
    part = next((part for part in doc.report.parts if part.key == entry.part), None)
    return part is not None and bool(part.title.strip())


def _numbered(doc: Document, entry: Entry) -> bool:
    """The heading's line starts with something numbered all the same: another family's number
    (H002/H004 report it), or one glued to digits (Word's “1.” before “2023年……”)."""
    raw = (doc.line(entry.span.path, entry.span.line) or "").lstrip(" \t\u3000")
    return _NUMBER.match(raw) is not None


RULE = Rule(
    code="H011",
    name="heading-unnumbered",
    summary="收到的 Word 报告中各级标题有序号",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="received-docx",
    bad=("word/document.xml:（一）=>",),
    good=("",),
)
