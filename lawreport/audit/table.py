"""The audit result as sheets of rows: the columns XLSX, CSV and the HTML dashboard share.

The rows of the summary and the findings are made one at a time from the stored rows each
time a sheet is read, so that writing ten thousand rows holds one of them.

Every text cell is shown as :func:`shown` makes it: text taken from a received report may hold
bidirectional-text controls (a unit name written “青岚县\u202e局法司\u202c” shows as 青岚县司法局),
terminal escapes and control characters; they are removed, line breaks kept, so that a table
shows the text in its real order (and a formula behind such a control is defused like any other).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import NamedTuple

from lawreport.audit.records import GROUPS, AuditResult, FileAudit, Place, PlanItem, SharedPassage
from lawreport.audit.sameunit import Other, others_text

PART_NAMES = {"measures": "举措和成效", "shortcomings": "不足和原因", "leadership": "第一责任人职责",
              "plans": "下一年度安排", "other": "其他情况"}
TYPE_NAMES = {"department": "部门", "government": "政府"}
LAYOUT_NAMES = {"statutory": "按规定部分", "thematic": "按主题", "excerpt": "节选"}
STATUS_NAMES = {"on-time": "按期", "late": "逾期", "early": "日期有误", "unknown": "无日期"}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
TOP_FINDINGS = 3

Cell = str | int | float | None


def shown(value: Cell) -> Cell:
    """``value`` as a table shows it: text without escapes, control or bidi characters (line breaks
    kept), a file name's bytes that are not UTF-8 as ``\\xNN``."""
    if not isinstance(value, str) or value.isprintable():
        return value
    from lawreport.text.controls import escape_undecodable, printable

    return "\n".join(printable(line) for line in escape_undecodable(value).split("\n"))


