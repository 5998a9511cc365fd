"""What every reader hands to recognition: the received file as a list of non-empty lines.

A *line* is one visible line of a text file, or one paragraph (or one table) of a Word
document. Each keeps its exact position in the received file, so that whatever recognition
builds from it (title, headings, paragraphs) points back at what the author wrote.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lawreport.model import OffsetMap, Run, Span, Table

ATTACHED = "attached:"
"""The key, in the report's metadata spans, of each line of the attachments after the 落款 (``附件1``,
its title, its table …: :func:`lawreport.importing.attachments.after_signature`): set aside by the
reader, neither imported nor checked as body text (:func:`lawreport.received.facts.furniture_lines`).
It stands here, in the reader's leaf module, so that lint (which reads the key) does not import the
attachment reader and the importer's date recognition it uses."""

NUMBER_GAP = "number-gap:"
"""The key (``number-gap:<tab|space|typed>:<numId.ilvl>:<paragraph>``), in a received Word report's metadata spans, of
a paragraph whose automatic number Word shows with a tab or a space after it (``w:suff``):
lint's H006 marker-space reports it at a heading, as it does a typed space."""
NUMBER_GAPS = ("tab", "space")
"""The ``w:suff`` values that show a gap between an automatic number and the text."""
TYPED_GAP = "typed"
"""The gap kind of a paragraph whose text starts with a typed space or tab after its automatic number
(the reader strips it from the line, as it does every paragraph's indentation)."""
DATED_FIELD = "dated-field:"
"""The key (``dated-field:<NAME>:<paragraph>``), in a received Word report's metadata spans, of a
paragraph holding a field that shows the day the file is opened, printed or saved (DATE, TIME,
SAVEDATE, PRINTDATE, not locked): lint's M011 self-updating-date reports it."""

SIGNED_ONE_LINE = "signed-one-line"
"""The key, at the 成文日期, of a received report whose 落款 puts the office and the date on one line
(“××县水务局　　2025年2月18日”): lint's M003 signature-date asks for the date on the line below."""


class Note(NamedTuple):
    """Something import could not map exactly, said to the user with its position."""

    message: str
    span: Span | None = None
    unit: str = "行"
    """How positions count in the received file: "行" (text lines) or "段" (Word paragraphs)."""

    def render(self) -> str:
        """``file:line:col: message`` for text files, ``file 第 N 段：message`` for Word."""
        if self.span is None:
            return self.message
        if self.unit == "段":
            return f"{self.span.path} 第 {self.span.line} 段：{self.message}"
        return f"{self.span}: {self.message}"


class Line(NamedTuple):
    """One non-empty line (or Word paragraph, or table) of the received file."""

    text: str
    """The visible text, without the indentation before it or the spaces after it."""
    span: Span
    """Position of ``text[0]``."""
    offsets: OffsetMap
    """Position of every character of ``text``."""
    outline: int | None = None
    """A heading level the file itself declares: Word's outline level + 1, or a Markdown ``#`` count."""
    table: Table | None = None
    """For a table: its rows (``text`` is then empty)."""
    bold: tuple[tuple[int, int], ...] = ()
    """Ranges ``(start, end)`` of ``text`` the file marks bold run by run (Word's ``w:b``)."""

    def span_at(self, offset: int) -> Span:
        """Position of ``text[offset]``."""
        return self.offsets.span_at(offset)

    def runs(self, start: int = 0) -> tuple[Run, ...]:
        """``text[start:]`` as runs, bold where the file marks it bold."""
        text = self.text[start:]
        if not self.bold:
            return (Run(text),)
        flags = [False] * len(text)
        for begin, end in self.bold:
            for index in range(max(begin - start, 0), min(end - start, len(text))):
                flags[index] = True
        runs: list[Run] = []
        for index, char in enumerate(text):
            if runs and runs[-1].bold == flags[index]:
                runs[-1] = Run(runs[-1].text + char, flags[index])
            else:
                runs.append(Run(char, flags[index]))
        return tuple(runs) or (Run(""),)


class Received:
    """A received file read into lines, with the notes reading it produced.

    ``unit`` is how positions count ("行" text lines, "段" Word paragraphs); ``relative_outline``
    is True when ``Line.outline`` counts Markdown ``#`` (relative depth) rather than Word levels.
    ``source_lines`` is a text file's decoded lines as they stand in it (what lint quotes), None
    for a Word file.
    """

    __slots__ = ("path", "lines", "notes", "unit", "relative_outline", "source_lines", "revisions", "radicals",
                 "pages", "facts")

    def __init__(self, path: Path, lines: list[Line], notes: list[Note] | None = None, unit: str = "行",
                 relative_outline: bool = False) -> None:
        self.path = path
        self.lines = lines
        self.notes: list[Note] = notes if notes is not None else []
        self.unit = unit
        self.relative_outline = relative_outline
        self.source_lines: tuple[str, ...] | None = None
        self.revisions = (0, 0)
        """Tracked changes a Word file still holds (insertions, deletions), read as accepted."""
        self.radicals: tuple[int, int] = (0, 0)
        """Radicals a PDF's fonts gave for Chinese characters, read as the characters: how many, and
        the first line (paragraph) that had one."""
        self.pages: tuple[int, ...] = ()
        """For a PDF: the page each paragraph begins on (index 0: paragraph 1); empty for other files."""
        self.facts: dict[str, Span] = {}
        """What the reader saw in the file that lint reports beyond its text, by key (``NUMBER_GAP``…):
        added to the report's metadata spans (lawreport.received.read_received)."""

    def note(self, message: str, span: Span | None = None) -> None:
        """Record a note in this file's position unit."""
        self.notes.append(Note(message, span, self.unit))


def simple_line(text: str, path: Path, line: int, column: int, **extra: object) -> Line:
    """A line whose characters all stand on one source line starting at ``column``."""
    span = Span(path, line, column)
    return Line(text, span, OffsetMap(path, ((0, line, column),)), **extra)  # type: ignore[arg-type]
