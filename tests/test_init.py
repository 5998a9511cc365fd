"""``lawreport init`` creates a workspace that loads, and never overwrites one."""

from __future__ import annotations

from pathlib import Path

from lawreport.sources.loader import load_report
from lawreport.sources.workspace import load_workspace


def test_init_creates_a_loadable_workspace(cli, tmp_path: Path) -> None:
    result = cli("init", "office", "--year", "2024", "--issuer", "某县司法局", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "office"
    for name in ("lawreport.yaml", ".gitignore", ".gitattributes", "templates/reference.docx",
                 "templates/report.html.j2", "sections/2024/report.yaml", "sections/2024/plans.md"):
        assert (root / name).is_file(), name
    report = load_report(load_workspace(root), 2024)
    assert report.meta.issuer == "某县司法局"
    assert report.title == "某县司法局2024年法治政府建设年度报告"
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]


def test_init_refuses_an_existing_workspace(cli, workspace: Path) -> None:
    before = sorted(p.name for p in (workspace / "sections").iterdir())
    result = cli("init", ".", cwd=workspace)
    assert result.exit_code == 2 and "拒绝覆盖" in result.stderr
    assert sorted(p.name for p in (workspace / "sections").iterdir()) == before


def test_init_sets_up_git_for_the_sources_the_outputs_and_the_encoding_backups(cli, tmp_path: Path) -> None:
    """The diff drivers docs/diff.md configures are assigned, build/ and fix-encoding's .bak stay out of commits."""
    import subprocess

    assert cli("init", "office", "--year", "2024", cwd=tmp_path).exit_code == 0
    root = tmp_path / "office"
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True).stdout

    assert git("check-attr", "diff", "sections/2024/measures.md").strip().endswith("diff: cjk")
    assert git("check-attr", "diff", "old/2023.docx").strip().endswith("diff: lawreport")
    assert git("check-ignore", "sections/2024/measures.md.bak", "build/2024/x.docx").split() == [
        "sections/2024/measures.md.bak", "build/2024/x.docx"]
    assert git("check-ignore", "sections/2024/measures.md") == ""
