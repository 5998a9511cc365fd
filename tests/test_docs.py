"""The README documents every command and option, and its two set-up commands stay true."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from lawreport.cli import COMMANDS, cli

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    assert f"lawreport {name}" in README, f"README does not document `lawreport {name}`"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden and param.name != "help":
            for opt in param.opts:
                assert re.search(rf"`[^`]*{re.escape(opt)}\b", README), f"README lacks {opt} of lawreport {name}"


def test_every_command_has_help() -> None:
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and (command.help or "").strip(), name


def _fenced_commands() -> list[str]:
    return [line.strip() for block in re.findall(r"```sh\n(.*?)```", README, re.S) for line in block.splitlines()]


def test_readme_set_up_commands_are_what_ci_runs() -> None:
    commands = _fenced_commands()
    assert "python3 -m venv .venv && .venv/bin/python -m pip install -e . && .venv/bin/lawreport build 2023" in commands
    test_command = "python3 -m venv .venv && .venv/bin/python -m pip install -e \".[test]\" && .venv/bin/python -m pytest"
    assert test_command in commands
    assert test_command in (REPO / ".ci/run").read_text("utf-8")


def test_every_environment_variable_is_in_the_readme() -> None:
    """Environment variables are options too (LAWREPORT_TIMEOUT, LAWREPORT_JOBS, ...); test hooks aside."""
    read = set()
    for path in (REPO / "lawreport").rglob("*.py"):
        read.update(re.findall(r"[\"'](LAWREPORT_[A-Z_]+)[\"']", path.read_text("utf-8")))
    internal = {name for name in read if name.startswith("LAWREPORT_TEST_")} | {"LAWREPORT_NO_FORK"}  # developer switches
    assert "LAWREPORT_TIMEOUT" in read
    missing = sorted(name for name in read - internal if f"`{name}" not in README)
    assert missing == [], f"README does not document {missing}"
