"""What lint rules may ask about a received report beyond the model: was it a web copy, which
lines were page furniture, what the page says, and is it an excerpt.

The reader records the furniture in the report's metadata spans (``furniture:N`` and
``page:<label>``); these helpers read them back.
"""

from __future__ import annotations

from collections.abc import Callable

from lawreport.importing.lines import ATTACHED, DATED_FIELD, NUMBER_GAP
from lawreport.model import Metadata, Report, Span

FURNITURE = "furniture:"
CAPTION = "caption:"
"""The key of each line of the 题注 under the title (“（……在……会议上）”): the title block's, not the body's."""
BYLINE = "byline"
"""The key of the issuer's name set on a line of its own under the title (a page's byline)."""
PAGE = "page:"
REVISIONS = "revisions"
"""The key, at the document's start, of a Word file that still holds tracked changes."""


def furniture_lines(meta: Metadata) -> frozenset[int]:
    """The line (or paragraph) numbers that are not body text: set aside as page furniture, the
    题注 under the title, or the attachments after the 落款."""
    return frozenset(span.line for key, span in meta.spans.items()
                     if key.startswith((FURNITURE, CAPTION, ATTACHED)))


def is_web_copy(meta: Metadata) -> bool:
    """True when the received file carried web-page furniture."""
    return any(key.startswith(FURNITURE) for key in meta.spans)


RADICALS = "pdf-radicals"
"""The key, at the first paragraph that had one, of a PDF whose fonts give radicals for characters."""


def has_revisions(meta: Metadata) -> bool:
    """True when the received Word file still held tracked changes (read as accepted)."""
    return REVISIONS in meta.spans


def number_gaps(meta: Metadata) -> dict[int, tuple[str, str]]:
    """Paragraph number → ("tab" or "space", its list level ``numId.ilvl``), for each paragraph of
    a received Word file whose automatic number Word shows with a tab or a space after it."""
    gaps: dict[int, tuple[str, str]] = {}
    for key, span in meta.spans.items():
        if key.startswith(NUMBER_GAP):
            shown, level, _ = key[len(NUMBER_GAP):].split(":", 2)
            gaps[span.line] = (shown, level)
    return gaps


def dated_fields(meta: Metadata) -> list[tuple[str, Span]]:
    """Each field of a received Word file that shows the day it is opened, printed or saved (DATE,
    SAVEDATE…, not locked): its name and its paragraph, in paragraph order."""
    found = [(key[len(DATED_FIELD):].split(":", 1)[0], span) for key, span in meta.spans.items()
             if key.startswith(DATED_FIELD)]
    return sorted(found, key=lambda item: (item[1].line, item[0]))


def is_excerpt(report: Report) -> bool:
    """True for a received text without a title (a quoted or truncated copy), or whose page says
    part of it was left out."""
    spans = report.meta.spans
    return "excerpt" in spans or (not report.meta.title and "title" not in spans)


def page_value(meta: Metadata, label: str, line_text: Callable[[Span], str | None]) -> tuple[Span, str] | None:
    """Where the page gives ``label`` (成文日期, 发布日期, 文号, 发布机构, 索引号) and its value, read
    again from the furniture line (``line_text`` returns a line's text)."""
    from lawreport.received.labels import cell_pairs, labels_in, meanings

    span = meta.spans.get(PAGE + label)
    if span is None:
        return None
    text = line_text(span)
    if text is None:
        return None
    pairs = cell_pairs(text.strip().split("\t")) if "\t" in text else labels_in(text)
    for (_, value), key in zip(pairs, meanings([name for name, _ in pairs]), strict=True):
        if key == label and value:
            return span, value.split("  ")[0].strip()
    return span, text.strip()
