"""Where the URLs and e-mail addresses of a text are, in time linear in its length.

What is found is what the regular expression ``URL`` below finds with ``finditer``. The URL
half of it is linear as a regular expression (it starts at a literal and never backtracks);
the e-mail half is not: from each start inside a long run of word characters it runs to the
end of the run looking for an "@", quadratic in the run's length. So e-mail addresses are
found from their "@" outwards, and the two halves are merged as ``finditer`` would: leftmost
match first, the URL at equal starts.
"""

from __future__ import annotations

import functools
import re

URL = r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+|[\w.+-]+@[\w-]+\.[\w.-]+"
"""The specification: URLs (with a scheme or www.) and e-mail addresses."""


@functools.cache
def _web() -> re.Pattern[str]:
    return re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def _word(char: str) -> bool:
    """``\\w`` of a str pattern."""
    return char.isalnum() or char == "_"


def _email(text: str, start: int) -> tuple[int, int] | None:
    """The first e-mail address ``[\\w.+-]+@[\\w-]+\\.[\\w.-]+`` that begins at ``start`` or later."""
    at = text.find("@", start)
    while at >= 0:
        left = at
        while left > start and (_word(text[left - 1]) or text[left - 1] in ".+-"):
            left -= 1
        dot = at + 1
        while dot < len(text) and (_word(text[dot]) or text[dot] == "-"):
            dot += 1
        end = dot + 1
        while end < len(text) and (_word(text[end]) or text[end] in ".-"):
            end += 1
        if left < at and dot > at + 1 and dot < len(text) and text[dot] == "." and end > dot + 1:
            return left, end
        start = at + 1  # no address reaches past this "@": the next one starts after it
        at = text.find("@", start)
    return None


def url_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each URL and e-mail address in ``text``, in order, not overlapping."""
    if "://" not in text and "www." not in text and "@" not in text:  # none can match
        return ()
    spans: list[tuple[int, int]] = []
    position = 0
    web = _web().search(text)
    mail = _email(text, 0) if "@" in text else None
    while web is not None or mail is not None:
        if web is not None and (mail is None or web.start() <= mail[0]):
            span = web.span()
        else:
            assert mail is not None
            span = mail
        spans.append(span)
        position = span[1]
        if web is not None and web.start() < position:
            web = _web().search(text, position)
        if mail is not None and mail[0] < position:
            mail = _email(text, position)
    return tuple(spans)
