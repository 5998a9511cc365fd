"""What follows a report's body: the 附件说明 above the 落款, the 附注 below the 成文日期, and the
attachments after the 落款.

GB/T 9704-2012 places them so: the 附件说明 (``附件：1.××表``, further names on the next lines) one
line below the body (7.3.4), the 落款 and 成文日期 (7.3.5), a 附注 in round brackets below the
date (7.3.7), then the attachments, each on a new page, opening with ``附件`` / ``附件1`` and its
title (7.4), and last the 版记. The reader keeps the 附件说明 and the 附注 as text; the attachments
are no part of the report's text (:func:`after_signature`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lawreport.importing import docinfo
from lawreport.importing.lines import Line
from lawreport.model import Span
from lawreport.text.numbering import parse_marker

ATTACHMENT = re.compile(r"^附\s*件\s*(?:\d{1,2}\s*)?[：:]")
"""The 附件说明 line after the body (GB/T 9704 7.3.4): ``附件：1.…``, further names on the next lines
(or each on a line of its own: ``附件1：…``, ``附件2：…``)."""
ATTACHMENT_ITEM = re.compile(r"^\d{1,2}[.．、]\s*\S")
"""A further name of a 附件说明 on a line of its own: ``2.××表`` (also ``2、``)."""
_SENTENCE_END = re.compile(r"[。；;！？!?]")
ATTACHED_LABEL = re.compile(r"^附\s*[件表]\s*(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-－—]\s*[0-9]{1,2})?)?"
                            r"(?:(?:\s*[：:．.、]\s*|\s+)\S.{0,58})?\s*[：:]?$")
"""The line that opens an attachment after the 落款 (GB/T 9704 7.4: ``附件`` or ``附件1`` at the top of
its page, its title below or after it on the line; also ``附表1``), or a web copy's list of attached
files (``附件：××统计表.xlsx``)."""
_PAGE_NUMBER = re.compile(r"[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?")
"""The number of the 落款's page, left in a text copied from a PDF or Word (“— 3 —”, “第3页”): the
attachment's new page starts below it."""
MAX_ANNOTATIONS = 3
"""附注 lines below the 成文日期 at most (GB/T 9704 7.3.7), e.g. ``（此件公开发布）``."""


def notice_items(body: list[Line]) -> frozenset[int]:
    """The ``id`` of each line that continues a 附件说明 at the end of ``body`` (``2.…`` under ``附件：1.…``,
    also ``2、…``, and the rest of a name that a copied text breaks onto the next line): attachment
    names, not level-3 headings."""
    for start in range(len(body) - 1, max(len(body) - 12, -1), -1):
        if body[start].table is None and ATTACHMENT.match(body[start].text):
            rest = body[start + 1 :]
            if all(line.table is None and (ATTACHMENT_ITEM.match(line.text) or continues_name(line.text))
                   for line in rest):
                return frozenset(id(line) for line in rest)
            break
    return frozenset()


def continues_name(text: str) -> bool:
    """The rest of an attachment's name on the next line: short, no number of its own, no sentence."""
    return len(text) <= 30 and parse_marker(text) is None and not _SENTENCE_END.search(text)


def is_annotation(line: Line) -> bool:
    """A whole line in round brackets, as GB/T 9704 7.3.7 writes a 附注: （此件公开发布）."""
    text = line.text
    return (line.table is None and len(text) <= 80 and text[:1] in "（(" and text[-1:] in "）)"
            and not any(ch in text[1:-1] for ch in "（）()") and parse_marker(text) is None)


def after_signature(lines: list[Line], start: int, last: int, is_office: Callable[[Line], bool],
                    starts_part: Callable[[Line], bool]) -> list[Line]:
    """The attachments after the 落款, in ``lines[start:last]`` (``last``: where the 版记 starts):
    from the first ``附件``/``附件1`` line (:data:`ATTACHED_LABEL`) that follows a 成文日期 (and the 附注
    under it), or an office's name (``is_office``: a 落款 whose date a web page writes under the
    title), to ``last``; none when the parts of the report start only below it (``starts_part``:
    the report itself sent as the attachment of a covering letter)."""
    for index in range(start + 2, last):
        line = lines[index]
        if line.table is not None or not ATTACHED_LABEL.match(line.text):
            continue
        top = index  # the attachments start here, or at the page number above them
        if top - 1 > start + 1 and lines[top - 1].table is None and _PAGE_NUMBER.fullmatch(lines[top - 1].text.strip()):
            top -= 1
        above = top - 1
        while above > start + 1 and top - above <= MAX_ANNOTATIONS and is_annotation(lines[above]):
            above -= 1
        if not (docinfo.is_date_line(lines[above]) or is_office(lines[top - 1])):
            continue
        if _holds_parts(lines[top:last], starts_part) and not _holds_parts(lines[start:top], starts_part):
            return []
        return lines[top:last]
    return []


def _holds_parts(lines: list[Line], starts_part: Callable[[Line], bool]) -> bool:
    return any(line.table is None and starts_part(line) for line in lines)


def row_spans(line: Line) -> tuple[Span, ...]:
    """Where each row of a table line starts (each its own line of a .txt), or the line's start."""
    return (line.table.row_spans or (line.span,)) if line.table is not None else (line.span,)
