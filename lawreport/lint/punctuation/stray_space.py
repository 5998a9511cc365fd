"""汉字或中文标点之间夹有空格（P010 stray-space）。

作用：查找夹在两个汉字（或汉字与全角标点）之间的半角空格、全角空格或不换行空格。引号和
书名号内部（如口号“法治筑梦 共谱华章”，口号中又用“”引了词语的也算）、序号后的空格（由 H006 检查）以及表格单元格中用来对齐的
空格（如“张  三”）不报；标题中单个的空格和联合行文的机关名称之间的空格（“中共示例县委 示例县人民政府关于……”，
网页上常排成两个或更多空格“中共示例县委  示例县人民政府”，属于版式）以及两句口号之间有意留的
单个空格（“加强法治政府建设 打造人民满意政府”，两边到标点为止各有六到四十个字、长短相当）也不报，转载网站在删节处“（略）”两侧加的空格也不报。
正文中联合发文的机关名称之间的空格（“中共中央办公厅 国务院办公厅印发”）报告，应改为顿号。
段首标题的句号与同一行正文之间的空格（“（二）规范执法。 一方面……”）也报：读入时标题和正文分开，
正文开头的空格在原文行中查找。行首缩进和行尾空白不报：读入时已经去掉，不会进入 DOCX 和 HTML。
原因：中文正文字与字之间不留空格，并列的机关名称之间用顿号（GB/T 15834-2011 4.6）；缩进和对齐属于版式（GB/T 9704-2012 首行缩进两字），
不应靠敲空格实现。多出的空格多是排版对齐或复制粘贴的残留。
修复：安全。删除这些空格；联合发文的机关名称之间换成顿号。
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from lawreport.cjk import cjk_at
from lawreport.lint.base import Document, Edit, Finding, Fix, Rule, Severity
from lawreport.lint.search import holding
from lawreport.lint.text import TextUnit, units
from lawreport.model import Span
from lawreport.text.numbering import parse_marker

_SPACES = re.compile("[ \u3000\u00a0]+")
_CLOSING = {"”": "“", "》": "《", "’": "‘"}
_MARKS = re.compile("[“”《》‘’]")
_ISSUER_ENDS = ("委", "政府", "委员会", "办公室", "厅", "局", "部", "院", "署", "办")
"""How the name of an issuing organ ends: a run of spaces after it in a title separates joint issuers."""
_LEFT_OUT = ("（略）", "(略)")
"""What a site writes where it left part of the report out."""
_NAMES = {" ": "空格", "\u3000": "全角空格", "\u00a0": "不换行空格"}
_JOINT_ISSUER = re.compile(r"[^\s，。；：、！？“”《》（）]{1,20}?(?:" + "|".join(_ISSUER_ENDS) + r")(?=联合|印发|发布|出台|制定|关于)")
"""The second of two organs issuing a document together, up to the verb: in running text the
gap before it stands for the 、 of 中共中央办公厅、国务院办公厅印发."""


def quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``text`` inside quotation marks or book-title marks that
    close, in order and apart: a slogan that quotes a term with the same marks (“践行“两山”理念
    守护绿水青山”) is one stretch. A mark that never closes encloses nothing. Each kind of mark
    is paired on its own, so that this takes linear time whatever the marks."""
    spans = []
    opened: dict[str, list[int]] = {opening: [] for opening in _CLOSING.values()}
    for mark in _MARKS.finditer(text):
        char = mark.group()
        if char in opened:
            opened[char].append(mark.start())
        elif opened[_CLOSING[char]]:
            spans.append((opened[_CLOSING[char]].pop(), mark.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _within(stretches: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """Whether ``position`` is strictly inside one of the ordered, disjoint ``stretches``."""
    index = bisect.bisect_left(starts, position) - 1
    return index >= 0 and position < stretches[index][1]


def gaps(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of spaces between CJK characters: what the regex
    ``(?<=[CJK])[ \u3000\u00a0]+(?=[CJK])`` finds (a full-width space counts as CJK too)."""
    for run in _SPACES.finditer(text):
        start, end = run.span()
        while start < end:
            stop = None
            if cjk_at(text, start - 1):
                stop = next((k for k in range(end, start, -1) if cjk_at(text, k)), None)
            if stop is None:
                start += 1
            else:
                yield start, stop
                start = stop


_PHRASE_END = "，。；：、！？“”‘’《》（）"
MIN_SLOGAN = 6
MAX_SLOGAN = 40
"""A slogan is short: a side longer than this up to the punctuation is a clause, not a slogan."""


def _between_slogans(text: str, start: int, end: int) -> bool:
    """A single space between two parallel slogans (“加强法治政府建设 打造人民满意政府”): six to
    forty characters on each side up to the punctuation, of about the same length, the space the
    only gap. Only that far is looked at, whatever the length of the paragraph."""
    left = text[max(0, start - MAX_SLOGAN - 1):start]
    right = text[end:end + MAX_SLOGAN + 1]
    stop = max((left.rfind(ch) for ch in _PHRASE_END), default=-1)
    if stop < 0 and start > MAX_SLOGAN:
        return False  # no punctuation within reach: longer than a slogan
    before = left[stop + 1:]
    stops = [right.find(ch) for ch in _PHRASE_END if ch in right]
    if not stops and len(text) - end > MAX_SLOGAN:
        return False
    after = right[: min(stops)] if stops else right
    return (MIN_SLOGAN <= len(before) <= MAX_SLOGAN and MIN_SLOGAN <= len(after) <= MAX_SLOGAN
            and abs(len(before) - len(after)) <= 2 and " " not in before + after and "\u3000" not in before + after)


def describe(written: str) -> str:
    """The spaces ``written`` in words: “空格”, “全角空格”, “2 个空格”, “3 个空格（全角 1 个）”."""
    kinds = [char for char in _NAMES if char in written]
    if len(kinds) == 1:
        name = _NAMES[kinds[0]]
        return name if len(written) == 1 else f"{len(written)} 个{name}"
    detail = "、".join(f"{_NAMES[char].removesuffix('空格') or '半角'} {written.count(char)} 个" for char in kinds)
    return f"{len(written)} 个空格（{detail}）"


def message(written: str) -> str:
    """The finding's message: “汉字之间多了空格，请删除”, “汉字之间多了 2 个空格，请删除”."""
    shown = describe(written)
    return f"汉字之间多了{' ' if shown[0].isdigit() else ''}{shown}，请删除"


def _between_issuers(unit: TextUnit, text: str, start: int, end: int) -> bool:
    """A gap in the title after the name of an organ: the layout between joint issuers (one space
    anywhere in a title is taken as such)."""
    return unit.kind == "title" and (end - start == 1 or text.endswith(_ISSUER_ENDS, 0, start))


def _joint_issuers(text: str, start: int, end: int) -> bool:
    """A gap in running text between the names of two organs that issue a document together."""
    return text.endswith(_ISSUER_ENDS, 0, start) and _JOINT_ISSUER.match(text, end) is not None


def _after_runin(doc: Document) -> Iterator[Finding]:
    """Spaces between a run-in heading (“（二）规范执法。”) and its body on the same line: the reader
    splits them into two units and strips the body's leading spaces, so they are found in the line."""
    every = units(doc)
    for before, unit in zip(every, every[1:], strict=False):
        if before.kind != "heading" or unit.kind != "paragraph" or not before.text or not unit.text:
            continue
        first = unit.span_at(0)
        if before.span_at(len(before.text) - 1).line != first.line:
            continue
        raw = doc.line(first.path, first.line)
        if raw is None or not cjk_at(unit.text, 0):
            continue
        head = raw[: first.column - 1]
        kept = head.rstrip(" \u3000\u00a0")
        written = head[len(kept):]
        if not written or not kept.strip() or not cjk_at(kept, len(kept) - 1):
            continue
        at = Span(first.path, first.line, len(kept) + 1)
        yield Finding(at, message(written), Fix((Edit(at.line, at.column, written, ""),)))


def check(doc: Document, options: None) -> Iterator[Finding]:
    yield from _after_runin(doc)
    for unit in holding(doc, " \u3000\u00a0"):  # most paragraphs hold no space
        if unit.kind == "cell":
            continue
        text = unit.text
        inside = quoted(text)
        starts = [start for start, _ in inside]
        marker = parse_marker(text) if unit.kind == "paragraph" else None
        for start, end in gaps(text):
            if _within(inside, starts, start):
                continue
            if marker is not None and start == len(marker.text):
                continue
            written = text[start:end]
            if _between_issuers(unit, text, start, end):
                continue
            if unit.kind != "title" and _joint_issuers(text, start, end):
                yield Finding(unit.span_at(start), f"联合发文的机关名称之间不用{describe(written)}，应使用顿号“、”",
                              unit.fix(start, written, "、"))
                continue
            if len(written) == 1 and _between_slogans(text, start, end):
                continue
            if text.startswith(_LEFT_OUT, end) or text.endswith(_LEFT_OUT, 0, start):
                continue  # the spaces a site sets around what it left out of the report: “…工作 （略） 二是…”
            yield Finding(unit.span_at(start), message(written), unit.fix(start, written, ""))


RULE = Rule(
    code="P010",
    name="stray-space",
    summary="汉字之间不留空格",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("全面推进 依法治校。", "形成“谁执法谁普法” 模式。", "全面推进  依法治校。",
         "根据中共中央办公厅 国务院办公厅印发的《法治政府建设与责任落实督察工作规定》。"),
    good=("全面推进依法治校，开展“法治筑梦 共谱华章”主题活动。", "以“践行“两山”理念 守护绿水青山”为主题。", "共有 35 名执法人员，使用 Word 软件。",
          "以“加强法治政府建设 打造人民满意政府”为主题开展活动，加强法治政府建设 打造人民满意政府。",
          "全年召开专题会议3次 （略） 二是规范执法程序。"),
    fixable=True,
)
