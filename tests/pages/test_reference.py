"""The real published report, imported and built: its last page is not the signature alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pagehelpers import needs_libreoffice, printed_findings

from lawreport.cli import cli

_NAME = "reference/hulan-education-bureau-2023.txt"
REFERENCE_REPORT = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / _NAME, Path("/work/shared") / _NAME)
                         if p.is_file()), Path("/work/shared") / _NAME)
needs_reference = pytest.mark.skipif(not REFERENCE_REPORT.is_file(), reason="../shared/reference/ is not beside the project")


@needs_reference
@needs_libreoffice
def test_imported_reference_report_lays_out_cleanly(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "ws", "--issuer", "呼兰区教育局", "--year", "2023"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "ws")
    for template in (tmp_path / "ws/templates").iterdir():
        template.unlink()  # lawreport's own templates, as a workspace made before this version would not have
    result = runner.invoke(cli, ["import", str(REFERENCE_REPORT), "--year", "2023", "--force"])
    assert result.exit_code in (0, 1), result.output
    result = runner.invoke(cli, ["build", "2023", "--format", "docx"])
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "ws/build/2023").glob("*.docx")
    assert [d.message for d in printed_findings(path)] == []
