"""ReportView → a self-contained HTML page through the Jinja template ``report.html.j2``.

Autoescaping is on and nothing from the sources is marked safe: raw HTML typed in a source
comes out as text, and links carry only http, https, mailto or relative targets (checked
when the sources were parsed).
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from lawreport.errors import UsageError
from lawreport.render.context import ReportView, place_signature

TEMPLATE = "report.html.j2"


def environment(template_dir: Path, cache_dir: Path | None = None) -> jinja2.Environment:
    """A strict, autoescaping environment over one template folder.

    With ``cache_dir``, compiled templates are kept there between runs (Jinja's bytecode
    cache, keyed by the template's source), which saves compiling it on every build.
    """
    cache = None
    if cache_dir is not None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            cache = jinja2.FileSystemBytecodeCache(str(cache_dir))
        except OSError:
            cache = None
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        bytecode_cache=cache,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.lru_cache(maxsize=8)
def _shared_environment(template_dir: Path, cache_dir: Path | None) -> jinja2.Environment:
    """One environment per template folder for the process: a batch build loads and compiles
    the page template once (Jinja still checks the file's time at each use and reloads it)."""
    return environment(template_dir, cache_dir)


def prepare(template_path: Path, cache_dir: Path | None = None) -> None:
    """Load and compile the template now (a batch does it once, before forking its workers);
    a broken template is left for :func:`render` to report."""
    try:
        _shared_environment(template_path.parent, cache_dir).get_template(template_path.name)
    except jinja2.TemplateError:
        pass


def render(view: ReportView, template_path: Path, cache_dir: Path | None = None) -> str:
    """The report as an HTML page; a broken template is reported with its file and line."""
    try:
        template = _shared_environment(template_path.parent, cache_dir).get_template(template_path.name)
        placement = place_signature(view.signatory, view.date_text)
        return template.render(view=view, placement=placement)
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(f"HTML 模板语法错误：{exc.message}", template_path, exc.lineno,
                         hint="请修改模板，或删除工作区中的该模板以使用默认模板。") from None
    except jinja2.TemplateError as exc:
        raise UsageError(f"HTML 模板出错：{exc.message or exc}", template_path, _template_line(exc),
                         hint="模板中可用的变量见默认模板 report.html.j2（view、placement）。") from None


def _template_line(exc: BaseException) -> int | None:
    """The template line a rendering error happened on, from the traceback Jinja rewrites."""
    line = None
    trace = exc.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename.endswith(".j2"):
            line = trace.tb_lineno
        trace = trace.tb_next
    return line
