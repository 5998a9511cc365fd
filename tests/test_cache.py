"""The parse cache: same results as parsing, no parser imported on a hit, never stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lawreport.config import load_workspace
from lawreport.sources import cache
from lawreport.sources.loader import load_report


@pytest.fixture
def enabled(tmp_path: Path):
    cache.enable(tmp_path / "cache")
    yield tmp_path / "cache"
    cache.disable()


def test_cached_report_equals_parsed_report(workspace: Path, enabled: Path) -> None:
    cache.disable()
    fresh = load_report(load_workspace(workspace), 2023)
    cache.enable(enabled)
    first = load_report(load_workspace(workspace), 2023)
    assert any(enabled.iterdir())
    second = load_report(load_workspace(workspace), 2023)
    for report in (first, second):
        assert report.parts == fresh.parts and report.meta.preamble == fresh.meta.preamble
        assert report.meta.spans == fresh.meta.spans


def test_changed_text_is_parsed_again(workspace: Path, enabled: Path) -> None:
    load_report(load_workspace(workspace), 2023)
    path = workspace / "sections/2023/leadership.md"
    path.write_text(path.read_text("utf-8") + "\n# 新增小节\n\n新增的一段。\n", "utf-8")
    report = load_report(load_workspace(workspace), 2023)
    assert report.part("leadership").sections[-1].heading.title == "新增小节"


def test_errors_are_not_cached(workspace: Path, enabled: Path) -> None:
    from lawreport.errors import SourceErrors

    path = workspace / "sections/2023/report.yaml"
    path.write_text("issuer: 示例县教育局\ntitel: x\n", "utf-8")
    for _ in range(2):
        with pytest.raises(SourceErrors):
            load_report(load_workspace(workspace), 2023)


def test_a_hit_imports_neither_parser(workspace: Path, tmp_path: Path) -> None:
    env = {"LAWREPORT_CACHE_DIR": str(tmp_path / "c"), "PATH": "/usr/bin:/bin"}
    code = ("import sys; from lawreport.cli import main; main(['build', '2023', '--format', 'docx', '--force']);"
            "print(sorted(m for m in ('yaml', 'markdown_it', 'jinja2') if m in sys.modules))")
    for expected in (None, "[]"):
        done = subprocess.run([sys.executable, "-c", code], cwd=workspace, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        if expected:
            assert done.stdout.strip().splitlines()[-1] == expected


def test_corrupt_entry_is_ignored(workspace: Path, enabled: Path) -> None:
    load_report(load_workspace(workspace), 2023)
    for entry in enabled.iterdir():
        entry.write_bytes(b"not a pickle")
    assert load_report(load_workspace(workspace), 2023).part("measures") is not None


def test_disabled_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAWREPORT_CACHE_DIR", "off")
    assert cache.default_folder() is None
