"""Word's automatic numbering shows its ``w:suff`` after the number: a tab (also when ``w:suff`` is
absent: Word's default) or a space puts a gap between “一、” and the heading's text, as a typed
space does (H006). Before, a typed “一、 ” was reported and an automatic one with a tab was not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from importing.docx_fixtures import NUMBERING, make_docx, word_numbered_body

from lawreport.cli import cli as group


def _h006(tmp_path: Path, numbering: str) -> list[dict[str, object]]:
    path = tmp_path / "示例县水务局.docx"
    path.write_bytes(make_docx(word_numbered_body(), numbering=numbering))
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.output) if f["code"] == "H006"]


@pytest.mark.parametrize(("suffix", "shown"), [("", "制表符"), ('<w:suff w:val="tab"/>', "制表符"),
                                               ('<w:suff w:val="space"/>', "空格")], ids=["default", "tab", "space"])
def test_an_automatic_number_shown_with_a_gap_is_reported_once_per_level(tmp_path, suffix, shown):
    findings = _h006(tmp_path, NUMBERING.replace("<w:lvlText", suffix + "<w:lvlText"))
    # the parts (一、), the （一） headings, the 1. headings and the one （1）: one finding per level
    assert [f["line"] for f in findings] == [5, 6, 8, 11], findings
    first = str(findings[0]["message"])
    assert f"自动编号“一、”之后是{shown}" in first and "4 个标题" in first and "不特别标注" in first
    assert {f["severity"] for f in findings} == {"warning"}  # how wide the gap is depends on the indents


def test_an_automatic_number_with_nothing_after_it_is_fine(tmp_path):
    assert _h006(tmp_path, NUMBERING.replace("<w:lvlText", '<w:suff w:val="nothing"/><w:lvlText')) == []


def test_a_level_override_sets_its_own_suffix(tmp_path):
    """``w:lvlOverride/w:lvl`` replaces the level, ``w:suff`` included."""
    override = ('<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
                '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:lvlOverride>')
    numbering = NUMBERING.replace('<w:num w:numId="1"><w:abstractNumId w:val="0"/>',
                                  '<w:num w:numId="1"><w:abstractNumId w:val="0"/>' + override)
    assert 5 not in [f["line"] for f in _h006(tmp_path, numbering)]


def test_a_space_typed_after_an_automatic_number_is_reported_at_each_heading(tmp_path):
    """“编号之后：不特别标注”, but a space or tab typed before the heading's text: Word shows the gap the
    author typed. Before, the reader dropped it with the paragraph's indentation and nothing was said."""
    nothing = NUMBERING.replace("<w:lvlText", '<w:suff w:val="nothing"/><w:lvlText')
    body = word_numbered_body().replace(">健全制度体系<", "> 健全制度体系<").replace(
        ">强化执法监督<", ">\u3000强化执法监督<")
    path = tmp_path / "示例县水务局.docx"
    path.write_bytes(make_docx(body, numbering=nothing))
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    findings = [f for f in json.loads(result.output) if f["code"] == "H006"]
    assert [(f["line"], f["severity"]) for f in findings] == [(6, "error"), (12, "error")], findings
    assert "又输入了空格" in str(findings[0]["message"])
