"""Every option of ``lawreport diff`` and ``lawreport textconv`` is documented in docs/diff.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "diff.md"


@pytest.mark.parametrize("command", ["diff", "textconv"])
def test_every_option_is_documented(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", result.stdout.split("Options:")[1]))
    assert {"-h", "--help"} <= options
    text = DOCS.read_text("utf-8")
    missing = sorted(option for option in options if f"`{option}" not in text and f" {option}" not in text)
    assert not missing, f"docs/diff.md does not mention {missing}"


def test_arguments_and_json_schema_version_are_documented():
    from lawreport.diff import SCHEMA_VERSION

    text = DOCS.read_text("utf-8")
    assert "`OLD`" in text and "`NEW`" in text and "`FILE`" in text
    assert f"`schema_version` 当前为 **{SCHEMA_VERSION}**" in text
    assert "*.docx diff=lawreport" in text and 'git config diff.lawreport.textconv "lawreport textconv"' in text
