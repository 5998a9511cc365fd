"""``lawreport import`` through the CLI: writing sections/YEAR, never overwriting, atomic --force."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from docx_fixtures import tracked
from helpers import REFERENCE, needs_reference, sample_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "import.md"


def _tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def received(tmp_path: Path) -> Path:
    path = tmp_path / "received.txt"
    path.write_bytes(sample_text().encode("gbk"))
    return path


def test_import_writes_sources_that_load(workspace, cli, received):
    result = cli("import", str(received), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    folder = workspace / "sections" / "2021"
    assert sorted(p.name for p in folder.iterdir()) == [
        "leadership.md", "measures.md", "plans.md", "report.yaml", "shortcomings.md"]
    assert "GBK" in result.output and "2021" in result.output
    assert "标题中的年份是 2023" in result.output
    assert ":17:1: 层级跳跃" in result.output
    measures = (folder / "measures.md").read_text(encoding="utf-8")
    assert "# 健全制度体系" in measures and "## 落实合法性审查。" in measures
    assert "（一）" not in measures
    build = cli("build", "2021", "--format", "html", cwd=workspace)
    assert build.exit_code == 0, build.output


@needs_reference
def test_year_defaults_to_the_title(workspace, cli):
    result = cli("import", str(REFERENCE), cwd=workspace.parent.joinpath("ws"))
    assert result.exit_code == 2  # sections/2023 exists in the example workspace
    assert "已存在" in result.output
    assert "--force" in result.output


def test_existing_year_is_never_overwritten(workspace, cli, received):
    before = _tree_hash(workspace / "sections")
    result = cli("import", str(received), "--year", "2023", cwd=workspace)
    assert result.exit_code == 2
    assert "已存在" in result.output
    assert _tree_hash(workspace / "sections") == before


def test_force_replaces_atomically_and_keeps_the_old_folder(workspace, cli, received):
    """reliability.md G4: a write command keeps a .bak of what it replaces (a folder not named by a
    year, which lint and build never read as one)."""
    sections = workspace / "sections"
    before = _tree_hash(sections / "2023")
    result = cli("import", str(received), "--year", "2023", "--force", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in sections.iterdir()) == ["2022", "2023", "2023.bak"]
    assert "示例县水务局" in (sections / "2023" / "report.yaml").read_text(encoding="utf-8")
    assert _tree_hash(sections / "2023.bak") == before
    assert "2023.bak" in result.output
    replaced = _tree_hash(sections / "2023")
    again = cli("import", str(received), "--year", "2023", "--force", cwd=workspace)
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in sections.iterdir()) == ["2022", "2023", "2023-2.bak", "2023.bak"]
    assert _tree_hash(sections / "2023.bak") == before and _tree_hash(sections / "2023-2.bak") == replaced
    linted = cli("lint", cwd=workspace)
    assert linted.exit_code in (0, 1) and "2023.bak" not in linted.output


def test_failed_write_leaves_the_old_folder(workspace, cli, received, monkeypatch):
    import lawreport.importing.install as install

    def broken(report, folder, title_lines=()):
        folder.mkdir(parents=True)
        (folder / "report.yaml").write_text("issuer: x\n", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(install, "write_sources", broken)
    before = _tree_hash(workspace / "sections")
    result = cli("import", str(received), "--year", "2023", "--force", cwd=workspace)
    assert result.exit_code == 2
    assert "无法写入" in result.output
    assert _tree_hash(workspace / "sections") == before


def test_failed_swap_restores_the_old_folder(workspace, cli, received, monkeypatch):
    import lawreport.importing.install as install

    real = install.os.replace
    calls = []

    def flaky(src, dst):
        calls.append((src, dst))
        if len(calls) == 2:
            raise OSError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(install.os, "replace", flaky)
    before = _tree_hash(workspace / "sections")
    result = cli("import", str(received), "--year", "2023", "--force", cwd=workspace)
    assert result.exit_code == 2
    assert _tree_hash(workspace / "sections") == before


def test_failed_restore_keeps_the_old_folder_for_the_next_import(workspace, cli, received, monkeypatch):
    """The swap fails and so does putting the old folder back: it stays in the staging folder,
    and the next import restores it unchanged."""
    import lawreport.importing.install as install

    real = install.os.replace
    calls = []

    def flaky(src, dst):
        calls.append((src, dst))
        if len(calls) >= 2:
            raise OSError(13, "Permission denied")
        return real(src, dst)

    sections = workspace / "sections"
    before = _tree_hash(sections / "2023")
    monkeypatch.setattr(install.os, "replace", flaky)
    result = cli("import", str(received), "--year", "2023", "--force", cwd=workspace)
    assert result.exit_code == 2 and len(calls) == 3
    assert not (sections / "2023").exists()
    [kept] = [p for p in sections.iterdir() if p.name.startswith(".lawreport-import-2023-")]
    assert _tree_hash(kept / "old") == before
    monkeypatch.undo()
    result = cli("import", str(received), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "已恢复" in result.output
    assert sorted(p.name for p in sections.iterdir()) == ["2021", "2022", "2023"]
    assert _tree_hash(sections / "2023") == before


@pytest.mark.parametrize("aside", [".lawreport-import-2023-abc/old", ".lawreport-old-2023-999"],
                         ids=["in-staging", "left-by-an-earlier-version"])
def test_interrupted_swap_is_recovered_next_time(workspace, cli, received, aside):
    sections = workspace / "sections"
    before = _tree_hash(sections / "2023")
    (sections / aside).parent.mkdir(exist_ok=True)
    (sections / "2023").rename(sections / aside)
    (sections / ".lawreport-import-2022-def").mkdir()
    result = cli("import", str(received), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "已恢复" in result.output
    assert sorted(p.name for p in sections.iterdir()) == ["2021", "2022", "2023"]
    assert _tree_hash(sections / "2023") == before


def test_an_old_folder_left_aside_does_not_replace_the_new_one(workspace, cli, received):
    """Killed after the new folder was in place: the old one left in staging is kept as the backup."""
    sections = workspace / "sections"
    before = _tree_hash(sections / "2023")
    (sections / ".lawreport-import-2023-abc" / "old").mkdir(parents=True)
    (sections / ".lawreport-import-2023-abc" / "old" / "report.yaml").write_text("issuer: 旧\n", "utf-8")
    result = cli("import", str(received), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "已恢复" not in result.output and "2023.bak" in result.output
    assert sorted(p.name for p in sections.iterdir()) == ["2021", "2022", "2023", "2023.bak"]
    assert _tree_hash(sections / "2023") == before
    assert (sections / "2023.bak" / "report.yaml").read_text("utf-8") == "issuer: 旧\n"


def test_hostile_file_exit_1(workspace, cli, tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    before = _tree_hash(workspace / "sections")
    result = cli("import", str(path), "--year", "2021", cwd=workspace)
    assert result.exit_code == 1
    assert "另存为" in result.output
    assert "Traceback" not in result.output
    assert _tree_hash(workspace / "sections") == before


def test_tracked_changes_need_the_option(workspace, cli, tmp_path):
    path = tmp_path / "changes.docx"
    path.write_bytes(tracked())
    refused = cli("import", str(path), "--year", "2021", cwd=workspace)
    assert refused.exit_code == 1 and "修订" in refused.output
    accepted = cli("import", str(path), "--year", "2021", "--accept-changes", cwd=workspace)
    assert accepted.exit_code == 0, accepted.output
    text = (workspace / "sections" / "2021" / "measures.md").read_text(encoding="utf-8")
    assert "全年修订内部制度4项，清理文件2件。" in text


def test_missing_file(workspace, cli, tmp_path):
    result = cli("import", str(tmp_path / "nope.txt"), "--year", "2021", cwd=workspace)
    assert result.exit_code == 1 and "不存在" in result.output


def test_every_option_is_documented(cli, workspace):
    result = cli("import", "--help", cwd=workspace)
    assert result.exit_code == 0
    options = set(re.findall(r"(--[a-z][a-z-]+)", result.output))
    assert {"--year", "--force", "--accept-changes"} <= options
    docs = DOCS.read_text(encoding="utf-8")
    for option in options:
        assert option in docs, option


def test_notes_are_listed_in_file_order(workspace, cli, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text() + "（此件公开发布）\n", encoding="utf-8")
    result = cli("import", str(path), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    lines = [int(m[1]) for m in re.finditer(rf"{re.escape(str(path))}:(\d+):\d+: ", result.output)]
    assert len(lines) >= 3 and lines == sorted(lines)


def test_problems_left_after_import_name_the_imported_files(workspace, cli, tmp_path):
    """What the imported sources still lack is reported at sections/<year>/… (before: at the staging
    folder sections/.lawreport-import-…/sections/<year>/…, removed by then)."""
    received = tmp_path / "报告.txt"
    received.write_text("2025年，某单位坚持依法行政。\n一、2025年度推进法治政府建设的主要举措和成效\n全年集中学法6次。\n",
                        "utf-8")
    result = cli("import", str(received), "--year", "2025", cwd=workspace)
    assert result.exit_code == 1, result.output
    assert "\nsections/2025/report.yaml:1:1: 缺少必填字段 issuer" in "\n" + result.stderr, result.stderr
    assert ".lawreport-import" not in result.output


def test_a_file_that_is_no_annual_report_is_imported_with_a_warning(workspace, cli):
    """A meeting notice chosen by mistake: imported (the guess may be wrong for one's own file), but
    the user is told what it looks like before anything else."""
    notice = Path(__file__).resolve().parents[1] / "received" / "fixtures" / "notreports" / "meeting-notice.txt"
    result = cli("import", str(notice), "--year", "2021", cwd=workspace)
    assert result.exit_code in (0, 1), result.output
    assert "不像法治政府建设年度报告" in result.output and "请确认选对了文件" in result.output
    assert (workspace / "sections" / "2021").is_dir()


def test_a_real_report_gets_no_such_warning(workspace, cli, received):
    result = cli("import", str(received), "--year", "2021", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "不像法治政府建设年度报告" not in result.output
