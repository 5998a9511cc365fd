"""A received Word report that still holds tracked changes is checked, audited, annotated and
compared as if its changes were accepted, and M009 says the changes were left in (before, lint,
audit, --annotate and diff refused it, so a supervising office saw no row, no deadline and no
comparison for a report sent with its revisions)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner
from importing.docx_fixtures import DEL, INS, make_docx, run, simple_body, tracked

from lawreport.cli import cli as group


def _tracked(folder: Path, name: str = "青岚县水利局.docx") -> Path:
    path = folder / name
    path.write_bytes(tracked())
    return path


def test_lint_checks_the_accepted_text_and_says_changes_were_left(tmp_path):
    path = _tracked(tmp_path)
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    findings = json.loads(result.output)
    codes = {f["code"] for f in findings}
    assert "M009" in codes and "S000" not in codes, findings
    assert not any("3项" in f["message"] for f in findings)  # the deleted words are not read


def test_the_audit_gives_the_report_a_row_with_m009(tmp_path):
    folder = tmp_path / "收到"
    folder.mkdir()
    _tracked(folder)
    result = CliRunner().invoke(group, ["audit", str(folder), "-o", str(tmp_path / "out"), "--year", "2023"])
    assert result.exit_code in (0, 1), result.output
    [row] = json.loads((tmp_path / "out" / "audit.json").read_text("utf-8"))["files"]
    assert row["readable"] and any(f["code"] == "M009" for f in row["findings"]), row


def test_annotate_writes_comments_into_a_copy_of_a_tracked_document(tmp_path):
    path = _tracked(tmp_path)
    before = path.read_bytes()
    out = tmp_path / "批注本.docx"
    result = CliRunner().invoke(group, ["lint", str(path), "--annotate", str(out)])
    assert "已写入" in result.output, result.output
    assert path.read_bytes() == before
    with zipfile.ZipFile(out) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
        document = archive.read("word/document.xml").decode("utf-8")
    assert "M009" in comments and "<w:ins " in document  # the unit's revisions stay for it to handle


def test_diff_compares_two_tracked_documents_as_accepted(tmp_path):
    old = _tracked(tmp_path, "2023.docx")
    new = tmp_path / "2024.docx"
    new.write_bytes(make_docx(simple_body(INS.format(run("5项，")) + DEL.format("4项，") + run("清理文件2件。"))))
    result = CliRunner().invoke(group, ["diff", str(old), str(new)])
    assert result.exit_code == 0, result.output
    assert "[-4-]{+5+}" in result.output, result.output  # accepted: 4项 last year, 5项 this year
