"""``python -m lawreport``."""

from lawreport.entry import run

run()
