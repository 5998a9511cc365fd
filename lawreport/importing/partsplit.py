"""The body of a received report → its parts: where each part starts and what it contains. Used
by :mod:`lawreport.importing.recognise` once the title, 落款 and 成文日期 around the body are
known. Which required parts are missing is for :func:`lawreport.received.layout.missing_parts`
to say, once the report's year and layout are known.
"""

from __future__ import annotations

from lawreport.importing.lines import Line, Received
from lawreport.importing.listitems import sentence_items
from lawreport.importing.outline import PartBuilder, heading_level
from lawreport.importing.partfamily import misnumbered_parts
from lawreport.importing.partmatch import also_named, first_part_by_wording, is_part_title, match_part
from lawreport.model import Paragraph, Part, Span, Structure
from lawreport.text.numbering import parse_marker

UNMATCHED_PREFIX = "unmatched-"
"""The key of a part the importer could not match to the structure (``unmatched-1`` …)."""

_PREAMBLE_END = ("如下：", "如下:", "如下。")


def unmatched(key: str) -> bool:
    """True for the key of a part that matched no part of the structure."""
    return key.startswith(UNMATCHED_PREFIX)


def paragraph_of(line: Line) -> Paragraph:
    """A received line as a paragraph of the model, its spans pointing into the file."""
    return Paragraph(line.runs(), line.span, line.offsets)


class PartSplitter:
    """Splits one report's body into parts; notes go to ``received``."""

    def __init__(self, received: Received, structure: Structure, year: int | None, body: list[Line]) -> None:
        self.received = received
        self.structure = structure
        self.year = year
        self.base = self._outline_base(received, structure, year, body)
        """For Markdown, the ``#`` depth that is level 1; None for Word and text files."""
        self.misnumbered: frozenset[int] = frozenset()
        self.misnumbered = misnumbered_parts(body, structure, year, self.is_part_start)
        """The ``id`` of each part title numbered in another family (“1.主要举措和成效”: ``partfamily``)."""

    def note(self, message: str, span: Span | None = None) -> None:
        self.received.note(message, span)

    def level(self, line: Line) -> int | None:
        return heading_level(line, self.received.relative_outline, self.base)

    def is_part_start(self, line: Line) -> bool:
        """True when ``line`` starts a part: a level-1 heading, or an unnumbered part title."""
        if line.table is not None:
            return False
        if self.level(line) == 1 or id(line) in self.misnumbered:
            return True
        return parse_marker(line.text) is None and is_part_title(line.text, self.structure, self.year)

    def is_label(self, line: Line, current: PartBuilder | None) -> bool:
        """True for an unnumbered line that only names a part (“存在的问题：”) under a part title
        naming that part and another (“三、存在的问题和下一步打算”): it labels that part's text
        inside the combined part (lawreport.importing.partshares), it starts no part of its own."""
        own = self.structure.spec(current.key) if current is not None else None
        if own is None or current is None or self.level(line) == 1 or parse_marker(line.text) is not None:
            return False
        named = {own.key, *(spec.key for spec in also_named(current.title, own, self.structure, self.year))}
        spec = match_part(line.text, self.structure, self.year, set())
        return len(named) > 1 and spec is not None and spec.key in named

    @staticmethod
    def _outline_base(received: Received, structure: Structure, year: int | None, body: list[Line]) -> int | None:
        """For Markdown: the ``#`` depth of the first part heading (that depth is level 1)."""
        if not received.relative_outline:
            return None
        for line in body:
            if line.outline is not None:
                marker = parse_marker(line.text)
                if (marker is not None and marker.level == 1) or is_part_title(line.text, structure, year):
                    return line.outline
        return min((line.outline for line in body if line.outline is not None), default=None)

    def preamble_end(self, body: list[Line]) -> int:
        """Where the 开头语 above the first part ends in ``body``."""
        for index, line in enumerate(body):
            if line.table is not None or self.level(line) is not None or self.is_part_start(line):
                return index
        for index, line in enumerate(body[:3]):
            if line.text.endswith(_PREAMBLE_END):
                return index + 1
        return min(1, len(body))

    def parts(self, body: list[Line], plain: frozenset[int] = frozenset()) -> list[Part]:
        """The parts of ``body``; the lines whose ``id`` is in ``plain`` are text, never headings."""
        parts: list[Part] = []
        taken: set[str] = set()
        builders: list[PartBuilder] = []
        # numbered sentences (“（一）部分乡镇……不够，……。”) are paragraphs, not headings ending in 。
        plain = plain | sentence_items(body, self.is_part_start)
        for line in body:
            if self.is_part_start(line) and not self.is_label(line, builders[-1] if builders else None):
                builders.append(self._start_part(line, taken, len(builders) + 1))
                continue
            if not builders:
                self.note("这里起的内容不在任何一级标题（一、）之下，已单独作为一个部分导入", line.span)
                builders.append(PartBuilder(self.received, f"{UNMATCHED_PREFIX}1", "", line.span, None, self.base))
            if id(line) in plain:
                builders[-1].add_text(line)
            else:
                builders[-1].add(line)
        for builder in builders:
            spec = self.structure.spec(builder.key)
            overridden = spec is None or builder.title != spec.title_for(self.year or 0)
            parts.append(builder.close(overridden))
        standalone = [span for builder in builders for span in builder.standalone_runin]
        if standalone:
            where = "、".join(str(span.line) for span in standalone[:20]) + ("等" if len(standalone) > 20 else "")
            self.note(f"{len(standalone)} 个独立成{self.received.unit}的标题以“。”结尾（第 {where} {self.received.unit}），"
                      "导入后按段首标题处理，构建时将与下一段连排")
        self._check_part_sequence(parts)
        return parts

    def _start_part(self, line: Line, taken: set[str], position: int) -> PartBuilder:
        marker = parse_marker(line.text)
        start = marker.end if marker else 0
        title = line.text[start:]
        typed = line.text[:start] or None
        head, runin_body = title, ""
        stop = title.find("。")
        if 0 <= stop < len(title) - 1:
            head, runin_body = title[: stop + 1], title[stop + 1 :]
        spec = match_part(head, self.structure, self.year, taken) or first_part_by_wording(
            head, self.structure, position, taken)
        if spec is None:
            key = f"{UNMATCHED_PREFIX}{position}"
            self.note(f"一级标题“{head}”无法对应结构中的任何部分（或对应的部分已出现过），已原样保留", line.span)
        else:
            key = spec.key
            taken.add(key)
        own_base = line.outline if self.received.relative_outline and line.outline is not None else self.base
        builder = PartBuilder(self.received, key, head, line.span, typed, own_base)
        if id(line) in self.misnumbered and marker is not None:
            self.note(f"部分标题“{line.text[:start].strip()}{head}”的序号不是“一、二、三、”这一级，已按部分导入", line.span)
        if runin_body.strip():
            self.note("一级标题与正文写在同一段，已拆分为标题和正文", line.span)
            builder.add_runin_body(line, start + stop + 1)
        return builder

    def _check_part_sequence(self, parts: list[Part]) -> None:
        expected = 1
        for part in parts:
            if part.marker is None:
                continue
            marker = parse_marker(part.marker)
            if marker is not None and marker.number != expected:
                self.note(f"一级标题序号不连续：应为第 {expected} 个，这里写的是“{part.marker.strip()}”", part.title_span)
            expected = (marker.number or expected) + 1 if marker else expected + 1
