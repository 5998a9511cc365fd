"""A received file whose name is not UTF-8 (a zip or disk from an older Windows machine, names in
GBK): Python holds its bytes as lone surrogates, which no UTF-8 output can encode. Every output
names the file with those bytes as ``\\xNN`` instead of stopping with an internal error (exit 3)
or dropping them (naming another file)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reltools import REPO

REPORT = "青岚县司法局2025年法治政府建设年度报告\n\n青岚县人民政府：\n\n2025年,青岚县司法局坚持依法行政。\n"
NAME = os.fsdecode(b"\xc7\xe0\xe1\xb0.txt")  # 青岚 in GBK: not UTF-8
SHOWN = "\\xc7\\xe0\\xe1\\xb0.txt"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="names are bytes on Linux (Windows and macOS refuse them)")


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_JOBS": "1"}
    done = subprocess.run([sys.executable, "-m", "lawreport", *args], cwd=root, env=env, capture_output=True,
                          text=True, encoding="utf-8", errors="strict", timeout=120)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "内部错误" not in done.stderr + done.stdout
    return done


@pytest.fixture
def received(tmp_path: Path) -> Path:
    folder = tmp_path / "received"
    folder.mkdir()
    (folder / NAME).write_text(REPORT, encoding="utf-8")
    (folder / "乙.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def test_lint_names_the_file_in_every_format(received):
    for fmt in ("text", "json", "github", "sarif"):
        out = _run(received, "lint", f"received/{NAME}", "--format", fmt).stdout
        assert SHOWN in out or SHOWN.replace("\\", "%5C") in out or SHOWN.replace("\\", "\\\\") in out, (fmt, out)


def test_the_audit_names_the_file_in_every_output(received):
    _run(received, "audit", "received", "-o", "out", "--format", "json,csv,html,xlsx")
    files = json.loads((received / "out/audit.json").read_text(encoding="utf-8"))["files"]
    assert f"received/{SHOWN}" in {item["path"] for item in files}
    with (received / "out/audit.csv").open(encoding="utf-8-sig", newline="") as table:
        assert f"received/{SHOWN}" in {row[0] for row in csv.reader(table)}
    assert SHOWN in (received / "out/audit.html").read_text(encoding="utf-8")


def test_diff_names_the_file_in_every_format(received):
    for fmt in ("text", "json", "html"):
        args = ("-o", "d.html") if fmt == "html" else ()
        out = _run(received, "diff", "received/乙.txt", f"received/{NAME}", "--format", fmt, *args).stdout
        shown = (received / "d.html").read_text(encoding="utf-8") if fmt == "html" else out
        assert SHOWN in shown or SHOWN.replace("\\", "\\\\") in shown, (fmt, shown[:300])


def test_import_writes_the_sources_naming_the_file(tmp_path):
    (tmp_path / "sections").mkdir()
    source = tmp_path / NAME
    source.write_text("青岚县司法局2021年法治政府建设年度报告\n\n一、2021年度推进法治政府建设的主要举措和成效\n\n正文。\n",
                      encoding="utf-8")
    _run(tmp_path, "import", NAME)
    assert f"从 {SHOWN} 导入" in (tmp_path / "sections/2021/report.yaml").read_text(encoding="utf-8")


def test_an_unknown_part_file_is_named_in_lint_and_build_messages(tmp_path):
    _run(tmp_path, "init")
    year = next((tmp_path / "sections").iterdir())
    (year / os.fsdecode(b"\xc7\xe0\xe1\xb0.md")).write_text("# 一、补充\n\n正文。\n", encoding="utf-8")
    for command in ("lint", "build"):
        done = subprocess.run([sys.executable, "-m", "lawreport", command, year.name], cwd=tmp_path,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, timeout=120)
        shown = (done.stdout + done.stderr).decode("utf-8")  # strict: a lone surrogate would not encode
        assert done.returncode in (1, 2) and "Traceback" not in shown
        assert f"未知的部分文件 {SHOWN[:-4]}.md" in shown, (command, shown[-1500:])
