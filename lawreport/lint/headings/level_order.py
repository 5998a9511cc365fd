"""标题层级跳级（H002 heading-level-order）。

作用：检查每个标题是否位于紧邻的上一级之下：一、→（一）→ 1. →（1）。例如“（1）”直接位于
“四、”之下（跳过了（一）和 1.），或源文件中 ### 直接位于 # 之下。“1.”直接位于“一、”之下
（两级结构）在实际报告中常见，默认只作警告，可用选项 level3_under_part 调整
（error、warning 或 ignore）。
收到的报告中，部分标题用了其他层级的序号（“1.主要举措和成效”“（一）存在的问题”“1、工作安排”）时，
该部分仍按部分识别（不报告缺少部分），在部分标题处报告序号应为“一、二、三、”。
原因：GB/T 9704-2012 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”。
修复：不自动修复（需要作者决定层级）。
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.headings.common import LEVEL_NAMES, Entry, outline
from lawreport.text.numbering import to_chinese


class Options(NamedTuple):
    """Options of H002."""

    level3_under_part: str = "warning"
    """How to treat 1. directly under 一、: "error", "warning" or "ignore"."""

    CHOICES = {"level3_under_part": ("error", "warning", "ignore")}


_TIERS = {2: "二", 3: "三", 4: "四"}


def _part_marker(part: Entry) -> Finding | None:
    """A part title numbered in another family (“1.主要举措和成效”: lawreport.importing.partfamily)."""
    marker = part.marker
    if marker is None or marker.level == 1:
        return None
    want = f"“{to_chinese(marker.number)}、”" if marker.number is not None and 1 <= marker.number <= 99 else "“一、”级序号"
    return Finding(part.span, f"部分标题的序号写成了“{marker.text.strip()}”（这是第{_TIERS[marker.level]}层标题的序号）："
                              f"各部分（一级标题）依次用“一、二、三、”编号，这里应写作{want}")


def check(doc: Document, options: Options) -> Iterator[Finding]:
    for entries in outline(doc):
        misnumbered = _part_marker(entries[0]) if doc.received else None
        if misnumbered is not None:
            yield misnumbered
        reported: set[tuple[int, int]] = set()
        for entry in entries[1:]:
            parent = entry.parent
            if parent is None or entry.level <= parent.level + 1 or entry.mixed_with is not None:
                continue
            key = (id(parent), entry.level)
            if key in reported:
                continue
            reported.add(key)
            severity = None
            if entry.level == 3 and parent.level == 1:
                if options.level3_under_part == "ignore":
                    continue
                severity = Severity.WARNING if options.level3_under_part == "warning" else Severity.ERROR
            missing = "".join(f"“{LEVEL_NAMES[level]}”" for level in range(parent.level + 1, entry.level))
            where = f"“{parent.written}”" if parent.marker is not None or not parent.is_part else "部分标题"
            message = f"“{entry.written}”级标题直接位于{where}之下，跳过了{missing}级"
            if doc.kind == "sources":
                message += "（源文件中 # 为（一），## 为 1.，### 为（1））"
            else:
                message += f"：{LEVEL_NAMES[parent.level]}之下应使用{LEVEL_NAMES[parent.level + 1]}"
            yield Finding(entry.span, message, severity=severity)


RULE = Rule(
    code="H002",
    name="heading-level-order",
    summary="标题层级依次为 一、（一）1.（1），不跳级",
    check=check,
    doc=__doc__ or "",
    options=Options,
    example_kind="txt",
    bad=("（1）加强学习\n正文。\n（2）规范执法\n正文。",
         "replace:一、2023年度推进法治政府建设的主要举措:1.2023年度推进法治政府建设的主要举措"),
    good=("（一）加强学习\n1.学法。正文。\n（1）集中学习。正文。",),
)
