"""ReportView → a self-contained HTML page through the Jinja template ``report.html.j2``.

Autoescaping is on and nothing from the sources is marked safe: raw HTML typed in a source
comes out as text, and links carry only http, https, mailto or relative targets (checked
when the sources were parsed).
"""

from __future__ import annotations

from pathlib import Path

import jinja2

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


def render(view: ReportView, template_path: Path, cache_dir: Path | None = None) -> str:
    """The report as an HTML page."""
    template = environment(template_path.parent, cache_dir).get_template(template_path.name)
    placement = place_signature(view.signatory, view.date_text)
    return template.render(view=view, placement=placement)
