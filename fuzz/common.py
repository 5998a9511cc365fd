"""Shared set-up for the atheris fuzz targets (not collected by pytest; see docs/reliability.md)."""

from __future__ import annotations

import shutil
import sys
import tempfile
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REGRESSIONS = REPO / "tests" / "reliability" / "regressions"


def scratch_workspace() -> Path:
    """A temporary copy of the example's 2023 sources (removed at exit by the OS temp cleaner)."""
    root = Path(tempfile.mkdtemp(prefix="lawreport-fuzz-")) / "ws"
    shutil.copytree(REPO / "sections" / "2023", root / "sections" / "2023")
    return root


def keep_crash(kind: str, data: bytes, exc: BaseException) -> None:
    """Save the input that crashed as a regression file, then re-raise (atheris reports it)."""
    import hashlib

    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    name = f"{kind}-{hashlib.sha256(data).hexdigest()[:12]}"
    (REGRESSIONS / f"{name}.bin").write_bytes(data)
    (REGRESSIONS / f"{name}.txt").write_text("".join(traceback.format_exception(exc)), "utf-8")
    print(f"crash kept as {REGRESSIONS / name}.bin", file=sys.stderr)
