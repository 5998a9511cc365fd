"""A received report file (.docx, .txt, .md) read as a Report, for ``diff a.docx b.docx``.

The file is read by the received-report reader (lawreport.received), which lint, import and
audit share: page furniture of a web copy set aside, the title found, parts and headings
recognised, the year found from the title, the part titles or the preamble.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.model import Report, Structure


def read_received_report(path: Path, structure: Structure, year: int | None = None) -> Report:
    """The report in ``path``, its parts and headings recognised; SourceError if unreadable."""
    from lawreport.received import read_received

    return read_received(path, structure, year, accept_changes=True).report  # tracked changes as accepted
