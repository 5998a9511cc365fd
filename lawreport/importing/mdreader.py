"""Reading a received Markdown report (e.g. a pandoc conversion) with typed markers.

``#`` headings give a relative outline depth (recognition turns the depth of the first part
heading into level 1), ``|`` tables become tables, ``**`` and backslash escapes are removed
from the text with every character's position kept.
"""

from __future__ import annotations

import re
from pathlib import Path

from lawreport.importing.lines import Line, Received
from lawreport.importing.textreader import decode_text
from lawreport.model import OffsetMap, Span, Table

_ATX = re.compile(r"^(#{1,6})[ \t]+")
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_DELIMITER = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_SPACE = " \t\u3000\ufeff"
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


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


def read_markdown(path: Path, data: bytes) -> Received:
    """Read a ``.md`` report."""
    received = Received(path, [], relative_outline=True)
    raw_lines = decode_text(data, path, received).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = 0
    if raw_lines and raw_lines[0].strip() == "---":
        for index in range(1, len(raw_lines)):
            if raw_lines[index].strip() in ("---", "..."):
                received.note(f"第 1–{index + 1} 行的 YAML 元数据没有导入（报告信息从正文识别）", Span(path, 1, 1))
                start = index + 1
                break
    index = start
    while index < len(raw_lines):
        raw = raw_lines[index]
        number = index + 1
        stripped = raw.strip(_SPACE)
        if not stripped:
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
            received.lines.append(Line("", Span(path, number, 1), OffsetMap(path, ((0, number, 1),)), table=table))
            continue
        column = len(raw) - len(raw.lstrip(_SPACE)) + 1
        outline = None
        heading = _ATX.match(stripped)
        if heading:
            outline = len(heading[1])
            column += heading.end()
            stripped = _CLOSING.sub("", stripped[heading.end() :]).strip(_SPACE)
        text, anchors = _inline(stripped, number, column)
        if text.strip():
            received.lines.append(_line(text, anchors, path, outline))
        index += 1
    return received
