"""The audit on all cores: a received file that kills its worker process costs only its own row."""

from __future__ import annotations

import os
import sys

import pytest


@pytest.mark.skipif(sys.platform != "linux", reason="the patched stage reaches forked workers only")
def test_a_file_that_kills_its_worker_gets_a_row_saying_so(audited, fixture_corpus, monkeypatch):
    import lawreport.audit.run
    from lawreport.audit.roster import read_roster
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    real = lawreport.audit.run.audit_file

    def dies_on_justice(path, settings):
        if path.endswith("司法局.txt"):
            os._exit(9)  # as a parser killed by the system would
        return real(path, settings)

    monkeypatch.setattr(lawreport.audit.run, "audit_file", dies_on_justice)
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    with Spool() as spool:
        result = run_audit([fixture_corpus["current"]], load_structure(None), spool, previous=fixture_corpus["previous"],
                           roster=read_roster(fixture_corpus["roster"]))
        rows = {row.path: row for row in result.files}
    expected = {row.path: row for row in audited.files}
    assert rows.keys() == expected.keys()
    [justice] = [path for path in rows if path.endswith("司法局.txt")]
    assert not rows[justice].readable and "进程异常退出" in rows[justice].reason
    assert all(rows[path] == expected[path] for path in rows if path != justice)
