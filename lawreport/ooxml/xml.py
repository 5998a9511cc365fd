"""The one XML parser for package parts: no DTD, no entities, no network, no huge trees.

Every part of a Word file lawreport reads (a received report, a built report, a Word
template) goes through :func:`parse`. A part that declares a DTD is refused before parsing
(Word never writes one); a part in an encoding other than UTF-8 or UTF-16 is refused, as
ECMA-376 Part 2 allows only those two.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from lawreport.errors import LawreportError, SourceError

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]{1,40})[\"']")
_UNICODE = frozenset(("utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be"))
_REPAIR = "请在 Word/WPS 中打开并重新“另存为”.docx。"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def has_dtd(data: bytes) -> bool:
    """Whether ``data`` (UTF-8 or UTF-16) declares a DTD or an entity."""
    probe = data[:1 << 20].replace(b"\x00", b"") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data
    return b"<!DOCTYPE" in probe or b"<!ENTITY" in probe


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration names, lower-cased; None without one (UTF-8 or a BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    match = _DECLARATION.match(data.removeprefix(b"\xef\xbb\xbf")[:200])
    return match[1].decode("ascii").lower() if match else None


def parse(data: bytes, name: str, path: Path, error: type[LawreportError] = SourceError) -> etree._Element:
    """Parse the part ``name`` of the Word file ``path``; anything wrong is ``error`` with a Chinese message."""
    if has_dtd(data):
        raise error(f"文档部件 {name} 包含 DTD/实体声明，拒绝读取（Word 文档从不需要它们，可能是恶意文件）", path,
                    hint=_REPAIR)
    encoding = declared_encoding(data)
    if encoding is not None and encoding not in _UNICODE:
        raise error(f"文档部件 {name} 声明为 {encoding} 编码；Word 文档的部件只能是 UTF-8 或 UTF-16，文件可能已被改动",
                    path, hint=_REPAIR)
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise error(f"文档部件 {name} 不是有效的 XML（{exc.msg}），文件可能已损坏", path, hint=_REPAIR) from None
    except (etree.LxmlError, ValueError, RecursionError, LookupError):
        raise error(f"文档部件 {name} 无法解析，文件可能已损坏", path, hint=_REPAIR) from None
