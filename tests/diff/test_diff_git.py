"""Diffing a year as it was at a git revision (``--rev`` and ``YEAR@REV``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(root: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(root)}
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(water: Path) -> Path:
    """The fixture workspace in git: 2030 and 2031 committed, then 2031's leadership edited."""
    _git(water, "init", "-q")
    _git(water, "add", "sections")
    _git(water, "commit", "-q", "-m", "first")
    path = water / "sections" / "2031" / "leadership.md"
    path.write_text(path.read_text("utf-8").replace("集中学法5次", "集中学法6次"), "utf-8")
    return water


def _data(cli, repo, *args):
    result = cli("diff", *args, "--format", "json", cwd=repo)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _inserted(data):
    return [s["text"] for p in data["parts"] for sec in p["sections"] for u in sec["units"] for s in u["segments"]
            if s["op"] == "insert"]


def test_rev_compares_the_committed_year_with_the_working_tree(cli, repo):
    data = _data(cli, repo, "2031", "--rev", "HEAD")
    assert data["old"]["name"] == "2031@HEAD" and data["new"]["name"] == "2031"
    assert _inserted(data) == ["6"]


def test_two_versions_of_one_year_are_not_checked_for_copies_or_plans(cli, repo):
    data = _data(cli, repo, "2031", "--rev", "HEAD")
    assert data["copied"] == [] and data["followups"] == []
    assert data["summary"]["copied_passages"] == 0 and data["summary"]["plans"] == 0
    text = cli("diff", "2031", "--rev", "HEAD", cwd=repo).stdout
    assert "沿用上年原文（不少于" not in text and "字（" not in text and "年主要安排的落实情况" not in text
    assert "同一年度的两个版本" in text
    across = cli("diff", "2030@HEAD", "2031", cwd=repo).stdout
    assert "沿用上年原文（不少于" in across and "年主要安排的落实情况" in across


def test_year_at_rev_syntax(cli, repo):
    data = _data(cli, repo, "2030@HEAD", "2031")
    assert data["old"]["name"] == "2030@HEAD"
    assert data["summary"]["sections"]["renamed"] == 1
    same = _data(cli, repo, "2031@HEAD", "2031@HEAD")
    assert same["summary"]["changed"] is False


def test_a_year_added_later_is_missing_at_the_old_revision(cli, repo):
    shutil.copytree(repo / "sections" / "2031", repo / "sections" / "2032")
    _git(repo, "add", "sections")
    _git(repo, "commit", "-q", "-m", "second")
    result = cli("diff", "2032", "--rev", "HEAD~1", cwd=repo)
    assert result.exit_code == 2 and "中没有 sections/2032/ 目录" in result.stderr


def test_unknown_revision(cli, repo):
    result = cli("diff", "2031", "--rev", "no-such-branch", cwd=repo)
    assert result.exit_code == 2 and "找不到修订版本“no-such-branch”" in result.stderr
    dashed = cli("diff", "2031", "--rev", "--output=x", cwd=repo)
    assert dashed.exit_code == 2


def test_not_a_git_repository(cli, water, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(water.parent))
    result = cli("diff", "2031", "--rev", "HEAD", cwd=water)
    assert result.exit_code == 2 and "不在 git 仓库中" in result.stderr


def test_errors_in_old_sources_name_the_revision(cli, repo):
    path = repo / "sections" / "2031" / "report.yaml"
    path.write_text(path.read_text("utf-8").replace('"2032-02-12"', '"2032-02-30"'), "utf-8")
    _git(repo, "commit", "-q", "-am", "broken")
    path.write_text(path.read_text("utf-8").replace('"2032-02-30"', '"2032-02-12"'), "utf-8")
    result = cli("diff", "2031", "--rev", "HEAD", cwd=repo)
    assert result.exit_code == 1
    assert "修订版本“HEAD”中的 2031 年源文件有错误" in result.stderr and "HEAD:sections/2031/report.yaml" in result.stderr


def test_an_oversized_blob_is_refused_before_it_is_read(cli, repo, monkeypatch):
    from lawreport.diff import gitrev
    from lawreport.sources.textfile import MAX_SOURCE_BYTES

    (repo / "sections" / "2031" / "huge.md").write_bytes(b"a" * (MAX_SOURCE_BYTES + 1))
    _git(repo, "add", "sections")
    _git(repo, "commit", "-q", "-m", "huge")
    calls = []
    real = gitrev._git

    def spy(args, cwd):
        calls.append(args)
        return real(args, cwd)

    monkeypatch.setattr(gitrev, "_git", spy)
    result = cli("diff", "2031@HEAD", "2031", cwd=repo)
    assert result.exit_code == 1, result.output
    assert "huge.md" in result.output and "过大" in result.output
    huge = subprocess.run(["git", "hash-object", "sections/2031/huge.md"], cwd=repo, check=True,
                          capture_output=True, text=True).stdout.strip()
    read = [args[2] for args in calls if args[:2] == ["cat-file", "blob"]]
    assert calls and huge not in read
