"""One audit of the fixture corpus (tests/audit/corpus.py), shared by the tests that read its result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import corpus  # tests/audit is on sys.path: pytest puts a conftest's folder there (no __init__.py)
import pytest

from lawreport.audit.records import AuditResult, FileAudit


@pytest.fixture(scope="session")
def fixture_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return corpus.build(tmp_path_factory.mktemp("audit-corpus"))


@pytest.fixture(scope="session")
def audited(fixture_corpus: dict[str, Path]) -> Iterator[AuditResult]:
    """The audit, its rows read back from the run's store (open for the whole session)."""
    from lawreport.audit.roster import read_roster
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    with Spool() as spool:
        yield run_audit([fixture_corpus["current"]], load_structure(None), spool, previous=fixture_corpus["previous"],
                        roster=read_roster(fixture_corpus["roster"]))


@pytest.fixture(scope="session")
def row_of(audited: AuditResult):
    def find(name: str) -> FileAudit:
        matches = [row for row in audited.files if row.path.endswith("/" + name)]
        assert len(matches) == 1, name
        return matches[0]

    return find
