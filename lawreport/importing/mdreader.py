r"""Reading a received Markdown report (e.g. a pandoc conversion) with typed markers.

``#`` headings give a relative outline depth (recognition turns the depth of the first part
heading into level 1), ``|`` tables become tables, ``**`` and backslash escapes are removed
from the text with every character's position kept.

Paragraphs: a file that separates its paragraphs with blank lines (pandoc's output, Markdown
as usually written) is read as Markdown means it: a line that continues a paragraph is
joined to it, as the source loader joins it (nothing between Chinese characters, else a
space). pandoc wraps long lines at spaces, e.g. after ``（1）`` in ``（1） 加强…``. A line that
starts with a number or is a date, or follows a short line (a title line, a 落款), a line
ending a sentence, or a hard break (two spaces or ``\``), is not joined. A file written one
paragraph per line, with no blank lines between, is read line by line.
"""

from __future__ import annotations

import re
from pathlib import Path

from lawreport.importing.docinfo import is_date_line
from lawreport.importing.lines import Line, Received
from lawreport.importing.textreader import decode_text
from lawreport.model import OffsetMap, Span, Table
from lawreport.sources.inline import join_char
from lawreport.text.numbering import parse_marker
from lawreport.text.spaces import EDGE_SPACE

_ATX = re.compile(r"^(#{1,6})[ \t]+")
_CLOSING = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")
"""A heading's closing #s (“## 标题 ##”); tried only where a run of spaces starts, so that a long run
is not searched again from each of its spaces."""
_DELIMITER = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_SENTENCE_END = tuple("。！？；：!?;:")
SHORT_LINE = 20
"""A line shorter than this is a line the author ended (a title line, a 落款), not a wrapped one."""


def _inline(raw: str, line: int, column: int) -> tuple[str, list[tuple[int, int, int]]]:
    """Text of ``raw`` without ``**``/``__`` and escapes; anchors for every kept piece."""
    text: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    index = 0
    gap = True
    while index < len(raw):
        pair = raw[index : index + 2]
        if pair in ("**", "__"):
            index += 2
            gap = True
            continue
        if raw[index] == "\\" and index + 1 < len(raw) and raw[index + 1] in _PUNCT:
            index += 1
            gap = True
        if gap:
            anchors.append((len(text), line, column + index))
            gap = False
        text.append(raw[index])
        index += 1
    return "".join(text), anchors


def _cells(raw: str) -> list[str]:
    body = raw.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    cells = re.split(r"(?<!\\)\|", body)
    return [_inline(cell.strip(), 1, 1)[0] for cell in cells]


def _line(text: str, anchors: list[tuple[int, int, int]], path: Path, outline: int | None) -> Line:
    offsets = OffsetMap(path, tuple(anchors))
    return Line(text, offsets.span_at(0), offsets, outline=outline)


def _joined(first: Line, second: Line) -> Line:
    """``second`` appended to ``first`` as one paragraph, every character keeping its position."""
    joiner = join_char(first.text, second.text)
    shift = len(first.text) + len(joiner)
    anchors = first.offsets.anchors + tuple((at + shift, line, column) for at, line, column in second.offsets.anchors)
    return Line(first.text + joiner + second.text, first.span, OffsetMap(first.offsets.path, anchors))


def _continues(previous: Line, line: Line, hard_break: bool) -> bool:
    """Whether ``line``, right below ``previous`` in a blank-line separated file, continues its paragraph."""
    marker = parse_marker(previous.text)
    marker_only = marker is not None and not previous.text[marker.end :].strip()
    if marker_only:
        return not hard_break
    if hard_break or previous.text.endswith(_SENTENCE_END) or len(previous.text) < SHORT_LINE:
        return False
    return parse_marker(line.text) is None and not is_date_line(line)


def _paragraphs(items: list[tuple[str, Line | None, bool]]) -> list[Line]:
    """Join soft-wrapped lines when the file separates paragraphs with blank lines (see the module doc)."""
    kinds = [kind for kind, _, _ in items]
    after_blank = sum(1 for a, b in zip(kinds, kinds[1:], strict=False) if a == "blank" and b == "text")
    after_text = sum(1 for a, b in zip(kinds, kinds[1:], strict=False) if a == "text" and b == "text")
    soft = after_blank > after_text
    lines: list[Line] = []
    previous: tuple[str, bool] = ("blank", False)
    for kind, line, hard_break in items:
        if line is not None:
            if (soft and kind == "text" and previous[0] == "text" and lines
                    and _continues(lines[-1], line, previous[1])):
                lines[-1] = _joined(lines[-1], line)
            else:
                lines.append(line)
        previous = (kind, hard_break)
    return lines


def read_markdown(path: Path, data: bytes) -> Received:
    """Read a ``.md`` report."""
    received = Received(path, [], relative_outline=True)
    raw_lines = decode_text(data, path, received).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    received.source_lines = tuple(raw_lines)
    start = 0
    if raw_lines and raw_lines[0].strip() == "---":
        for index in range(1, len(raw_lines)):
            if raw_lines[index].strip() in ("---", "..."):
                received.note(f"第 1–{index + 1} 行的 YAML 元数据没有导入（报告信息从正文识别）", Span(path, 1, 1))
                start = index + 1
                break
    index = start
    items: list[tuple[str, Line | None, bool]] = []
    while index < len(raw_lines):
        raw = raw_lines[index]
        number = index + 1
        stripped = raw.strip(EDGE_SPACE)
        if not stripped:
            items.append(("blank", None, False))
            index += 1
            continue
        if stripped.startswith("|"):
            rows: list[tuple[str, ...]] = []
            spans: list[Span] = []
            while index < len(raw_lines) and raw_lines[index].strip().startswith("|"):
                if not _DELIMITER.match(raw_lines[index].strip()):
                    rows.append(tuple(_cells(raw_lines[index])))
                    spans.append(Span(path, index + 1, 1))
                index += 1
            table = Table(tuple(rows), Span(path, number, 1), tuple(spans))
            items.append(("table", Line("", Span(path, number, 1), OffsetMap(path, ((0, number, 1),)), table=table),
                          False))
            continue
        column = len(raw) - len(raw.lstrip(EDGE_SPACE)) + 1
        outline = None
        heading = _ATX.match(stripped)
        if heading:
            outline = len(heading[1])
            column += heading.end()
            stripped = _CLOSING.sub("", stripped[heading.end() :]).strip(EDGE_SPACE)
        hard_break = raw.endswith("  ") or stripped.endswith("\\")
        if hard_break and stripped.endswith("\\"):
            stripped = stripped[:-1].rstrip(EDGE_SPACE)
        text, anchors = _inline(stripped, number, column)
        if text.strip():
            items.append(("heading" if heading else "text", _line(text, anchors, path, outline), hard_break))
        index += 1
    received.lines = _paragraphs(items)
    return received
