"""Where ``-o`` may write (lawreport.files.outpath), for lint and diff alike: never a source, never
through a symbolic link, devices and pipes written through, regular files replaced whole."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from lint.examples import received_text

from lawreport.errors import UsageError
from lawreport.files.outpath import check_output, open_output, write_output
from lawreport.sources.workspace import Workspace

COMMANDS = {"lint": ("lint", "2023"), "diff": ("diff", "2022", "2023")}


def _hashes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("target", ["sections/2023/plans.md", "sections/2023/new.txt", "sections/x.txt",
                                    "./sections/../sections/2023/report.yaml"])
def test_nothing_in_sections_is_written(cli, workspace, command, target):
    before = _hashes(workspace / "sections")
    result = cli(*COMMANDS[command], "-o", target, cwd=workspace)
    assert result.exit_code == 2, result.output
    assert "不能写入输出文件" in result.stderr and "源目录" in result.stderr
    assert _hashes(workspace / "sections") == before


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_is_refused_and_its_target_kept(cli, workspace, command, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", "utf-8")
    (workspace / "out.txt").symlink_to(outside)
    (workspace / "into.txt").symlink_to(workspace / "sections/2023/plans.md")
    (workspace / "dangling.txt").symlink_to(tmp_path / "missing" / "x.txt")
    before = _hashes(workspace / "sections")
    for name, why in (("out.txt", "符号链接"), ("into.txt", "源目录"), ("dangling.txt", "不存在")):
        result = cli(*COMMANDS[command], "-o", name, cwd=workspace)
        assert result.exit_code == 2 and why in result.stderr, (name, result.output)
        assert (workspace / name).is_symlink()
    assert outside.read_text("utf-8") == "keep"
    assert not (tmp_path / "missing").exists()
    assert _hashes(workspace / "sections") == before


def test_lint_does_not_write_over_a_file_it_reads(cli, tmp_path):
    report = tmp_path / "报告.txt"
    report.write_text(received_text("（一）加强学习\n全年学法6次,覆盖全员。"), "utf-8")
    os.link(report, tmp_path / "别名.txt")
    before = report.read_bytes()
    for name in ("报告.txt", "别名.txt"):
        result = cli("lint", "报告.txt", "-o", name, cwd=tmp_path)
        assert result.exit_code == 2 and "本次读取的源文件" in result.stderr, result.output
    assert report.read_bytes() == before


def test_lint_writes_a_new_file_and_replaces_an_old_one_keeping_its_mode(cli, workspace):
    target = workspace / "build" / "lint.txt"
    result = cli("lint", "2023", "-o", "build/lint.txt", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8").endswith("未发现问题。\n")
    target.write_text("old", "utf-8")
    target.chmod(0o640)
    assert cli("lint", "2023", "--format", "json", "-o", "build/lint.txt", cwd=workspace).exit_code == 0
    assert target.read_text("utf-8") == "[]\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["lint.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_device_or_a_pipe_is_written_through(cli, workspace):
    assert cli("lint", "2023", "-o", os.devnull, cwd=workspace).exit_code == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    pipe = workspace / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = cli("lint", "2023", "-o", "pipe", cwd=workspace)
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert received == ["未发现问题。\n".encode()]
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_config_templates_and_structure_are_sources(tmp_path):
    root = tmp_path / "ws"
    (root / "templates").mkdir(parents=True)
    (root / "lawreport.yaml").write_text("report: {}\n", "utf-8")
    (root / "structure.yaml").write_text("parts: []\n", "utf-8")
    workspace = Workspace(root, root / "lawreport.yaml", structure_path=root / "structure.yaml")
    for target in ("lawreport.yaml", "structure.yaml", "templates/report.html.j2"):
        with pytest.raises(UsageError):
            check_output(root / target, workspace)
    assert check_output(root / "build" / "x.txt", workspace).through is False


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "lint.txt"
    target.write_text("old", "utf-8")
    with pytest.raises(RuntimeError), open_output(check_output(target, None)) as out:
        out.write("half")
        raise RuntimeError("stopped")
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["lint.txt"]
    write_output(check_output(target, None), "new")
    assert target.read_text("utf-8") == "new"


def test_a_loop_of_links_or_a_hostile_link_target_is_a_message(cli, workspace):
    (workspace / "a").symlink_to(workspace / "b")
    (workspace / "b").symlink_to(workspace / "a")
    result = cli("lint", "2023", "-o", "a/x.txt", cwd=workspace)
    assert result.exit_code == 2 and "循环的符号链接" in result.stderr, result.output
    (workspace / "odd.txt").symlink_to("\x1b[31m\u202eelsewhere")
    result = cli("lint", "2023", "-o", "odd.txt", cwd=workspace)
    assert result.exit_code == 2 and "符号链接" in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
