"""Reading a received ``.txt`` report: encoding detected and converted explicitly, lines kept.

Reports copied from a government website or saved by Notepad/WPS arrive as UTF-8 (with or
without BOM), GBK/GB18030 ("ANSI"), or UTF-16 ("Unicode", with or without a BOM), rarely UTF-32,
with CRLF or lone CR line ends. Big5 and Shift-JIS are recognised (``legacy``) and refused,
never converted as GBK.
Unlike the sources (which must be UTF-8), import converts, and says that it did. Positions
are the file's own lines and columns (a lone CR ends a line, as in every editor).
"""

from __future__ import annotations

import re
from pathlib import Path

from lawreport.cjk import has_han
from lawreport.errors import SourceError
from lawreport.importing.legacy import BIG5, GBK, NAMES, SHIFT_JIS, UTF16BE, UTF16LE, Guess, guess
from lawreport.importing.lines import Line, Received, simple_line
from lawreport.text.spaces import EDGE_SPACE

MAX_TEXT_BYTES = 8 * 1024 * 1024
_LATIN_MOJIBAKE = r"[\u00c0-\u024f\u0400-\u04ff]"  # compiled only for a text without Chinese


def _refuse_other(guessed: Guess, path: Path) -> SourceError:
    return SourceError(f"文件看起来是 {NAMES[guessed.encoding]} 编码，lawreport 只自动转换 GBK/GB18030 和 UTF-16，"
                       "没有读取（按 GBK 转换会得到乱码）", path, 1,
                       hint="请在记事本或 WPS 中打开，“另存为”时编码选择 UTF-8 再试。")


def _utf16_without_bom(data: bytes, path: Path, received: Received) -> str | None:
    """The text of UTF-16 data without a BOM (NUL bytes beside ASCII characters), with a note; None if it is not."""
    guessed = guess(data)
    if guessed is None or guessed.encoding not in (UTF16LE, UTF16BE):
        return None
    received.note(f"文件是 {NAMES[guessed.encoding]} 编码，已转换为 UTF-8 导入；请核对（建议另存为 UTF-8）")
    return guessed.text


def decode_text(data: bytes, path: Path, received: Received) -> str:
    """Decode ``data`` (UTF-8, UTF-8 BOM, UTF-16/32 BOM, UTF-16 without BOM, or GBK/GB18030) with a note for
    conversions; Big5 and Shift-JIS are named and refused."""
    if len(data) > MAX_TEXT_BYTES:
        raise SourceError(f"文件过大（{len(data) // 1024} KB，上限 {MAX_TEXT_BYTES // 1024} KB）", path,
                          hint="一份年度报告的文本通常不超过几百 KB，请确认选对了文件。")
    for bom, codec, name in ((b"\xff\xfe\x00\x00", "utf-32", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
                             (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise SourceError(f"文件标明是 {name} 编码，但内容不完整或已损坏", path, 1) from None
            shown = "（记事本中的“Unicode”）" if name == "UTF-16" else ""
            received.note(f"文件是 {name} 编码{shown}，已转换为 UTF-8 导入", None)
            return text.lstrip("\ufeff")
    if b"\x00" in data:
        text = _utf16_without_bom(data, path, received)
        if text is not None:
            return text
        offset = data.index(b"\x00")
        line = data[:offset].count(b"\n") + 1
        raise SourceError("文件含有空字符（NUL），不是文本文件", path, line,
                          hint="如果这是 Word 文档，请把扩展名改为 .docx 后再试。")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        guessed = guess(data)
        if guessed is None:
            line = data[: exc.start].count(b"\n") + 1
            if exc.reason == "unexpected end of data":
                raise SourceError("文件末尾不完整（最后一个字符被截断，可能复制中断）", path, line) from None
            raise SourceError("无法识别文件的编码（既不是 UTF-8，也不是 GBK/GB18030）", path, line,
                              hint="请在记事本或 WPS 中“另存为”，编码选择 UTF-8。") from None
        if guessed.encoding in (BIG5, SHIFT_JIS):
            raise _refuse_other(guessed, path) from None
        if guessed.encoding != GBK:
            received.note(f"文件是 {NAMES[guessed.encoding]} 编码，已转换为 UTF-8 导入；请核对（建议另存为 UTF-8）")
            return guessed.text
        received.note("文件是 GBK/GB18030 编码（记事本和 WPS 的“ANSI”），已转换为 UTF-8 导入")
        return guessed.text
    if not has_han(text) and re.search(_LATIN_MOJIBAKE, text):
        guessed = guess(data)
        if guessed is not None and guessed.encoding in (BIG5, SHIFT_JIS):
            raise _refuse_other(guessed, path)
        if guessed is not None and guessed.encoding == GBK and has_han(guessed.text):
            received.note("文件按 UTF-8 读出来没有汉字、只有西文字母，看起来是 GBK/GB18030 编码，已按 GBK 转换导入，请核对")
            return guessed.text
    return text


def split_lines(text: str, path: Path) -> list[Line]:
    """Non-empty lines with their 1-based line number and the column of their first character."""
    lines: list[Line] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        stripped = raw.strip(EDGE_SPACE)
        if not stripped:
            continue
        column = len(raw) - len(raw.lstrip(EDGE_SPACE)) + 1
        lines.append(simple_line(stripped, path, number, column))
    return lines


def read_text(path: Path, data: bytes) -> Received:
    """Read a ``.txt`` report; tab-separated rows become tables (see :mod:`textables`)."""
    from lawreport.importing.textables import find_tables

    received = Received(path, [])
    text = decode_text(data, path, received)
    received.source_lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    received.lines = find_tables(split_lines(text, path), received)
    return received
