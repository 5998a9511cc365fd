"""Building one part's section tree from its lines: headings by marker family, run-in split.

Levels come from what the author wrote: 一、 = 1 (a part), （一） = 2, 1. = 3, （1） = 4, or,
for a heading without a marker, from the outline level the file declares. A marker of the
wrong level is kept at the level of its family, with its marker, and reported.
"""

from __future__ import annotations

from lawreport.importing.lines import Line, Received
from lawreport.importing.textspan import lstrip_at, shift
from lawreport.model import Block, Heading, OpenSection, Paragraph, Part, Section, Span
from lawreport.text.numbering import parse_marker

MAX_LEVEL = 4


def heading_level(line: Line, relative: bool = False, base: int | None = None) -> int | None:
    """The heading level of ``line`` (1–4), or None for body text."""
    if line.table is not None:
        return None
    marker = parse_marker(line.text)
    if marker is not None and line.text[marker.end :].strip():
        return marker.level
    if line.outline is None:
        return None
    if relative:
        if base is None:
            return None
        return min(max(line.outline - base + 1, 1), MAX_LEVEL)
    return line.outline if 1 <= line.outline <= MAX_LEVEL else None


def _shown(heading: Heading) -> str:
    return (heading.typed_marker or "").strip() or heading.title[:12]


class PartBuilder:
    """Collects one part's blocks and sections, line by line."""

    def __init__(self, received: Received, key: str, title: str, span: Span, marker: str | None,
                 base: int | None) -> None:
        self.received = received
        self.key = key
        self.title = title
        self.span = span
        self.marker = marker
        self.base = base
        self.blocks: list[Block] = []
        self.sections: list[Section] = []
        self.stack: list[OpenSection] = []
        self.standalone_runin: list[Span] = []
        self._last_heading: tuple[Heading, Line] | None = None

    def _current(self) -> list[Block]:
        return self.stack[-1].blocks if self.stack else self.blocks

    def _close_to(self, level: int) -> None:
        while self.stack and self.stack[-1].heading.level >= level:
            done = self.stack.pop().close()
            (self.stack[-1].children if self.stack else self.sections).append(done)

    def add(self, line: Line) -> None:
        """Add the next line of the part."""
        if line.table is not None:
            self._current().append(line.table)
            self._last_heading = None
            return
        level = heading_level(line, self.received.relative_outline, self.base)
        if level is None or level == 1:
            marker = parse_marker(line.text)
            if marker is not None and not line.text[marker.end :].strip():
                self.received.note(f"这一段只有序号“{line.text}”而没有标题文字，已作为正文保留", line.span)
            self._paragraph(line, 0)
            return
        self._heading(line, level)

    def add_text(self, line: Line) -> None:
        """Add ``line`` as a paragraph even if it starts like a heading (an attachment name ``2.…``)."""
        self._paragraph(line, 0)

    def add_runin_body(self, line: Line, start: int) -> None:
        """The body text that follows a heading in the same line, from ``start``."""
        self._paragraph(line, lstrip_at(line.text, start))

    def _paragraph(self, line: Line, start: int) -> None:
        offsets = shift(line.offsets, start)
        self._current().append(Paragraph(line.runs(start), offsets.span_at(0), offsets))
        if self._last_heading is not None and start == 0:
            heading, _ = self._last_heading
            if heading.runin:
                self.standalone_runin.append(heading.span)
        self._last_heading = None

    def _heading(self, line: Line, level: int) -> None:
        marker = parse_marker(line.text)
        start = marker.end if marker is not None and line.text[marker.end :].strip() else 0
        if marker is not None and line.outline is not None and not self.received.relative_outline \
                and line.outline != level and 1 <= line.outline <= MAX_LEVEL:
            self.received.note(
                f"序号“{marker.text}”是第 {level} 级，而 Word 大纲级别是第 {line.outline} 级；按序号导入", line.span)
        rest = line.text[start:]
        stop = rest.find("。")
        runin_body = 0 <= stop < len(rest) - 1 and rest[stop + 1 :].strip() != ""
        title = rest[: stop + 1] if runin_body else rest
        heading = Heading(
            level=level, title=title, span=line.span, runin=title.endswith("。"),
            typed_marker=line.text[:start] or None, title_offsets=shift(line.offsets, start),
        )
        self._close_to(level)
        self._check_place(heading)
        self.stack.append(OpenSection(heading))
        self._last_heading = (heading, line)
        if runin_body:
            self._paragraph(line, lstrip_at(line.text, start + stop + 1))

    def _check_place(self, heading: Heading) -> None:
        """Report a level jump, a mixed family or a broken sequence among siblings."""
        parent_level = self.stack[-1].heading.level if self.stack else 1
        siblings = self.stack[-1].children if self.stack else self.sections
        shown = _shown(heading)
        if heading.level > parent_level + 1:
            above = _shown(self.stack[-1].heading) if self.stack else (self.marker or "一级标题").strip()
            self.received.note(
                f"层级跳跃：“{shown}”是第 {heading.level} 级标题，却直接位于“{above}”（第 {parent_level} 级）之下",
                heading.span)
        previous = siblings[-1].heading if siblings else None
        if previous is not None and previous.level != heading.level:
            self.received.note(f"同一层标题序号混用：“{_shown(previous)}”之后是“{shown}”，已按各自的写法导入",
                               heading.span)
            return
        if heading.typed_marker is None:
            return
        marker = parse_marker(heading.typed_marker)
        if marker is None or marker.number is None:
            return
        expected = 1
        if previous is not None and previous.typed_marker:
            before = parse_marker(previous.typed_marker)
            if before is not None and before.number is not None:
                expected = before.number + 1
        if marker.number != expected:
            self.received.note(f"序号不连续：“{shown}”处应为第 {expected} 个", heading.span)

    def close(self, title_overridden: bool = True) -> Part:
        """The finished part."""
        self._close_to(0)
        return Part(self.key, self.title, self.span, tuple(self.blocks), tuple(self.sections),
                    self.received.path, title_overridden, self.marker)
