"""Refusing hostile or odd Word files before any XML is parsed (reliability.md I1–I9, G8).

Checks run from the cheapest up: magic bytes (legacy .doc/.wps and encrypted files are
OLE2 containers), the zip central directory (member count, declared sizes, compression
ratio, names, encryption), the content type of the main document part (no macros, no
Strict OOXML, no templates), and finally a streamed scan of every XML part for DTDs and
entity declarations. Nothing is decompressed until the directory has been judged, and
decompression is bounded by the declared sizes, so a zip bomb is refused in milliseconds
with bounded memory.
"""

from __future__ import annotations

import io
import lzma
import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lawreport.errors import SourceError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_MEMBERS = 2000
MAX_PART_BYTES = 30 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024
MAX_SMALL_XML = 4 * 1024 * 1024
CHUNK = 64 * 1024

MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
OFFICE_DOCUMENT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STRICT_MARK = b"purl.oclc.org/ooxml"
_DTD_PATTERNS = (b"<!DOCTYPE", b"<!ENTITY")
_VBA_MARKS = ("macroenabled", "vbaproject", "vbadata")
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError,
    NotImplementedError, RuntimeError, struct.error, KeyError, IndexError, UnicodeDecodeError, OverflowError,
)
"""What :mod:`zipfile` raises for a corrupt, truncated or unsupported archive (never a bug of ours)."""
_XML_NAME = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_DRIVE = re.compile(r"^[A-Za-z]:")


def _refuse(path: Path, message: str, hint: str | None = None) -> SourceError:
    return SourceError(message, path, hint=hint)


@dataclass(frozen=True, slots=True)
class Package:
    """A Word package that passed preflight: the open zip and where its main document is."""

    zip: zipfile.ZipFile
    main: str
    """Member name of the main document part (usually ``word/document.xml``)."""


def _corrupt_member(path: Path, name: str, exc: BaseException) -> SourceError:
    if isinstance(exc, NotImplementedError):
        why = "使用了不支持的压缩方式"
    elif isinstance(exc, RuntimeError):
        why = "已加密"
    else:
        why = "数据损坏"
    return _refuse(path, f"文件已损坏（文档部件 {name} 无法解压：{why}）",
                   "请在 Word/WPS 中打开并重新“另存为”.docx；如果文件是下载或复制得来的，请重新获取。")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_magic(data: bytes, path: Path) -> None:
    """Refuse OLE2 (legacy .doc/.wps or an encrypted .docx) and anything that is not a zip."""
    if data.startswith(OLE2_MAGIC):
        raise _refuse(path, "这是旧版 .doc/.wps 文档，或设置了密码的加密文档，无法直接导入",
                      "请在 Word/WPS 中打开，“另存为”Word 文档（*.docx），并取消密码后再导入。")
    if not data.startswith(b"PK\x03\x04"):
        kind = _other_format(data)
        if kind is not None:
            raise _refuse(path, f"这不是 .docx，而是{kind}（扩展名与内容不符），无法直接导入",
                          "请在 Word/WPS 中打开，“另存为”Word 文档（*.docx）后再导入；也可以复制全部文字存为 .txt 导入。")
        raise _refuse(path, "文件已损坏或不是 Word 文档（不是有效的 .docx/ZIP 格式）",
                      "请在 Word/WPS 中打开并重新“另存为”.docx；如果是文本，请把扩展名改为 .txt。")


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


def _check_name(name: str, seen: set[str], path: Path) -> None:
    if name.startswith(("/", "\\")) or _DRIVE.match(name) or "\\" in name:
        raise _refuse(path, f"压缩包内含有绝对路径或反斜杠路径的成员“{name}”，拒绝导入（可能是恶意文件）")
    parts = name.split("/")
    if ".." in parts or any(part in (".",) for part in parts[:-1]):
        raise _refuse(path, f"压缩包内含有指向上级目录的成员“{name}”，拒绝导入（可能是恶意文件）")
    folded = posixpath.normpath(name).casefold()
    if folded in seen:
        raise _refuse(path, f"压缩包内有重名的成员“{name}”，拒绝导入（可能是恶意文件）")
    seen.add(folded)


