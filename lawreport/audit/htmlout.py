"""The self-contained HTML dashboard: counts, rule groups, a sortable table, shared passages, missing units.

Rendered through a sandboxed Jinja environment with autoescaping, so that everything taken
from the received reports is text. The page loads nothing and runs only its own sorting script,
which its Content-Security-Policy names by hash: no script or active content from a source can run.
The page is written as the template produces it, a table row at a time from the stored rows.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Iterator
from importlib import resources
from pathlib import PurePath
from typing import Any, BinaryIO

from lawreport.audit.records import AuditResult, Place
from lawreport.audit.table import Sheet, Tally, percent_text, shown, summary, tally, where
from lawreport.render.wordunits import name_parts

WHO = "单位或文件"
"""The first column, which names the row: the unit, or the file's name when no unit was read (an
unreadable file, an untitled excerpt). It stays in view while the table scrolls sideways."""
SHOWN = (WHO, "类型", "年度", "版式", "缺少部分", "部分顺序", "成文日期", "是否按期", "期限问题", "错误", "警告",
         "主要问题", "与上年相似度", "不足与上年相似度", "安排与上年相似度", "上年安排未见落实", "上年安排可能落实", "雷同单位", "同一单位的其他文件", "标题", "文件")
_CSS = {WHO: "who", "类型": "short", "年度": "short", "版式": "short", "部分顺序": "short", "成文日期": "short", "是否按期": "short",
        "主要问题": "pre wide", "上年安排未见落实": "pre mid", "上年安排可能落实": "pre mid", "期限问题": "pre mid", "缺少部分": "pre", "雷同单位": "pre", "同一单位的其他文件": "pre",
        "标题": "title", "文件": "file"}


def _template_text(name: str) -> str:
    return resources.files("lawreport.audit").joinpath("templates", name).read_text(encoding="utf-8")


def _columns(sheet: Sheet) -> list[tuple[str, bool]]:
    index = {name: i for i, name in enumerate(sheet.header)}
    return [(name, name in index and index[name] in sheet.numeric) for name in SHOWN]


def _rows(sheet: Sheet, columns: list[tuple[str, bool]]) -> Iterator[dict[str, Any]]:
    index = {name: i for i, name in enumerate(sheet.header)}
    for values in sheet.rows:
        path = str(values[index["文件"]])
        cells = []
        for name, numeric in columns:
            # the row's name: its unit, else the file's own name (the full path is the 文件 column and the tooltip)
            value = (values[index["单位"]] or PurePath(path).name) if name == WHO else values[index[name]]
            if name == "主要问题" and values[index["能否读取"]] == "否":
                value = "无法读取：" + str(values[index["无法读取的原因"]])
            percent = index.get(name) in sheet.percent
            text = "" if value is None else (percent_text(value) if percent and isinstance(value, float) else str(value))
            css = "num" if numeric else _CSS.get(name, "")
            # a unit's name wraps only between its parts (示例县 / 河口镇 / 人民政府); a file's name anywhere
            words = name_parts(text) if name == WHO and values[index["单位"]] else (text,)
            if len(words) > 1:
                css += " name"
            if name == "是否按期" and value in ("逾期", "日期有误"):
                css += " late"
            cells.append({"text": text, "words": words, "css": css, "sort": None if not numeric else ("" if value is None else value),
                          "title": path if name == WHO else None})
        yield {"readable": values[index["能否读取"]] == "是", "cells": cells}


def _place(place: Place) -> dict[str, Any]:
    unit = shown(place.unit)
    return {"unit": unit, "unit_words": name_parts(unit) if isinstance(unit, str) else (), "file": shown(place.file), "date": place.date,
            "where": shown((place.part + " " if place.part else "") + where(place.line, place.unit_of_line))}


def _cards(result: AuditResult, counts: Tally) -> list[tuple[str, int, bool]]:
    cards = [("收到的文件", counts.files, False), ("无法读取", counts.unreadable, True),
             ("逾期", counts.late, True), ("缺少部分", counts.missing_parts, True),
             ("有错误的报告", counts.with_errors, True), ("雷同段落", len(result.shared), True)]
    if counts.not_reports:  # shown only when some file is not a report (a notice, a news item …)
        cards.insert(2, ("不像年度报告", counts.not_reports, True))
    if result.roster:
        cards.append(("未报送单位", len(result.missing_units), True))
    return cards


def html_pieces(result: AuditResult, heading: str = "法治政府建设年度报告审查结果") -> Iterator[str]:
    """The dashboard page, in pieces as the template produces them."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment
    from markupsafe import Markup

    environment = ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    template = environment.from_string(_template_text("audit.html.j2"))
    script = _template_text("sort.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    sheet = summary(result)
    columns = _columns(sheet)
    counts = tally(result.files)
    groups = counts.groups
    shared = [{"first": _place(p.first), "second": _place(p.second), "chars": p.chars, "text": shown(p.text)}
              for p in result.shared]
    return template.generate(
        heading=heading, cards=_cards(result, counts), groups=groups,
        group_max=max([e + w for _, _, e, w in groups] + [1]), columns=columns, rows=_rows(sheet, columns),
        shared=shared, roster=result.roster, missing=[shown(name) for name in result.missing_units],
        script=Markup(script), script_hash=f"sha256-{digest}",
    )


def write_html(result: AuditResult, stream: BinaryIO) -> None:
    """Write the dashboard to ``stream`` as one UTF-8 HTML page."""
    for piece in html_pieces(result):
        stream.write(piece.encode("utf-8"))


def render_html(result: AuditResult) -> bytes:
    """The dashboard page, in memory."""
    buffer = io.BytesIO()
    write_html(result, buffer)
    return buffer.getvalue()
