"""A Word package opened within limits: the zip, its main document part, and bounded reads.

:func:`open_package` runs :mod:`lawreport.ooxml.limits` on the file's bytes, then reads the
package's content types and root relationships with the one hardened parser
(:mod:`lawreport.ooxml.xml`) and refuses macro-enabled, Strict and non-Word packages. Every
later read of a part is bounded by its declared size and by ``MAX_PART_BYTES``.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from lawreport.files.reading import NotRegularFile, read_limited
from lawreport.ooxml import xml
from lawreport.ooxml.limits import (
    IMPORT,
    MAX_MEMBERS,
    MAX_PART_BYTES,
    ZIP_ERRORS,
    Purpose,
    Refuser,
    check_directory,
    check_end_record,
    check_magic,
    corrupt_member,
    mb,
    scan_xml_parts,
)
from lawreport.ooxml.names import CT, OFFICE_REL, REL

__all__ = ["MAX_MEMBERS", "MAX_PART_BYTES", "Package", "Relationship", "open_package", "rels_name", "resolve_target"]

MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_DOCUMENT = "application/vnd.ms-word.document.macroEnabled.main+xml"
MACRO_TEMPLATE = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
MAX_SMALL_XML = 4 * 1024 * 1024
STRICT_MARK = "purl.oclc.org/ooxml"
_VBA_MARKS = ("macroenabled", "vbaproject", "vbadata")


class Relationship:
    """One ``<Relationship>`` of a part, its target resolved to a member name when internal."""

    __slots__ = ("ident", "kind", "target", "external")

    def __init__(self, ident: str, kind: str, target: str, external: bool) -> None:
        self.ident, self.kind, self.target, self.external = ident, kind, target, external

    @property
    def short_kind(self) -> str:
        """The relationship type's last path segment ("styles", "footer", "oleObject"…)."""
        return self.kind.rsplit("/", 1)[-1]


def rels_name(part: str) -> str:
    """The relationships part of ``part`` ("" for the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def resolve_target(source: str, target: str) -> str:
    """The member an internal relationship of the part ``source`` names by ``target``."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


