"""The README stays short and true: its set-up commands are what CI runs, its commands and links exist.

The command reference (every command and option) is docs/commands.md: tests/test_cli_docs.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from lawreport.cli import COMMANDS, cli

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text("utf-8")


def _fenced_commands() -> list[str]:
    return [line.strip() for block in re.findall(r"```sh\n(.*?)```", README, re.S) for line in block.splitlines()]


def test_readme_set_up_commands_are_what_ci_runs() -> None:
    commands = _fenced_commands()
    assert "python3 -m venv .venv && .venv/bin/python -m pip install -e . && .venv/bin/lawreport build 2023" in commands
    test_command = "python3 -m venv .venv && .venv/bin/python -m pip install -e \".[test]\" && .venv/bin/python -m pytest"
    assert test_command in commands
    assert test_command in (REPO / ".ci/run").read_text("utf-8")


def test_readme_is_short() -> None:
    assert len(README.encode("utf-8")) < 12 * 1024, "the README is for setting up an office: details go to docs/"


def test_every_command_the_readme_names_exists() -> None:
    named = set(re.findall(r"`lawreport ([a-z][a-z-]*)", README))
    assert {"init", "build", "lint", "diff", "import"} <= named
    for name in named:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None, f"README names `lawreport {name}`, which is no command"


def test_every_option_the_readme_uses_exists() -> None:
    for name, options in re.findall(r"lawreport ([a-z][a-z-]*)((?: [^`\n]*?)?)(?:`|\n)", README):
        if name not in COMMANDS:
            continue
        command = cli.get_command(click.Context(cli), name)
        known = {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)}
        for option in re.findall(r"(?<!\S)(--?[a-z][a-z-]*)", options):
            assert option in known | {"-h", "--help"}, f"README uses `lawreport {name} {option}`, which it does not have"


@pytest.mark.parametrize("target", sorted(set(re.findall(r"\]\(((?:docs/)?[\w./-]+\.md)(?:#[^)]*)?\)", README))))
def test_readme_links_exist(target: str) -> None:
    assert (REPO / target).is_file(), f"README links to {target}, which does not exist"


def test_every_command_has_help() -> None:
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and (command.help or "").strip(), name