class Rows(Iterable[tuple[Cell, ...]]):
    """Rows made afresh each time they are iterated, every cell :func:`shown`."""

    def __init__(self, make: Callable[[], Iterable[tuple[Cell, ...]]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[tuple[Cell, ...]]:
        return (tuple(shown(value) for value in row) for row in self._make())


class Sheet(NamedTuple):
    """A named table: header and rows (iterable more than once)."""

    name: str
    header: tuple[str, ...]
    rows: Iterable[tuple[Cell, ...]]
    numeric: frozenset[int] = frozenset()
    """Columns holding numbers (sorted as numbers in the dashboard)."""
    percent: frozenset[int] = frozenset()
    """Columns holding a share 0–1, shown as a percentage (:func:`percent_text`; an XLSX cell formatted 0%)."""


def percent_text(value: float) -> str:
    """A share as the CSV and the dashboard show it: ``40%`` (rounded, as Excel's 0% format shows the XLSX cell)."""
    return f"{value:.0%}"


def _parts(keys: tuple[str, ...]) -> str:
    return "、".join(PART_NAMES.get(k, k) for k in keys)


def _plans(items: tuple[PlanItem, ...]) -> str:
    """Plan items one a line, each as its label and title (（三）开发……)."""
    return "\n".join(f"{p.label}{p.title}" for p in items)


def where(line: int, unit_of_line: str, page: int | None = None) -> str:
    """``第 12 行`` or ``第 12 段``; for a PDF ``第 12 段（第 3 页）``."""
    return f"第 {line} {unit_of_line}" + (f"（第 {page} 页）" if page is not None else "")


SHOWN_PLACES = 3
"""How many lines or paragraphs a summary names for one problem before “等 N 处”."""


def top_findings(row: FileAudit, count: int = TOP_FINDINGS) -> str:
    """The first problems, errors before warnings, one line each: ``code 第 N 行：message``; a
    problem found in several places is one line naming the first of them and how many there are
    (``P001 第 11、13、15 行等 25 处：…``), so that the summary shows different problems."""
    ranked = sorted(row.findings, key=lambda f: (("error", "warning", "info").index(f.severity), f.line, f.column))
    places: dict[tuple[str, str], list[int]] = {}
    for finding in ranked:
        places.setdefault((finding.code, finding.message), []).append(finding.line)
    lines = []
    for (code, message), found in list(places.items())[:count]:
        distinct = list(dict.fromkeys(found))
        named = "、".join(str(line) for line in distinct[:SHOWN_PLACES])
        more = f"等 {len(found)} 处" if len(found) > min(len(distinct), SHOWN_PLACES) else ""
        lines.append(f"{code} 第 {named} {row.unit_of_line}{more}：{message}")
    return "\n".join(lines)


def shared_by_file(passages: Iterable[SharedPassage]) -> dict[str, tuple[int, str]]:
    """File → (how many shared passages it has, the other units, in order of first mention)."""
    found: dict[str, tuple[int, list[str]]] = {}
    for passage in passages:
        for mine, other in ((passage.first, passage.second), (passage.second, passage.first)):
            count, others = found.get(mine.file, (0, []))
            if other.unit not in others:
                others.append(other.unit)
            found[mine.file] = (count + 1, others)
    return {file: (count, "、".join(others)) for file, (count, others) in found.items()}


SUMMARY_HEADER = ("文件", "单位", "类型", "标题", "年度", "能否读取", "无法读取的原因", "版式", "已有部分", "缺少部分", "部分顺序",
                  "落款", "成文日期", "报送期限", "是否按期", "期限问题", "发布日期", "错误", "警告",
                  *(f"{name}{kind}" for name in GROUPS.values() for kind in ("错误", "警告")),
                  "主要问题", "与上年相似度", "不足与上年相似度", "安排与上年相似度", "不足和安排沿用上年原文字数", "上年安排数", "上年安排未见落实", "上年安排可能落实", "雷同段落数", "雷同单位", "同一单位的其他文件", "批注副本")


def _summary_row(row: FileAudit, shared_with: dict[str, tuple[int, str]],
                 same_unit: Mapping[str, tuple[Other, ...]]) -> tuple[Cell, ...]:
    counts = {c.group: c for c in row.counts}
    per_group: list[Cell] = []
    for letter in GROUPS:
        count = counts.get(letter)
        per_group += [count.errors, count.warnings] if count else [None, None] if not row.readable else [0, 0]
    previous = row.previous
    shared, others = shared_with.get(row.path, (0, ""))
    return (
        row.path, row.unit, TYPE_NAMES.get(row.issuer_type, ""), row.title, row.year,
        "是" if row.readable else "否", row.reason,
        f"不像年度报告：{row.not_report}" if row.not_report else LAYOUT_NAMES.get(row.layout, row.layout),
        _parts(row.parts), _parts(row.missing),
        ("正常" if row.in_order else "顺序不同") if row.readable and not row.not_report else "",
        row.signature, row.date_text or row.deadline.date, row.deadline.limit,
        STATUS_NAMES[row.deadline.status] if row.readable and not row.not_report else "", "；".join(row.deadline.problems),
        row.deadline.published, row.errors if row.readable else None, row.warnings if row.readable else None,
        *per_group, top_findings(row),
        previous.similarity if previous else None,
        previous.shortcomings_similarity if previous else None, previous.plans_similarity if previous else None,
        previous.carried_chars if previous else None, previous.plans if previous else None,
        "\n".join(filter(None, (previous.note, _plans(previous.unfollowed)))) if previous else "",
        _plans(previous.possibly) if previous else "",
        shared if row.readable else None, others, others_text(same_unit.get(row.path, ())), row.annotated,
    )


SIMILARITY = ("与上年相似度", "不足与上年相似度", "安排与上年相似度")
"""The columns holding a similarity to last year's report (0–1, shown as a percentage)."""
SUMMARY_NUMERIC = frozenset(i for i, name in enumerate(SUMMARY_HEADER)
                            if name in ("年度", "错误", "警告", *SIMILARITY, "不足和安排沿用上年原文字数", "上年安排数", "雷同段落数")
                            or name.endswith(("错误", "警告")))
SUMMARY_PERCENT = frozenset(SUMMARY_HEADER.index(name) for name in SIMILARITY)


def summary(result: AuditResult) -> Sheet:
    """One row per file."""
    shared_with = shared_by_file(result.shared)
    return Sheet("汇总", SUMMARY_HEADER, Rows(lambda: (_summary_row(row, shared_with, result.same_unit) for row in result.files)),
                 SUMMARY_NUMERIC, SUMMARY_PERCENT)


def findings(result: AuditResult) -> Sheet:
    """One row per lint finding."""
    rows = Rows(lambda: (
        (row.path, row.unit, where(f.line, row.unit_of_line, f.page), f.code, f.name, GROUPS.get(f.code[:1], f.code[:1]),
         SEVERITY_NAMES.get(f.severity, f.severity), f.message)
        for row in result.files for f in row.findings))
    return Sheet("问题", ("文件", "单位", "位置", "规则", "规则名称", "规则组", "级别", "说明"), rows)


def _place(place: Place) -> tuple[Cell, ...]:
    return (place.unit, place.file, (place.part + " " if place.part else "") + where(place.line, place.unit_of_line),
            place.date)


def shared(result: AuditResult) -> Sheet:
    """One row per passage two units share."""
    rows = Rows(lambda: [(p.year, *_place(p.first), *_place(p.second), p.chars, p.text) for p in result.shared])
    return Sheet("雷同段落", ("年度", "单位甲", "文件甲", "位置甲", "成文日期甲", "单位乙", "文件乙", "位置乙", "成文日期乙",
                          "相同字数", "相同文字"), rows, frozenset({0, 9}))


def missing(result: AuditResult) -> Sheet:
    """Roster units without a report."""
    return Sheet("未报送", ("单位",), Rows(lambda: [(name,) for name in result.missing_units]))


def sheets(result: AuditResult) -> list[Sheet]:
    """Every sheet, in the order the workbook shows them (未报送 only with a roster)."""
    found = [summary(result), findings(result), shared(result)]
    if result.roster:
        found.append(missing(result))
    return found


class Tally(NamedTuple):
    """Counts over all files, for the dashboard's cards and the command's last line."""

    files: int
    unreadable: int
    late: int
    missing_parts: int
    """Readable reports that lack a required part."""
    with_errors: int
    annotated: int
    groups: list[tuple[str, str, int, int]]
    """(letter, name, errors, warnings) per rule group."""
    not_reports: int = 0
    """Readable files that are not a 法治政府建设年度报告 (a notice, a news item …)."""


def tally(files: Collection[FileAudit]) -> Tally:
    """One pass over ``files``."""
    totals = {letter: [0, 0] for letter in GROUPS}
    unreadable = late = missing = with_errors = annotated = others = 0
    for row in files:
        annotated += bool(row.annotated)
        if not row.readable:
            unreadable += 1
            continue
        others += bool(row.not_report)
        late += row.deadline.status == "late"
        missing += bool(row.missing)
        with_errors += row.errors > 0 and not row.not_report  # a notice's one S001 does not make it a report with errors
        for count in row.counts:
            slot = totals.setdefault(count.group, [0, 0])
            slot[0] += count.errors
            slot[1] += count.warnings
    groups = [(letter, GROUPS.get(letter, letter), e, w) for letter, (e, w) in totals.items()]
    return Tally(len(files), unreadable, late, missing, with_errors, annotated, groups, others)
