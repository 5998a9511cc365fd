"""Judging a Word file's bytes and zip directory before anything is decompressed or parsed.

Checks run from the cheapest up: magic bytes (legacy .doc/.wps and encrypted files are OLE2
containers), the end-of-directory record and the central directory (member count, declared
sizes, compression ratio, names, encryption), then a streamed scan of every XML part for DTDs
and entity declarations. Decompression is bounded by the declared sizes, so a zip bomb is
refused in milliseconds with bounded memory.
"""

from __future__ import annotations

import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import LawreportError, SourceError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_MEMBERS = 2000
MAX_PART_BYTES = 30 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024
CHUNK = 64 * 1024
_DTD_PATTERNS = (b"<!DOCTYPE", b"<!ENTITY")
_XML_NAME = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:")
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError,
    NotImplementedError, RuntimeError, struct.error, KeyError, IndexError, UnicodeDecodeError, OverflowError,
)
"""What :mod:`zipfile` raises for a corrupt, truncated or unsupported archive (never a bug of ours)."""


class Purpose(NamedTuple):
    """Why a Word file is opened: the verb its messages use and the error (exit status) they raise."""

    verb: str
    error: type[LawreportError] = SourceError
    template: bool = False
    """Opening a Word template: .dotx, .dotm and .docm are accepted (their macros are never read or kept)."""


IMPORT = Purpose("导入")
READ = Purpose("读取")


class Refuser(NamedTuple):
    """Builds the error for one file: its path and the purpose it was opened for."""

    path: Path
    purpose: Purpose

    def __call__(self, message: str, hint: str | None = None) -> LawreportError:
        return self.purpose.error(message.replace("{verb}", self.purpose.verb), self.path,
                                  hint=hint.replace("{verb}", self.purpose.verb) if hint else None)


def mb(size: int) -> str:
    """``size`` bytes in MB, one decimal."""
    return f"{size / (1024 * 1024):.1f} MB"


def corrupt_member(refuse: Refuser, name: str, exc: BaseException) -> LawreportError:
    """The error for a member that cannot be decompressed."""
    if isinstance(exc, NotImplementedError):
        why = "使用了不支持的压缩方式"
    elif isinstance(exc, RuntimeError):
        why = "已加密"
    else:
        why = "数据损坏"
    return refuse(f"文件已损坏（文档部件 {name} 无法解压：{why}）",
                  "请在 Word/WPS 中打开并重新“另存为”.docx；如果文件是下载或复制得来的，请重新获取。")


_OTHER_FORMATS = (
    ((b"{\\rtf",), "RTF 格式的文档"),
    ((b"%PDF-",), "PDF 文件"),
    ((b"MIME-Version:",), "网页存档（.mht，常见于从网站下载的“.doc”）"),
    ((b"<html", b"<!doctype html", b"<?xml"), "网页或 XML 文件（如 Word 2003 XML，常见于从网站下载的“.doc”）"),
)


def _other_format(data: bytes) -> str | None:
    """What a file that is neither a zip nor OLE2 looks like, by its first bytes (BOM and spaces skipped)."""
    head = data[:512].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    for magics, name in _OTHER_FORMATS:
        if head.startswith(tuple(m.lower() for m in magics)):
            return name
    return None


def check_magic(data: bytes, refuse: Refuser) -> None:
    """Refuse OLE2 (legacy .doc/.wps or an encrypted .docx) and anything that is not a zip."""
    if not data.strip():
        raise refuse("文件是空的（没有任何内容），可能保存、下载或复制时没有完成，无法{verb}",
                     "请重新获取这份文件（从原处重新下载或复制；收到的报告向报送单位索取），或在 Word/WPS 中打开原文件重新“另存为”.docx。")
    if data.startswith(OLE2_MAGIC):
        raise refuse("这是旧版 .doc/.wps 文档，或设置了密码的加密文档，无法直接{verb}",
                     "请在 Word/WPS 中打开，“另存为”Word 文档（*.docx），并取消密码后再{verb}。")
    if not data.startswith(b"PK\x03\x04"):
        kind = _other_format(data)
        if kind is not None:
            raise refuse(f"这不是 .docx，而是{kind}（扩展名与内容不符），无法直接{{verb}}",
                         "请在 Word/WPS 中打开，“另存为”Word 文档（*.docx）后再{verb}；也可以复制全部文字存为 .txt 再{verb}。")
        raise refuse("文件已损坏或不是 Word 文档（不是有效的 .docx/ZIP 格式）",
                     "请在 Word/WPS 中打开并重新“另存为”.docx；如果是文本，请把扩展名改为 .txt。")


