"""``lawreport build``: sources → model → view → DOCX / HTML / PDF, written atomically.

Reads top to bottom: load and validate the year's sources, compute the view once, render
each requested format, and replace the outputs only when everything has been rendered.
An output whose inputs (sources, templates, lawreport's version) are unchanged since the
last build is left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import NamedTuple

from lawreport import __version__, lockfile
from lawreport.config import Workspace
from lawreport.errors import LawreportError, SourceError, SourceErrors, UsageError, display_path
from lawreport.fsutil import atomic_write, memo_key, move_into_place, sweep_temporaries
from lawreport.model import Report
from lawreport.render.context import ReportView, build_view
from lawreport.render.templates import find_template
from lawreport.sources.loader import load_report, unused_files
from lawreport.sources.metadata import METADATA_FILE
from lawreport.sources.structure import load_structure

STATE_FILE = ".lawreport-build.json"
_PDF_TIMEOUT = 180  # seconds for one conversion (LibreOffice's first start creates its profile)
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class BuildResult(NamedTuple):
    """What one year's build wrote and what it left unchanged."""

    year: int
    written: tuple[Path, ...]
    unchanged: tuple[Path, ...]
    notes: tuple[str, ...] = ()
    """Things worth telling the user that do not stop the build (ignored files)."""


def validate_for_build(report: Report) -> None:
    """The checks without which no document can be issued: the required parts."""
    present = [part.key for part in report.parts]
    errors: list[LawreportError] = []
    for part in report.parts:
        spec = report.structure.spec(part.key)
        if spec is not None and spec.required and not part.blocks and not part.sections:
            errors.append(SourceError(
                f"空章节：必需部分“{part.title}”没有正文", part.path,
                hint="请写入这一部分的内容；如果暂时没有内容，也要写明有关情况。",
            ))
    for spec in report.structure.parts:
        if spec.required and spec.key not in present:
            have = "、".join(f"{key}.md" for key in present) or "无"
            errors.append(SourceError(
                f"缺少必需部分“{spec.title_for(report.year)}”（文件 {spec.key}.md）；已有：{have}",
                report.directory / f"{spec.key}.md",
                hint="请新建该文件；结构要求见 lawreport/data/structure.yaml 或工作区的结构文件。",
            ))
    if errors:
        raise SourceErrors(errors)


