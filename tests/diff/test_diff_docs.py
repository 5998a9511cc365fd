"""Every option of ``lawreport diff`` and ``lawreport textconv`` is documented in docs/diff.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "diff.md"


@pytest.mark.parametrize("command", ["diff", "textconv"])
def test_every_option_is_documented(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", result.stdout.split("选项：")[1]))
    assert {"-h", "--help"} <= options
    text = DOCS.read_text("utf-8")
    missing = sorted(option for option in options if f"`{option}" not in text and f" {option}" not in text)
    assert not missing, f"docs/diff.md does not mention {missing}"


def test_arguments_and_json_schema_version_are_documented():
    from lawreport.diff import SCHEMA_VERSION

    text = DOCS.read_text("utf-8")
    from lawreport.commands.diff import diff, textconv

    for command in (diff, textconv):  # each argument under the name its usage line shows
        for param in command.params:
            if isinstance(param, click.Argument):
                assert f"`{param.metavar.strip('[]')}`" in text, param.metavar
    assert f"`schema_version` 当前为 **{SCHEMA_VERSION}**" in text
    assert "*.docx diff=lawreport" in text and 'git config diff.lawreport.textconv "lawreport textconv"' in text


def _keys(value: object) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in _keys(item)}
    return set()


def test_documented_json_fields_are_exactly_those_output(example_diff):
    from diffkit import FIXTURES

    from lawreport.diff import compare
    from lawreport.diff.jsonout import render_json
    from lawreport.diff.received import read_received_report
    from lawreport.sources.structure import load_structure

    text = DOCS.read_text("utf-8")
    schema = text[text.index("### JSON"):text.index("### HTML")]
    documented = set(re.findall(r'"([a-z_]+)"', schema)) - {"measures"}  # "measures": an example value
    # the example has no title over two parts: a pair of reports that has one gives the "combined" fields
    combined = [read_received_report(FIXTURES / "combined" / f"lanxi-{year}.txt", load_structure(None))
                for year in (2024, 2025)]
    output = _keys(json.loads(render_json(example_diff))) | _keys(json.loads(render_json(compare(*combined))))
    assert output - documented == set(), "fields output but not documented in docs/diff.md"
    assert documented - output == set(), "fields documented in docs/diff.md but never output"
