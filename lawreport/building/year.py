"""One year's build: sources → model → view → DOCX / HTML / PDF, written as one set.

Reads top to bottom (:func:`build_year`): load and check the year's sources, compute the view
once, render each requested format, write every output to a temporary file, and only then
rename them all onto the previous outputs (lawreport.building.outputs). A year whose inputs
are unchanged since its last build is left alone (lawreport.building.state).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lawreport.building import state
from lawreport.building.checks import unused_file_note, validate_for_build
from lawreport.building.outputs import OutputSet, file_stem, output_dir
from lawreport.errors import LawreportError, display_path
from lawreport.files import lock
from lawreport.files.atomic import sweep_temporaries
from lawreport.lint.gate import before_build
from lawreport.model import Report
from lawreport.render.context import ReportView, build_view
from lawreport.render.templates import find_template
from lawreport.sources.loader import load_report, unused_files
from lawreport.sources.structure import load_structure
from lawreport.sources.workspace import Workspace


class BuildResult(NamedTuple):
    """What one year's build wrote and what it left unchanged."""

    year: int
    written: tuple[Path, ...]
    unchanged: tuple[Path, ...]
    notes: tuple[str, ...] = ()
    """Things worth telling the user that do not stop the build (ignored files)."""
    lint_summary: str = ""
    """The lint errors found before building (lawreport.lint.gate), or ""."""


def build_year(
    workspace: Workspace, year: int, formats: tuple[str, ...], out: Path | None = None, force: bool = False,
    strict: bool = False,
) -> BuildResult:
    """Build one year's deliverables; raise LawreportError for anything the user must fix.

    The loaded report is linted first (lawreport.lint.gate): its errors are summarised in the
    result, and with ``strict`` they stop the build before anything is written. The verdict is
    kept in the build state, so that a build of the same inputs repeats it without linting.
    """
    report = load_report(workspace, year, load_structure(workspace.structure_path))
    folder = output_dir(workspace, year, out)
    lint = before_build(workspace, report, strict, state.read_state(folder).get("lint", ""))
    notes = (*validate_for_build(report), *(unused_file_note(path) for path in unused_files(report.directory)))
    stem = file_stem(report)
    with lock.exclusive(folder):
        sweep_temporaries(folder)
        try:
            result = _build_locked(workspace, report, folder, stem, formats, force, lint.record)
            return result._replace(notes=notes + result.notes, lint_summary=lint.summary)
        except BaseException:
            sweep_temporaries(folder)  # whatever an interrupted write left (SIGTERM, Ctrl-C, errors)
            raise


def _build_locked(
    workspace: Workspace, report: Report, folder: Path, stem: str, formats: tuple[str, ...], force: bool,
    lint_record: str,
) -> BuildResult:
    templates: dict[str, Path] = {}
    if "docx" in formats or "pdf" in formats:
        templates["docx"] = find_template("reference.docx", workspace.templates)
    if "html" in formats:
        templates["html"] = find_template("report.html.j2", workspace.templates)
    targets = {fmt: folder / f"{stem}.{fmt}" for fmt in formats}
    digest = state.inputs_digest(workspace, report, list(templates.values()), formats)
    previous = state.read_state(folder)
    if not force and state.up_to_date(previous, digest, targets):
        state.write_state(folder, previous, digest, None, lint_record)
        return BuildResult(report.year, (), tuple(targets.values()))
    view = build_view(report)
    rendered: dict[str, bytes] = {}
    notes: tuple[str, ...] = ()
    if "docx" in formats or "pdf" in formats:
        rendered["docx"] = render_docx(view, templates["docx"])
        notes = docx_template_notes(templates["docx"])
    if "html" in formats:
        rendered["html"] = render_html(view, templates["html"])
    if "pdf" in formats:
        from lawreport.building.printcheck import missing_note
        from lawreport.render import fonts
        from lawreport.render.pdf import convert_pdf, read_pdf

        rendered["pdf"] = read_pdf(convert_pdf(rendered["docx"], stem))
        notes += fonts.pdf_font_notes(fonts.machine_fonts()) + missing_note(rendered["docx"], rendered["pdf"], stem)
    with OutputSet() as outputs:
        for fmt in formats:
            outputs.add(targets[fmt], rendered[fmt])
        written = outputs.commit()
    state.write_state(folder, previous, digest, {fmt: rendered[fmt] for fmt in formats}, lint_record)
    return BuildResult(report.year, tuple(written), (), notes)


def prepare_templates(workspace: Workspace, formats: tuple[str, ...]) -> None:
    """Read the Word template and compile the page template now (a batch does it once, before
    starting its workers). A template that fails here fails again, with its message, in each
    year's build."""
    try:
        if "docx" in formats or "pdf" in formats:
            from lawreport.render import docx

            docx.Template.cached(find_template("reference.docx", workspace.templates))
        if "html" in formats:
            from lawreport.render import html

            html.prepare(find_template("report.html.j2", workspace.templates))
    except LawreportError:
        pass


def render_docx(view: ReportView, template: Path) -> bytes:
    """The DOCX bytes (imports the DOCX renderer only when a DOCX is wanted)."""
    from lawreport.render import docx

    return docx.render(view, docx.Template.cached(template))


def docx_template_notes(template: Path) -> tuple[str, ...]:
    """Notes on the Word template: what of it the report does not carry, and the styles it lacks
    (those paragraphs fall back to Normal)."""
    from lawreport.render import docx
    from lawreport.render.package import dropped_note

    prepared = docx.Template.cached(template)
    missing = prepared.missing_styles()
    notes = [dropped_note(template, prepared.dropped)] if prepared.dropped else []
    if missing:
        notes.append(f"{display_path(template)}：Word 模板中没有样式 {'、'.join(missing)}，相应的标题或段落按模板的默认格式"
                     "（Normal）输出；请在模板中新建这些样式（样式名见 README“模板”一节）")
    return tuple(note for note in notes if note)


def render_html(view: ReportView, template: Path) -> bytes:
    """The HTML page as UTF-8 bytes."""
    from lawreport.render import html

    return html.render(view, template).encode("utf-8")
