"""The helper that parses a batch's years into the parse cache while the batch starts."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from lawreport.config import load_workspace
from lawreport.sources import cache, loader, markdown
from lawreport.warmup import Warmup


@pytest.fixture
def enabled(tmp_path: Path):
    cache.enable(tmp_path / "cache")
    yield tmp_path / "cache"
    cache.disable()


def _years(workspace: Path, count: int) -> list[int]:
    """``count`` years: the example's two and copies of 2023."""
    for year in range(2000, 2000 + count - 2):
        shutil.copytree(workspace / "sections/2023", workspace / f"sections/{year}")
    return load_workspace(workspace).years()


def _bundles(folder: Path) -> list[Path]:
    return sorted(folder.glob("bundle-*.pickle")) if folder.is_dir() else []


def _wait_for(condition, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_the_helper_parses_every_year_into_the_cache(workspace: Path, enabled: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    years = _years(workspace, 4)
    with Warmup(load_workspace(workspace), years, workers=2) as warmup:
        helper = warmup.pid
        assert helper > 0
        assert _wait_for(lambda: len(_bundles(enabled)) == 4)
    assert not [p for p in enabled.iterdir() if p.name.startswith(".tmp-")]
    with pytest.raises(ChildProcessError):  # reaped on leaving the block
        os.waitpid(helper, os.WNOHANG)

    def not_again(*args: object) -> None:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(markdown, "_parse_part", not_again)  # every part now comes from the helper's entries
    for year in years:
        assert loader.load_report(load_workspace(workspace), year).year == year


def test_a_broken_year_does_not_stop_the_helper(workspace: Path, enabled: Path) -> None:
    years = _years(workspace, 3)
    (workspace / f"sections/{years[-1]}/report.yaml").write_text("issuer: [\n", "utf-8")  # the first it parses
    with Warmup(load_workspace(workspace), years, workers=2):
        assert _wait_for(lambda: len(_bundles(enabled)) == 3)  # the broken year keeps its parts that parsed


def test_stopped_helper_ends_after_the_year_it_is_parsing(workspace: Path, enabled: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    years = _years(workspace, 10)
    original = loader.load_report

    def slow(*args: object, **kwargs: object) -> object:  # one second per year, in the helper
        time.sleep(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_report", slow)
    with Warmup(load_workspace(workspace), years, workers=2) as warmup:
        warmup.stop()
    assert len(_bundles(enabled)) < len(years)  # not all ten: it stopped (within one year, ~1 s)
    assert not enabled.exists() or not [p for p in enabled.iterdir() if p.name.startswith(".tmp-")]


def test_an_error_in_the_parent_stops_the_helper_at_once(workspace: Path, enabled: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    years = _years(workspace, 3)
    started, finished = workspace / "started", workspace / "finished"

    def long_year(*args: object, **kwargs: object) -> None:  # in the helper
        started.touch()
        time.sleep(20)
        finished.touch()

    monkeypatch.setattr(loader, "load_report", long_year)
    with pytest.raises(KeyboardInterrupt), Warmup(load_workspace(workspace), years, workers=2) as warmup:
        helper = warmup.pid
        assert _wait_for(started.exists)
        raise KeyboardInterrupt  # Ctrl-C (or SIGTERM, the time limit) while the helper parses a year
    with pytest.raises(ChildProcessError):  # reaped
        os.waitpid(helper, os.WNOHANG)
    assert not finished.exists()  # killed, not waited for until its year was done


@pytest.mark.parametrize("case", ["one worker", "one year", "cache off"])
def test_no_helper_where_it_cannot_help(workspace: Path, enabled: Path, case: str) -> None:
    years = load_workspace(workspace).years()
    if case == "cache off":
        cache.disable()
    with Warmup(load_workspace(workspace), years[:1] if case == "one year" else years,
                workers=1 if case == "one worker" else 2) as warmup:
        assert warmup.pid == 0
    assert not _bundles(enabled)


def test_batch_build_with_the_helper_equals_one_at_a_time(cli, workspace: Path,
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    years = _years(workspace, 6)
    monkeypatch.setenv("LAWREPORT_CACHE_DIR", str(tmp_path / "fresh-cache"))  # a first run: the helper parses
    monkeypatch.setenv("LAWREPORT_JOBS", "2")
    result = cli("build", "--all", cwd=workspace)
    assert result.exit_code == 0, result.output
    together = {p.relative_to(workspace): p.read_bytes() for p in (workspace / "build").rglob("*.*") if p.is_file()}
    assert len([p for p in together if p.suffix in (".docx", ".html")]) == 2 * len(years)
    monkeypatch.setenv("LAWREPORT_CACHE_DIR", "off")
    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    assert cli("build", "--all", "--force", cwd=workspace).exit_code == 0
    for path, data in together.items():
        if path.suffix in (".docx", ".html"):
            assert (workspace / path).read_bytes() == data, path
