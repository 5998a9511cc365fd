"""A workspace's HTML template is untrusted: it runs sandboxed, confined to templates/, bounded,
and every error is a Chinese message naming the template file and line (exit 2)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawreport.render.templates import default_dir

DEFAULT = (default_dir() / "report.html.j2").read_text("utf-8")


def _template(workspace: Path, text: str | bytes, name: str = "report.html.j2") -> Path:
    path = workspace / "templates" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _build(cli, workspace: Path):
    result = cli("build", "2023", "--format", "html", cwd=workspace)
    assert "Traceback" not in result.output, result.output
    return result


def _page(workspace: Path) -> str:
    (page,) = (workspace / "build/2023").glob("*.html")
    return page.read_text("utf-8")


@pytest.mark.parametrize("payload", [
    "{{ cycler.__init__.__globals__.os.popen('echo PWNED').read() }}",
    "{{ joiner.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ view.__class__.__init__.__globals__ }}",
    "{{ '{0.__class__}'.format(view) }}",
    "{{ lipsum() }}",
])
def test_python_is_out_of_reach(cli, workspace, payload):
    _template(workspace, DEFAULT.replace("<body>", "<body>" + payload, 1))
    result = _build(cli, workspace)
    assert result.exit_code == 2, result.output
    assert "templates/report.html.j2" in result.stderr and "HTML 模板" in result.stderr
    assert "PWNED" not in result.output and "root:" not in result.output
    assert not list((workspace / "build").rglob("*.html"))


def test_error_names_file_and_line(cli, workspace):
    lines = DEFAULT.split("\n")
    lines.insert(20, "{{ 1/0 }}")
    _template(workspace, "\n".join(lines))
    result = _build(cli, workspace)
    assert result.exit_code == 2
    assert "templates/report.html.j2:21:" in result.stderr and "计算出错" in result.stderr


@pytest.mark.parametrize(("text", "expected"), [
    ("{% for x in view.blocks %}", "语法错误"),
    ("{{ no_such_variable }}", "不存在的变量"),
    ("{{ view.no_such_attribute.x }}", "不存在的变量"),
    ("{% include 'report.html.j2' %}", "无限递归"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "无限递归"),
    ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}", "计算量超过上限"),
    ("{{ range(10**9)|list }}", "超过上限"),
    ("{% for i in range(90000) %}{% for j in range(90000) %}{% endfor %}{% endfor %}", "计算量超过上限"),
    ("{{ 'x' * 10**9 }}", "超过上限"),
    ("{{ (9 ** 99999) ** 99999 }}", "过大"),
    ("{{ 'x'|center(10**9) }}", "超过上限"),
    ("{{ 'x'.ljust(10**9) }}", "超过上限"),
    ("{{ '%999999999s'|format('x') }}", "宽度超过上限"),
    ("{{ '%999999999s' % 'x' }}", "宽度超过上限"),
    # loops and text the sandbox itself does not see: loop items, +, ~, output captured by {% set %}
    ("{% for a in 'x' * 2000 %}{% for b in 'x' * 2000 %}{% endfor %}{% endfor %}", "计算量超过上限"),
    ("{% for a in 'x' * 2000 %}{% for b in 'x' * 2000 if false %}{% endfor %}{% endfor %}", "计算量超过上限"),
    ("{% set s = 'x' * 3000000 %}{% set s = s + s %}{{ s|length }}", "超过上限"),
    ("{% set s = 'x' * 3000000 %}{% set s = s ~ s %}{{ s|length }}", "超过上限"),
    ("{% set s = 'x' * 100000 %}{% set t %}{% for i in range(1000) %}{{ s }}{% endfor %}{% endset %}{{ t|length }}",
     "计算量超过上限"),
    ("{% set t %}{% for i in range(100) %}" + "x" * 700_000 + "{% endfor %}{% endset %}{{ t|length }}", "超过 64 MB"),
    ("{% include '/etc/passwd' %}", "templates/ 以外"),
    ("{% include '../../../../etc/passwd' %}", "templates/ 以外"),
    ("{% include 'missing.html' %}", "不存在"),
    ("{% extends 'C:\\\\Windows\\\\win.ini' %}", "templates/ 以外"),
])
def test_hostile_or_broken_templates_are_refused(cli, workspace, text, expected):
    _template(workspace, "<p>\n" + text + "\n</p>\n")
    result = _build(cli, workspace)
    assert result.exit_code == 2, result.output
    assert expected in result.stderr, result.stderr
    assert "templates/report.html.j2" in result.stderr


def test_gbk_saved_template(cli, workspace):
    _template(workspace, ("<p>\n<p>\n" + "页脚：{{ view.issuer }}\n").encode("gbk"))
    result = _build(cli, workspace)
    assert result.exit_code == 2
    assert "templates/report.html.j2:3:" in result.stderr and "UTF-8" in result.stderr


def test_include_symlinked_out_of_templates(cli, workspace, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text("TOP-SECRET", "utf-8")
    _template(workspace, "{% include 'part.html' %}")
    (workspace / "templates/part.html").symlink_to(secret)
    result = _build(cli, workspace)
    assert result.exit_code == 2 and "templates/ 以外" in result.stderr
    assert "TOP-SECRET" not in result.output


def test_main_template_symlinked_out(cli, workspace, tmp_path):
    outside = tmp_path / "evil.j2"
    outside.write_text("{{ view.title }}", "utf-8")
    (workspace / "templates").mkdir()
    (workspace / "templates/report.html.j2").symlink_to(outside)
    result = _build(cli, workspace)
    assert result.exit_code == 2 and "templates/ 以外" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_include_of_a_fifo_does_not_hang(cli, workspace):
    _template(workspace, "{% include 'pipe.html' %}")
    os.mkfifo(workspace / "templates/pipe.html")
    result = _build(cli, workspace)
    assert result.exit_code == 2 and "不是普通文件" in result.stderr


def test_includes_inside_templates_work_and_autoescape_stays(cli, workspace):
    _template(workspace, "<b>{{ '<i>' }}</b>", "bits.html")
    _template(workspace, DEFAULT.replace("<body>", "<body>{% include 'bits.html' %}", 1))
    result = _build(cli, workspace)
    assert result.exit_code == 0, result.output
    assert "<b>&lt;i&gt;</b>" in _page(workspace)


def test_ordinary_template_features_work(cli, workspace):
    extra = ("{% set n = view.blocks|length %}{% for i in range(3) %}{{ loop.index }}{% endfor %}"
             "{{ '%d 段'|format(n) }}{{ view.title|truncate(5) }}{{ [1, 2]|join('-') }}{{ 12345678|string }}")
    _template(workspace, DEFAULT.replace("<body>", "<body>" + extra, 1))
    result = _build(cli, workspace)
    assert result.exit_code == 0, result.output
    assert "123" in _page(workspace) and "1-2" in _page(workspace) and "12345678" in _page(workspace)


def test_sandbox_refusals_are_in_chinese(cli, workspace):
    _template(workspace, "<p>\n{{ view.__class__ }}\n")
    result = _build(cli, workspace)
    assert result.exit_code == 2 and "templates/report.html.j2:2:" in result.stderr
    assert "不能访问属性 __class__" in result.stderr and "unsafe" not in result.stderr


def test_diff_page_template_is_sandboxed_too(cli, workspace):
    _template(workspace, "<p>\n{{ cycler.__init__.__globals__.os.popen('echo PWNED').read() }}\n", "diff.html.j2")
    result = cli("diff", "2022", "2023", "--format", "html", "-o", "out/diff.html", cwd=workspace)
    assert "Traceback" not in result.output and "PWNED" not in result.output
    assert result.exit_code == 2, result.output
    assert "templates/diff.html.j2:2:" in result.stderr and "差异页面模板" in result.stderr


def test_reference_docx_symlinked_out_is_refused(cli, workspace, tmp_path):
    outside = tmp_path / "elsewhere.docx"
    outside.write_bytes((default_dir() / "reference.docx").read_bytes())
    (workspace / "templates").mkdir()
    (workspace / "templates/reference.docx").symlink_to(outside)
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 2 and "templates/ 以外" in result.stderr and "Traceback" not in result.output


def test_record_fields_are_judged_as_jinja_judges_them():
    """The sandbox's shortcut for named-tuple fields gives Jinja's own answer for every attribute
    of the records a page sees (fields, tuple methods, private and dunder names)."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from lawreport.model import Run
    from lawreport.render.context import Block, build_view
    from lawreport.render.sandbox import BoundedSandbox
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    view = build_view(load_report(load_workspace(Path(__file__).resolve().parents[2]), 2023))  # the example
    ours, jinja = BoundedSandbox(), ImmutableSandboxedEnvironment()
    records = [view, view.blocks[0], Block("heading"), Run("文字")]
    checked = 0
    for record in records:
        for attr in dir(record):
            value = getattr(record, attr)
            expected = jinja.is_safe_attribute(record, attr, value) and attr not in ("format", "format_map")
            assert ours.is_safe_attribute(record, attr, value) is expected, (type(record).__name__, attr)
            checked += 1
    assert checked > 100
    assert ours.is_safe_attribute(view, "title", view.title) and not ours.is_safe_attribute(view, "_replace", None)
