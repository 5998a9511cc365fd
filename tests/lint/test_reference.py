"""The real reference report (outside the repository, when present): only its real defects, at the right place."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.lint.session import run

_NAME = "reference/hulan-education-bureau-2023.txt"
# ../shared beside the repository (as CI lays it out), else the shared folder of the workplace
REFERENCE = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / _NAME, Path("/work/shared") / _NAME)
                  if p.is_file()), Path("/work/shared") / _NAME)

EXPECTED = {
    (8, 122, "P001"),   # 环境,促进
    (12, 11, "P001"),   # 制度,进一步
    (12, 158, "P001"),  # 工作,建立
    (24, 177, "T001"),  # 法治审核 → 法制审核
    (30, 1, "H002"),    # （1） directly under 四、
    (30, 4, "H006"),    # space after （1）
    (31, 4, "H006"),    # space after （2）
    (32, 1, "H003"),    # （1）（2）（三）
    (33, 1, "M003"),    # no 落款 / 成文日期 after the body
}


@pytest.mark.skipif(not REFERENCE.is_file(), reason="reference report not available")
def test_reference_report_findings():
    outcome = run([str(REFERENCE)])
    assert {(d.line, d.column, d.code) for d in outcome.diagnostics} == EXPECTED
