"""``build --format pdf``: whether the PDF LibreOffice wrote shows every character of the DOCX.

The comparison is :mod:`lawreport.lint.built.printedtext`'s (D005 makes it in ``lint --built``);
both files are read by the received-report readers, as any Word file and PDF are. What is
missing becomes a build note naming the page; the PDF is still written, since the DOCX is right
and the note says how to get a complete PDF from it.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import LawreportError
from lawreport.importing.lines import Line


def _texts(lines: list[Line]) -> list[str]:
    """Each paragraph's text and each table cell's, in order."""
    texts: list[str] = []
    for line in lines:
        if line.table is not None:
            texts.extend(cell for row in line.table.rows for cell in row)
        else:
            texts.append(line.text)
    return texts


def missing_note(docx: bytes, pdf: bytes, stem: str) -> tuple[str, ...]:
    """The note on characters of ``docx`` that ``pdf`` (its LibreOffice print) leaves out, or ()."""
    from lawreport.importing.docxreader import read_docx
    from lawreport.importing.pdfreader import read_pdf
    from lawreport.lint.built.printed import MISSING_ADVICE
    from lawreport.lint.built.printedtext import missing_in_print

    try:
        word = read_docx(Path(f"{stem}.docx"), docx)
        printed = read_pdf(Path(f"{stem}.pdf"), pdf)
    except LawreportError as exc:
        return (f"未能核对生成的 PDF 是否排出了全部文字：{exc.message}",)
    pieces = []
    for line in printed.lines:
        page = printed.pages[line.span.line - 1] if printed.pages else 1
        pieces.extend((text, page) for text in _texts([line]))
    missing = missing_in_print(_texts(word.lines), pieces)
    if not missing:
        return ()
    named = "；".join(item.describe() for item in missing[:3]) + ("等" if len(missing) > 3 else "")
    return (f"生成的 PDF 少了 {sum(len(item.characters) for item in missing)} 个字（{named}）：{MISSING_ADVICE}",)
