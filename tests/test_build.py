"""``lawreport build`` through the CLI: outputs, validation messages, atomicity, reproducibility."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from lawreport.building import year as building

TITLE = "示例县教育局2023年法治政府建设年度报告"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_writes_docx_and_html(cli, workspace: Path) -> None:
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    out = workspace / "build" / "2023"
    assert (out / f"{TITLE}.docx").is_file() and (out / f"{TITLE}.html").is_file()
    assert "已生成" in result.stdout


def test_python_dash_m_works(workspace: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "lawreport", "build", "2022", "--format", "html"],
                          cwd=workspace, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert (workspace / "build/2022/示例县教育局2022年法治政府建设年度报告.html").is_file()


def test_reproducible_byte_identical(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("build", "2023", cwd=workspace)
    out = workspace / "build/2023"
    first = {p.name: digest(p) for p in out.iterdir() if not p.name.startswith(".")}
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    result = cli("build", "2023", "--force", cwd=workspace)
    assert result.exit_code == 0
    second = {p.name: digest(p) for p in out.iterdir() if not p.name.startswith(".")}
    assert first == second


def test_zip_members_are_normalised(cli, workspace: Path) -> None:
    cli("build", "2023", "--format", "docx", cwd=workspace)
    with zipfile.ZipFile(workspace / f"build/2023/{TITLE}.docx") as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_source_date_epoch_sets_zip_time(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1708560000")  # 2024-02-22
    cli("build", "2023", "--format", "docx", cwd=workspace)
    with zipfile.ZipFile(workspace / f"build/2023/{TITLE}.docx") as archive:
        assert archive.infolist()[0].date_time[:3] == (2024, 2, 22)


def test_source_date_epoch_change_rebuilds(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SOURCE_DATE_EPOCH is an input: setting it after a build must not leave the old zip times."""
    cli("build", "2023", "--format", "docx", cwd=workspace)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1708560000")
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert "已生成" in result.stdout, result.output
    with zipfile.ZipFile(workspace / f"build/2023/{TITLE}.docx") as archive:
        assert archive.infolist()[0].date_time[:3] == (2024, 2, 22)


