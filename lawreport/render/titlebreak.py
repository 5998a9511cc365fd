"""Breaking a title into lines as GB/T 9704-2012 7.3.1 asks: 词意完整、排列对称、长短适宜.

A title is cut only between words: after an office or a year, before a set phrase
(法治政府建设, 年度报告 …), and never inside the issuing office's name unless that name alone
is longer than a line (then only between its administrative units: 省 / 市 / 区 / 人民政府 / 办公室).
Of the ways to set the title in as few lines as fit (at most three), the most even is chosen;
on a tie, the longer line goes first (a trapezoid), or in the middle for three lines (a diamond).
A long title whose office and set-phrase words leave no such way may also be cut after 关于 and
before a conjunction (和、及、与、暨、并), so that the word processor does not cut a word.
"""

from __future__ import annotations

import itertools
import re

from lawreport.cjk import em_width
from lawreport.render.wordunits import CONJUNCTION

TITLE_EMS_PER_LINE = 20
"""156 mm of 2号 (22 pt) characters."""
MAX_LINES = 3

_BREAK_AFTER = re.compile(r"局|委(?!员)|府|院|室|办(?!公)|会|厅|部|处|所|中心|\d{4}年度|\d{4}年(?!度)")
_BREAK_BEFORE = re.compile(r"法治政府建设|关于|年度报告|情况报告|工作报告|的报告")
_BREAK_BEFORE_CONJUNCTION = CONJUNCTION
_BREAK_AFTER_ABOUT = re.compile(r"关于")
"""The second choice of cuts, for a title the first cannot set in three lines."""
_UNIT_END = re.compile(r"(?:自治)?[省市区县州盟旗](?:委(?!员))?(?!委|政府|人民)|人民政府|委员会|办公室")
"""Where a name longer than a line may be cut: after a place (省、市、区、县), a Party committee (县委)
or an organ (人民政府, 委员会, 办公室): 中共示例县委教育工作领导小组办公室 / 示例县教育局."""


def _cuts(title: str, issuer: str = "") -> set[int]:
    """Offsets in ``title`` between two words (after an office or a year, before a set phrase)."""
    phrases = list(_BREAK_BEFORE.finditer(title))
    inside = {i for m in phrases for i in range(m.start() + 1, m.end())}  # 法治政府|建设 is one word
    cuts = ({m.end() for m in _BREAK_AFTER.finditer(title)} - inside) | {m.start() for m in phrases}
    start = title.find(issuer) if issuer else -1
    if start >= 0:
        end = start + len(issuer)
        cuts = {c for c in cuts if not start < c < end} | {start, end}
        if em_width(issuer) > TITLE_EMS_PER_LINE:  # the name cannot stay whole: cut between its units
            cuts |= {start + m.end() for m in _UNIT_END.finditer(issuer) if start + m.end() < end}
    return {c for c in cuts if 0 < c < len(title)}


def _fallback_cuts(title: str, issuer: str = "") -> set[int]:
    """The cuts of :func:`_cuts` and also after 关于 and before a conjunction (never inside the issuer)."""
    cuts = {m.start() for m in _BREAK_BEFORE_CONJUNCTION.finditer(title)}
    cuts |= {m.end() for m in _BREAK_AFTER_ABOUT.finditer(title)}
    start = title.find(issuer) if issuer else -1
    if start >= 0:
        cuts = {c for c in cuts if not start < c < start + len(issuer)}
    return {c for c in cuts if 0 < c < len(title)} | _cuts(title, issuer)


PHONE_EMS = 12
"""Title characters on a line of the narrowest phone (320 px: 18 pt in 288 px)."""


def title_words(line: str, issuer: str = "") -> tuple[str, ...]:
    """A title line cut between its words, where a narrow screen may wrap it (never inside a word).
    An issuer too long for a phone's line is cut between its units (省 / 市 / 人民政府 / 办公室):
    the browser would otherwise break it anywhere (白沙河区人民政 | 府办公室)."""
    cuts = _cuts(line, issuer)
    start = line.find(issuer) if issuer else -1
    if start >= 0 and em_width(issuer) > PHONE_EMS:
        inner = (m.end() for m in _UNIT_END.finditer(issuer))
        cuts |= {start + end for end in inner if 0 < end < len(issuer)}
    bounds = [0, *sorted(cuts), len(line)]
    return tuple(line[a:b] for a, b in itertools.pairwise(bounds) if a < b)


def _score(widths: list[float]) -> tuple[float, float]:
    """Lower is better: how uneven the lines are, then whether a longer line follows a shorter one."""
    spread = max(widths) - min(widths)
    if len(widths) == 2:
        shape = 0.0 if widths[0] >= widths[1] else 0.5  # a trapezoid, longer line on top
    else:
        shape = 0.0 if widths[1] >= max(widths[0], widths[2]) or widths[0] >= widths[1] >= widths[2] else 0.5
    return spread, shape


def title_lines(title: str, issuer: str = "") -> tuple[str, ...]:
    """Break a long title between words into two or three lines (GB/T 9704 7.3.1).

    A title the author broke by hand (a line break in the metadata) is kept as written; a title
    with no way to fit three lines between words is left to the word processor.
    """
    if "\n" in title:
        return tuple(line.strip() for line in title.split("\n") if line.strip())
    if em_width(title) <= TITLE_EMS_PER_LINE:
        return (title,)
    for cuts in (_cuts(title, issuer), _fallback_cuts(title, issuer)):
        lines = _best_lines(title, sorted(cuts))
        if lines is not None:
            return lines
    return (title,)


def _best_lines(title: str, cuts: list[int]) -> tuple[str, ...] | None:
    """The most even way to set ``title`` in two or three lines cut at ``cuts``; None if none fits."""
    for count in range(2, MAX_LINES + 1):
        best: tuple[tuple[float, float], tuple[str, ...]] | None = None
        for chosen in itertools.combinations(cuts, count - 1):
            bounds = [0, *chosen, len(title)]
            lines = tuple(title[a:b] for a, b in itertools.pairwise(bounds))
            widths = [em_width(line) for line in lines]
            if max(widths) > TITLE_EMS_PER_LINE:
                continue
            score = _score(widths)
            if best is None or score < best[0]:
                best = (score, lines)
        if best is not None:
            return best[1]
    return None
