"""``lawreport lint REPORT.docx --annotate OUT.docx``: the received Word file sent back to its unit
with each finding as a Word comment (批注) at its text.

The findings are those ``lawreport lint REPORT.docx`` reports (same selection and ``--year``); the
comments are written by lawreport.audit.annotate, which ``audit --annotate`` uses too. The
received file is only read; the copy is a new file that may not replace it.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import UsageError


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
    from lawreport.audit.annotate import annotate_docx
    from lawreport.audit.records import FindingRow
    from lawreport.lint.session import run

    outcome = run([str(source)], select=select, ignore=ignore, year=year)
    rows = tuple(FindingRow(d.line, d.column, d.code, d.name, d.severity.value, d.message)
                 for d in outcome.diagnostics if d.path.resolve() == source.resolve())
    placed = annotate_docx(source, rows, out)
    return f"已写入 {out}（{placed} 条批注；原文件未改动）"