def prepare_templates(workspace: Workspace, formats: tuple[str, ...]) -> None:
    """Read the Word template and compile the page template now (a batch does it once, before
    forking its workers). A template that fails here fails again, with its message, in each
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


def file_stem(title: str) -> str:
    """A file name for ``title`` that is valid on Windows, macOS and Linux (a hand-made line break is dropped)."""
    stem = _UNSAFE_NAME.sub("_", "".join(title.split("\n"))).strip(" .") or "report"
    return stem[:120]


def output_dir(workspace: Workspace, year: int, out: Path | None) -> Path:
    """``--out`` or ``build/<year>``; never inside the sources."""
    target = (out if out is not None else workspace.build / str(year)).resolve()
    if workspace.inside_sources(target):
        raise UsageError(f"输出目录 {target} 位于源目录 {workspace.sections.resolve()} 内",
                         hint="请把 --out 指向 sections/ 之外的目录，例如 build/。")
    return target


def _inputs_digest(workspace: Workspace, report: Report, templates: list[Path], formats: tuple[str, ...]) -> str:
    """A digest of everything the outputs depend on (only the files the loader read)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()  # the DOCX's zip times and dates depend on it
    digest = hashlib.sha256(f"lawreport {__version__} {','.join(formats)} {epoch}".encode())
    files = sorted([report.directory / METADATA_FILE, *(part.path for part in report.parts)])
    for path in files:
        digest.update(str(path.name).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
    shared = [*templates, workspace.config_path, workspace.structure_path]  # None: the built-in default
    for path in shared:
        if path is not None:
            digest.update(str(path.name).encode())
            digest.update(_shared_digest(path).encode())
    return digest.hexdigest()


_SHARED: dict[tuple[str, int, int], str] = {}


def _shared_digest(path: Path) -> str:
    """The digest of a file every year's build reads (a template, the configuration), read once
    per process while it is unchanged: a batch build does not read and hash it for every year."""
    try:
        key = memo_key(path)
    except OSError:
        return "unreadable"
    if key not in _SHARED:
        _SHARED[key] = _file_digest(path) or "unreadable"
    return _SHARED[key]


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_state(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / STATE_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


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


def convert_pdf(docx_bytes: bytes, stem: str) -> Path:
    """Convert through LibreOffice headless; returns the PDF in a temporary folder."""
    import shutil  # here: only a PDF needs them, and they are slow to import at every start
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UsageError(
            "生成 PDF 需要 LibreOffice，但没有找到 soffice 命令",
            hint="请安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer），或只生成 docx,html。",
        )
    work = Path(tempfile.mkdtemp(prefix="lawreport-pdf-"))
    source = work / f"{stem}.docx"
    source.write_bytes(docx_bytes)
    profile = work / "profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(work), str(source)]
    hint = "之前生成的文件保持不变；可以先用 --format docx,html 生成，并确认 LibreOffice 能正常启动（soffice --version）。"
    try:
        done = subprocess.run(command, capture_output=True, timeout=_PDF_TIMEOUT)
    except subprocess.TimeoutExpired:
        shutil.rmtree(work, ignore_errors=True)
        raise UsageError(f"LibreOffice（{soffice}）转换 PDF 超过 {_PDF_TIMEOUT} 秒仍未完成，已中止", hint=hint) from None
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise UsageError(f"无法运行 LibreOffice（{soffice}）：{exc.strerror or exc}", hint=hint) from None
    pdf = work / f"{stem}.pdf"
    if done.returncode != 0 or not pdf.is_file():
        shutil.rmtree(work, ignore_errors=True)
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        detail = f"：{said[-1][:200]}" if said else ""
        raise UsageError(f"LibreOffice（{soffice}）没有生成 PDF（退出码 {done.returncode}）{detail}", hint=hint)
    return pdf


def build_year(
    workspace: Workspace, year: int, formats: tuple[str, ...], out: Path | None = None, force: bool = False,
) -> BuildResult:
    """Build one year's deliverables; raise LawreportError for anything the user must fix."""
    report = load_report(workspace, year, load_structure(workspace.structure_path))
    validate_for_build(report)
    folder = output_dir(workspace, year, out)
    notes = (*empty_optional_parts(report), *(_note(path) for path in unused_files(report.directory)))
    with lockfile.exclusive(folder):
        sweep_temporaries(folder)
        try:
            result = _build_locked(workspace, report, folder, formats, force)
            return result._replace(notes=notes + result.notes)
        except BaseException:
            sweep_temporaries(folder)  # whatever an interrupted write left (SIGTERM, Ctrl-C, errors)
            raise


def empty_optional_parts(report: Report) -> list[str]:
    """Notes on optional parts that have a file but no text (they would print a bare title)."""
    return [
        f"{display_path(part.path)}：空章节，“{part.title}”没有正文，生成的报告中只有标题；"
        "没有需要报告的内容时请删除这个文件"
        for part in report.parts
        if not part.blocks and not part.sections
        and not ((spec := report.structure.spec(part.key)) is not None and spec.required)
    ]


def _note(path: Path) -> str:
    text = f"{display_path(path)}：不是报告的源文件，已忽略"
    if path.suffix.lower() in (".docx", ".doc", ".wps", ".txt"):
        text += "；如果要把它导入为源文件，请用 lawreport import"
    return text


def _build_locked(
    workspace: Workspace, report: Report, folder: Path, formats: tuple[str, ...], force: bool,
) -> BuildResult:
    templates: dict[str, Path] = {}
    if "docx" in formats or "pdf" in formats:
        templates["docx"] = find_template("reference.docx", workspace.templates)
    if "html" in formats:
        templates["html"] = find_template("report.html.j2", workspace.templates)
    stem = file_stem(report.title)
    targets = {fmt: folder / f"{stem}.{fmt}" for fmt in formats}
    digest = _inputs_digest(workspace, report, list(templates.values()), formats)
    state = _read_state(folder)
    if not force and state.get("inputs") == digest and all(
        state.get(fmt) == _file_digest(path) for fmt, path in targets.items()
    ):
        return BuildResult(report.year, (), tuple(targets.values()))
    view = build_view(report)
    rendered: dict[str, bytes] = {}
    notes: tuple[str, ...] = ()
    if "docx" in formats or "pdf" in formats:
        rendered["docx"] = render_docx(view, templates["docx"])
        notes = docx_template_notes(templates["docx"])
    if "html" in formats:
        rendered["html"] = render_html(view, templates["html"])
    pdf = convert_pdf(rendered["docx"], stem) if "pdf" in formats else None
    written = []
    try:
        for fmt in formats:
            if fmt == "pdf" and pdf is not None:
                move_into_place(pdf, targets["pdf"])
            else:
                atomic_write(targets[fmt], rendered[fmt])
            written.append(targets[fmt])
    finally:
        if pdf is not None:
            import shutil

            shutil.rmtree(pdf.parent, ignore_errors=True)
    new_state = {"inputs": digest, **{fmt: hashlib.sha256(rendered[fmt]).hexdigest() if fmt in rendered
                                      else _file_digest(path) or "" for fmt, path in targets.items()}}
    if new_state != state:  # a forced build of unchanged sources gives the same state: no file to create
        state_bytes = json.dumps(new_state, indent=1, sort_keys=True).encode("utf-8")
        atomic_write(folder / STATE_FILE, state_bytes, durable=False)  # lost or torn: the next build rebuilds
    return BuildResult(report.year, tuple(written), (), notes)
