"""A received report file (.docx, .txt, .md) read as a Report, for ``diff a.docx b.docx``.

One function, so that moving to the received-report reader of ``lawreport.received`` is a
one-line change here.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.model import Report, Structure


def read_received_report(path: Path, structure: Structure, year: int | None = None) -> Report:
    """The report in ``path``, its parts and headings recognised; SourceError if unreadable."""
    from lawreport.importing import read_report

    return read_report(path, structure, year)
