"""``python -m lawreport``: the same click group as the ``lawreport`` command."""

from lawreport.cli import cli

if __name__ == "__main__":  # not when a batch's worker is started fresh (Windows, macOS) and imports it
    cli(prog_name="lawreport")
