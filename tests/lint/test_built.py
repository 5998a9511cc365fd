"""``lawreport lint --built``: the DOCX that ``lawreport build`` makes passes; edited defects are found."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.cli import cli
from lint.examples import edit_docx

from .conftest import REPO


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example workspace with 2023 built; the DOCX path."""
    shutil.copytree(REPO / "sections", tmp_path / "sections")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["build", "2023"])
    assert result.exit_code == 0, result.output
    (docx,) = sorted((tmp_path / "build" / "2023").glob("*.docx"))
    return docx


def test_built_example_is_clean(built):
    for args in (["--built"], ["--built", "2023"], ["--built", str(built)]):
        result = CliRunner().invoke(cli, ["lint", *args])
        assert result.exit_code == 0, result.output
        assert "未发现问题" in result.output


EDITS = {
    "D001": 'word/document.xml:w:right="1474"=>w:right="1800"',
    "D002": 'word/styles.xml:w:eastAsia="楷体_GB2312"=>w:eastAsia="宋体"',
    "D003": 'word/footer2.xml:w:val="left"=>w:val="right"',
    "D004": 'word/document.xml:w:rightChars="450"=>w:rightChars="200"',
}


@pytest.mark.parametrize("code", sorted(EDITS))
def test_each_defect_is_found(built, tmp_path, code):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(edit_docx(built.read_bytes(), EDITS[code]))
    # D005 sees some of these defects again on the printed page (docx-printed): each rule alone here
    result = CliRunner().invoke(cli, ["lint", "--built", str(bad), "--format", "json", "--ignore", "D005"])
    assert result.exit_code == 1, result.output
    assert {item["code"] for item in json.loads(result.output)} == {code}


def test_signature_line_number_and_snippet(built, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(edit_docx(built.read_bytes(), EDITS["D004"]))
    result = CliRunner().invoke(cli, ["lint", "--built", str(bad)])
    assert "D004" in result.output and "示例县教育局" in result.output


def test_built_without_a_build_or_with_a_wrong_target(tmp_path, monkeypatch):
    shutil.copytree(REPO / "sections", tmp_path / "sections")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["lint", "--built"]).exit_code == 2
    assert CliRunner().invoke(cli, ["lint", "--built", "2023"]).exit_code == 2
    assert CliRunner().invoke(cli, ["lint", "--built", "sections/2023/measures.md"]).exit_code == 2
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = CliRunner().invoke(cli, ["lint", "--built", str(broken), "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.output)[0]["code"] == "S000"


def test_report_rules_do_not_run_on_built_files_and_back(built):
    result = CliRunner().invoke(cli, ["lint", "--built", "--select", "ALL", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output) == []
    result = CliRunner().invoke(cli, ["lint", "--select", "D", "--format", "json"])
    assert json.loads(result.output) == []


def test_a_date_misplaced_on_the_printed_page_is_found(built, tmp_path):
    """The 成文日期 set 4 characters from the margin instead of 2: its first character is no longer
    2 characters right of the 署名's. D005 measures the date's line on the page, not only the 署名's."""
    bad = tmp_path / "bad.docx"
    bad.write_bytes(edit_docx(built.read_bytes(), 'word/document.xml:w:right="640" w:rightChars="200"'
                                                  '=>w:right="1280" w:rightChars="400"'))
    result = CliRunner().invoke(cli, ["lint", "--built", str(bad), "--format", "json", "--ignore", "D004"])
    assert result.exit_code == 1, result.output
    [found] = json.loads(result.output)
    assert found["code"] == "D005"
    assert "成文日期排在右空约 4.0 字处，应右空 2 字" in found["message"]