def check_directory(archive: zipfile.ZipFile, path: Path) -> None:
    """Judge the central directory alone: counts, sizes, ratios, names, encryption."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, f"压缩包内有 {len(infos)} 个成员（上限 {MAX_MEMBERS}），拒绝导入（可能是“压缩炸弹”）")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename, seen, path)
        if info.flag_bits & 0x1:
            raise _refuse(path, "文档的内容经过加密，无法导入", "请在 Word/WPS 中取消密码，另存为 .docx 后再导入。")
        if info.file_size > MAX_PART_BYTES:
            raise _refuse(path, f"文档部件 {info.filename} 解压后有 {_mb(info.file_size)}（上限 {_mb(MAX_PART_BYTES)}），"
                                "拒绝导入（可能是“压缩炸弹”）")
        total += info.file_size
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refuse(path, f"文档部件 {info.filename} 的压缩比为 {ratio}:1（上限 {MAX_RATIO}:1），"
                                "拒绝导入（可能是“压缩炸弹”）")
    if total > MAX_TOTAL_BYTES:
        raise _refuse(path, f"文档解压后共 {_mb(total)}（上限 {_mb(MAX_TOTAL_BYTES)}），拒绝导入（可能是“压缩炸弹”）")


def read_member(archive: zipfile.ZipFile, name: str, path: Path, limit: int = MAX_PART_BYTES) -> bytes:
    """A member's bytes, never more than its declared size nor ``limit``."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _refuse(path, f"文档缺少部件 {name}，文件可能已损坏") from None
    if info.file_size > limit:
        raise _refuse(path, f"文档部件 {name} 过大（{_mb(info.file_size)}）")
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except ZIP_ERRORS as exc:
        raise _corrupt_member(path, name, exc) from None
    if len(data) > limit:
        raise _refuse(path, f"文档部件 {name} 过大")
    return data


def _content_types(archive: zipfile.ZipFile, path: Path) -> tuple[dict[str, str], list[str]]:
    """Part name → content type, and every content type declared, from ``[Content_Types].xml``.

    Overrides name parts; a ``Default`` gives the type of every part with its extension
    (key ``*.ext``), which some writers use for the main document instead of an override.
    """
    data = read_member(archive, "[Content_Types].xml", path, MAX_SMALL_XML)
    _scan_dtd(data, "[Content_Types].xml", path)
    text = data.decode("utf-8", errors="replace")
    types: dict[str, str] = {}
    declared: list[str] = []
    for match in re.finditer(r"<(?:\w+:)?(Override|Default)\b([^>]*)>", text):
        attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', match[2]))
        declared.append(attrs.get("ContentType", ""))
        if match[1] == "Override" and "PartName" in attrs and "ContentType" in attrs:
            types[attrs["PartName"].lstrip("/")] = attrs["ContentType"]
        elif match[1] == "Default" and "Extension" in attrs and "ContentType" in attrs:
            types["*." + attrs["Extension"].casefold()] = attrs["ContentType"]
    return types, declared


def _has_macros(kind: str, declared: list[str], names: set[str]) -> bool:
    """A macro-enabled main part, a declared VBA/ActiveX part, or a ``vbaProject.bin`` member."""
    folded = [kind.casefold(), *(item.casefold() for item in declared)]
    return (any(mark in item for item in folded for mark in _VBA_MARKS)
            or any(posixpath.basename(name).startswith("vbaproject") for name in names))


def _main_part(archive: zipfile.ZipFile, path: Path) -> str:
    data = read_member(archive, "_rels/.rels", path, MAX_SMALL_XML)
    _scan_dtd(data, "_rels/.rels", path)
    if STRICT_MARK in data:
        raise _refuse(path, "这是 Strict Open XML 格式的文档，无法导入",
                      "请在 Word 中“另存为”，保存类型选“Word 文档 (*.docx)”，而不是“Strict Open XML 文档”。")
    text = data.decode("utf-8", errors="replace")
    for match in re.finditer(r"<(?:\w+:)?Relationship\b([^>]*)>", text):
        attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', match[1]))
        if attrs.get("Type") == OFFICE_DOCUMENT_REL:
            return posixpath.normpath(attrs.get("Target", "").lstrip("/"))
    raise _refuse(path, "不是 Word 文档（找不到正文部件）", "请确认选择的是 .docx 文件。")


