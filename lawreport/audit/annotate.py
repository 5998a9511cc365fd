"""Word comments back to the unit: a copy of a received .docx with each finding as a comment (批注) at its text.

Positions are the reader's paragraph numbers (every ``w:p`` of the body in document order,
inside tables too, text boxes not: see lawreport.importing.docxreader); a finding's column
picks the run that holds that character. The comment's author is "lawreport". The received
file is only read: the copy is written elsewhere, atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from lawreport.audit.records import FindingRow

AUTHOR = "lawreport"
INITIALS = "LR"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = {"error": "错误", "warning": "警告", "info": "提示"}


def _numbered_paragraphs(body: object) -> list[object]:
    """The body's ``w:p`` elements in the reader's numbering (1-based: index 0 is paragraph 1)."""
    found = []
    for element in body.iter(f"{_W}p"):  # type: ignore[attr-defined]
        if any(ancestor.tag == f"{_W}txbxContent" for ancestor in element.iterancestors()):
            continue
        found.append(element)
    return found


def annotate_docx(source: Path, findings: tuple[FindingRow, ...], target: Path) -> int:
    """Write ``target``: ``source`` with a comment per finding; return how many comments it holds."""
    from docx import Document
    from docx.text.paragraph import Paragraph

    from lawreport.files.atomic import atomic_write

    document = Document(io.BytesIO(source.read_bytes()))
    paragraphs = _numbered_paragraphs(document.element.body)
    placed = 0
    for finding in findings:
        if not 1 <= finding.line <= len(paragraphs):
            continue
        paragraph = Paragraph(paragraphs[finding.line - 1], document)
        runs = [run for run in paragraph.runs if run.text]
        if not runs:
            continue
        offset, chosen = 0, runs[-1]
        for run in runs:
            if offset + len(run.text) >= finding.column:
                chosen = run
                break
            offset += len(run.text)
        text = f"{finding.code} {finding.name}（{_LEVELS.get(finding.severity, finding.severity)}）：{finding.message}"
        document.add_comment(chosen, text=text, author=AUTHOR, initials=INITIALS)
        placed += 1
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write(target, buffer.getvalue())
    return placed
