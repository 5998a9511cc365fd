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


def _counting_lint(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the gate's lint runs (the verdict is still computed by the real rules)."""
    from lawreport.lint import gate

    runs: list[int] = []
    real = gate.lint_report

    def counted(*args: object, **kwargs: object) -> gate.GateResult:
        runs.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gate, "lint_report", counted)
    return runs


def test_an_unchanged_build_repeats_the_kept_verdict_without_linting(cli, workspace: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _break(workspace)
    runs = _counting_lint(monkeypatch)
    first = cli("build", "2023", cwd=workspace)
    second = cli("build", "2023", cwd=workspace)
    assert "已生成" in first.stdout and "未变化" in second.stdout
    assert len(runs) == 1
    assert second.stderr == first.stderr and "lawreport lint 发现 2 个错误" in second.stderr
    strict = cli("build", "2023", "--strict", cwd=workspace)  # the kept verdict refuses as a fresh one would
    assert strict.exit_code == 1 and "已停止生成（--strict）" in strict.stderr and "S011" in strict.stderr
    assert len(runs) == 1


@pytest.mark.parametrize("change", ["ignored file", "lint configuration", "fixed source"])
def test_the_kept_verdict_is_not_used_once_what_lint_reads_changes(cli, workspace: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   change: str) -> None:
    _break(workspace)
    runs = _counting_lint(monkeypatch)
    assert "2 个错误" in cli("build", "2023", cwd=workspace).stderr
    if change == "ignored file":  # not a source of the build (its outputs stay up to date), but lint reads it
        (workspace / "sections/2023/notes.yaml").write_text("a: 见附件\n", "utf-8")
        expected = "2 个错误"
    elif change == "lint configuration":
        (workspace / "lawreport.yaml").write_text("lint:\n  ignore: [S011]\n", "utf-8")
        expected = "1 个错误"
    else:
        part = workspace / "sections/2023/measures.md"
        part.write_text(part.read_text("utf-8").split("\n", 2)[2], "utf-8")
        expected = "1 个错误"
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert len(runs) == 2
    assert f"lawreport lint 发现 {expected}" in result.stderr


def test_a_forged_clean_verdict_in_the_build_folder_does_not_pass_a_strict_build(cli, workspace: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """build/ may come with a workspace someone sent (or a pull request): a strict build never
    takes a recorded "no errors" from it (before: the edited record let the errors through, exit 0)."""
    import json

    _break(workspace)
    assert cli("build", "2023", cwd=workspace).exit_code == 0  # records the verdict: 2 errors
    state_file = workspace / "build/2023/.lawreport-build.json"
    state = json.loads(state_file.read_text("utf-8"))
    verdict = json.loads(state["lint"])
    assert verdict["errors"]
    state["lint"] = json.dumps({**verdict, "errors": [], "warnings": 0}, ensure_ascii=False)
    state_file.write_text(json.dumps(state), "utf-8")
    runs = _counting_lint(monkeypatch)
    for extra in ((), ("--force",)):
        strict = cli("build", "2023", "--strict", *extra, cwd=workspace)
        assert strict.exit_code == 1, strict.output
        assert "已停止生成（--strict）" in strict.stderr and "S011" in strict.stderr
    assert len(runs) == 2
