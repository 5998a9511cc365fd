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
    return read_received_side(path, structure, year)[0]


def read_received_side(path: Path, structure: Structure, year: int | None = None) -> tuple[Report, str]:
    """The report in ``path`` and its unit as the reader finds it (the 落款, the title, the page's
    发布机构 or the opening's office: "" when none tells), for the warning on two units' reports."""
    from lawreport.received import read_received

    found = read_received(path, structure, year, accept_changes=True)  # tracked changes as accepted
    return found.report, (found.issuer or "").replace("\n", "、")
