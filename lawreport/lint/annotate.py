"""``lawreport lint REPORT.docx --annotate OUT.docx``: the received Word file sent back to its unit
with each finding as a Word comment (批注) at its text.

The findings are those ``lawreport lint REPORT.docx`` reports (same selection and ``--year``); the
comments are written by lawreport.audit.annotate, which ``audit --annotate`` uses too. The
received file is only read; the copy is a new file that may not replace it.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import UsageError


def annotate_command(targets: tuple[str, ...], out: Path, select: str | None, ignore: str | None,
                     year: int | None) -> str:
    """Write ``out``: the one .docx in ``targets`` with a comment per finding; what to tell the user."""
    from lawreport.audit.annotate import annotate_docx
    from lawreport.audit.records import FindingRow
    from lawreport.files.outpath import check_output
    from lawreport.importing import read_file
    from lawreport.lint.session import run

    if len(targets) != 1 or Path(targets[0]).suffix.lower() != ".docx":
        raise UsageError("--annotate 只能用于一个收到的 .docx 报告", hint="例如 lawreport lint 报告.docx --annotate 报告-批注.docx")
    source = Path(targets[0])
    if out.suffix.lower() != ".docx":
        raise UsageError(f"--annotate 的输出 {out} 应是 .docx 文件", hint="例如 --annotate 报告-批注.docx")
    checked = check_output(out, None, [source])
    if checked.through:
        raise UsageError(f"--annotate 的输出 {out} 应是普通文件", hint="例如 --annotate 报告-批注.docx")
    read_file(source)  # the reader's limits (damaged, encrypted, legacy, hostile) before python-docx opens it
    outcome = run([str(source)], select=select, ignore=ignore, year=year)
    rows = tuple(FindingRow(d.line, d.column, d.code, d.name, d.severity.value, d.message)
                 for d in outcome.diagnostics if d.path.resolve() == source.resolve())
    placed = annotate_docx(source, rows, out)
    return f"已写入 {out}（{placed} 条批注；原文件未改动）"
