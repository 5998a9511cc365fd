"""The audit's 落款/date and deadline columns of a report whose attachments follow the 落款."""

from __future__ import annotations

import datetime as dt

from lawreport.audit.deadline import check_deadline
from lawreport.audit.source import read
from lawreport.sources.structure import load_structure
from tests.received.test_attachments import ATTACHMENTS, HEAD, NOTICE, SIGNED


def test_the_date_above_the_attachments_is_the_reports(tmp_path):
    path = tmp_path / "林业局.txt"
    path.write_text("\n".join(HEAD + NOTICE + SIGNED + ATTACHMENTS) + "\n", encoding="utf-8")
    received = read(path, load_structure(None))
    assert (received.signature, received.date_text, received.date) == ("青禾县林业局", "2025年2月21日",
                                                                       dt.date(2025, 2, 21))
    deadline = check_deadline(received.year, received.issuer_type, received.date, None, received.published)
    assert (deadline.status, deadline.date_source) == ("on-time", "document")
