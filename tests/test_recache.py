"""The regular-expression cache of a CLI run: patterns read back from it behave exactly as re's own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lawreport import recache

REPO = Path(__file__).resolve().parents[1]

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<year>(?:19|20)\d{2})年(?:度)?", 0),
    (r"(?<![\d０-９.])\d{2}年度", 0),
    (r"[一二三四五六七八九十百千〇零两]{1,6}[、.．，,]", 0),
    (r"[\u3400-\u9fff\uf900-\ufaff]+", 0),
    (r"^\s*（[^（）]{1,60}）$", re.MULTILINE),
    (r"hello\s+(world|there)", re.IGNORECASE),
    (rb"^PK\x03\x04", 0),
    (r"(?x) a  b  # verbose", 0),
    (r"(a)(?P<second>b)?(?(2)c|d)", 0),
]
SAMPLES = ["2023年度工作", "于23年度完成", "十二、加强领导", "中文 text 𠮷", "  （此件公开发布）\n",
           "Hello   World", "abd", "abc", "a  b", ""]


def _behaviour(compiled: re.Pattern) -> tuple[object, ...]:
    samples = [s.encode() for s in SAMPLES] if isinstance(compiled.pattern, bytes) else SAMPLES
    found = tuple(tuple((m.span(), m.groups()) for m in compiled.finditer(text)) for text in samples)
    return compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex), found


@pytest.fixture
def hooked(tmp_path: Path):
    recache.uninstall()
    re.purge()
    yield tmp_path
    recache.uninstall()
    re.purge()


def test_patterns_from_the_cache_behave_as_compiled(hooked: Path) -> None:
    expected = [_behaviour(re.compile(pattern, flags)) for pattern, flags in PATTERNS]
    re.purge()
    recache.install(hooked)
    first = [_behaviour(re.compile(pattern, flags)) for pattern, flags in PATTERNS]  # compiled, then kept
    recache.save()
    assert list(hooked.glob("regex-*.marshal"))
    recache.uninstall()
    re.purge()
    recache.install(hooked)
    assert len(recache._state["entries"]) == len(PATTERNS)
    second = [_behaviour(re.compile(pattern, flags)) for pattern, flags in PATTERNS]  # read back
    assert not recache._state["new"]  # nothing compiled again
    assert first == expected and second == expected


def test_the_file_keeps_the_recently_used_patterns_within_its_bound(hooked: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern that is new at every run (built from a set) must not fill the file for good."""
    monkeypatch.setattr(recache, "_MAX_ENTRIES", 5)
    keep = r"(?P<year>\d{4})年"

    def one_run(index: int) -> None:
        recache.install(hooked)
        re.compile(keep)
        re.compile(f"[{index}abc]")  # a different pattern in every run
        recache.save()
        recache.uninstall()
        re.purge()

    for index in range(12):
        one_run(index)
    recache.install(hooked)
    entries = recache._state["entries"]
    assert len(entries) == 5
    assert (keep, 0) in entries  # used in every run: never dropped
    assert ("[11abc]", 0) in entries and ("[0abc]", 0) not in entries  # the newest kept, the oldest gone


def test_a_bad_pattern_raises_re_error_as_usual(hooked: Path) -> None:
    recache.install(hooked)
    with pytest.raises(re.error, match="missing \\)"):
        re.compile(r"(unclosed")


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xe3\x01\x00\x00\x00", None])
def test_a_damaged_cache_is_ignored(hooked: Path, content: bytes | None) -> None:
    recache.install(hooked)
    re.compile(PATTERNS[0][0])
    recache.save()
    path = next(hooked.glob("regex-*.marshal"))
    if content is None:  # well-formed marshal data of the wrong shape
        import marshal

        content = marshal.dumps({("x", 0): (0, "not a list", 0, {}, ())})
    path.write_bytes(content)
    recache.uninstall()
    re.purge()
    recache.install(hooked)
    assert recache._state["entries"] == {}
    assert _behaviour(re.compile(PATTERNS[0][0])) == _behaviour(re.compile(PATTERNS[0][0]))


def test_no_folder_no_hook(hooked: Path) -> None:
    recache.install(None)
    assert not recache._state


def test_cli_output_is_the_same_with_a_warm_regex_cache(tmp_path: Path) -> None:
    """The CLI (lawreport.entry) installs the cache: cold, warm and off give the same findings."""
    received = tmp_path / "收到的报告.txt"
    received.write_text("示例县教育局2023年法治政府建设年度报告\n示例县人民政府：\n2023年,我局依法行政。\n"
                        "一、2023年度推进法治政府建设的主要举措和成效\n（1） 加强领导。于23年度完成。\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LAWREPORT_")}

    def lint(cache: str) -> str:
        done = subprocess.run([sys.executable, "-m", "lawreport", "lint", "--format", "json", received.name],
                              cwd=tmp_path, env={**env, "LAWREPORT_CACHE_DIR": cache}, capture_output=True,
                              text=True, encoding="utf-8")
        assert done.returncode == 1, done.stderr
        return done.stdout

    cache = str(tmp_path / "cache")
    cold, warm, off = lint(cache), lint(cache), lint("off")
    assert list((tmp_path / "cache").glob("regex-*.marshal"))
    assert cold == warm == off
    assert '"code": "P001"' in cold
