"""The example's DOCX and HTML stay byte-identical unless a change means to alter them.

The test builds sections/2022 and sections/2023 in a fresh copy of the example (no build/ folder
yet) with SOURCE_DATE_EPOCH fixed, through ``python -m lawreport build``, and compares the sha256
of every DOCX and HTML with tests/golden_hashes.json.

When a change alters the output on purpose: look at the new documents, then re-record with
``.venv/bin/python scripts/golden_hashes.py`` and commit tests/golden_hashes.json together with
the change (the commit message says why the output changed).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _script():  # scripts/ is not a package: load the recording script by its path
    spec = importlib.util.spec_from_file_location("golden_hashes", REPO / "scripts" / "golden_hashes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_outputs_match_the_recorded_hashes(tmp_path: Path) -> None:
    script = _script()
    expected = script.recorded()
    assert sorted((k.split("/")[0], Path(k).suffix) for k in expected) == sorted(
        (year, suffix) for year in script.YEARS for suffix in (".docx", ".html"))
    built = script.build_hashes(tmp_path)
    changed = sorted(name for name in expected.keys() | built.keys() if expected.get(name) != built.get(name))
    assert not changed, (f"outputs differ from tests/golden_hashes.json: {changed}; if the change is intended, "
                         "re-record with scripts/golden_hashes.py")
