"""What diff says about a part title over several parts (“三、存在的问题和下一步打算”), in Chinese.

The terminal text, the HTML page and the audit row all say it in these words: how the text
under such a title was divided, or that it could not be, and what was therefore not checked.
"""

from __future__ import annotations

from lawreport.diff.result import FLAGGED_PARTS, MEASURES, PLANS, Combined


def _quoted(names: tuple[str, ...]) -> str:
    return "".join(f"“{name}”" for name in names)


def _where(item: Combined) -> str:
    return f"{item.year} 年的“{item.label}{item.title}”把{_quoted(item.names)}合写在一个标题下"


def _plans_unchecked(item: Combined) -> bool:
    """Last year's title over several parts, plans among them, whose text could not be divided:
    its plans are not followed up (lawreport.diff.shares.text_of)."""
    return item.side == "old" and not item.divided and PLANS in item.parts


def undivided_plans(items: tuple[Combined, ...]) -> list[Combined]:
    """The titles of ``items`` whose plans were not followed up (see :func:`_plans_unchecked`)."""
    return [item for item in items if _plans_unchecked(item)]


def unchecked(item: Combined) -> str:
    """What ``item`` not being divided changed in the checks ("" when nothing depends on it),
    as lawreport.diff.shares.text_of and the copied-text flags read such a title."""
    if item.divided:
        return ""
    said = []
    if _plans_unchecked(item):
        said.append("其中的安排没有检查落实情况")
    if item.side == "new" and MEASURES in item.parts:
        said.append("其中的全部文字都当作举措来对照上年的安排" if item.key == MEASURES
                    else "其中的举措没有用来对照上年的安排")
    flagged = [key in FLAGGED_PARTS for key in item.parts]
    if item.side == "new" and any(flagged) and not all(flagged):  # 举措 with 不足: which copied text is a warning?
        said.append("其中照搬上年的文字一律标为“注意”，举措部分的也是" if item.key in FLAGGED_PARTS
                    else "其中照搬上年的文字一律没有标为“注意”，不足部分的也没有")
    return "，".join(said)


def combined_note(item: Combined) -> str:
    """One sentence on ``item``: where each part's text begins, or that it could not be told."""
    if item.divided:
        said = []
        for number, (start, name) in enumerate(zip(item.starts, item.names, strict=True)):
            if number == 1 and not item.starts[0]:  # nothing names the first part: it is what stands before
                said.append(f"“{start}”之前为“{item.names[0]}”，从这里起为“{name}”")
            elif start:
                said.append(f"自“{start}”起为“{name}”")
        return f"{_where(item)}，已按其中的文字分开（安排落实和沿用上年原文按各自的部分检查，对比仍按原样显示）：{'，'.join(said)}。"
    later = _quoted(item.names[1:])
    if PLANS in item.parts[1:]:  # how plans are usually named, and how they open
        examples = f"“（二）下一步打算”“下一步工作打算：”，或以“下一步”“{item.year + 1}年”等开头的段落"
    else:
        examples = f"“（二）{item.names[1]}”“{item.names[1]}：”"
    consequence = unchecked(item)
    return (f"{_where(item)}，分不出哪些文字是{later}（按只写部分名称的小标题或段落来分，如{examples}；"
            "这里没有，或者前后不一致），所以没有分开"
            f"{('：' + consequence) if consequence else ''}。请把它们分成两个部分，或在其中加上这样的小标题。")


def worth_noting(items: tuple[Combined, ...]) -> list[Combined]:
    """The titles worth a note: every divided one (so that the reader sees how), and every undivided
    one that kept something unchecked."""
    return [item for item in items if item.divided or unchecked(item)]
