"""The console script's fast paths (lawreport.entry): the same answers as the click CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lawreport.entry import fast_command

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("argv", "posix", "windows"), [
    (["lint"], True, True),
    (["lint", "2023"], True, True),
    (["lint", "收到的报告.txt", "sections/2023/measures.md"], True, True),
    (["lint", "--strict", "2023"], False, False),
    (["lint", "2023", "-o", "out.txt"], False, False),
    (["lint", "--", "2023"], False, False),
    (["lint", "*.txt"], True, False),      # click expands wildcards on Windows only
    (["lint", "~/报告.txt"], True, False),
    (["lint", "%USERPROFILE%\\a.txt"], True, False),
    (["build", "2023"], True, True),
    (["build", "2022", "2023"], True, True),
    (["build", "--all"], True, True),
    (["build", "--force", "2023", "--all"], True, True),
    (["build", "--al"], False, False),
    (["build", "--all=1"], False, False),
    (["build", "--", "2023"], False, False),
    (["lint", "--all"], False, False),
    (["build", "2023", "--format", "docx"], False, False),
    (["build", "-h"], False, False),
    (["diff", "2022", "2023"], False, False),
    ([], False, False),
    (["--version"], False, False),
])
def test_which_arguments_take_the_fast_path(argv: list[str], posix: bool, windows: bool) -> None:
    expected = argv[0] if argv else None
    assert fast_command(argv, windows=False) == (expected if posix else None)
    assert fast_command(argv, windows=True) == (expected if windows else None)


def _run(code: str, args: list[str], cwd: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LAWREPORT_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env=env, check=False)


FAST = "import sys; sys.argv[0] = 'lawreport'; from lawreport.entry import run; run()"
CLICK = "import sys; from lawreport.cli import main; sys.exit(main(sys.argv[1:]))"


def test_fast_lint_answers_exactly_as_the_click_command(workspace: Path, tmp_path: Path) -> None:
    received = workspace / "received.txt"
    received.write_text("示例县教育局2023年法治政府建设年度报告\n\n一、2023年度推进法治政府建设的主要举措和成效\n"
                        "全年组织培训3次,覆盖教职工120人。\n", encoding="utf-8")
    outside = tmp_path / "not-a-workspace"
    outside.mkdir()
    cases = [
        (workspace, ["lint", "received.txt"]),           # problems: exit 1
        (workspace, ["lint", "2023"]),                   # the clean example: exit 0
        (workspace, ["lint"]),                           # every year of the workspace
        (workspace, ["lint", "sections/2023/plans.md", "received.txt"]),
        (workspace, ["lint", "missing.txt"]),            # nothing to lint: exit 2
        (outside, ["lint"]),                             # not a workspace: exit 2
    ]
    for cwd, argv in cases:
        fast = _run(FAST, argv, cwd, tmp_path / "cache")
        slow = _run(CLICK, argv, cwd, tmp_path / "cache")
        assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr), argv
        assert "Traceback" not in fast.stderr
    codes = [_run(FAST, argv, cwd, tmp_path / "cache").returncode for cwd, argv in cases]
    assert codes == [1, 0, 0, 1, 2, 2]


def test_fast_lint_does_not_import_click(workspace: Path, tmp_path: Path) -> None:
    probe = ("import atexit, sys; atexit.register(lambda: print(sorted(m for m in ('click', 'docx', 'jinja2') "
             "if m in sys.modules), file=sys.stderr)); " + FAST)
    done = _run(probe, ["lint", "2023"], workspace, tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().endswith("[]"), done.stderr
    done = _run(probe, ["lint", "--strict", "2023"], workspace, tmp_path / "cache")  # an option: click
    assert "'click'" in done.stderr, done.stderr


def test_fast_build_answers_exactly_as_the_click_command(workspace: Path, tmp_path: Path) -> None:
    outside = tmp_path / "not-a-workspace"
    outside.mkdir()
    cases = [
        (workspace, ["build", "2023"], 0),          # built (fresh build/ for each path: see below)
        (workspace, ["build", "2022", "2023"], 0),  # a batch
        (workspace, ["build", "--all"], 0),         # every year
        (workspace, ["build", "--force", "2023"], 0),
        (workspace, ["build", "2023", "--all", "--force"], 0),
        (workspace, ["build", "--all", "1999"], 0),  # --all wins over the years given
        (workspace, ["build", "1999"], 2),          # no such year
        (workspace, ["build", "23"], 2),            # not a four-digit year
        (workspace, ["build"], 2),                  # no year
        (outside, ["build", "2023"], 2),            # not a workspace
    ]
    for cwd, argv, code in cases:
        answers = []
        for program in (FAST, CLICK):
            shutil.rmtree(cwd / "build", ignore_errors=True)
            done = _run(program, argv, cwd, tmp_path / "cache")
            answers.append((done.returncode, done.stdout, done.stderr))
            assert "Traceback" not in done.stderr
        assert answers[0] == answers[1], argv
        assert answers[0][0] == code, (argv, answers[0])
    first = _run(FAST, ["build", "2023"], workspace, tmp_path / "cache")
    assert first.returncode == 0 and "已生成" in first.stdout, first.stderr
    assert (workspace / "build/2023/示例县教育局2023年法治政府建设年度报告.docx").is_file()
    again = _run(FAST, ["build", "2023"], workspace, tmp_path / "cache")
    assert again.returncode == 0 and "未变化" in again.stdout
    forced = _run(FAST, ["build", "--force", "2023"], workspace, tmp_path / "cache")
    assert forced.returncode == 0 and "已生成" in forced.stdout and "未变化" not in forced.stdout
    probe = "import atexit, sys; atexit.register(lambda: print('click' in sys.modules, file=sys.stderr)); " + FAST
    batch = _run(probe, ["build", "--all", "--force"], workspace, tmp_path / "cache")
    assert batch.returncode == 0 and batch.stderr.strip().endswith("False"), batch.stderr
    with_format = _run(probe, ["build", "--all", "--format", "html"], workspace, tmp_path / "cache")
    assert with_format.returncode == 0 and with_format.stderr.strip().endswith("True"), with_format.stderr
