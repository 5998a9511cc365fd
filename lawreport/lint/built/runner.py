"""``lawreport lint --built``: which DOCX files to check, and running the D rules over one of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lawreport.errors import LawreportError, UsageError
from lawreport.lint.base import Diagnostic
from lawreport.lint.config import Active
from lawreport.lint.runner import error_diagnostics, stamp
from lawreport.sources.workspace import Workspace


def built_files(targets: Sequence[str], workspace: Workspace | None) -> list[Path]:
    """The DOCX files to check: each year's ``build/<year>/*.docx``, or the given .docx files.

    No target means every year of the workspace that has been built.
    """
    if not targets:
        if workspace is None:
            raise UsageError("当前目录不是 lawreport 工作区，请指定要检查的 .docx 文件")
        years = [year for year in workspace.years() if sorted((workspace.build / str(year)).glob("*.docx"))]
        if not years:
            raise UsageError(f"{workspace.build} 下没有生成的 DOCX", hint="请先运行 lawreport build")
        targets = [str(year) for year in years]
    files: list[Path] = []
    for text in targets:
        path = Path(text)
        if path.suffix.lower() == ".docx" and path.is_file():
            files.append(path)
        elif text.isdigit() and len(text) == 4 and not path.exists():
            if workspace is None:
                raise UsageError(f"当前目录不是 lawreport 工作区，无法检查 {text} 年生成的 DOCX")
            found = sorted((workspace.build / text).glob("*.docx"))
            if not found:
                raise UsageError(f"{workspace.build / text} 下没有生成的 DOCX", hint=f"请先运行 lawreport build {text}")
            files.extend(found)
        else:
            raise UsageError(f"--built 的目标应为年份或 .docx 文件：{text}")
    return list(dict.fromkeys(files))


def lint_built(path: Path, active: Sequence[Active]) -> tuple[list[Diagnostic], tuple[str, ...]]:
    """The D rules' diagnostics for one DOCX, and its paragraph texts (for snippets)."""
    from lawreport.lint.built.package import read_built

    try:
        built = read_built(path)
    except LawreportError as exc:
        return error_diagnostics([exc], path, active), ()
    found: set[Diagnostic] = set()
    for item in active:
        if item.rule.target == "built":
            found.update(stamp(finding, item.rule, item.severity) for finding in item.rule.check(built, item.options))
    return sorted(found, key=Diagnostic.sort_key), built.lines()
