"""ReportDiff → terminal text: coloured on a terminal, plain (git word-diff markers) elsewhere.

Plain output marks deletions ``[-…-]`` and insertions ``{+…+}`` like ``git diff --word-diff``;
coloured output shows them red (struck through) and green instead. Long unchanged stretches
are shortened to their ends unless ``full`` is set.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import display_width, visible
from lawreport.diff.canonical import PREAMBLE_TITLE
from lawreport.diff.notes import combined_note, worth_noting
from lawreport.diff.result import (
    ADDED,
    CHANGED,
    DELETE,
    EQUAL,
    FOLLOWED,
    INSERT,
    REMOVED,
    UNCHANGED,
    VERDICTS,
    Evidence,
    FollowUp,
    Location,
    PartDiff,
    ReportDiff,
    SectionDiff,
    Segment,
    UnitDiff,
)
from lawreport.diff.terminal import pad
from lawreport.diff.units import units_warning

CONTEXT = 20
"""Unchanged characters kept on each side of a change in shortened output."""
_INDENT = "  "
_STYLES = {"del": "\x1b[31;9m", "ins": "\x1b[32;1m", "head": "\x1b[1m", "dim": "\x1b[2m", "warn": "\x1b[33;1m"}
_RESET = "\x1b[0m"
_OWN = re.compile("(" + "|".join(re.escape(code) for code in (*_STYLES.values(), _RESET)) + "|\n)")
SAME_YEAR_NOTE = "同一年度的两个版本：不统计沿用上年原文，也不检查上年安排的落实情况。"


def percent(value: float) -> str:
    """0.5797 → ``58.0%``."""
    return f"{value * 100:.1f}%"


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        return f"{_STYLES[style]}{text}{_RESET}" if self.color and text else text

    def segment(self, segment: Segment) -> str:
        if segment.op == DELETE:
            return self("del", segment.text) if self.color else f"[-{segment.text}-]"
        if segment.op == INSERT:
            return self("ins", segment.text) if self.color else f"{{+{segment.text}+}}"
        return segment.text


def shorten(text: str, first: bool, last: bool, context: int = CONTEXT) -> str:
    """An unchanged stretch cut to ``context`` characters beside each neighbouring change."""
    keep_head = 0 if first else context
    keep_tail = 0 if last else context
    if len(text) <= keep_head + keep_tail + 3:
        return text
    return text[:keep_head] + "…" + (text[len(text) - keep_tail:] if keep_tail else "")


def inline(segments: tuple[Segment, ...], paint: _Painter, full: bool) -> str:
    """Segments as one line with the changes marked."""
    pieces = []
    for position, segment in enumerate(segments):
        if segment.op == EQUAL and not full:
            pieces.append(shorten(segment.text, position == 0, position == len(segments) - 1))
        else:
            pieces.append(paint.segment(segment))
    return "".join(pieces)


_ROW_MARKS = {ADDED: "新增行", REMOVED: "删除行", UNCHANGED: "", CHANGED: "有修改"}


def table_lines(rows: list[UnitDiff], paint: _Painter, indent: str) -> Iterator[str]:
    """Rows of one table as a grid: cells padded to a common width, each cell's changes marked."""
    plain = _Painter(False)
    whole = {row.status for row in rows}
    if whole in ({ADDED}, {REMOVED}):  # a whole table added or removed: say so once, show it plainly
        yield indent + paint("ins" if whole == {ADDED} else "del", "[新增表格]" if whole == {ADDED} else "[删除表格]")
        rows = [row._replace(status=UNCHANGED, cells=tuple((Segment(EQUAL, "".join(s.text for s in cell)),)
                                                            for cell in row.cells)) for row in rows]
    shown = [[inline(cell, plain, True) for cell in row.cells] for row in rows]
    columns = max((len(cells) for cells in shown), default=0)
    widths = [max((display_width(cells[c]) for cells in shown if c < len(cells)), default=0) for c in range(columns)]
    for row, cells in zip(rows, shown, strict=True):
        painted = [inline(cell, paint, True) for cell in row.cells]
        padded = [text + " " * (widths[c] - display_width(cells[c])) for c, text in enumerate(painted)]
        padded += [pad("", widths[c]) for c in range(len(padded), columns)]
        mark = _ROW_MARKS.get(row.status, "")
        yield f"{indent}│ " + " │ ".join(padded) + " │" + (f"  {paint('dim', mark)}" if mark else "")


