"""The reader's notes on a Word file: what it left out or changed, from the walker's counts."""

from __future__ import annotations

from lawreport.importing.docxruns import Counts
from lawreport.importing.lines import Received
from lawreport.model import Span


def report(received: Received, counts: Counts) -> None:
    """Add to ``received`` a note for each kind of content the reader did not import as text."""
    note = received.note
    counts.unseen.report(received)
    for number, kind in counts.chunks:
        note(f"这里嵌入了另一份{kind}（Word 的 altChunk，打开时才并入正文），其内容未导入；请在 Word 中打开并“另存为”"
             ".docx（Word 会把它转为正文）后重新导入", Span(received.path, number, 1))
    for name, numbers in sorted(counts.linked_fields.items()):
        shown = sorted(numbers)
        where = "、".join(str(n) for n in shown[:20]) + ("等" if len(shown) > 20 else "")
        note(f"含域 {name}（在第 {where} 段），显示的是它上次更新时从另一个文件（可能在别的电脑或网络共享上）取来的内容，"
             "已按显示的文字导入；请核对这些文字可以公开", Span(received.path, shown[0], 1))
    for name, numbers in sorted(counts.dated_fields.items()):
        shown = sorted(numbers)
        where = "、".join(str(n) for n in shown[:20]) + ("等" if len(shown) > 20 else "")
        note(f"含日期域 {name}（在第 {where} 段），在 Word/WPS 中打开、打印或保存时会自动变为当天的日期；已按显示的文字导入，"
             "请核对（成文日期应写成固定的文字，不用域）", Span(received.path, shown[0], 1))
    counts.comments.discard("")
    if counts.comments:
        note(f"文档含 {len(counts.comments)} 条批注，批注未导入")
    if counts.footnotes:
        note(f"文档含 {counts.footnotes} 个脚注/尾注，未导入")
    if counts.textboxes:
        note(f"文档含 {counts.textboxes} 个文本框或图形中的文字，未导入")
    if counts.images:
        note(f"文档含 {counts.images} 个图片或嵌入对象，未导入")
    if counts.bullets:
        note(f"{counts.bullets} 个项目符号（• 等）未导入，段落文字已导入")
    if counts.merged_cells:
        note(f"表格中有 {counts.merged_cells} 个横向合并的单元格，已拆为空单元格")
    if counts.multi_paragraph_cells:
        note(f"表格中有 {counts.multi_paragraph_cells} 个单元格含多个段落，已用空格连成一行")
