"""Where the report starts in a web copy: its title among the page furniture.

A web copy often shows the title twice (as the page heading and again above the text), puts
the site's column name ("工作报告", "政府信息公开") above it, and breaks a long title over two
or three lines. The title is the last group of short lines before the first sentence that
names the report; what stands above it in the page head is set aside with the furniture.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lawreport.importing import docinfo
from lawreport.importing.lines import Line
from lawreport.received import labels
from lawreport.received.caption import byline_line
from lawreport.received.furniture import MAX_HEAD_LINES, Furniture, is_sentence
from lawreport.text.docnumber import is_doc_number

_TITLE_WORDS = (("法治", 2), ("报告", 2), ("情况", 1), ("总结", 1))
MIN_TITLE_SCORE = 4


class Head(NamedTuple):
    """The title lines found in a page head, and the other head lines to set aside."""

    title: tuple[int, ...]
    aside: frozenset[int]
    """Page column names and the other copies of the title."""


def _score(text: str) -> int:
    score = sum(weight for word, weight in _TITLE_WORDS if word in text)
    return score + (1 if docinfo.year_in(text) is not None else 0)


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def find_head(lines: list[Line], furniture: Furniture) -> Head:
    """The title among the furniture at the top of ``lines`` (nothing when the top has no furniture)."""
    head_furniture = [index for index in furniture.indices if index < MAX_HEAD_LINES]
    if not head_furniture:
        return Head((), frozenset())
    end = 0
    while end < min(len(lines), MAX_HEAD_LINES):
        line = lines[end]
        if end not in furniture.indices and (line.table is not None or is_sentence(line)
                                             or docinfo.is_addressee(line)):
            break
        end += 1
    candidates = [index for index in range(end) if index not in furniture.indices]
    runs = [run[-docinfo.MAX_TITLE_LINES:] for run in _runs(candidates)]
    scored = [(_score("".join(lines[i].text for i in run)), position, run) for position, run in enumerate(runs)]
    best = max(scored, default=None, key=lambda item: (item[0], item[1]))
    if best is None or best[0] < 2:
        return Head((), frozenset())
    title = tuple(best[2])
    text = _squeeze("".join(lines[i].text for i in title))
    aside = {index for index in candidates if index < title[0]}
    for run in runs:
        joined = "".join(lines[i].text for i in run)
        if run != best[2] and (_squeeze(joined) == text or (run[0] > title[-1] and _names_a_report(joined))):
            aside.update(run)  # the title again, or the document's own wording of the page's title
    return Head(title, frozenset(aside))


def _squeeze(text: str) -> str:
    """``text`` without spaces, and without the bars of a one-cell table row copied as text (“| …报告 |”)."""
    return re.sub(r"\s+", "", text).strip("|｜")


def repeated_title(lines: list[Line], aside: frozenset[int]) -> frozenset[int]:
    """The lines that repeat the title right below it (a web copy's page heading and text heading).

    The title is the first group of short lines (up to three); a group just below it with the
    same text is the repeat. Of two whole titles in other words, one right below the other, the
    first is the page's heading and is set aside: the second, just above the text, is the document's
    own (unless it names no office and the heading does, when the heading stays the title).
    """
    kept = [index for index in range(min(len(lines), MAX_HEAD_LINES)) if index not in aside]
    for size in range(1, docinfo.MAX_TITLE_LINES + 1):
        first, second = kept[:size], kept[size : 2 * size]
        if len(second) < size or any(is_sentence(lines[i]) or lines[i].table is not None for i in first + second):
            continue
        above, below = (_squeeze("".join(lines[i].text for i in group)) for group in (first, second))
        if above == below:
            return frozenset(second)
        if size == 1 and docinfo.page_title(above) == below:
            return frozenset(first)  # “《……报告》(全文)” above the title itself
    shorts: list[int] = []  # the short lines at the top, before the first sentence
    for index in kept[: docinfo.MAX_TITLE_LINES + 1]:
        if is_sentence(lines[index]) or lines[index].table is not None:
            break
        shorts.append(index)
    for size in range(2, len(shorts)):
        group, after = shorts[:size], shorts[size]
        joined = "".join(lines[i].text for i in group)
        if _squeeze(lines[after].text) == _squeeze(lines[group[-1]].text) and _names_a_report(joined):
            return frozenset((after,))  # the title's last line again (“××县人民政府” / “关于……的报告” twice)
        below = "".join(lines[i].text for i in shorts[1 : size + 1])
        if _squeeze(lines[group[0]].text) == _squeeze(below):
            return frozenset(group[:1])  # the page title on one line above the title broken over two or three
        if size == 2 and _whole_title(lines[group[0]]) and _names_a_report(below) and _office_alone(lines[shorts[1]]):
            return frozenset(group[:1])  # the page's heading above the document's own title on two lines (“××镇人民政府” / “关于……的报告”)
    if len(kept) >= 2 and all(_whole_title(lines[i]) for i in kept[:2]):
        if byline_line([lines[i] for i in kept[1:4]]) == 1:
            return frozenset(kept[:1])  # the page's title above the document's title block (its title, byline, date)
        # the page's heading above the document's own title in other words (“…情况报告” / “…工作报告”):
        # the document's, just above the text, is the title, unless it names no office and the heading does
        named = docinfo.issuer_in_title(lines[kept[1]].text) is not None
        return frozenset(kept[:1] if named else kept[1:2])
    return frozenset()


def _office_alone(line: Line) -> bool:
    """A line that is only an office's name (“××县人民政府”, “中共××镇委员会”): a title's first line."""
    text = _squeeze(line.text)
    return line.table is None and docinfo.office_name(text) == text


def _whole_title(line: Line) -> bool:
    """A line that is a report's title by itself: short, no sentence, ending in 报告, naming it."""
    return line.table is None and not is_sentence(line) and _names_a_report(line.text)


def _names_a_report(text: str) -> bool:
    """Text that is a report's title by its words (法治, 报告, a year …) and ends as one."""
    return text.endswith("报告") and _score(text) >= MIN_TITLE_SCORE


_RUN_ON_TITLE = re.compile(r"^(?P<title>[^\s。，,；;：:]{8,60}?报告)\s+(?P<to>[^\s。；;，,！？]{2,40}[：:])\s*(?=\S)")
"""A title, the 主送 and the text on one line, a space apart (“××镇人民政府关于……的报告 ××县人民政府： 2024年，……”)."""


_DATED_TITLE = re.compile(r"^(?P<title>[^\s。，,；;：:]{8,60}?报告)\s*(?P<date>[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[）)])$")
"""A title with the document's date after it in brackets on its line (“××办公室2023年度……报告 （ 2024年01月15日 ）”)."""


def split_run_on_title(lines: list[Line]) -> list[Line]:
    """``lines`` with a first line that runs the title, the 主送 and the text together (a copy that
    joined the page's paragraphs with spaces) split into the three, each keeping its position; the
    title must name a report by its words (法治, 报告, a year). A title line that ends with the
    document's date in brackets is split into the title and the date (read as a date printed under
    the title), and a 发文字号 alone on a line right under the title is no part of it (set aside)."""
    if not lines or lines[0].table is not None:
        return lines
    first = lines[0]
    dated = _DATED_TITLE.match(first.text)
    if dated is not None and _names_a_report(dated["title"]):
        date = _piece(first, dated.start("date"), dated.end())
        date = date._replace(text=re.sub(r"\s+", "", date.text))  # “（ 2024年01月15日 ）”, as a date under a title is written
        pieces = [_piece(first, dated.start("title"), dated.end("title")), date]
        rest = lines[1:]
        if rest and rest[0].table is None and is_doc_number(labels.unbulleted(rest[0].text)):
            rest = rest[1:]
        return pieces + rest
    found = _RUN_ON_TITLE.match(first.text)
    if found is None or not _names_a_report(found["title"]) or _is_label(found["to"]):
        return lines
    pieces = [(found.start("title"), found.end("title")), (found.start("to"), found.end("to")),
              (found.end(), len(first.text))]
    return [_piece(first, start, end) for start, end in pieces] + lines[1:]


def _is_label(text: str) -> bool:
    """A page's label (“来源：”) where the 主送 would stand: the title's line is the page's, not the report's."""
    from lawreport.received.labels import LABELS

    return re.sub(r"\s+", "", text).rstrip("：:") in LABELS


def _piece(line: Line, start: int, end: int) -> Line:
    """``line.text[start:end]`` as a line of its own, at its place in the file."""
    from lawreport.model import OffsetMap

    at = line.span_at(start)
    anchors = ((0, at.line, at.column),) + tuple((offset - start, row, column) for offset, row, column in line.offsets.anchors
                                                 if start < offset < end)
    return line._replace(text=line.text[start:end], span=at, offsets=OffsetMap(line.offsets.path, anchors), bold=())
