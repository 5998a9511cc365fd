"""A named pipe or a device given where lawreport reads a file (a received report, a roster) is
refused at once, never read: reading a pipe waits for a writer forever, reading /dev/zero fills
the memory. Each command runs in a fresh process with a hang guard (not a timing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reltools import REPO, tree_digest

HANG_GUARD = 60
"""Seconds: far more than any of these commands takes; a read that waits never ends."""


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_JOBS": "1"}
    try:
        return subprocess.run([sys.executable, "-m", "lawreport", *args], cwd=root, env=env, capture_output=True,
                              timeout=HANG_GUARD)
    except subprocess.TimeoutExpired:
        pytest.fail(f"lawreport {' '.join(args)}: still waiting after {HANG_GUARD} s")


def _special(root: Path, kind: str, name: str) -> str:
    path = root / "received" / name
    path.parent.mkdir(exist_ok=True)
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    return str(path.relative_to(root))


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/zero")
@pytest.mark.parametrize("kind", ["pipe", "device"])
@pytest.mark.parametrize("command", ["import-txt", "import-docx", "lint", "roster"])
def test_a_pipe_or_a_device_is_refused_at_once(built_workspace: Path, kind: str, command: str) -> None:
    root = built_workspace
    before = tree_digest(root / "sections")
    if command == "roster":
        received = _special(root, kind, "名单.csv")
        report = root / "reports" / "报告.txt"
        report.parent.mkdir()
        report.write_text("示例县教育局2023年法治政府建设年度报告\n", "utf-8")
        args = ("audit", "reports", "--roster", received, "--format", "json", "-o", "out")
        expected = 2
    else:
        received = _special(root, kind, "报告.docx" if command == "import-docx" else "报告.txt")
        args = ("import", received, "--year", "2021") if command.startswith("import") else ("lint", received)
        expected = 1
    done = _run(root, *args)
    err = (done.stdout + done.stderr).decode("utf-8", "replace")  # lint's findings are its output
    assert done.returncode == expected, err
    assert "Traceback" not in err and received in err and "不是普通文件" in err, err
    assert tree_digest(root / "sections") == before
