"""Whether the laid-out pages show every character the DOCX holds.

A layout engine can leave a character out: LibreOffice 7.4 does not draw a “。” it hangs past
the end of a justified line when digits follow it (“……排查整改隐患203处。2022年……”), and the
PDF it writes has no such character at all. The DOCX is right and the PDF is wrong, and nobody
sees one full stop missing among thousands of characters. D005 (``lint --built``) and
``build --format pdf`` both compare the two.

Characters are compared, not lines: the DOCX paragraphs' non-space characters against the printed
text's (NFKC on both sides, so that a ligature a PDF keeps, “ﬁ”, is “fi”). Only a character the
print has fewer of than the DOCX counts; what the print adds (page numbers, a table's header row
repeated on the next page) does not. Where characters are missing, an alignment of the two texts
says which paragraph they belong to, after which words, and on which page they should stand.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from lawreport.text.alignwork import MAX_WORK, alignment_work, same_ends

MAX_ALIGNED = 40_000
"""Above this many characters the missing ones are only counted, not placed (the alignment's work
grows faster than the text); so too when, without the start and end the two texts share, the
alignment's work is over ``MAX_WORK`` (a character repeated thousands of times)."""

_CONTEXT = 12


class Missing(NamedTuple):
    """Characters of the DOCX that the printed pages do not show."""

    characters: str
    paragraph: int | None
    """Index of the paragraph they belong to, among those compared; None when not placed."""
    after: str
    """The characters before them in that paragraph (at most twelve; "" at its start)."""
    page: int | None
    """The page where they should stand; None when not placed."""

    def describe(self) -> str:
        """“第 3 页“……隐患203处”之后的“。””, as messages quote it."""
        page = f"第 {self.page} 页" if self.page is not None else ""
        where = f"“……{self.after}”之后的" if self.after else ("段首的" if self.paragraph is not None else "")
        return f"{page}{where}“{self.characters}”"


def _chars(text: str) -> list[tuple[str, int]]:
    """The compared characters of ``text``, each with its offset in ``text``."""
    return [(normal, offset) for offset, char in enumerate(text)
            for normal in unicodedata.normalize("NFKC", char) if not normal.isspace()]


def missing_in_print(paragraphs: Sequence[str], printed: Sequence[tuple[str, int]]) -> list[Missing]:
    """What of ``paragraphs`` (the DOCX's texts, in order) the printed pieces ``(text, page)``, in
    reading order, leave out; empty when the print shows every character."""
    compared = [(char, index, offset) for index, text in enumerate(paragraphs) for char, offset in _chars(text)]
    wanted = "".join(char for char, _, _ in compared)
    shown = [(char, page) for text, page in printed for char, _ in _chars(text)]
    target = "".join(char for char, _ in shown)
    pages = [page for _, page in shown]
    deficit = Counter(wanted) - Counter(target)
    if not deficit:
        return []
    head, tail = same_ends(wanted, target)
    if len(wanted) > MAX_ALIGNED or alignment_work(wanted[head:len(wanted) - tail], target[head:len(target) - tail]) > MAX_WORK:
        return [Missing("".join(sorted(deficit.elements())), None, "", None)]
    found: list[Missing] = []
    matcher = SequenceMatcher(None, wanted[head:len(wanted) - tail], target[head:len(target) - tail], autojunk=False)
    for tag, start, end, at, _ in matcher.get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        start, end, at = start + head, end + head, at + head
        lost = [position for position in range(start, end) if _take(deficit, wanted[position])]
        if lost:
            _, index, offset = compared[lost[0]]
            # a deletion stands right after the printed character before it; a replacement where it begins
            shown_at = at - 1 if tag == "delete" and at else at
            page = pages[min(shown_at, len(pages) - 1)] if pages else None
            before = paragraphs[index][:offset].strip()[-_CONTEXT:]
            found.append(Missing("".join(wanted[position] for position in lost), index, before, page))
    return found


def _take(deficit: Counter[str], char: str) -> bool:
    """Whether ``char`` is one the print lacks (counted off, so each missing one is named once)."""
    if deficit[char] <= 0:
        return False
    deficit[char] -= 1
    return True
