"""Build the shipped example and record the sha256 of its DOCX and HTML (tests/golden_hashes.json).

tests/test_golden_outputs.py builds the same way and compares. Run this after a change that
alters the example's output on purpose, look at the new documents (Word/WPS or LibreOffice,
a browser), and commit the updated tests/golden_hashes.json with the change:

    .venv/bin/python scripts/golden_hashes.py            # re-record
    .venv/bin/python scripts/golden_hashes.py --check    # compare only (exit 1 on a difference)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORD = REPO / "tests" / "golden_hashes.json"
YEARS = ("2022", "2023")
EPOCH = "1700000000"
"""SOURCE_DATE_EPOCH of the recorded build (2023-11-14 22:13:20 UTC): fixes the DOCX's dates."""


def build_hashes(work: Path) -> dict[str, str]:
    """Build the example's years with this tree's lawreport, in a copy under ``work`` (nothing built
    before); ``{"<year>/<file>": sha256}``."""
    root = work / "ws"
    shutil.copytree(REPO / "sections", root / "sections")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    env.pop("LAWREPORT_JOBS", None)
    done = subprocess.run([sys.executable, "-m", "lawreport", "build", *YEARS, "--format", "docx,html"],
                          cwd=root, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"build failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    hashes = {}
    for year in YEARS:
        for path in sorted((root / "build" / year).iterdir()):
            if path.suffix in (".docx", ".html"):
                hashes[f"{year}/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def recorded() -> dict[str, str]:
    """The hashes in tests/golden_hashes.json."""
    return dict(json.loads(RECORD.read_text("utf-8")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the record instead of writing it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lawreport-golden-") as work:
        hashes = build_hashes(Path(work))
    if args.check:
        same = hashes == recorded()
        print("same as recorded" if same else json.dumps(hashes, ensure_ascii=False, indent=1))
        return 0 if same else 1
    RECORD.write_text(json.dumps(hashes, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"recorded {len(hashes)} files in {RECORD.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