def check_end_record(data: bytes, refuse: Refuser) -> None:
    """Read the member count from the end-of-directory record before the directory is parsed."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if at < 0 or at + 22 > len(data):
        raise refuse("文件已损坏（ZIP 目录缺失，可能下载或复制不完整）", "请重新获取文件，或在 Word/WPS 中打开后另存为 .docx。")
    (entries,) = struct.unpack("<H", data[at + 10 : at + 12])
    if entries > MAX_MEMBERS:
        raise refuse(f"压缩包内有 {entries} 个成员（上限 {MAX_MEMBERS}），拒绝{{verb}}（可能是“压缩炸弹”）")


def _check_name(name: str, seen: set[str], refuse: Refuser) -> None:
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or "\\" in name:
        raise refuse(f"压缩包内含有绝对路径或反斜杠路径的成员“{name}”，拒绝{{verb}}（可能是恶意文件）")
    parts = name.split("/")
    if ".." in parts or "." in parts[:-1]:
        raise refuse(f"压缩包内含有指向上级目录的成员“{name}”，拒绝{{verb}}（可能是恶意文件）")
    folded = posixpath.normpath(name).casefold()
    if folded in seen:
        raise refuse(f"压缩包内有重名的成员“{name}”，拒绝{{verb}}（可能是恶意文件）")
    seen.add(folded)


def check_directory(archive: zipfile.ZipFile, refuse: Refuser) -> None:
    """Judge the central directory alone: counts, sizes, ratios, names, encryption."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(f"压缩包内有 {len(infos)} 个成员（上限 {MAX_MEMBERS}），拒绝{{verb}}（可能是“压缩炸弹”）")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename, seen, refuse)
        if info.flag_bits & 0x1:
            raise refuse(f"文档的内容经过加密（部件 {info.filename}），无法{{verb}}",
                         "请在 Word/WPS 中取消密码，另存为 .docx 后再{verb}。")
        if info.file_size > MAX_PART_BYTES:
            raise refuse(f"文档部件 {info.filename} 解压后有 {mb(info.file_size)}（上限 {mb(MAX_PART_BYTES)}），"
                         "拒绝{verb}（可能是“压缩炸弹”）")
        total += info.file_size
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise refuse(f"文档部件 {info.filename} 的压缩比为 {ratio}:1（上限 {MAX_RATIO}:1），拒绝{{verb}}（可能是“压缩炸弹”）")
    if total > MAX_TOTAL_BYTES:
        raise refuse(f"文档解压后共 {mb(total)}（上限 {mb(MAX_TOTAL_BYTES)}），拒绝{{verb}}（可能是“压缩炸弹”）")


def _dtd_error(name: str, refuse: Refuser) -> LawreportError:
    return refuse(f"文档部件 {name} 包含 DTD/实体声明，拒绝{{verb}}（Word 文档从不需要它们，可能是恶意文件）")


def scan_xml_parts(archive: zipfile.ZipFile, refuse: Refuser, main: str = "") -> None:
    """Stream every XML part looking for ``<!DOCTYPE`` / ``<!ENTITY`` (bounded memory).

    XML parts are known by their name (.xml, .rels, .vml, the main part) or, whatever their
    name, by content that starts like XML; other members (images…) are left after one chunk.
    """
    overlap = max(len(p) for p in _DTD_PATTERNS) * 2
    for info in archive.infolist():
        named = _XML_NAME.search(info.filename) is not None or info.filename.casefold() == main.casefold()
        tail = b""
        utf16 = False
        try:
            with archive.open(info) as stream:
                first = True
                while chunk := stream.read(CHUNK):
                    if first:
                        utf16 = chunk.startswith((b"\xff\xfe", b"\xfe\xff"))
                        if not (named or utf16 or chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")):
                            break
                    first = False
                    window = (tail + chunk).replace(b"\x00", b"") if utf16 else tail + chunk
                    if any(pattern in window for pattern in _DTD_PATTERNS):
                        raise _dtd_error(info.filename, refuse)
                    tail = window[-overlap:]
        except ZIP_ERRORS as exc:
            raise corrupt_member(refuse, info.filename, exc) from None
