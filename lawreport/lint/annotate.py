"""A received .docx sent back to its unit with each finding as a Word comment (批注) at its text:
``lawreport lint REPORT.docx --annotate 批注本.docx`` and ``lawreport audit --annotate``.

The findings are those ``lawreport lint REPORT.docx`` reports (same selection and ``--year``).
Positions are the reader's paragraph numbers (every ``w:p`` of the body in document order,
inside tables too, text boxes not: see lawreport.importing.docxreader); a finding's column
picks the run that holds that character. The comment's author is "lawreport". The received
file is only read: the copy is a new file, written atomically, that may not replace it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import UsageError

AUTHOR = "lawreport"
INITIALS = "LR"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LEVELS = {"error": "错误", "warning": "警告", "info": "提示"}


class Comment(NamedTuple):
    """One finding as a comment: at ``line`` (a Word file's paragraph number) and ``column``."""

    line: int
    column: int
    code: str
    name: str
    severity: str
    """``error``, ``warning`` or ``info``."""
    message: str


def check_annotation(targets: tuple[str, ...], out: Path) -> Path:
    """The received .docx to annotate, checked before anything is linted or written: one Word file
    that the reader can open (damaged, encrypted, legacy and hostile files are refused with the
    reader's message) and an output that is a new regular .docx, never the received file."""
    from lawreport.files.outpath import check_output
    from lawreport.importing import read_file

    if len(targets) != 1 or Path(targets[0]).suffix.lower() != ".docx":
        raise UsageError("--annotate 只能用于一个收到的 .docx 报告", hint="例如 lawreport lint 报告.docx --annotate 报告-批注.docx")
    source = Path(targets[0])
    if out.suffix.lower() != ".docx" or check_output(out, None, [source]).through:
        raise UsageError(f"--annotate 的输出 {out} 应是普通的 .docx 文件", hint="例如 --annotate 报告-批注.docx")
    read_file(source)
    return source


def write_annotation(source: Path, out: Path, select: str | None, ignore: str | None, year: int | None) -> str:
    """Write ``out``: ``source`` with a comment per finding; what to tell the user."""
    from lawreport.lint.session import run

    outcome = run([str(source)], select=select, ignore=ignore, year=year)
    rows = tuple(Comment(d.line, d.column, d.code, d.name, d.severity.value, d.message)
                 for d in outcome.diagnostics if d.path.resolve() == source.resolve())
    placed = annotate_docx(source, rows, out)
    return f"已写入 {out}（{placed} 条批注；原文件未改动）"




def _numbered_paragraphs(body: object) -> list[object]:
    """The body's ``w:p`` elements in the reader's numbering (1-based: index 0 is paragraph 1)."""
    found = []
    for element in body.iter(f"{_W}p"):  # type: ignore[attr-defined]
        if any(ancestor.tag == f"{_W}txbxContent" for ancestor in element.iterancestors()):
            continue
        found.append(element)
    return found


def annotate_docx(source: Path, comments: Iterable[Comment], target: Path) -> int:
    """Write ``target``: ``source`` with a comment per finding; return how many comments it holds."""
    from docx import Document
    from docx.text.paragraph import Paragraph

    from lawreport.files.atomic import atomic_write

    document = Document(io.BytesIO(source.read_bytes()))
    paragraphs = _numbered_paragraphs(document.element.body)
    placed = 0
    for finding in comments:
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
