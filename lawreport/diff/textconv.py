"""A report file (.docx, .txt, .md) → its text in the canonical form diff uses, for ``git diff``.

The importer recognises the report (parts, heading levels, 落款) and the text is printed
with the compiler's numbering, one paragraph per line, exactly as ``canonical_lines`` prints a
report built from sources. A file the importer cannot recognise is still shown, paragraph by
paragraph, so that ``git diff`` never fails on it.

The text is printed to a terminal (``git diff`` pages it): terminal escape sequences, control
characters and bidirectional-text controls of the file are removed, so that a received file
can neither drive the terminal nor reorder what the reviewer reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lawreport.diff.canonical import canonical_lines
from lawreport.errors import LawreportError, SourceError
from lawreport.model import Structure
from lawreport.text.controls import printable

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0"
MAX_TEXT_BYTES = 64 * 1024 * 1024
def _plain_lines(path: Path) -> list[str]:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_ZIP):
        from lawreport.diff.docxtext import docx_paragraphs

        return docx_paragraphs(path)
    if head.startswith(_OLE2):
        raise SourceError("这是旧的 .doc/.wps 二进制格式，无法读取", path, hint="请在 Word/WPS 中另存为 .docx。")
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise SourceError("文件过大，拒绝读取", path)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SourceError("无法识别文件编码（不是 UTF-8 或 GBK/GB18030）", path)
    if "\0" in text:
        raise SourceError("这是二进制文件，不是文本", path)
    return [line.strip() for line in text.splitlines() if line.strip()]


def textconv_lines(path: Path, structure: Structure, warn: Callable[[str], None] | None = None) -> list[str]:
    """The canonical lines of the report in ``path``; plain paragraphs if it is not recognised."""
    if not path.is_file():
        raise SourceError("文件不存在" if not path.exists() else "这不是一个文件", path)
    try:
        from lawreport.received import read_dated

        return [printable(line) for line in canonical_lines(read_dated(path, structure).report)]
    except ImportError:
        pass
    except LawreportError as exc:
        if warn is not None:
            warn(f"{printable(str(path))}: 未能识别为年度报告，按段落原样输出（{printable(exc.message)}）")
    return [printable(line) for line in _plain_lines(path)]
