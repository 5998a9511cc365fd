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


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_trips_a_bug_gets_a_row_naming_the_crash_log_and_exit_3(
        audited, fixture_corpus, cli, monkeypatch, tmp_path, jobs):
    """In workers as in one process: the other files' rows are all there, in order, as in a run
    without the bug; the file's row and the terminal name the crash log, which holds the traceback."""
    import json

    from lawreport.audit.jsonout import file_data

    if jobs == "2" and sys.platform != "linux":
        pytest.skip("the patched stage reaches forked workers only")
    import lawreport.audit.perfile

    real = lawreport.audit.perfile._row

    def bug_on_justice(path, received, settings):  # a bug inside the per-file stage, past its own error handling
        if path.endswith("司法局.txt"):
            raise RuntimeError("a bug in the audit")
        return real(path, received, settings)

    monkeypatch.setattr(lawreport.audit.perfile, "_row", bug_on_justice)
    monkeypatch.setenv("LAWREPORT_JOBS", jobs)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    out = tmp_path / "out"
    result = cli("audit", str(fixture_corpus["current"]), "--previous", str(fixture_corpus["previous"]),
                 "--roster", str(fixture_corpus["roster"]), "--format", "json", "-o", str(out), cwd=tmp_path)
    assert result.exit_code == 3
    rows = json.loads((out / "audit.json").read_text("utf-8"))["files"]
    expected = [json.loads(json.dumps(file_data(row), ensure_ascii=False)) for row in audited.files]
    assert [row["path"] for row in rows] == [row["path"] for row in expected]
    [justice] = [index for index, row in enumerate(rows) if row["path"].endswith("司法局.txt")]
    assert rows[:justice] + rows[justice + 1:] == expected[:justice] + expected[justice + 1:]
    [log] = list((tmp_path / "state" / "lawreport" / "crash").glob("crash-*.log"))
    reason = rows[justice]["reason"]
    assert not rows[justice]["readable"]
    assert reason.startswith("lawreport 内部错误：RuntimeError: a bug in the audit") and f"详细信息已写入 {log}" in reason
    assert f"{rows[justice]['path']}：{reason}\n" in result.stderr and "Traceback" not in result.output
    assert "审查了" in result.stdout and "已写入" in result.stdout
    assert 'in bug_on_justice\n    raise RuntimeError("a bug in the audit")' in log.read_text("utf-8")
