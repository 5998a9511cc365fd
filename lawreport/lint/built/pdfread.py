"""What the reader sees: the DOCX laid out by LibreOffice, read back from the PDF as lines.

pdfplumber (MIT licence, on pdfminer.six, actively maintained) reads the PDF: it gives every
character with its box, font and size, so a line's ends and its number of characters are
measured, not estimated (docs/fonts.md says why pdfplumber rather than pypdf or PyMuPDF).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, NamedTuple

from lawreport.errors import UsageError

_SAME_LINE = 1.0
"""Characters whose baselines differ by less than this (points) are on one line."""


class PrintedLine(NamedTuple):
    """One printed line of a page, in PDF points (origin at the bottom left)."""

    baseline: float
    left: float
    right: float
    """Estimated from the advance of the line's characters."""
    size: float
    text: str


class PrintedPage(NamedTuple):
    """One page: its size and lines from top to bottom."""

    number: int
    width: float
    height: float
    lines: tuple[PrintedLine, ...]


def _lines(chars: list[dict[str, Any]], height: float) -> tuple[PrintedLine, ...]:
    """Characters (pdfplumber's dicts) → printed lines, top first, characters left to right."""
    rows: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (float(c["bottom"]), float(c["x0"]))):
        if not str(char["text"]).strip():
            continue
        if rows and abs(float(rows[-1][0]["bottom"]) - float(char["bottom"])) < _SAME_LINE:
            rows[-1].append(char)
        else:
            rows.append([char])
    lines = []
    for row in rows:
        row.sort(key=lambda c: float(c["x0"]))
        lines.append(PrintedLine(
            baseline=round(height - float(row[0]["bottom"]), 2),
            left=round(float(row[0]["x0"]), 2),
            right=round(float(row[-1]["x1"]), 2),
            size=round(max(float(c["size"]) for c in row), 2),
            text="".join(str(c["text"]) for c in row),
        ))
    return tuple(lines)


def read_pdf(path: Path) -> list[PrintedPage]:
    """Every page of the PDF at ``path`` as printed lines."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(str(path)) as pdf:
            return [PrintedPage(number, float(page.width), float(page.height), _lines(page.chars, float(page.height)))
                    for number, page in enumerate(pdf.pages, 1)]
    except (PDFSyntaxError, OSError, ValueError) as exc:
        raise UsageError(f"无法读取 LibreOffice 生成的 PDF：{exc}") from None


def libreoffice_available() -> bool:
    """Whether LibreOffice can be run here."""
    return (shutil.which("soffice") or shutil.which("libreoffice")) is not None


def print_docx(path: Path) -> list[PrintedPage]:
    """Lay out the DOCX at ``path`` with LibreOffice (as ``build --format pdf`` does) and read the pages."""
    from lawreport.render.pdf import convert_pdf

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"无法读取 {path}：{exc.strerror or exc}") from None
    pdf = convert_pdf(data, "printed")
    try:
        return read_pdf(pdf)
    finally:
        shutil.rmtree(pdf.parent, ignore_errors=True)
