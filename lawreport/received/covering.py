"""A covering letter sent before the report itself.

An office may send its report under a short letter: the 主送机关, a sentence that sends the report
with it (“现将我局《2024年度……工作总结》随文上报。”), “特此报告。”, the letter's 落款 and date, and
only then the report's own title (“2024年度……法治政府建设 / 工作总结”) and text. The letter is what
was sent: its 主送 and 落款 are the report's. The reader takes the report in the order of a report
sent on its own (title, 主送机关, the letter's sentences as the opening, the text, then the 落款 and
date at the end), each line keeping its place in the file. The letter may send the report as its
attachment, on a page of its own under a “附件” line (GB/T 9704 7.4).
"""

from __future__ import annotations

import re

from lawreport.importing.docinfo import is_addressee, is_date_line, is_signature_line
from lawreport.importing.lines import Line

_SENDS = re.compile(r"随文(?:上报|报送|呈报|印送)|特此(?:报告|报送|呈报)[。！]?$")
"""What a covering letter says: it sends the report with it, or closes “特此报告。”."""
_LETTER_TITLE = re.compile(r"关于(?:报送|上报|呈报|印送)")
"""The title of a covering letter (“××局关于报送2024年度……报告的函”)."""
_TITLE_WORDS = re.compile(r"法治|依法行政")
_KIND = re.compile(r"报告|总结|情况")
_LABEL = re.compile(r"^附\s*件\s*1?\s*[：:]?$")
"""The line that opens the letter's attachment, the report, on a page of its own: “附件”, “附件1”."""
MAX_LETTER_LINES = 4
MAX_TITLE_LINES = 3


def _short(line: Line) -> bool:
    return line.table is None and 0 < len(line.text) <= 40 and not re.search("[。；;，,：:]", line.text)


def reordered(lines: list[Line]) -> list[Line] | None:
    """``lines`` (the report's, furniture aside) in a report's order when they open with a covering
    letter (主送机关, one to four sentences sending the report, its 落款 and date, then, after a
    “附件” line or not, the report's title over one to three lines and its text), else None. The
    “附件” line is left out: it is neither the letter's text nor the report's. So is the letter's
    own title above its 主送机关 (“……关于报送……报告的函”): the report's title is the title."""
    first = lines[0] if lines else None
    if (first is not None and first.table is None and len(first.text) <= 60 and _LETTER_TITLE.search(first.text)
            and not any(ch in first.text for ch in "。；：:")):
        found = _reordered(lines[1:])
        if found is not None:
            return found
    return _reordered(lines)


def _reordered(lines: list[Line]) -> list[Line] | None:
    """:func:`reordered` for lines that open with the letter's 主送机关."""
    if len(lines) < 5 or not is_addressee(lines[0]):
        return None
    for size in range(1, MAX_LETTER_LINES + 1):
        letter, after = lines[1 : 1 + size], lines[1 + size :]
        if len(after) < 3 or not all(line.table is None and "。" in line.text for line in letter):
            return None
        if not _SENDS.search(letter[-1].text) and not any(_SENDS.search(line.text) for line in letter):
            continue
        signature, date = after[0], after[1]
        if not (is_signature_line(signature) and is_date_line(date)):
            continue
        if len(after) > 3 and after[2].table is None and _LABEL.match(after[2].text):
            after = after[:2] + after[3:]  # “附件”: the report is the letter's attachment (GB/T 9704 7.4)
        title_size = 0
        while title_size < MAX_TITLE_LINES and title_size + 2 < len(after) and _short(after[2 + title_size]):
            title_size += 1
        title = "".join(line.text for line in after[2 : 2 + title_size])
        if not title_size or not _TITLE_WORDS.search(title) or not _KIND.search(title):
            return None
        rest = after[2 + title_size :]
        if not rest:
            return None
        return [*after[2 : 2 + title_size], lines[0], *letter, *rest, signature, date]
    return None
