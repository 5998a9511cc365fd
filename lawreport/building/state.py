"""What the last build of a folder was made from, so that an unchanged year is not rebuilt.

``<folder>/.lawreport-build.json`` holds a digest of every input (the sources the loader
read, the templates, lawreport.yaml, the structure file, the formats and SOURCE_DATE_EPOCH,
and lawreport's own code: lawreport.files.digests) and the digest of each output written. A
build whose inputs and outputs still match is skipped; the file is bookkeeping, recomputed
when missing or torn.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from lawreport.files import digests
from lawreport.files.atomic import atomic_write, memo_key
from lawreport.model import Report
from lawreport.sources.workspace import Workspace

STATE_FILE = ".lawreport-build.json"


def inputs_digest(workspace: Workspace, report: Report, templates: list[Path], formats: tuple[str, ...]) -> str:
    """A digest of everything the outputs depend on: lawreport's code, the sources as the loader
    read them (the text the outputs were made from, not the files again), the templates and the
    configuration."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()  # the DOCX's zip times and dates depend on it
    pieces: list[bytes] = []
    for path, text in sorted(report.sources.items()):
        pieces += [path.name.encode(), text.encode("utf-8")]
    shared = [*templates, *_included(templates), workspace.config_path, workspace.structure_path]  # None: built-in
    for path in shared:
        if path is not None:
            pieces += [path.name.encode(), _shared_digest(path).encode()]
    return digests.digest(f"build {','.join(formats)} {epoch}", pieces)


_MAX_INCLUDED = 200
"""How many files beside a page template are taken into the digest (a templates folder is small)."""


def _included(templates: list[Path]) -> list[Path]:
    """The files a page template may include: every other file of its folder and subfolders
    (the sandboxed loader reads nothing outside it), Word templates left out (each is an input
    of its own). Editing an included file then rebuilds the year."""
    found: list[Path] = []
    for template in templates:
        if template.suffix != ".j2":
            continue
        try:
            siblings = sorted(template.parent.rglob("*"))
        except OSError:
            continue
        found += [path for path in siblings if path != template and path.suffix.lower() != ".docx"
                  and not path.is_symlink() and path.is_file()][:_MAX_INCLUDED]
    return found


_SHARED: dict[tuple[str, int, int], str] = {}


def _shared_digest(path: Path) -> str:
    """The digest of a file every year's build reads (a template, the configuration), read once
    per process while it is unchanged: a batch build does not read and hash it for every year."""
    try:
        key = memo_key(path)
    except OSError:
        return "unreadable"
    if key not in _SHARED:
        _SHARED[key] = file_digest(path) or "unreadable"
    return _SHARED[key]


def file_digest(path: Path) -> str | None:
    """sha256 of a file, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def read_state(folder: Path) -> dict[str, str]:
    """The state of the folder's last build ({} when there is none or it is unreadable): the
    ``inputs`` digest, each format's output digest, and ``lint``, the lint verdict on these
    inputs (lawreport.lint.gate)."""
    try:
        data = json.loads((folder / STATE_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def up_to_date(state: dict[str, str], digest: str, targets: dict[str, Path]) -> bool:
    """Whether the last build had these inputs and its outputs are still as it wrote them."""
    return state.get("inputs") == digest and all(state.get(fmt) == file_digest(path) for fmt, path in targets.items())


def write_state(folder: Path, old: dict[str, str], digest: str, outputs: dict[str, bytes] | None,
                lint: str) -> None:
    """Record this build: its inputs, the digests of ``outputs`` (None: the outputs were up to date
    and stay as recorded) and the lint verdict ``lint`` ("" keeps none). Nothing is written when
    the state stays the same (an unchanged build, a forced build of unchanged sources)."""
    if outputs is None:
        new = {key: value for key, value in old.items() if key != "lint"}
    else:
        new = {"inputs": digest, **{fmt: hashlib.sha256(data).hexdigest() for fmt, data in outputs.items()}}
    if lint:
        new["lint"] = lint
    if new != old:
        state = json.dumps(new, indent=1, sort_keys=True).encode("utf-8")
        atomic_write(folder / STATE_FILE, state, durable=False)  # lost or torn: the next build rebuilds
