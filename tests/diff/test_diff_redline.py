"""``diff --format docx``: a Word redline whose accept-all is the new report and reject-all the old."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from diffkit import FIXTURES
from hypothesis import given, settings
from revisionkit import W, read, revisions
from test_diff_compare import reports
from test_diff_tables import NEW_ROWS, OLD_ROWS, _with_table

from lawreport.diff import compare
from lawreport.diff.redline import AUTHOR, render_redline
from lawreport.render import docx
from lawreport.render.context import build_view
from lawreport.render.templates import find_template
from lawreport.sources.loader import load_report
from lawreport.sources.workspace import load_workspace

ROOT = Path(__file__).resolve().parents[2]


def _built(report) -> bytes:
    return docx.render(build_view(report), docx.Template.cached(find_template("reference.docx", None)))


def _text(lines):
    """Paragraphs as diff compares them: without surrounding spaces, empty ones left out."""
    return [line.strip() for line in lines if line.strip()]


def _check(old, new) -> bytes:
    redline = render_redline(compare(old, new), old, new)
    assert _text(read(redline, accept=True)) == _text(read(_built(new)))
    assert _text(read(redline, accept=False)) == _text(read(_built(old)))
    return redline


@pytest.mark.parametrize(("root", "old_year"), [(ROOT, 2022), (FIXTURES, 2030)])
def test_accept_all_gives_the_new_report_and_reject_all_the_old(root, old_year):
    workspace = load_workspace(root)
    redline = _check(load_report(workspace, old_year), load_report(workspace, old_year + 1))
    marks = revisions(redline)
    assert {m.tag for m in marks} == {f"{W}ins", f"{W}del"}
    assert {m.get(f"{W}author") for m in marks} == {AUTHOR}
    assert len({m.get(f"{W}date") for m in marks}) == 1
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))


def test_tables_are_redlined_cell_by_cell():
    old, new = _with_table(2030, OLD_ROWS), _with_table(2031, NEW_ROWS)
    redline = _check(old, new)
    assert "row:地图审核（件）\t64\t已完成" in read(redline)
    assert "row:行政处罚（件）\t3\t已完成" in read(redline, accept=False)


NINE_OLD = [["项目", "2024年", "2025年", "2026年", "2027年", "2028年", "2029年", "同比增减", "备注说明"],
            ["行政许可办件（件）", "60", "66", "70", "86", "94", "101", "+7.4%", "含民办学校设立、变更和教师资格认定"]]
NINE_NEW = [NINE_OLD[0][:6] + ["2030年"] + NINE_OLD[0][7:], NINE_OLD[1][:6] + ["108", "+6.9%", NINE_OLD[1][8]]]


def test_a_wide_table_is_laid_out_as_the_report_sets_it():
    """Before: the redline gave every table equal columns in 4号 on the line grid (a nine-column
    table's years broken 2024 | 年), unlike the report it redlines."""
    import re
    import zipfile
    from io import BytesIO

    old, new = _with_table(2030, NINE_OLD), _with_table(2031, NINE_NEW)
    redline = _check(old, new)
    xml = zipfile.ZipFile(BytesIO(redline)).read("word/document.xml").decode("utf-8")
    table = re.search(r"<w:tbl>.*?</w:tbl>", xml).group()
    built = zipfile.ZipFile(BytesIO(_built(new))).read("word/document.xml").decode("utf-8")
    assert re.findall(r'<w:gridCol w:w="\d+"/>', table) == re.findall(r'<w:gridCol w:w="\d+"/>', built)
    assert '<w:sz w:val="21"/>' in table and table.count('<w:snapToGrid w:val="0"/>') == 18


def _no_blank_paragraph(report) -> bool:
    """Sources never hold a blank paragraph, nor one with surrounding spaces (Markdown strips them;
    diff compares paragraphs stripped, the renderer would print them)."""
    def blocks(sections):
        for section in sections:
            yield from section.blocks
            yield from blocks(section.children)

    every = [*report.meta.preamble, *(b for part in report.parts for b in (*part.blocks, *blocks(part.sections)))]
    return all(block.text.strip() and block.text == block.text.strip() for block in every)


@settings(max_examples=40, deadline=None)
@given(reports(2030).filter(_no_blank_paragraph), reports(2031).filter(_no_blank_paragraph))
def test_any_pair_of_reports_round_trips(old, new):
    _check(old, new)


def test_the_redline_is_reproducible_and_uses_the_report_styles():
    workspace = load_workspace(ROOT)
    old, new = load_report(workspace, 2022), load_report(workspace, 2023)
    first = render_redline(compare(old, new), old, new)
    assert first == render_redline(compare(old, new), old, new)
    from revisionkit import document

    styles = {e.get(f"{W}val") for e in document(first).iter(f"{W}pStyle")}
    built = {e.get(f"{W}val") for e in document(_built(new)).iter(f"{W}pStyle")}
    assert styles == built


def test_the_command_writes_the_redline_and_needs_an_output_file(cli, water, tmp_path):
    target = tmp_path / "修订稿.docx"
    result = cli("diff", "2030", "2031", "--format", "docx", "-o", str(target), cwd=water)
    assert result.exit_code == 0, result.output
    assert read(target.read_bytes(), accept=False)[0].startswith("青禾县水务局2030年")
    refused = cli("diff", "2030", "2031", "--format", "docx", cwd=water)
    assert refused.exit_code == 2 and "-o" in refused.output


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_redline(tmp_path):
    workspace = load_workspace(FIXTURES)
    old, new = load_report(workspace, 2030), load_report(workspace, 2031)
    source = tmp_path / "redline.docx"
    source.write_bytes(render_redline(compare(old, new), old, new))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    assert (tmp_path / "redline.pdf").stat().st_size > 1000
