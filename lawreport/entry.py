"""The console script: answers ``--version`` before importing anything, else runs the CLI."""

from __future__ import annotations

import sys


def run() -> None:
    """Entry point of the ``lawreport`` command and of ``python -m lawreport``."""
    if sys.argv[1:] == ["--version"]:
        from lawreport import __version__

        print(f"lawreport {__version__}")
        sys.exit(0)
    from lawreport import recache
    from lawreport.sources.cache import default_folder

    recache.install(default_folder())  # before click, markdown-it and Jinja compile their patterns
    from lawreport.cli import main

    try:
        status = main()
    finally:
        recache.save()
    sys.exit(status)
