"""``python -m lawreport``."""

from lawreport.cli import run

run()