@pytest.mark.parametrize("value", ["abc", "-5", "1.5", "5000000000", "99999999999999"])
def test_bad_source_date_epoch_is_refused(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """Malformed or beyond what a zip can record (2107): exit 2 with a message, nothing written."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 2, result.output
    assert "SOURCE_DATE_EPOCH" in result.stderr and "Traceback" not in result.output
    assert not (workspace / f"build/2023/{TITLE}.docx").exists()


def test_incremental_build_skips_unchanged(cli, workspace: Path) -> None:
    cli("build", "2023", cwd=workspace)
    again = cli("build", "2023", cwd=workspace)
    assert "未变化" in again.stdout and "已生成" not in again.stdout
    path = workspace / "sections/2023/leadership.md"
    path.write_text(path.read_text("utf-8") + "\n新增一段。\n", "utf-8")
    third = cli("build", "2023", cwd=workspace)
    assert "已生成" in third.stdout


def test_an_edit_during_a_build_is_built_next_time(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build state records the text the outputs were made from: a source edited after it was
    loaded (here while lint runs) is not taken as built, and the next build makes it."""
    path = workspace / "sections/2023/leadership.md"
    gate = building.before_build

    def edit_while_linting(*args: object, **kwargs: object) -> object:
        path.write_text(path.read_text("utf-8") + "\n构建过程中新增的一段。\n", "utf-8")
        return gate(*args, **kwargs)

    monkeypatch.setattr(building, "before_build", edit_while_linting)
    assert "已生成" in cli("build", "2023", cwd=workspace).stdout
    monkeypatch.setattr(building, "before_build", gate)
    again = cli("build", "2023", cwd=workspace)
    assert "已生成" in again.stdout and "未变化" not in again.stdout
    html = next((workspace / "build/2023").glob("*.html")).read_text("utf-8")
    assert "构建过程中新增的一段" in html


def test_lint_checks_the_text_the_build_loaded(workspace: Path) -> None:
    """The lint check before a build reads the loaded sources, not the files a second time."""
    from lawreport.lint.targets import source_document
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    report = load_report(load_workspace(workspace), 2023)
    path = workspace / "sections/2023/leadership.md"
    loaded = path.read_text("utf-8")
    path.write_text("# 改过的标题\n", "utf-8")
    lines = source_document(report).lines
    assert lines[path] == tuple(loaded.split("\n"))
    assert set(lines) == {workspace / "sections/2023" / name for name in
                          ("report.yaml", "measures.md", "shortcomings.md", "leadership.md", "plans.md")}


def test_editing_a_file_the_page_template_includes_rebuilds(cli, workspace: Path) -> None:
    templates = workspace / "templates"
    templates.mkdir()
    page = templates / "report.html.j2"
    shutil.copy(Path(__file__).resolve().parents[1] / "templates" / "report.html.j2", page)
    (templates / "extra.html.j2").write_text("<p>第一版页脚</p>", "utf-8")
    page.write_text(page.read_text("utf-8").replace("</body>", '{% include "extra.html.j2" %}</body>'), "utf-8")
    cli("build", "2023", "--format", "html", cwd=workspace)
    (templates / "extra.html.j2").write_text("<p>第二版页脚</p>", "utf-8")
    again = cli("build", "2023", "--format", "html", cwd=workspace)
    assert "已生成" in again.stdout, again.output
    assert "第二版页脚" in (workspace / f"build/2023/{TITLE}.html").read_text("utf-8")


def test_failed_build_keeps_previous_outputs(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("build", "2023", cwd=workspace)
    out = workspace / "build/2023"
    before = {p.name: digest(p) for p in out.iterdir()}
    path = workspace / "sections/2023/leadership.md"
    path.write_text(path.read_text("utf-8") + "\n再加一段。\n", "utf-8")

    def explode(*args: object, **kwargs: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(building, "render_html", explode)
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 3 or result.exit_code == 2
    assert {p.name: digest(p) for p in out.iterdir()} == before


def test_interrupted_write_leaves_no_temporary_and_old_file(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lawreport.files import atomic

    target = workspace / "out.bin"
    target.write_bytes(b"old")

    def boom(src: Path, dst: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in workspace.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)] == []


def test_missing_part_is_named(cli, workspace: Path) -> None:
    (workspace / "sections/2023/plans.md").unlink()
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 1
    assert "plans.md" in result.stderr and "缺少必需的部分" in result.stderr
    assert "2024年度推进法治政府建设的主要安排" in result.stderr
    assert "Traceback" not in result.output


def test_unknown_metadata_key_names_file_and_line(cli, workspace: Path) -> None:
    path = workspace / "sections/2023/report.yaml"
    path.write_text(path.read_text("utf-8").replace("signatory:", "signatry:"), "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 1
    assert "report.yaml:5:1: 未知字段 signatry（是否为 signatory？）" in result.stderr


def test_bad_date_names_line(cli, workspace: Path) -> None:
    path = workspace / "sections/2023/report.yaml"
    path.write_text(path.read_text("utf-8").replace('"2024-02-22"', '"2024-02-30"'), "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 1 and "report.yaml:4:7" in result.stderr and "日期无效" in result.stderr


def test_missing_year_lists_available(cli, workspace: Path) -> None:
    result = cli("build", "2031", cwd=workspace)
    assert result.exit_code == 2
    assert "可用年份：2022、2023" in result.stderr


def test_bad_year_and_format(cli, workspace: Path) -> None:
    assert cli("build", "23", cwd=workspace).exit_code == 2
    result = cli("build", "2023", "--format", "doc", cwd=workspace)
    assert result.exit_code == 2 and "docx" in result.stderr


def test_out_inside_sections_is_refused(cli, workspace: Path) -> None:
    result = cli("build", "2023", "--out", "sections/2023/out", cwd=workspace)
    assert result.exit_code == 2 and "源目录" in result.stderr
    assert not (workspace / "sections/2023/out").exists()


def test_out_elsewhere(cli, workspace: Path, tmp_path: Path) -> None:
    result = cli("build", "2023", "--out", str(tmp_path / "dist"), "--format", "html", cwd=workspace)
    assert result.exit_code == 0
    assert (tmp_path / "dist" / f"{TITLE}.html").is_file()


def test_all_years(cli, workspace: Path) -> None:
    result = cli("build", "--all", "--format", "html", cwd=workspace)
    assert result.exit_code == 0
    assert (workspace / "build/2022").is_dir() and (workspace / "build/2023").is_dir()


def test_pdf_without_libreoffice_says_so(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = cli("build", "2023", "--format", "pdf", cwd=workspace)
    assert result.exit_code == 2 and "LibreOffice" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
@pytest.mark.parametrize(("script", "said"), [
    ("echo 'Error: source file could not be loaded' >&2\nexit 1", "（退出码 1）：Error: source file could not be loaded"),
    ("exit 0", "（退出码 0）"),  # LibreOffice exits 0 when another instance holds the profile
])
def test_pdf_conversion_failure_says_why(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         script: str, said: str) -> None:
    assert cli("build", "2023", cwd=workspace).exit_code == 0
    out = workspace / "build/2023"
    before = {p.name: digest(p) for p in out.iterdir()}
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text(f"#!/bin/sh\n{script}\n", "utf-8")
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ.get('PATH', '')}")
    result = cli("build", "2023", "--format", "docx,html,pdf", "--force", cwd=workspace)
    assert result.exit_code == 2, result.output
    assert "没有生成 PDF" + said in result.stderr and "Traceback" not in result.output
    assert "Command '[" not in result.stderr  # not Python's rendering of the command line
    assert {p.name: digest(p) for p in out.iterdir()} == before


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_pdf_with_libreoffice(cli, workspace: Path) -> None:
    result = cli("build", "2023", "--format", "pdf", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert (workspace / f"build/2023/{TITLE}.pdf").read_bytes().startswith(b"%PDF")


def test_workspace_templates_override(cli, workspace: Path) -> None:
    templates = workspace / "templates"
    templates.mkdir()
    (templates / "report.html.j2").write_text("<p>{{ view.title }}|{{ view.blocks[0].label }}</p>\n", "utf-8")
    repo = Path(__file__).resolve().parents[1]
    source = repo / "templates/reference.docx"
    # A template with other style ids (as Chinese Word writes them) and its own footer text
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(templates / "reference.docx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b'w:styleId="Heading1"', b'w:styleId="1"').replace(b'"Heading1"', b'"1"')
            if info.filename == "word/footer1.xml":
                data = data.replace("— </w:t>".encode(), "第 </w:t>".encode())
            dst.writestr(info, data)
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    html = (workspace / f"build/2023/{TITLE}.html").read_text("utf-8")
    assert html == f"<p>{TITLE}|一、</p>\n"
    with zipfile.ZipFile(workspace / f"build/2023/{TITLE}.docx") as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        assert '<w:pStyle w:val="1"/>' in body
        assert "第 " in archive.read("word/footer1.xml").decode("utf-8")


def test_stray_temporaries_are_swept(cli, workspace: Path) -> None:
    out = workspace / "build/2023"
    out.mkdir(parents=True)
    (out / ".lawreport-tmp-abc").write_bytes(b"half")
    cli("build", "2023", cwd=workspace)
    assert not (out / ".lawreport-tmp-abc").exists()


@pytest.mark.parametrize(
    ("template", "line", "fragment"),
    [("<p>{{ view.title </p>\n", 1, "模板语法错误"), ("<p>ok</p>\n<p>{{ view.no_such_field }}</p>\n", 2, "模板使用了不存在的变量")],
)
def test_broken_html_template_is_reported(cli, workspace: Path, template: str, line: int, fragment: str) -> None:
    (workspace / "templates").mkdir()
    (workspace / "templates/report.html.j2").write_text(template, "utf-8")
    result = cli("build", "2023", "--format", "html", cwd=workspace)
    assert result.exit_code == 2, result.output
    assert f"report.html.j2:{line}" in result.stderr and fragment in result.stderr
    assert "Traceback" not in result.output


def test_html_template_error_of_a_single_build_is_reported(cli, workspace: Path) -> None:
    (workspace / "templates").mkdir()
    (workspace / "templates/report.html.j2").write_text("{{ view.missing }}\n", "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 2 and "report.html.j2:1" in result.stderr


def test_workspace_structure_override(cli, workspace: Path) -> None:
    """A province adapts the structure without a release: its part titles and order are used."""
    from lawreport.sources.structure import default_structure_text

    text = default_structure_text().replace(
        '"{year}年度推进法治政府建设存在的不足和原因"', '"{year}年度法治政府建设存在的问题和原因"')
    text = text.replace('title: "{issuer}{year}年法治政府建设年度报告"', 'title: "{issuer}关于{year}年度法治政府建设情况的报告"')
    (workspace / "structure.yaml").write_text(text, "utf-8")
    (workspace / "lawreport.yaml").write_text("structure: structure.yaml\n", "utf-8")
    result = cli("build", "2023", "--format", "html", cwd=workspace)
    assert result.exit_code == 0, result.output
    html = (workspace / "build/2023/示例县教育局关于2023年度法治政府建设情况的报告.html").read_text("utf-8")
    assert "二、2023年度法治政府建设存在的问题和原因" in html.replace("<wbr>", "")  # the page marks words for wrapping


def test_bad_structure_file_is_reported(cli, workspace: Path) -> None:
    (workspace / "structure.yaml").write_text("title: x\nparts:\n  - key: measures\n    titel: y\n", "utf-8")
    (workspace / "lawreport.yaml").write_text("structure: structure.yaml\n", "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 1 and "structure.yaml:4:5" in result.stderr and "titel" in result.stderr


def test_control_characters_in_metadata_never_corrupt_the_docx(cli, workspace: Path) -> None:
    """A double-quoted YAML value may hold \\x07 or \\x0b (pasted from Word): Word refuses a DOCX with them."""
    import docx

    path = workspace / "sections/2023/report.yaml"
    text = path.read_text("utf-8").replace("addressee: 示例县人民政府", 'addressee: "示例县\\x07人民\\x0b政府"')
    path.write_text(text, "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(workspace / f"build/2023/{TITLE}.docx"))
    assert document.paragraphs[1].text == "示例县人民\n政府："
    html = (workspace / f"build/2023/{TITLE}.html").read_text("utf-8")
    assert "\x07" not in html and "\x0b" not in html


def test_docx_renderer_refuses_to_write_a_character_xml_forbids() -> None:

    from lawreport.render import docx as render_docx
    from lawreport.render.context import build_view
    from lawreport.sources.loader import load_report
    from lawreport.sources.structure import load_structure
    from lawreport.sources.workspace import load_workspace

    repo = Path(__file__).resolve().parents[1]
    workspace = load_workspace(repo)
    view = build_view(load_report(workspace, 2023, load_structure(workspace.structure_path)))
    template = render_docx.Template.cached(repo / "templates/reference.docx")
    with pytest.raises(RuntimeError, match=r"U\+0007"):
        render_docx.render(view._replace(addressee="示例\x07："), template)
