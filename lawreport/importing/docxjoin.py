"""A Word paragraph whose mark is hidden: shown on one line with the next paragraph.

Word's “style separator” (Ctrl+Alt+Enter) is a paragraph mark with ``w:vanish`` and
``w:specVanish`` in ``w:pPr/w:rPr``: the paragraph ends (it keeps its heading style, outline level
and number, so the table of contents lists it), but Word shows and prints it joined with the next
paragraph, which is how a run-in heading (“（一）加强学习。全年……”) is set with a heading style.
A mark hidden by ``w:vanish`` alone, or through the paragraph style, is shown the same way when
hidden text is not displayed or printed. The reader reads the two paragraphs as one paragraph,
as the reader of the page sees it: the first one's, the second's characters following its last
(``第 N 段`` is the first paragraph's number; the second's number is not used, as a table of
contents' paragraphs are not), so that lint sees a run-in heading on its line and a copy with
comments places them in either paragraph's runs.
"""

from __future__ import annotations

from lxml import etree

from lawreport.importing.docxruns import RunText
from lawreport.importing.lines import Line
from lawreport.model import OffsetMap
from lawreport.ooxml.names import w
from lawreport.ooxml.styles import Props, flatten, is_on, overlay


def mark_hidden(ppr: etree._Element | None, style_rpr: Props) -> bool:
    """Whether the paragraph mark is hidden (its ``w:pPr/w:rPr`` over the paragraph style's rPr)."""
    mark = ppr.find(w("rPr")) if ppr is not None else None
    props = overlay(style_rpr, flatten(mark))
    return bool(is_on(props, "vanish") or is_on(props, "specVanish"))


def joined(first: Line, second: Line) -> tuple[Line, int]:
    """``first`` and ``second`` as one line at ``first``'s paragraph (its heading level, if it has
    one), and how far the second paragraph's columns move (its runs move as far)."""
    at = len(first.text)
    number = first.span.line
    moved = (first.offsets.span_at(at - 1).column + 1 if at else first.span.column) - second.span.column
    anchors = first.offsets.anchors + tuple((offset + at, number, column + moved)
                                            for offset, _, column in second.offsets.anchors)
    bold = first.bold + tuple((start + at, end + at) for start, end in second.bold)
    outline = first.outline if first.outline is not None else second.outline
    line = Line(first.text + second.text, first.span, OffsetMap(first.offsets.path, anchors), outline=outline, bold=bold)
    return line, moved


def join_lines(lines: list[Line], start: int, runs: dict[int, tuple[RunText, ...]], number: int) -> None:
    """Join ``lines[start]``, the first line of paragraph ``number``, to the line above it (the
    last of the paragraph whose mark is hidden), unless there is none, or a table; the paragraph's
    runs are also given to the paragraph above, at their columns there (they stay at ``number`` too,
    for its further lines)."""
    if not 0 < start < len(lines) or lines[start - 1].table is not None:
        return
    line, moved = joined(lines[start - 1], lines[start])
    lines[start - 1 : start + 1] = [line]
    kept = runs.get(line.span.line, ())
    runs[line.span.line] = kept + tuple(RunText(run.run, run.start + moved, run.end + moved)
                                        for run in runs.get(number, ()))
