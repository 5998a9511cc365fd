"""A change to lawreport's own code builds and lints a year again, the version number unchanged
(lawreport.files.digests): an editable install updated with ``git pull`` is not taken as 未变化."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from lawreport.files import digests

REPO = Path(__file__).resolve().parents[1]


def _copy_of_lawreport(tmp_path: Path) -> Path:
    """A copy of the package, with the default templates beside it as in the repository."""
    code = tmp_path / "code"
    shutil.copytree(digests.PACKAGE, code / "lawreport", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "templates", code / "templates")
    return code


def _build(code: Path, workspace: Path) -> subprocess.CompletedProcess[str]:
    """``lawreport build 2023`` run from the copy ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONDONTWRITEBYTECODE": "1",
           "XDG_STATE_HOME": str(code.parent / "state")}  # a crash log, if any, stays in the test's folder
    done = subprocess.run([sys.executable, "-m", "lawreport", "build", "2023"], cwd=workspace, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_a_change_to_lawreports_code_rebuilds_and_relints(tmp_path: Path, workspace: Path) -> None:
    code = _copy_of_lawreport(tmp_path)
    meta = workspace / "sections/2023/report.yaml"
    meta.write_text("".join(line for line in meta.read_text("utf-8").splitlines(True) if not line.startswith("date:")),
                    "utf-8")  # one lint error (M003), whose message the build prints
    first = _build(code, workspace)
    assert "已生成" in first.stdout and "M003 缺少成文日期" in first.stderr
    assert "未变化" in _build(code, workspace).stdout

    # A renderer's file edited, the version number unchanged: the year is built again.
    _edit(code / "lawreport/render/docxfile.py", '"""', '"""An edited docstring. ')
    rebuilt = _build(code, workspace)
    assert "已生成" in rebuilt.stdout and "未变化" not in rebuilt.stdout, rebuilt.stdout
    assert "M003 缺少成文日期" in rebuilt.stderr

    # A rule's message edited: lint runs again instead of repeating the kept verdict.
    _edit(code / "lawreport/lint/metadata/signature_date.py", "缺少成文日期：", "没有成文日期：")
    relinted = _build(code, workspace)
    assert "M003 没有成文日期" in relinted.stderr and "缺少成文日期" not in relinted.stderr, relinted.stderr
    assert "已生成" in relinted.stdout


def test_the_fingerprint_covers_every_file_of_the_package_and_no_bytecode(tmp_path: Path) -> None:
    package = tmp_path / "lawreport"
    (package / "data").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    (package / "data/terms.txt").write_text("法治\n", "utf-8")
    (package / "__pycache__/__init__.cpython-311.pyc").write_bytes(b"\0")
    assert [name for name, _ in digests._package_files(package)] == ["__init__.py", "data/terms.txt"]
