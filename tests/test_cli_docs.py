"""docs/commands.md and the command line agree: every command and option, in both directions."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from lawreport.cli import COMMANDS, cli

REPO = Path(__file__).resolve().parents[1]
REFERENCE = (REPO / "docs/commands.md").read_text("utf-8")
HELP_NAMES = {"-h", "--help"}


def _sections() -> dict[str, str]:
    """``## `lawreport NAME``` heading → its text up to the next such heading."""
    parts = re.split(r"^## `(lawreport(?: [a-z-]+)?)`\s*$", REFERENCE, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _documented_options(section: str) -> set[str]:
    """The options named in the first column of the section's option tables."""
    found: set[str] = set()
    for line in section.splitlines():
        cells = line.split("|")
        if line.startswith("|") and len(cells) > 2:
            found.update(re.findall(r"`(--?[A-Za-z][\w-]*)", cells[1]))
    return found


def _real_options(command: click.Command) -> set[str]:
    root = cli.context_class(cli, info_name="lawreport", **cli.context_settings)  # -h and --help, as when run
    ctx = root if command is cli else command.context_class(command, parent=root)
    names = set()
    for param in command.get_params(ctx):
        if isinstance(param, click.Option) and not param.hidden:
            names.update(param.opts + param.secondary_opts)
    return names


def _command(name: str) -> click.Command:
    if name == "lawreport":
        return cli
    command = cli.get_command(click.Context(cli), name.split(" ", 1)[1])
    assert command is not None, name
    return command


def test_every_command_has_a_section_and_every_section_a_command() -> None:
    assert set(_sections()) == {"lawreport"} | {f"lawreport {name}" for name in COMMANDS}


@pytest.mark.parametrize("name", ["lawreport", *[f"lawreport {name}" for name in COMMANDS]])
def test_options_in_help_and_in_the_reference_agree(name: str) -> None:
    section = _sections().get(name, "")
    real = _real_options(_command(name))
    documented = _documented_options(section)
    if name != "lawreport":  # -h/--help are documented once, for lawreport itself
        real -= HELP_NAMES
    assert real - documented == set(), f"docs/commands.md lacks options of `{name}`: add them to its table"
    assert documented - real == set(), f"docs/commands.md documents options `{name}` does not have"
    usage = re.search(r"```\n(lawreport[^`]*)```", section)
    assert usage is not None and usage.group(1).startswith(name), f"`{name}` has no usage line"


def test_every_environment_variable_is_documented() -> None:
    """Environment variables are options too; test hooks aside."""
    read = set()
    for path in (REPO / "lawreport").rglob("*.py"):
        read.update(re.findall(r"[\"'](LAWREPORT_[A-Z_]+)[\"']", path.read_text("utf-8")))
    internal = {name for name in read if name.startswith("LAWREPORT_TEST_")}
    assert "LAWREPORT_TIMEOUT" in read
    missing = sorted(name for name in read - internal if f"`{name}`" not in REFERENCE)
    assert missing == [], f"docs/commands.md does not document {missing}"


def test_the_parser_finds_what_it_should() -> None:
    """The reference is parsed as intended (a broken table format would make the checks above vacuous)."""
    sections = _sections()
    assert {"--all", "--format", "--out", "--force"} <= _documented_options(sections["lawreport build"])
    assert {"-o", "--output"} <= _documented_options(sections["lawreport lint"])
