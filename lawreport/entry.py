"""The console script (and ``python -m lawreport``): a few fast paths, else the click CLI.

The commands that run most often, in CI and in editors on every save, are answered without
importing click (a third of such a run's time, before any work is done):

- ``lawreport --version``, before importing anything else;
- ``lawreport lint [TARGET…]`` with no options and ``lawreport build YEAR…`` with no options
  but the flags ``--all`` and ``--force``: exactly what the click commands do
  (lawreport.lint.command, lawreport.building.command), ended the same way (lawreport.running.guard).

Anything else goes through lawreport.cli: any other argument that starts with ``-``, and on
Windows any argument with a wildcard, ``~`` or an environment variable, which click expands
there.
"""

from __future__ import annotations

import gc
import os
import sys

_EXPANDED_ON_WINDOWS = "*?[~$%"
"""What click expands in arguments on Windows (wildcards, ~, environment variables)."""


FAST_COMMANDS = {"lint": (), "build": ("--all", "--force")}
"""Commands answered without click, and the flags (options without a value) each may have."""


def fast_command(argv: list[str], windows: bool) -> str | None:
    """The command of ``argv`` if it can skip click: a fast command followed only by its flags
    and by arguments that click would pass on unchanged (no other option; on Windows nothing
    click expands)."""
    if not argv or argv[0] not in FAST_COMMANDS:
        return None
    flags = FAST_COMMANDS[argv[0]]
    special = _EXPANDED_ON_WINDOWS if windows else ""
    if any((arg[:1] == "-" and arg not in flags) or any(c in arg for c in special) for arg in argv[1:]):
        return None
    return argv[0]


def _fast(command: str, arguments: tuple[str, ...]) -> int:
    from lawreport.running.guard import guarded

    if command == "lint":
        from lawreport.lint.command import lint_command

        return guarded(lambda: lint_command(arguments))
    from lawreport.building.command import build_command

    years = tuple(arg for arg in arguments if arg[:1] != "-")
    return guarded(lambda: build_command(years, all_years="--all" in arguments, force="--force" in arguments))


def run() -> None:
    """Entry point of the ``lawreport`` command and of ``python -m lawreport``."""
    argv = sys.argv[1:]
    if argv == ["--version"]:
        from lawreport import __version__

        print(f"lawreport {__version__}")
        sys.exit(0)
    # A run is short and most of its objects (modules, classes, the document) live until it
    # ends: look for garbage cycles about 30 times less often (collections were a tenth of a
    # lint run's instructions).
    gc.set_threshold(20_000)
    command = fast_command(argv, windows=os.name == "nt")
    if command is not None:
        status = _fast(command, tuple(argv[1:]))
    else:
        from lawreport.cli import main

        status = main()
    # Everything is written and closed: let the interpreter's exit skip a last collection of
    # every object of the run (nothing left needs a finaliser to run).
    gc.freeze()
    sys.exit(status)
