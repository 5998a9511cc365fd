"""Command-line targets → what to lint: one target per file however it is written, years with the
files asked for, and nothing for a file but its path (a run over many files holds one each)."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.targets import Target, resolve
from lawreport.sources.workspace import load_workspace


def test_a_received_file_is_one_target_however_it_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "报告.txt").write_text("x", encoding="utf-8")
    (tmp_path / "乙.md").write_text("x", encoding="utf-8")
    found = resolve(("报告.txt", "./报告.txt", ".//报告.txt", "乙.md"), None)
    assert found == [Target(path="报告.txt"), Target(path="乙.md")]
    assert all(type(target.path) is str for target in found)


def test_a_year_with_some_of_its_files_or_all_of_them(workspace: Path, monkeypatch):
    monkeypatch.chdir(workspace)
    ws = load_workspace(workspace)
    plans = workspace / "sections/2023/plans.md"
    measures = workspace / "sections/2023/measures.md"
    [some] = resolve(("sections/2023/plans.md", "sections/2023/measures.md"), ws)
    assert some == Target(year=2023, only=frozenset({plans.resolve(), measures.resolve()}))
    for given in (("2023", "sections/2023/plans.md"), ("sections/2023/plans.md", "sections/2023")):
        assert resolve(given, ws) == [Target(year=2023)]  # the whole year, whatever the order
