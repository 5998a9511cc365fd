"""The paragraphs of a .docx in document order (tables row by row), read straight from the zip.

The fallback of ``lawreport textconv`` for Word files the importer cannot recognise as a
report. Only ``word/document.xml`` is read; its size is bounded before and while reading;
the XML parser resolves no entities, loads no DTD and touches no network, and external
relationships are never followed. lxml is imported here and nowhere on the diff path.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lawreport.diff.canonical import CELL_SEPARATOR
from lawreport.errors import SourceError

MAX_XML_BYTES = 64 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {_W + "delText", _W + "instrText", _W + "txbxContent", _MC_FALLBACK, _W + "footnoteReference"}


def _document_xml(path: Path) -> bytes:
    if not zipfile.is_zipfile(path):
        raise SourceError("不是 .docx 文件（不是 zip 格式）", path,
                          hint="旧的 .doc 或 .wps 文件请先在 Word/WPS 中另存为 .docx。")
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo("word/document.xml")
            except KeyError:
                raise SourceError("不是 Word 文档：缺少 word/document.xml", path) from None
            if info.file_size > MAX_XML_BYTES:
                raise SourceError("文档正文过大，拒绝读取", path)
            with archive.open(info) as handle:
                data = handle.read(MAX_XML_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise SourceError(f"无法读取 .docx：{exc}", path) from None
    if len(data) > MAX_XML_BYTES:
        raise SourceError("文档正文过大，拒绝读取", path)
    return data


def _text(element: object) -> str:
    pieces: list[str] = []

    def walk(node: object) -> None:
        for child in node:  # type: ignore[attr-defined]
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                pieces.append(child.text or "")
            elif tag == _W + "tab":
                pieces.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                pieces.append("")
            else:
                walk(child)

    walk(element)
    return "".join(pieces).strip()


def _blocks(container: object) -> Iterator[str]:
    for child in container:  # type: ignore[attr-defined]
        tag = child.tag
        if tag == _W + "p":
            text = _text(child)
            if text:
                yield text
        elif tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = [" ".join(t for t in (_text(p) for p in cell.iter(_W + "p")) if t)
                         for cell in row.iterchildren(_W + "tc")]
                if any(cells):
                    yield CELL_SEPARATOR.join(cells)
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "body"):
            yield from _blocks(child)


def docx_paragraphs(path: Path) -> list[str]:
    """The non-empty paragraphs of the document body, tables as one line per row."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(_document_xml(path), parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"word/document.xml 不是有效的 XML：{exc}", path) from None
    body = root.find(_W + "body")
    return list(_blocks(body)) if body is not None else []