def check_content_type(archive: zipfile.ZipFile, path: Path) -> str:
    """The main document part's name, if its content type is a plain Word document."""
    names = {info.filename.casefold() for info in archive.infolist()}
    types, declared = _content_types(archive, path)
    main = _main_part(archive, path)
    kind = types.get(main) or types.get("*." + posixpath.splitext(main)[1].lstrip(".").casefold(), "")
    if _has_macros(kind, declared, names):
        raise _refuse(path, "含宏文档（.docm 等启用宏的文档），拒绝导入；宏不会被执行。请另存为 .docx",
                      "在 Word/WPS 中“文件 → 另存为”，保存类型选“Word 文档 (*.docx)”（不含宏）后再导入。")
    if kind == _TEMPLATE_TYPE:
        raise _refuse(path, "这是 Word 模板（.dotx），不是报告文档", "请打开模板，另存为 .docx 后再导入。")
    if kind != MAIN_DOCUMENT:
        shown = kind or "未声明"
        raise _refuse(path, f"不是 Word 文档（正文部件的类型为 {shown}）",
                      "请确认选择的是 Word/WPS 保存的 .docx 文件（Excel、PowerPoint 文件不能导入）。")
    if main.casefold() not in names:
        raise _refuse(path, f"文档缺少正文部件 {main}，文件可能已损坏")
    return main


def _scan_dtd(data: bytes, name: str, path: Path) -> None:
    probe = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = data.decode("utf-16", errors="replace").encode("utf-8")
    for pattern in _DTD_PATTERNS:
        if pattern in probe:
            raise _refuse(path, f"文档部件 {name} 包含 DTD/实体声明，拒绝导入（Word 文档从不需要它们，可能是恶意文件）")


def scan_xml_parts(archive: zipfile.ZipFile, path: Path, main: str = "") -> None:
    """Stream every XML part looking for ``<!DOCTYPE`` / ``<!ENTITY`` (bounded memory).

    XML parts are known by their name (.xml, .rels, .vml, the main part) or, whatever their
    name, by content that starts like XML; other members (images…) are left after one chunk.
    """
    overlap = max(len(p) for p in _DTD_PATTERNS) * 2
    for info in archive.infolist():
        named = (_XML_NAME.search(info.filename) is not None or info.filename == "[Content_Types].xml"
                 or info.filename.casefold() == main.casefold())
        tail = b""
        utf16 = False
        try:
            with archive.open(info) as stream:
                first = True
                while True:
                    chunk = stream.read(CHUNK)
                    if not chunk:
                        break
                    if first:
                        utf16 = chunk.startswith((b"\xff\xfe", b"\xfe\xff"))
                        if not (named or utf16 or chunk.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")):
                            break
                    first = False
                    window = tail + chunk
                    if utf16:
                        window = window.replace(b"\x00", b"")
                    if any(pattern in window for pattern in _DTD_PATTERNS):
                        _scan_dtd(window, info.filename, path)
                    tail = window[-overlap:]
        except ZIP_ERRORS as exc:
            raise _corrupt_member(path, info.filename, exc) from None


def check_end_record(data: bytes, path: Path) -> None:
    """Read the member count from the end-of-directory record before the directory is parsed."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if at < 0 or at + 22 > len(data):
        raise _refuse(path, "文件已损坏（ZIP 目录缺失，可能下载或复制不完整）",
                      "请重新获取文件，或在 Word/WPS 中打开后另存为 .docx。")
    (entries,) = struct.unpack("<H", data[at + 10 : at + 12])
    if entries > MAX_MEMBERS:
        raise _refuse(path, f"压缩包内有 {entries} 个成员（上限 {MAX_MEMBERS}），拒绝导入（可能是“压缩炸弹”）")


def open_package(data: bytes, path: Path) -> Package:
    """Run every preflight check on a Word file's bytes; return the opened package."""
    check_magic(data, path)
    check_end_record(data, path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError:
        raise _refuse(path, "文件已损坏，或使用了不支持的 ZIP 格式（如分卷压缩包），不是有效的 .docx",
                      "请在 Word/WPS 中打开后另存为 .docx，或重新获取文件。") from None
    except ZIP_ERRORS:
        raise _refuse(path, "文件已损坏（不是有效的 ZIP/.docx 格式，可能下载或复制不完整）",
                      "请重新获取文件，或在 Word/WPS 中打开后另存为 .docx。") from None
    check_directory(archive, path)
    main = check_content_type(archive, path)
    scan_xml_parts(archive, path, main)
    return Package(archive, main)
