"""ReportView → a self-contained HTML page through the Jinja template ``report.html.j2``.

The template runs in lawreport's sandbox (lawreport.render.sandbox). Autoescaping is on and
nothing from the sources is marked safe: raw HTML typed in a source comes out as text, and links
carry only http, https, mailto or relative targets (checked when the sources were parsed).
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from lawreport.render import templates
from lawreport.render.context import ReportView, place_signature

TEMPLATE = "report.html.j2"


def environment(template_dir: Path) -> jinja2.Environment:
    """The sandboxed environment over one template folder (see lawreport.render.templates)."""
    return templates.environment(template_dir)


@functools.lru_cache(maxsize=8)
def _shared_environment(template_dir: Path) -> jinja2.Environment:
    """One environment per template folder for the process: a batch build loads and compiles
    the page template once (Jinja still checks the file's time at each use and reloads it)."""
    return environment(template_dir)


def prepare(template_path: Path) -> None:
    """Load and compile the template now (a batch does it once, before starting its workers);
    a broken template is left for :func:`render` to report."""
    try:
        _shared_environment(template_path.parent).get_template(template_path.name)
    except jinja2.TemplateError:
        pass


def render(view: ReportView, template_path: Path) -> str:
    """The report as an HTML page; a broken template is reported with its file and line."""
    env = _shared_environment(template_path.parent)
    return templates.render(env, template_path, view=view, placement=place_signature(view.signatory, view.date_text))
