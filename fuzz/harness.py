"""What one fuzz input does; shared by the atheris targets and the pytest regression test.

Each function must return normally or raise LawreportError: anything else is a bug.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from lawreport.building.checks import validate_for_build
from lawreport.building.year import render_docx, render_html
from lawreport.errors import LawreportError
from lawreport.importing import write_sources
from lawreport.received import read_dated
from lawreport.render.context import build_view
from lawreport.render.templates import find_template
from lawreport.sources.loader import load_report
from lawreport.sources.structure import load_structure
from lawreport.sources.workspace import load_workspace

# The Word reader and the renderers load lazily; import them now so that atheris instruments them.
for _module in ("lawreport.importing.docxreader", "lawreport.render.docx", "lawreport.render.html"):
    importlib.import_module(_module)

MD_NAMES = ("measures.md", "shortcomings.md", "leadership.md", "plans.md")


def run_loader_input(root: Path, data: bytes) -> None:
    """First byte selects the file (report.yaml or a part), the rest is its content."""
    if not data:
        return
    name = "report.yaml" if data[0] % 2 == 0 else MD_NAMES[(data[0] // 2) % len(MD_NAMES)]
    target = root / "sections" / "2023" / name
    original = target.read_bytes()
    target.write_bytes(data[1:])
    try:
        workspace = load_workspace(root)
        report = load_report(workspace, 2023)
        validate_for_build(report)
        view = build_view(report)
        render_html(view, find_template("report.html.j2", workspace.templates))
        render_docx(view, find_template("reference.docx", workspace.templates))
    except LawreportError as exc:
        exc.render()
    finally:
        target.write_bytes(original)


def run_import_input(folder: Path, data: bytes) -> None:
    """The bytes as a received .docx (or .txt when the first byte is odd and not a zip), then written as sources."""
    suffix = ".docx" if data.startswith(b"PK") or not data or data[0] % 2 == 0 else ".txt"
    path = folder / f"received{suffix}"
    path.write_bytes(data)
    try:
        report = read_dated(path, load_structure(), 2023).report
        write_sources(report, folder / "written")
    except LawreportError as exc:
        exc.render()
