"""atheris fuzz target: arbitrary bytes as a received .docx (or .txt) → lawreport.received.read_dated.

Run (Linux, ``pip install atheris``), e.g. for 60 seconds:

    python fuzz/fuzz_import.py -max_total_time=60 -rss_limit_mb=2048 fuzz/corpus/import

Seeds: the example report built as .docx plus hostile variants (tests/reliability/hostile.py).
The only acceptable failure is a LawreportError; any other exception is a bug, and the input
is kept under tests/reliability/regressions/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

with atheris.instrument_imports(include=["lawreport"]):
    from harness import run_import_input

    import lawreport.importing.docxreader  # noqa: F401  (instrument the Word reader too)

from common import REPO, keep_crash, scratch_workspace  # noqa: E402

FOLDER = Path(tempfile.mkdtemp(prefix="lawreport-fuzz-import-"))
CORPUS = HERE / "corpus" / "import"


def seed_corpus() -> None:
    """The example built as .docx, hostile variants of it, and a GBK text report."""
    if CORPUS.is_dir() and any(CORPUS.iterdir()):
        return
    from lawreport.cli import main

    CORPUS.mkdir(parents=True, exist_ok=True)
    root = scratch_workspace()
    import os

    cwd = os.getcwd()
    os.chdir(root)
    try:
        main(["build", "2023", "--format", "docx"])
    finally:
        os.chdir(cwd)
    sys.path.insert(0, str(REPO / "tests" / "reliability"))
    import hostile

    for name in ("built_docx", "macro", "strict", "external", "tracked", "hidden", "author", "zip_slip", "gbk_text",
                 "truncated", "ole2"):
        (CORPUS / f"seed-{name}").write_bytes(getattr(hostile, name)(root))


# Crashes already kept as regressions and still open (tests/reliability/test_regressions.py OPEN):
# skipped here so that a run can look for new ones. Remove an entry once its fix lands.
KNOWN_OPEN: tuple[type[BaseException], ...] = ()


def test_one_input(data: bytes) -> None:
    try:
        run_import_input(FOLDER, data)
    except KNOWN_OPEN:
        return
    except Exception as exc:
        keep_crash("import", data, exc)
        raise


if __name__ == "__main__":
    seed_corpus()
    atheris.Setup(sys.argv if len(sys.argv) > 1 else [sys.argv[0], str(CORPUS)], test_one_input)
    atheris.Fuzz()
