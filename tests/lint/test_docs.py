"""docs/lint.md documents every option of lint, rules and rule; docs/rules.md is up to date."""

from __future__ import annotations

import subprocess
import sys

import click

from lawreport.commands.lint import lint, rule, rules

from .conftest import REPO


def test_every_option_is_documented():
    text = (REPO / "docs" / "lint.md").read_text(encoding="utf-8")
    for command in (lint, rules, rule):
        for param in command.params:
            if isinstance(param, click.Option):
                for name in param.opts + param.secondary_opts:
                    assert f"`{name}" in text or f" {name}" in text, f"{command.name} {name} missing from docs/lint.md"
            else:
                shown = (param.metavar or param.name.upper()).strip("[].")  # as the usage line names it
                assert f"lawreport {command.name} {shown}" in text or f"[{shown}" in text, f"{command.name} {shown}"
        assert f"lawreport {command.name}" in text


def test_rules_md_is_up_to_date():
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_rule_docs.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_rule_is_in_rules_md():
    from lawreport.lint.registry import ALL_RULES

    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for item in ALL_RULES:
        assert f"## {item.code}" in text and item.name in text
