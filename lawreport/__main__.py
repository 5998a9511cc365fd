"""``python -m lawreport``: the same click group as the ``lawreport`` command."""

from lawreport.cli import cli

cli(prog_name="lawreport")
