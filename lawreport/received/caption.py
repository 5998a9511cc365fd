"""The 题注 under the title of a report made to a meeting: “（2025年3月17日在××县第十六届人民代表大会
常务委员会第二十四次会议上）”, with or without its brackets, on one line or broken over two or three.

A government reports its 法治政府建设 to the 人大常委会 as a speech: the title, then the 题注 saying
when and at which meeting it was given, then the 称谓 (“主任、各位副主任、委员：”). The 题注 belongs to
the title block, not to the body: it is laid out as the title is (short lines, no full stop) and the
body's rules (P011's lines to join, for one) do not apply to it.

A web page may also set the issuer under the title as a byline, on a line of its own, with the
date in brackets below it (“2023年法治政府建设年度报告” / “××省农业农村厅” / “（2024年1月31日）”): the
byline too belongs to the title block, and names the issuer the title leaves out.
"""

from __future__ import annotations

import re

from lawreport.importing.docinfo import is_bracketed_date, office_name
from lawreport.importing.lines import Line
from lawreport.received.furniture import is_sentence

_DATE = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
         r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)")
_CAPTION = re.compile(rf"^[—－-]*\s*[（(]?\s*(?:{_DATE}\s*)?在[^。；;，,]{{2,80}}?(?:会议|大会)上"
                      r"(?:的?(?:报告|讲话|发言))?\s*[）)]?$")
"""When and at which meeting the report was given (“2025年3月17日在……常务委员会第二十四次会议上”)."""
_TITLE_WORDS = re.compile(r"报告|法治|依法行政")
MAX_CAPTION_LINES = 3
MAX_TITLE_LINES = 3


def _short(line: Line) -> bool:
    return line.table is None and 0 < len(line.text) <= 60 and "。" not in line.text


def caption_lines(lines: list[Line]) -> tuple[int, ...]:
    """The positions in ``lines`` (the report's lines, the title first) of the 题注 right below the
    title, or () when there is none."""
    for title_size in range(1, MAX_TITLE_LINES + 1):
        title = lines[:title_size]
        if len(title) < title_size or not all(_short(line) for line in title):
            return ()
        if not _TITLE_WORDS.search("".join(line.text for line in title)):
            continue
        for size in range(1, MAX_CAPTION_LINES + 1):
            below = lines[title_size : title_size + size]
            if len(below) < size or not all(_short(line) for line in below):
                break
            if _CAPTION.match(re.sub(r"\s+", "", "".join(line.text for line in below))):
                return tuple(range(title_size, title_size + size))
    return ()


_ORGAN = re.compile(r"(?:局|厅|委|委员会|办|办公室|政府|部|院|署|中心|办事处|管委会)$")
"""How a byline's office ends: an organ (“××省农业农村厅”, “××镇人民政府”), not a bare place."""
_BARE_PLACE = tuple("省市县区州盟旗乡镇")
"""How a name without its place opens (“省农业农村厅”): whose it is the line does not say."""


def byline_line(lines: list[Line]) -> int | None:
    """The position in ``lines`` (the report's lines, the title first) of the byline under the
    title: an office's whole name alone on a line right below a title ending in 报告, and, below
    it, the date in brackets or the body's first sentence. Not the first line of a title broken
    over two (“××镇人民政府” / “关于2024年……的报告”), which the line below goes on with."""
    for title_size in range(1, MAX_TITLE_LINES + 1):
        title = lines[:title_size]
        if len(lines) < title_size + 2 or not all(_short(line) for line in title):
            return None
        joined = "".join(line.text for line in title)
        if not joined.endswith("报告"):
            continue
        line, below = lines[title_size], lines[title_size + 1]
        name = office_name(line.text) if line.table is None else None
        if (name is None or name != line.text.strip() or not _ORGAN.search(name) or name.startswith(_BARE_PLACE)
                or not _TITLE_WORDS.search(joined)):
            return None
        after = below.text.strip()
        opens_body = is_sentence(below) and not after.endswith("报告") and not after.startswith("关于")
        return title_size if is_bracketed_date(below) or opens_body else None
    return None
