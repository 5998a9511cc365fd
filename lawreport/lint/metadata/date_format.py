"""成文日期写法不规范（M004 date-format）。

作用：检查收到的报告落款中的成文日期是否写作“2024年2月20日”：用阿拉伯数字，年份四位，
月、日不编虚位。“2024年02月20日”“二〇二四年二月二十日”“2024.2.20”“2024-02-20”都不规范。
源文件中的 date 由 lawreport 统一排成规范格式，不检查。
原因：GB/T 9704-2012 7.3.5.4：成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，
月、日不编虚位（即 1 不编为 01）。
修复：补零的写法可安全修复；其他写法不自动修复。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Edit, Finding, Fix, Rule
from lawreport.lint.text import line_map

_GOOD = re.compile(r"^\d{4}年[1-9]\d?月[1-9]\d?日$")
_PADDED = re.compile(r"^(\d{4})年0?([1-9]\d?)月0?([1-9]\d?)日$")


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    written = (meta.date_text or "").strip()
    if not written or _GOOD.match(written):
        return
    span = line_map(doc, meta.span("date"), written).span_at(0)
    padded = _PADDED.match(written)
    if padded:
        fixed = f"{padded[1]}年{padded[2]}月{padded[3]}日"
        raw = doc.line(span.path, span.line) or ""
        fix = Fix((Edit(span.line, span.column, written, fixed),)) if raw[span.column - 1:].startswith(written) else None
        yield Finding(span, f"成文日期的月、日不补零：应写作“{fixed}”", fix)
        return
    yield Finding(span, f"成文日期“{written}”应用阿拉伯数字写作“2024年2月20日”的形式")


RULE = Rule(
    code="M004",
    name="date-format",
    summary="成文日期写作“2024年2月20日”",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("replace:2024年2月20日:2024年02月20日", "replace:2024年2月20日:二〇二四年二月二十日"),
    good=("（一）加强学习\n正文。",),
    fixable=True,
)
