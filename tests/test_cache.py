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


def _files(folder: Path) -> list[str]:
    return sorted(entry.name.split("-")[0] for entry in folder.iterdir())


def test_a_year_is_one_file_read_once_and_written_only_when_something_was_parsed(
        workspace: Path, enabled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_report(load_workspace(workspace), 2023)
    assert _files(enabled) == ["bundle"]  # five sources, one file
    bundle = next(enabled.iterdir())
    written = bundle.stat().st_mtime_ns
    parsed: list[str] = []
    from lawreport.sources import markdown

    original = markdown._parse_part
    monkeypatch.setattr(markdown, "_parse_part", lambda text, path: parsed.append(path.name) or original(text, path))
    load_report(load_workspace(workspace), 2023)
    assert parsed == [] and bundle.stat().st_mtime_ns == written  # a hit rewrites nothing
    path = workspace / "sections/2023/plans.md"
    for round_ in range(3):
        path.write_text(path.read_text("utf-8") + f"\n第{round_}次修改。\n", "utf-8")
        load_report(load_workspace(workspace), 2023)
    assert parsed == ["plans.md"] * 3  # only the edited part was parsed again
    from lawreport.serial import loads

    entries = loads(bundle.read_bytes())
    assert sum(name.startswith("part-") for name in entries) == 4  # the old versions of plans.md are gone
    assert _files(enabled) == ["bundle"]


def test_a_source_error_keeps_the_parts_that_parsed(workspace: Path, enabled: Path) -> None:
    from lawreport.errors import SourceErrors
    from lawreport.serial import loads

    (workspace / "sections/2023/plans.md").write_text("---\ntitle: [\n---\n正文。\n", "utf-8")
    with pytest.raises(SourceErrors):
        load_report(load_workspace(workspace), 2023)
    entries = loads(next(enabled.iterdir()).read_bytes())
    assert sum(name.startswith("part-") for name in entries) == 3 and any(n.startswith("yaml-") for n in entries)


def test_two_years_two_files(workspace: Path, enabled: Path) -> None:
    ws = load_workspace(workspace)
    load_report(ws, 2022)
    load_report(ws, 2023)
    assert _files(enabled) == ["bundle", "bundle"]


def test_suspended_writes_nothing(workspace: Path, enabled: Path) -> None:
    with cache.suspended():
        load_report(load_workspace(workspace), 2023)
    assert not enabled.exists() or not any(enabled.iterdir())


def test_prune_keeps_the_newest_half_when_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    folder = tmp_path / "c"
    folder.mkdir()
    monkeypatch.setattr(cache, "MAX_ENTRIES", 10)
    for index in range(12):
        entry = folder / f"part-{index:02d}.pickle"
        entry.write_bytes(b"x")
        os.utime(entry, (1_000_000 + index, 1_000_000 + index))
    (folder / "templates").mkdir()  # the page-template cache beside the entries is not touched
    cache.enable(folder)
    try:
        cache.cached("part", ("new",), lambda: 1)
    finally:
        cache.disable()
    kept = {f"part-{index:02d}.pickle" for index in range(7, 12)}
    names = {p.name for p in folder.iterdir()}
    assert kept | {"templates"} < names and len(names) == len(kept) + 2  # and the new entry


def test_the_fingerprint_covers_every_module_a_parse_runs() -> None:
    """A change to any module whose code shapes a cached parse must invalidate the cache."""
    import os

    from lawreport.sources.cache import _PARSER_MODULES

    code = ("import sys; from pathlib import Path; from lawreport.sources.markdown import parse_part; "
            "parse_part('# 标题\\n\\n正文**加粗**。\\n\\n|a|b|\\n|-|-|\\n|1|2|\\n\\n  缩进\\n', Path('x.md')); "
            "print(' '.join(m.__file__ for n, m in sys.modules.items() if n.startswith('lawreport')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "LAWREPORT_CACHE_DIR": "off"})
    package = Path(__file__).resolve().parents[1] / "lawreport"
    loaded = {Path(f).resolve().relative_to(package).as_posix() for f in done.stdout.split()}
    not_shaping = {"__init__.py", "sources/__init__.py", "errors.py", "serial.py"}  # messages, hashing, pickling
    assert loaded - not_shaping <= set(_PARSER_MODULES), loaded - not_shaping - set(_PARSER_MODULES)


def test_another_version_of_a_parser_library_invalidates_the_cache(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgrading markdown-it-py or PyYAML (without upgrading lawreport) must not reuse old parses."""
    import markdown_it
    import yaml

    assert cache._library_stamp("markdown_it") == Path(markdown_it.__file__).read_bytes()
    assert cache._library_stamp("yaml") == Path(yaml.__file__).read_bytes()
    monkeypatch.setitem(cache._state, "fingerprint", None)
    before = cache._fingerprint()
    shadow = tmp_path / "site" / "markdown_it"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text('__version__ = "9.9.9"\n', "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))  # where `import markdown_it` would now look first
    monkeypatch.setitem(cache._state, "fingerprint", None)
    assert cache._library_stamp("markdown_it") == b'__version__ = "9.9.9"\n'
    assert cache._fingerprint() != before
