"""diff never imports the DOCX stack (python-docx, lxml) nor Jinja2 for text output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import json, runpy, sys
sys.argv = ["lawreport"] + sys.argv[1:]
try:
    runpy.run_module("lawreport", run_name="__main__")
except SystemExit as exc:
    code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"docx", "lxml", "jinja2"})
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _probe(*args: str, cwd: Path = REPO) -> dict:
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True,
                            env=env, timeout=120)
    return json.loads(result.stderr.strip().splitlines()[-1])


def test_python_m_lawreport_diff_does_not_import_the_docx_stack():
    probe = _probe("diff", "2022", "2023")
    assert probe["code"] == 0 and probe["heavy"] == []


def test_json_output_does_not_import_it_either():
    assert _probe("diff", "2022", "2023", "--format", "json")["heavy"] == []
