"""The console script: answers ``--version`` before importing anything, else runs the CLI."""

from __future__ import annotations

import sys


def run() -> None:
    """Entry point of the ``lawreport`` command and of ``python -m lawreport``."""
    if sys.argv[1:] == ["--version"]:
        from lawreport import __version__

        print(f"lawreport {__version__}")
        sys.exit(0)
    from lawreport.cli import main

    sys.exit(main())
