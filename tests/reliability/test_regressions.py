"""Inputs the atheris fuzz targets (fuzz/) found crashing, replayed through the same harness.

A crash is kept as ``tests/reliability/regressions/<target>-<hash>.bin`` (target ``loader`` or
``import``); once fixed, the file stays here so the bug cannot come back. A few hand-made
inputs keep the harness itself exercised in every run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from reltools import REPO

sys.path.insert(0, str(REPO / "fuzz"))
from harness import run_import_input, run_loader_input

HERE = Path(__file__).resolve().parent / "regressions"
KEPT = sorted(HERE.glob("*.bin")) if HERE.is_dir() else []
HAND_MADE = [
    ("loader", b"\x01" + "媒".encode("gbk")),
    ("loader", b"\x00issuer: &a [*a, *a]\n"),
    ("loader", b"\x01# \x0b\x07\xef\xbf\xbe\n\n| a |\n|---|\n| \x0c |\n"),
    ("import", b"PK\x03\x04" + bytes(30)),
    ("import", b"\x01\xff\xfe\x00"),
]


# Crashes found but not yet fixed (in code this suite does not own): strict xfail, so the
# test starts failing — and the entry must be removed — as soon as the fix lands.
OPEN: dict[str, str] = {}


def _cases() -> list[object]:
    cases: list[object] = [pytest.param(target, data, id=f"{target}-hand-{i}") for i, (target, data) in enumerate(HAND_MADE)]
    for path in KEPT:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN[path.stem])] if path.stem in OPEN else []
        cases.append(pytest.param(path.name.split("-", 1)[0], path.read_bytes(), id=path.stem, marks=marks))
    return cases


@pytest.mark.parametrize(("target", "data"), _cases())
def test_fuzz_input_is_handled(target: str, data: bytes, tmp_path: Path) -> None:
    if target == "loader":
        shutil.copytree(REPO / "sections/2023", tmp_path / "ws/sections/2023")
        run_loader_input(tmp_path / "ws", data)
    else:
        run_import_input(tmp_path, data)
