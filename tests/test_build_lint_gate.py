"""``lawreport build`` runs lint first: it reports errors, and with --strict it writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest


def _break(workspace: Path) -> None:
    """Two lint errors: no 成文日期, and a repeated part title."""
    meta = workspace / "sections/2023/report.yaml"
    meta.write_text("\n".join(line for line in meta.read_text("utf-8").splitlines() if not line.startswith("date:")) + "\n",
                    "utf-8")
    part = workspace / "sections/2023/measures.md"
    part.write_text("# 2023年度推进法治政府建设的主要举措和成效\n\n" + part.read_text("utf-8"), "utf-8")


def test_build_reports_lint_errors_and_still_builds(cli, workspace: Path) -> None:
    _break(workspace)
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "2023 年：lawreport lint 发现 2 个错误" in result.stderr
    assert "S011" in result.stderr and "M003" in result.stderr and "lawreport lint 2023" in result.stderr
    assert "已生成" in result.stdout


@pytest.mark.parametrize("how", ["option", "config"])
def test_strict_build_writes_nothing(cli, workspace: Path, how: str) -> None:
    _break(workspace)
    args = ["build", "2023"]
    if how == "option":
        args.append("--strict")
    else:
        (workspace / "lawreport.yaml").write_text("build:\n  strict: true\n", "utf-8")
    result = cli(*args, cwd=workspace)
    assert result.exit_code == 1, result.output
    assert "已停止生成（--strict），没有写入任何文件" in result.stderr
    assert not (workspace / "build").exists()


def test_strict_build_of_a_clean_report(cli, workspace: Path) -> None:
    result = cli("build", "2023", "--strict", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "lawreport lint 发现" not in result.stderr


def test_strict_must_be_true_or_false(cli, workspace: Path) -> None:
    (workspace / "lawreport.yaml").write_text("build:\n  strict: maybe\n", "utf-8")
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 1 and "build.strict 应为 true 或 false" in result.stderr


def test_init_placeholder_is_an_error_and_blocks_a_strict_build(cli, tmp_path: Path) -> None:
    assert cli("init", str(tmp_path / "ws"), "--year", "2023").exit_code == 0
    result = cli("lint", "2023", cwd=tmp_path / "ws")
    assert "lawreport.yaml:3:11: S010 发文机关是占位文字“（请填写发文机关）”" in result.stdout
    result = cli("build", "2023", "--strict", cwd=tmp_path / "ws")
    assert result.exit_code == 1 and "S010" in result.stderr


def test_fix_removes_a_repeated_part_title(cli, workspace: Path) -> None:
    part = workspace / "sections/2023/measures.md"
    original = part.read_text("utf-8")
    part.write_text("# 一、2023年度推进法治政府建设的主要举措和成效\n\n" + original, "utf-8")
    assert "S011" in cli("lint", "2023", cwd=workspace).stdout
    cli("lint", "2023", "--fix", cwd=workspace)
    assert part.read_text("utf-8").strip() == original.strip()
    assert "S011" not in cli("lint", "2023", cwd=workspace).stdout


def test_strict_batch_builds_the_clean_years_only(cli, workspace: Path) -> None:
    _break(workspace)
    result = cli("build", "--all", "--strict", cwd=workspace)
    assert result.exit_code == 1, result.output
    assert "2023 年：lawreport lint 发现 2 个错误，已停止生成（--strict）" in result.stderr
    assert not (workspace / "build/2023").exists() and any((workspace / "build/2022").glob("*.docx"))


def test_batch_build_notes_the_lint_errors_of_each_year(cli, workspace: Path) -> None:
    _break(workspace)
    result = cli("build", "--all", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "2023 年：lawreport lint 发现 2 个错误，仍照常生成" in result.stderr
    assert "提示：2023 年" not in result.stderr  # the summary is printed as it is, not as a note
    assert "2022 年：lawreport lint" not in result.stderr
