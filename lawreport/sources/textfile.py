"""Reading source text files strictly: UTF-8 (BOM tolerated), LF line endings, size cap.

Other encodings are never guessed silently: they are diagnosed and explained.
"""

from __future__ import annotations

import re
from pathlib import Path

from lawreport.cjk import has_han
from lawreport.errors import SourceError, display_path

MAX_SOURCE_BYTES = 2 * 1024 * 1024
_TWO_BYTE_LETTER = re.compile(r"[\u00c0-\u07ff]")

_MAGIC = (
    (b"PK\x03\x04", "看起来是 Word 文档（.docx）或其他压缩包：请用 lawreport import 导入"),
    (b"\xd0\xcf\x11\xe0", "看起来是旧版 Word/WPS 文档（.doc/.wps）：请先另存为 .docx，再用 lawreport import 导入"),
    (b"%PDF", "看起来是 PDF 文件"),
    (b"\x89PNG", "看起来是 PNG 图片"),
    (b"\xff\xd8\xff", "看起来是 JPEG 图片"),
)


def _magic_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def binary_kind(data: bytes) -> str | None:
    """What a binary file looks like (by its magic bytes, or NUL bytes outside UTF-16), or None."""
    magic = _magic_kind(data)
    if magic is not None:
        return magic
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "含有空字符（NUL）"
    return None


def _line_of_offset(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of a byte offset (decoding what precedes it), with
    CRLF and lone CR counted as one line break, as in the decoded text."""
    before = data[:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line = before.count(b"\n") + 1
    last = before.rfind(b"\n")
    column = len(before[last + 1 :].decode("utf-8", errors="replace")) + 1
    return line, column


def decode_source(data: bytes, path: Path) -> str:
    """Decode a source file's bytes to text with ``\\n`` line endings, or raise SourceError."""
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(
            f"文件过大（{len(data) // 1024} KB，上限 {MAX_SOURCE_BYTES // 1024} KB）",
            path,
            hint="一个章节文件通常不超过几十 KB，请检查是否误放了其他文件。",
        )
    magic = _magic_kind(data)
    if magic is not None:
        raise SourceError(f"不是文本文件（{magic}）", path, 1)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(
            "文件是 UTF-16 编码（记事本中的“Unicode”）",
            path,
            1,
            hint="请在记事本或 WPS 中“另存为”，编码选择 UTF-8。",
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line, column = _line_of_offset(data, data.index(b"\x00"))
        raise SourceError("文件含有空字符（NUL），不是文本文件", path, line, column,
                          hint=f"请在编辑器中删除第 {line} 行第 {column} 列的空字符后保存；"
                               "如果这是改了扩展名的其他文件，请把它移出 sections/。")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_of_offset(data, exc.start)
        if exc.reason == "unexpected end of data":
            raise SourceError(
                "文件末尾不完整（最后一个字符被截断，可能复制中断）", path, line, column,
                hint="请从原文件重新复制，或在编辑器中补全最后一个字后按 UTF-8 保存。",
            ) from None
        legacy = _guess_legacy(data)
        raise SourceError(
            f"文件不是 UTF-8 编码{legacy}",
            path,
            line,
            column,
            hint=_fix_hint(path) if legacy else (
                f"第 {line} 行第 {column} 列有不属于 UTF-8 的字节（复制时混入的乱码或孤立的代理字符），"
                "文件也不是 GBK，fix-encoding 无法转换；请在编辑器中删除这个位置的乱码后按 UTF-8 保存。"),
        ) from None
    if looks_like_gbk_mojibake(data, text):
        raise SourceError(
            f"文件看起来是 GBK 编码（按 UTF-8 读出来是“{text.strip()[:10]}”，没有一个汉字）",
            path,
            1,
            hint=_fix_hint(path),
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _fix_hint(path: Path) -> str:
    return f"运行 lawreport fix-encoding {display_path(path)} 转换为 UTF-8（原文件保留为 .bak）。"


def looks_like_gbk_mojibake(data: bytes, text: str) -> bool:
    """A short GBK file can be valid UTF-8 by accident ("媒" → "ý"): no CJK in ``text``,
    but letters from the two-byte UTF-8 range, and the bytes read as GB18030 give Chinese."""
    if not _TWO_BYTE_LETTER.search(text) or has_han(text):
        return False
    try:
        return has_han(data.decode("gb18030"))
    except UnicodeDecodeError:
        return False


def _guess_legacy(data: bytes) -> str:
    """A hint of the legacy encoding, for the message only (never used to decode)."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return ""
    return "（看起来是 GBK/GB18030，WPS 和记事本的“ANSI”）"


def read_source(path: Path) -> str:
    """Read a source file as strict UTF-8 text, or raise SourceError naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("文件不存在", path) from None
    except IsADirectoryError:
        raise SourceError("这是一个目录，不是文件", path) from None
    except PermissionError:
        raise SourceError("无法读取文件：没有读取权限", path,
                          hint="请检查文件的权限（当前用户须能读取），或在资源管理器中解除锁定后重试。") from None
    except OSError as exc:
        raise SourceError(f"无法读取文件：{exc.strerror or exc}", path) from None
    return decode_source(data, path)