def _units(units: tuple[UnitDiff, ...], paint: _Painter, full: bool, depth: int) -> Iterator[str]:
    indent = _INDENT * depth
    quiet = 0
    position = 0
    while position < len(units):
        unit = units[position]
        if unit.kind == "row":
            rows = [unit]
            while position + len(rows) < len(units) and units[position + len(rows)].kind == "row" \
                    and units[position + len(rows)].table == unit.table:
                rows.append(units[position + len(rows)])
            position += len(rows)
            if all(row.status == UNCHANGED for row in rows):
                quiet += len(rows)
                continue
            if quiet:
                yield paint("dim", f"{indent}（{quiet} 段未改动）")
                quiet = 0
            yield from table_lines(rows, paint, indent)
            continue
        position += 1
        if unit.status == UNCHANGED:
            quiet += 1
            continue
        if quiet:
            yield paint("dim", f"{indent}（{quiet} 段未改动）")
            quiet = 0
        yield indent + inline(unit.segments, paint, full or unit.status in (ADDED, REMOVED))


def _section_line(section: SectionDiff, old_year: int, paint: _Painter) -> str:
    pad = _INDENT * (section.level - 1)
    if section.status == ADDED:
        assert section.new is not None
        return pad + paint("ins", f"[新增] {section.new.label}{section.new.title}")
    if section.status == REMOVED:
        assert section.old is not None
        return pad + paint("del", f"[删除] {section.old.label}{section.old.title}（{old_year} 年）")
    assert section.new is not None and section.old is not None
    notes = []
    if section.renamed or section.old.title != section.new.title:
        notes.append(f"改名：原“{section.old.title}”")
    if section.moved:
        notes.append(f"移动：{old_year} 年为 {section.old.label}")
    if section.status != UNCHANGED:
        notes.append(f"相似度 {percent(section.similarity)}")
    elif section.units:
        notes.append("未改动")
    line = pad + paint("head", section.new.label + section.new.title)
    return line + "  [" + "；".join(notes) + "]" if notes else line


def _part(part: PartDiff, diff: ReportDiff, paint: _Painter, full: bool) -> Iterator[str]:
    title = part.new_title or part.old_title or ""
    if part.status == ADDED:
        yield paint("ins", f"[新增部分] {part.label}{title}")
    elif part.status == REMOVED:
        yield paint("del", f"[删除部分] {part.label}{title}（{diff.old.year} 年）")
    else:
        share = part.copied_chars / part.new_chars if part.new_chars else 0.0
        copied = (f"；沿用上年原文 {part.copied_passages} 处 {part.copied_chars}/{part.new_chars} 字（{percent(share)}）"
                  if diff.across_years else "")
        yield paint("head", f"{part.label}{title}") + f"  相似度 {percent(part.similarity)}{copied}"
    yield from _units(part.units, paint, full, 1)
    for section in part.sections:
        yield _section_line(section, diff.old.year, paint)
        yield from _units(section.units, paint, full, section.level)
    yield ""


def where(location: Location | None, labels: dict[str, str]) -> str:
    """``一、（二）强化行政权力制约和监督`` for a location; ``导语`` for the preamble."""
    if location is None:
        return "—"
    head = labels.get(location.part, "")
    if not location.path:
        return head or location.label or PREAMBLE_TITLE
    return f"{head}{location.label}{location.path[-1].rstrip('。')}"


def old_labels(diff: ReportDiff) -> dict[str, str]:
    """Each part's number in the old report, for a place in it (:func:`where`)."""
    return {part.key: part.old_label or part.label for part in diff.parts}


def _copied(diff: ReportDiff, paint: _Painter, labels: dict[str, str], full: bool) -> Iterator[str]:
    total = sum(len(c.text) for c in diff.copied)
    flagged = [c for c in diff.copied if c.flagged]
    yield paint("head", f"沿用上年原文（不少于 {diff.options.min_copy} 字）：共 {len(diff.copied)} 处，{total} 字；"
                        f"其中在“存在的不足”“主要安排”中 {len(flagged)} 处")
    for passage in diff.copied if full else flagged:
        mark = paint("warn", "［注意］") if passage.flagged else ""
        kind = "整段" if passage.whole_paragraph else "片段"
        yield (f"{_INDENT}{mark}{where(passage.new, labels)}：{kind}沿用 {len(passage.text)} 字"
               f"（源自 {diff.old.year} 年 {where(passage.old, old_labels(diff))}）")
        yield f"{_INDENT * 2}“{passage.text}”"
    yield ""


