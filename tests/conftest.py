"""Shared fixtures: a temporary copy of the example workspace, and a CLI runner in it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

# No timed assertions in tests: Hypothesis' default 200 ms deadline per example is one, and it
# fails on a loaded machine, not on a defect. Every property test runs without it.
# Under CI (the CI variable is set, as .ci/run does) the examples are derandomized: the same
# commit passes or fails the same way every time. A developer's run explores new examples, and
# what it finds is added to the test as an @example.
# LAWREPORT_PROP_EXAMPLES=5000 runs every property test with that many examples (a soak).
_EXAMPLES = int(os.environ.get("LAWREPORT_PROP_EXAMPLES", "100"))
settings.register_profile("lawreport", deadline=None, max_examples=_EXAMPLES)
settings.register_profile("lawreport-ci", deadline=None, derandomize=True, database=None, print_blob=True,
                          max_examples=_EXAMPLES)
settings.load_profile("lawreport-ci" if os.environ.get("CI") else "lawreport")

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "sections"
# Every process a test starts (python -m lawreport …, python -c …) runs this tree's lawreport too,
# not the one the interpreter has installed (pyproject.toml's pythonpath does it for the tests themselves).
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
REFERENCE_REPORT = REPO.parent / "shared" / "reference" / "hulan-education-bureau-2023.txt"


@pytest.fixture(autouse=True, scope="session")
def _repository_sources_untouched() -> Iterator[None]:
    """G4 for the whole suite: no test (nor the CLI it runs in the repository) changes the shipped
    example's sources or templates."""
    import hashlib

    def digest() -> dict[str, str]:
        return {str(p.relative_to(REPO)): hashlib.sha256(p.read_bytes()).hexdigest()
                for folder in (EXAMPLE, REPO / "templates") for p in sorted(folder.rglob("*")) if p.is_file()}

    before = digest()
    yield
    assert digest() == before, "a test modified sections/ or templates/ of the repository"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh copy of the example workspace (sections/ only; templates come from lawreport)."""
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLE, root / "sections")
    return root


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ``lawreport ARGS`` through click's CliRunner, from the folder ``cwd``.

    ``result.stdout`` and ``result.stderr`` are separate; ``result.output`` has both.
    """
    from lawreport.cli import cli as group

    def run(*args: str, cwd: Path | None = None) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        return CliRunner().invoke(group, list(args), prog_name="lawreport")

    return run