class Package:
    """A Word package that passed every check: read its parts through :meth:`read` and :meth:`xml`."""

    def __init__(self, archive: zipfile.ZipFile, main: str, refuse: Refuser, types: dict[str, str]) -> None:
        self.zip = archive
        self.main = main
        """Member name of the main document part (usually ``word/document.xml``)."""
        self.refuse = refuse
        self.types = types
        """Part name (or ``*.ext`` for a Default) → content type, from ``[Content_Types].xml``."""
        self.names = {info.filename for info in archive.infolist()}

    @property
    def path(self) -> Path:
        """The file this package was read from."""
        return self.refuse.path

    def read(self, name: str, limit: int = MAX_PART_BYTES) -> bytes:
        """A member's bytes, never more than its declared size nor ``limit``."""
        return read_member(self.zip, name, self.refuse, limit)

    def xml(self, name: str, limit: int = MAX_PART_BYTES) -> etree._Element:
        """A member parsed with the one hardened parser."""
        return self.parse(self.read(name, limit), name)

    def parse(self, data: bytes, name: str) -> etree._Element:
        """The bytes ``data`` of the member ``name`` (already read with :meth:`read`) parsed with the
        one hardened parser; errors name this package's file."""
        return xml.parse(data, name, self.refuse.path, self.refuse.purpose.error)

    def find(self, name: str) -> str | None:
        """The member called ``name``, compared without case as Word does; None when absent."""
        if name in self.names:
            return name
        folded = name.casefold()
        return next((member for member in self.names if member.casefold() == folded), None)

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` (``""`` for the package's own), internal targets resolved."""
        name = self.find(rels_name(part) if part else "_rels/.rels")
        if name is None:
            return []
        root = self.xml(name, MAX_SMALL_XML)
        out = []
        for element in root.iter(f"{REL}Relationship"):
            external = (element.get("TargetMode") or "").casefold() == "external"
            target = element.get("Target") or ""
            out.append(Relationship(element.get("Id") or "", element.get("Type") or "",
                                    target if external else resolve_target(part, target), external))
        return out

    def content_type(self, part: str) -> str:
        """The content type of ``part`` (its Override, else the Default of its extension)."""
        extension = posixpath.splitext(part)[1].lstrip(".").casefold()
        return self.types.get(part) or self.types.get("*." + extension, "")


def read_member(archive: zipfile.ZipFile, name: str, refuse: Refuser, limit: int = MAX_PART_BYTES) -> bytes:
    """A member's bytes, never more than its declared size nor ``limit``."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise refuse(f"文档缺少部件 {name}，文件可能已损坏") from None
    if info.file_size > limit:
        raise refuse(f"文档部件 {name} 过大（{mb(info.file_size)}）")
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except ZIP_ERRORS as exc:
        raise corrupt_member(refuse, name, exc) from None
    if len(data) > limit:
        raise refuse(f"文档部件 {name} 过大")
    return data


def _content_types(archive: zipfile.ZipFile, refuse: Refuser) -> tuple[dict[str, str], list[str]]:
    if "[Content_Types].xml" not in archive.namelist():
        raise refuse("不是 Word 文档（是普通的压缩包，没有 [Content_Types].xml）", "请确认选择的是 Word/WPS 保存的 .docx 文件。")
    data = read_member(archive, "[Content_Types].xml", refuse, MAX_SMALL_XML)
    root = xml.parse(data, "[Content_Types].xml", refuse.path, refuse.purpose.error)
    types: dict[str, str] = {}
    declared: list[str] = []
    for element in root.iter(f"{CT}Override", f"{CT}Default"):
        kind = element.get("ContentType") or ""
        declared.append(kind)
        if element.tag == f"{CT}Override" and element.get("PartName"):
            types[posixpath.normpath(element.get("PartName", "").lstrip("/"))] = kind
        elif element.get("Extension"):
            types["*." + element.get("Extension", "").casefold()] = kind
    return types, declared


def _main_part(archive: zipfile.ZipFile, refuse: Refuser) -> str:
    data = read_member(archive, "_rels/.rels", refuse, MAX_SMALL_XML)
    root = xml.parse(data, "_rels/.rels", refuse.path, refuse.purpose.error)
    for element in root.iter():
        if isinstance(element.tag, str) and STRICT_MARK in element.tag + (element.get("Type") or ""):
            raise refuse("这是 Strict Open XML 格式的文档，无法{verb}",
                         "请在 Word 中“另存为”，保存类型选“Word 文档 (*.docx)”，而不是“Strict Open XML 文档”。")
    for element in root.iter(f"{REL}Relationship"):
        if element.get("Type") == OFFICE_REL + "officeDocument":
            return posixpath.normpath((element.get("Target") or "").lstrip("/"))
    raise refuse("不是 Word 文档（找不到正文部件）", "请确认选择的是 .docx 文件。")


def _has_macros(kind: str, declared: list[str], names: set[str]) -> bool:
    """A macro-enabled main part, a declared VBA/ActiveX part, or a ``vbaProject.bin`` member."""
    folded = [kind.casefold(), *(item.casefold() for item in declared)]
    return (any(mark in item for item in folded for mark in _VBA_MARKS)
            or any(posixpath.basename(name).startswith("vbaproject") for name in names))


def _check_main(archive: zipfile.ZipFile, refuse: Refuser, types: dict[str, str], declared: list[str]) -> str:
    names = {info.filename.casefold() for info in archive.infolist()}
    main = _main_part(archive, refuse)
    kind = types.get(main) or types.get("*." + posixpath.splitext(main)[1].lstrip(".").casefold(), "")
    template = refuse.purpose.template
    if _has_macros(kind, declared, names) and not template:
        raise refuse("含宏文档（.docm 等启用宏的文档），拒绝{verb}；宏不会被执行。请另存为 .docx",
                     "在 Word/WPS 中“文件 → 另存为”，保存类型选“Word 文档 (*.docx)”（不含宏）后再{verb}。")
    if kind == TEMPLATE_DOCUMENT and not template:
        raise refuse("这是 Word 模板（.dotx），不是报告文档", "请打开模板，另存为 .docx 后再{verb}。")
    accepted = (MAIN_DOCUMENT, TEMPLATE_DOCUMENT, MACRO_DOCUMENT, MACRO_TEMPLATE) if template else (MAIN_DOCUMENT,
                                                                                               TEMPLATE_DOCUMENT)
    if kind not in accepted:
        shown = kind or "未声明"
        raise refuse(f"不是 Word 文档（正文部件的类型为 {shown}）",
                     "请确认选择的是 Word/WPS 保存的 .docx 文件（Excel、PowerPoint 文件不能{verb}）。")
    if main.casefold() not in names:
        raise refuse(f"文档缺少正文部件 {main}，文件可能已损坏")
    return main


def open_package(data: bytes, path: Path, purpose: Purpose = IMPORT) -> Package:
    """Run every check on a Word file's bytes; return the opened package."""
    refuse = Refuser(path, purpose)
    check_magic(data, refuse)
    check_end_record(data, refuse)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except NotImplementedError:
        raise refuse("文件已损坏，或使用了不支持的 ZIP 格式（如分卷压缩包），不是有效的 .docx",
                     "请在 Word/WPS 中打开后另存为 .docx，或重新获取文件。") from None
    except ZIP_ERRORS:
        raise refuse("文件已损坏（不是有效的 ZIP/.docx 格式，可能下载或复制不完整）",
                     "请重新获取文件，或在 Word/WPS 中打开后另存为 .docx。") from None
    check_directory(archive, refuse)
    scan_xml_parts(archive, refuse)
    types, declared = _content_types(archive, refuse)
    main = _check_main(archive, refuse, types, declared)
    return Package(archive, main, refuse, types)


def read_package(path: Path, purpose: Purpose = IMPORT, max_bytes: int = 64 * 1024 * 1024) -> Package:
    """Open the Word file at ``path`` (read whole, at most ``max_bytes``)."""
    refuse = Refuser(path, purpose)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise refuse(f"文件过大（{mb(size)}，上限 {mb(max_bytes)}）")
        data = read_limited(path, max_bytes)
    except FileNotFoundError:
        raise refuse("文件不存在") from None
    except IsADirectoryError:
        raise refuse("这是一个目录，不是文件") from None
    except NotRegularFile as exc:
        raise refuse(exc.strerror) from None
    except OSError as exc:
        raise refuse(f"无法读取文件：{exc.strerror or exc}") from None
    return open_package(data, path, purpose)