def marked(evidence: Evidence, paint: _Painter) -> str:
    """An evidence sentence with its shared terms in 【】 (or bold on a terminal)."""
    pieces, cursor = [], 0
    for start, end in evidence.terms:
        pieces.append(evidence.sentence[cursor:start])
        term = evidence.sentence[start:end]
        pieces.append(paint("head", term) if paint.color else f"【{term}】")
        cursor = end
    pieces.append(evidence.sentence[cursor:])
    return "".join(pieces)


def _followup(item: FollowUp, diff: ReportDiff, paint: _Painter, labels: dict[str, str]) -> Iterator[str]:
    state = VERDICTS[item.verdict]
    if item.verdict != FOLLOWED:
        state = paint("warn", state)
    yield f"{_INDENT}{state}  得分 {item.score:.2f}  {item.label}{item.title}"
    if item.match is None:
        yield f"{_INDENT * 3}{diff.new.year} 年没有“主要举措和成效”部分"
        return
    verb = "对应" if item.verdict == FOLLOWED else "最接近"
    yield f"{_INDENT * 3}{verb}：{diff.new.year} 年 {where(item.match, labels)}"
    for evidence in item.evidence:
        yield f"{_INDENT * 3}· {marked(evidence, paint)}"


def followup_heading(diff: ReportDiff) -> str:
    """What the verdicts mean, with the thresholds in force."""
    low, high = diff.options.threshold, diff.options.followed
    return (f"{diff.old.year} 年主要安排的落实情况（得分不低于 {high:.2f} 为已落实，{low:.2f}～{high:.2f} 为可能落实，"
            f"低于 {low:.2f} 为未见落实；得分是安排中的词语在今年举措中出现的加权比例，【】内为共同的词语）：")


def _summary(part: PartDiff, old_year: int) -> str:
    """A part in the summary line: its similarity, or that it was added or removed (a removed part
    keeps last year's number, which this year's next part may have taken)."""
    if part.status == REMOVED:
        return f"{part.label}（{old_year} 年）已删除"
    if part.status == ADDED:
        return f"{part.label}新增"
    return f"{part.label or '导语'} {percent(part.similarity)}"


def render_text(diff: ReportDiff, color: bool = False, full: bool = False) -> str:
    """The whole diff for a terminal."""
    paint = _Painter(color)
    labels = {part.key: part.label for part in diff.parts}
    lines = [
        paint("head", f"比较 {diff.old.name} → {diff.new.name}：{diff.old.title} → {diff.new.title}"),
        *([paint("warn", "［注意］") + units_warning(diff.old.issuer, diff.new.issuer)] if diff.different_units else []),
        f"总体相似度 {percent(diff.similarity)}；"
        + "；".join(_summary(part, diff.old.year) for part in diff.parts),
        "",
    ]
    notes = worth_noting(diff.combined)  # a title over two parts: how its text was read, or that it could not be
    if notes:
        lines.extend([*(("［说明］" if item.divided else paint("warn", "［注意］")) + combined_note(item)
                        for item in notes), ""])
    for part in diff.parts:
        lines.extend(_part(part, diff, paint, full))
    if not diff.across_years:
        lines.append(SAME_YEAR_NOTE)
        return _shown("\n".join(lines) + "\n")
    lines.extend(_copied(diff, paint, labels, full))
    if diff.followups:
        lines.append(paint("head", followup_heading(diff)))
        for item in diff.followups:
            lines.extend(_followup(item, diff, paint, labels))
        for label, found in (("未见落实", diff.unfollowed), ("可能落实（请人工核对）", diff.uncertain)):
            lines.append(f"{label}的安排：{len(found)} 项" + ("：" + "；".join(f.title.rstrip("。") for f in found) if found else ""))
    return _shown("\n".join(lines) + "\n")


def _shown(text: str) -> str:
    """Control, format and bidi characters of the sources made visible (``<U+001B>``).

    A report received from elsewhere must not drive the terminal (escape sequences) nor
    reorder what the reviewer sees (bidi overrides); only our own colour codes stay.
    """
    return "".join(piece if _OWN.fullmatch(piece) else visible(piece) for piece in _OWN.split(text))
