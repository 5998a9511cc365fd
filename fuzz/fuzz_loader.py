"""atheris fuzz target: arbitrary bytes as report.yaml or a part file → load, build view, render.

Run (Linux, ``pip install atheris``), e.g. for 60 seconds:

    python fuzz/fuzz_loader.py -max_total_time=60 fuzz/corpus/loader

The only acceptable failure is a LawreportError (a message for the user); anything else is
a bug, and the input is kept under tests/reliability/regressions/ for the regression test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["lawreport"]):
    from harness import run_loader_input

from common import REPO, keep_crash, scratch_workspace

ROOT = scratch_workspace()
CORPUS = Path(__file__).resolve().parent / "corpus" / "loader"


def seed_corpus() -> None:
    """Seed with the example's files (first byte selects the file) and the catalogue's inputs."""
    if CORPUS.is_dir() and any(CORPUS.iterdir()):
        return
    CORPUS.mkdir(parents=True, exist_ok=True)
    for index, path in enumerate(sorted((REPO / "sections" / "2023").iterdir())):
        selector = b"\x00" if path.name == "report.yaml" else b"\x01"
        (CORPUS / f"seed-{index}").write_bytes(selector + path.read_bytes())


def test_one_input(data: bytes) -> None:
    try:
        run_loader_input(ROOT, data)
    except Exception as exc:
        keep_crash("loader", data, exc)
        raise


if __name__ == "__main__":
    seed_corpus()
    atheris.Setup(sys.argv if len(sys.argv) > 1 else [sys.argv[0], str(CORPUS)], test_one_input)
    atheris.Fuzz()
