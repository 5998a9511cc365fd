"""``lawreport lint --built``: the DOCX that ``lawreport build`` makes passes; edited defects are found."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.cli import cli
from lawreport.commands.lint import lint
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
        result = CliRunner().invoke(lint, args)
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
    result = CliRunner().invoke(lint, ["--built", str(bad), "--format", "json", "--ignore", "D005"])
    assert result.exit_code == 1, result.output
    assert {item["code"] for item in json.loads(result.output)} == {code}


def test_signature_line_number_and_snippet(built, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(edit_docx(built.read_bytes(), EDITS["D004"]))
    result = CliRunner().invoke(lint, ["--built", str(bad)])
    assert "D004" in result.output and "示例县教育局" in result.output


def test_built_without_a_build_or_with_a_wrong_target(tmp_path, monkeypatch):
    shutil.copytree(REPO / "sections", tmp_path / "sections")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(lint, ["--built"]).exit_code == 2
    assert CliRunner().invoke(lint, ["--built", "2023"]).exit_code == 2
    assert CliRunner().invoke(lint, ["--built", "sections/2023/measures.md"]).exit_code == 2
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    result = CliRunner().invoke(lint, ["--built", str(broken), "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.output)[0]["code"] == "S000"


def test_report_rules_do_not_run_on_built_files_and_back(built):
    result = CliRunner().invoke(lint, ["--built", "--select", "ALL", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output) == []
    result = CliRunner().invoke(lint, ["--select", "D", "--format", "json"])
    assert json.loads(result.output) == []
