"""``lawreport diff`` from the user's words to the bytes of the output: sides → reports → diff → format.

The click command (lawreport/commands/diff.py) only parses options and writes what this returns.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lawreport.diff.compare import compare
from lawreport.diff.result import DiffOptions
from lawreport.diff.sides import SideSpec, load_side, resolve_sides
from lawreport.errors import LawreportError, UsageError
from lawreport.model import Structure
from lawreport.sources.workspace import Workspace, load_workspace

FORMATS = ("text", "json", "html", "docx")


class DiffRequest(NamedTuple):
    """What the user asked for, as the command line gave it."""

    old: str
    new: str | None = None
    rev: str | None = None
    fmt: str = "text"
    output: Path | None = None
    options: DiffOptions = DiffOptions()
    color: bool = False
    full: bool = False


def find_workspace(start: Path | None = None, required: bool = True) -> Workspace:
    """The workspace around ``start``; outside one, when not ``required``, the current folder."""
    try:
        return load_workspace(start)
    except LawreportError:
        if required:
            raise
        return Workspace(root=(start or Path.cwd()).resolve())


def workspace_structure(workspace: Workspace) -> Structure:
    """The workspace's report structure; the default one where it has none (or a broken one)."""
    from lawreport.sources.structure import load_structure

    try:
        return load_structure(workspace.structure_path)
    except LawreportError:
        return load_structure(None)


def check_output(workspace: Workspace, output: Path | None, sides: tuple[SideSpec, SideSpec], fmt: str) -> None:
    """Refuse an output that would overwrite a source or a compared file, or a .docx to a terminal.

    The rules are those of every ``-o`` (lawreport.files.outpath); the compared files count as sources.
    """
    if fmt == "docx" and output is None:
        raise UsageError("Word 修订稿需要用 -o 指定输出文件", hint="例如 lawreport diff 2022 2023 --format docx -o 修订稿.docx。")
    if output is not None:
        from lawreport.files.outpath import check_output as check_path

        check_path(output, workspace, [side.path for side in sides if side.path is not None])


def write_result(output: Path, data: str | bytes) -> None:
    """Write the diff onto ``output`` (checked by :func:`check_output`): text or a .docx's bytes."""
    from lawreport.files.outpath import check_output as check_path
    from lawreport.files.outpath import write_output

    destination = check_path(output, None)
    if isinstance(data, str):
        write_output(destination, data)
        return
    from lawreport.files.atomic import atomic_write

    atomic_write(output, data)


def run_diff(request: DiffRequest, start: Path | None = None) -> str | bytes:
    """The output of ``lawreport diff`` for ``request``: text, or the bytes of a .docx."""
    sides = resolve_sides(request.old, request.new, request.rev)
    workspace = find_workspace(start, required=any(side.path is None for side in sides))
    check_output(workspace, request.output, sides, request.fmt)
    structure = workspace_structure(workspace)
    (old_report, old_unit), (new_report, new_unit) = (load_side(workspace, side, structure) for side in sides)
    result = compare(old_report, new_report, request.options, sides[0].name, sides[1].name)
    result = result._replace(old=result.old._replace(issuer=old_unit), new=result.new._replace(issuer=new_unit))
    if request.fmt == "json":
        from lawreport.diff.jsonout import render_json

        return render_json(result)
    if request.fmt == "html":
        from lawreport.diff.htmlout import render_html

        return render_html(result, workspace.templates)
    if request.fmt == "docx":
        from lawreport.diff.redline import render_redline

        return render_redline(result, old_report, new_report, workspace.templates)
    from lawreport.diff.textout import render_text

    return render_text(result, color=request.color, full=request.full)
