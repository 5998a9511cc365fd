"""Which pages of a received PDF are scans, and what the reader says about them.

A scanned page is a picture: it has no text a viewer can copy, or, when the scan was placed in a
document that numbers its pages (Word's “插入图片” then “另存为 PDF”), none but the running header
and footer, while the page draws an image. A page whose only text is its page number or header
(the office's name, a date) and which draws no image is not a scan: it is a blank page, or its body
was drawn as shapes (text “转曲” by a layout program), and saying “scan” would send the unit
looking for a scanner it did not use.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from lawreport.errors import SourceError
from lawreport.importing.pdflayout import Page

_MAX_DEPTH = 12
"""Forms drawn inside forms deeper than this are not looked into (pdfbudget refuses such pages anyway)."""
_LISTED = 10
"""Page numbers a note lists before it says how many more."""


def draws_image(resources: Any, depth: int = 0) -> bool:
    """Whether a page (or form) with these ``/Resources`` draws an image, directly or through its forms."""
    resources = resources.get_object() if resources is not None else None
    objects = resources.get("/XObject") if hasattr(resources, "get") else None
    objects = objects.get_object() if objects is not None else None
    for reference in (objects.values() if hasattr(objects, "values") else ()):
        drawn = reference.get_object()
        kind = drawn.get("/Subtype") if hasattr(drawn, "get") else None
        if kind == "/Image":
            return True
        if kind == "/Form" and depth < _MAX_DEPTH and draws_image(drawn.get("/Resources"), depth + 1):
            return True
    return False


def scanned(pages: Sequence[Page], with_body: Collection[int]) -> list[int]:
    """The numbers of the pages that are scans: no body text (``with_body`` are the pages that have
    some), and no text at all or an image."""
    return [page.number for page in pages if page.number not in with_body and (not page.chunks or page.images)]


def _pages(numbers: Sequence[int]) -> str:
    shown = "、".join(str(number) for number in numbers[:_LISTED])
    return f"第 {shown} 页" if len(numbers) <= _LISTED else f"第 {shown} 页等 {len(numbers)} 页"


def no_body(path: Path, pages: Sequence[Page], scans: Sequence[int], ask: str) -> SourceError:
    """The refusal of a PDF none of whose pages has body text."""
    count = len(pages)
    if scans and all(not page.chunks for page in pages):
        return SourceError(f"PDF 的 {count} 页中没有可以提取的文字，看起来是扫描件（图片），无法检查", path, hint=ask)
    if scans:
        return SourceError(f"PDF 的 {count} 页中除页码、页眉页脚外没有可以提取的文字，正文看起来是扫描件（图片），无法检查",
                           path, hint=ask)
    example = next(chunk.text.strip() for page in pages for chunk in page.chunks)[:20]
    return SourceError(f"PDF 的 {count} 页中只有页码、页眉页脚（如“{example}”），没有正文文字，无法检查", path,
                       hint="这些页可能是空白页，或正文被转成了曲线（图形）；" + ask)


def scan_note(scans: Sequence[int]) -> str:
    """The note on the scanned pages of a PDF whose other pages have text."""
    return f"PDF {_pages(scans)}没有正文文字，看起来是扫描的图片，其中的内容没有读取，请对照原件核对"
