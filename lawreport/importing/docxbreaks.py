"""Manual line breaks (``w:br``, Shift+Enter) inside a Word paragraph: where its lines are one line.

The reader gives each line of a paragraph a line of its own: authors (and WPS users above all)
end paragraphs with Shift+Enter, so ``1.……。<br>2.……。`` is two items. A heading broken to fit
the page is not: ``一、2023年度推进法治政府建设的<br>主要举措和成效`` is one part title, and read as
two lines its part is not found (“……建设的” names none) and its body starts with “主要举措和成效”.
A numbered heading (a typed marker, or Word's automatic number) whose next lines are short, start
with no marker of their own and end no sentence is one line: :func:`heading_pieces`.
"""

from __future__ import annotations

from lawreport.text.numbering import parse_marker
from lawreport.text.spaces import EDGE_SPACE

MAX_HEADING = 60
"""Characters of a heading at most (the reader's limit for an outline level without a number, too)."""
_SENTENCE_END = "。！？；!?;"
"""Punctuation that ends a sentence: a line holding it after a heading's first line is body text."""


def pieces(text: str) -> list[tuple[int, str]]:
    """Each non-empty line of a paragraph's text (lines end at ``\\n``): the offset of its first
    visible character in ``text``, and the line without the spaces at its edges."""
    out: list[tuple[int, str]] = []
    start = 0
    for piece in text.split("\n"):
        stripped = piece.strip(EDGE_SPACE)
        if stripped:
            out.append((start + len(piece) - len(piece.lstrip(EDGE_SPACE)), stripped))
        start += len(piece) + 1
    return out


def heading_pieces(lines: list[tuple[int, str]], label: str) -> bool:
    """Whether the lines of a paragraph (see :func:`pieces`) are one heading broken by hand."""
    if len(lines) < 2:
        return False
    first = label + lines[0][1]
    if (not label and parse_marker(first) is None) or first[-1] in _SENTENCE_END:
        return False
    if sum(len(text) for _, text in lines) + len(label) > MAX_HEADING:
        return False
    for _, text in lines[1:]:
        if parse_marker(text) is not None or any(ch in _SENTENCE_END for ch in text):
            return False
        if text[0].isascii() and text[0].isalnum() and lines[0][1][-1].isascii() and lines[0][1][-1].isalnum():
            return False  # “Law\nReport”: joined without a space it would read as one word
    return True
