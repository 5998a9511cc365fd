"""How much a PDF page asks pypdf to parse, measured before its text is extracted.

pypdf decodes a compressed stream only up to its limit (75 MB), but then parses what it decoded in
Python, at about a second per megabyte of drawing operators. A few kilobytes of PDF can therefore
ask for minutes: one page whose content is megabytes of operators, a form (XObject) of megabytes
drawn on every page, a font whose character map (ToUnicode) is megabytes long. Extracting a page's
text parses exactly these streams: the page's content, every form it draws (and the forms and
fonts those use, recursively), and the character maps of the fonts. This module adds up their
decoded sizes for one page, counting a form or font each time a page uses it, because pypdf parses
it again for every page.

A page of a real report (Word's, WPS's or a browser's PDF) parses some tens of kilobytes, a few
hundred with a vector seal; the limits below leave tens of times that, and bound the worst case
to seconds.
"""

from __future__ import annotations

from typing import Any

MAX_STREAM = 1024 * 1024
"""One stream of operators or one character map: at most 1 MB decoded."""
MAX_DOCUMENT = 4 * 1024 * 1024
"""All pages together: at most 4 MB to parse (a page of Word's PDF parses about 20 KB, of a browser's about 60 KB)."""
_MAX_DEPTH = 12
"""Forms drawn inside forms deeper than this are not a report's page."""


class TooLarge(Exception):
    """A stream over ``MAX_STREAM``: ``size`` bytes decoded."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _stream_size(stream: Any) -> int:
    data = stream.get_data()
    if len(data) > MAX_STREAM:
        raise TooLarge(len(data))
    return len(data)


def _resources_size(resources: Any, depth: int, seen: set[int]) -> int:
    resources = resources.get_object() if resources is not None else None
    if not hasattr(resources, "get"):
        return 0
    total = 0
    fonts = resources.get("/Font")
    fonts = fonts.get_object() if fonts is not None else None
    for font in (fonts.values() if hasattr(fonts, "values") else ()):
        font = font.get_object()
        for key in ("/ToUnicode", "/Encoding"):
            cmap = font.get(key) if hasattr(font, "get") else None
            cmap = cmap.get_object() if cmap is not None else None
            if hasattr(cmap, "get_data"):
                total += _stream_size(cmap)
    forms = resources.get("/XObject")
    forms = forms.get_object() if forms is not None else None
    for form in (forms.values() if hasattr(forms, "values") else ()):
        total += _form_size(form, depth, seen)
    return total


def _form_size(reference: Any, depth: int, seen: set[int]) -> int:
    form = reference.get_object()
    if not hasattr(form, "get_data") or form.get("/Subtype") != "/Form":
        return 0  # an image: text extraction does not decode it
    key = id(form)
    if key in seen or depth > _MAX_DEPTH:  # a form that draws itself: pypdf stops the cycle too
        return 0
    seen.add(key)
    try:
        return _stream_size(form) + _resources_size(form.get("/Resources"), depth + 1, seen)
    finally:
        seen.discard(key)


def page_size(page: Any) -> int:
    """The decoded bytes that extracting ``page``'s text parses; :class:`TooLarge` for a stream over the limit."""
    contents = page.get_contents()
    total = _stream_size(contents) if contents is not None else 0
    return total + _resources_size(page.get("/Resources"), 0, set())
