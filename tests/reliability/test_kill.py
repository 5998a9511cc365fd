"""Kill test (G3, FS2): a build killed at a random moment leaves, for every output, either the
previous file or the complete new one; SIGTERM leaves no temporary files and no lock, and
after SIGKILL the next build sweeps the leftovers and takes over the stale lock.

The build is slowed down with the test hook ``LAWREPORT_TEST_DELAY_WRITE`` (seconds to pause
in the middle of every atomic write, see ``lawreport.files.atomic``). Each kill is aimed at the
writing phase: the test waits until the first temporary file appears, then waits a random
part of the writes (the first kill: none at all, so at least one kill certainly lands in the
middle of a write, which the test then checks it did). Set ``LAWREPORT_KILL_SEED`` to replay
a particular sequence of moments.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reltools import REPO, held_locks, tree_digest

from lawreport.files.atomic import TEMP_PREFIX
from lawreport.files.lock import LOCK_NAME

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

DELAY = 0.2
SEED = int(os.environ.get("LAWREPORT_KILL_SEED", "0")) or random.randrange(1 << 30)


def _edit(root: Path) -> None:
    part = root / "sections/2023/measures.md"
    part.write_text(part.read_text("utf-8") + "\n这是新的一段，用来区分新旧输出。\n", "utf-8")


@pytest.fixture(scope="module")
def expected(built_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    """(old outputs, new outputs): sha256 per file of build/2023 before and after the edit."""
    old = tree_digest(built_template / "build/2023")
    reference = tmp_path_factory.mktemp("reference") / "ws"
    shutil.copytree(built_template, reference)
    _edit(reference)
    done = subprocess.run([sys.executable, "-m", "lawreport", "build", "2023", "--force"], cwd=reference,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    new = tree_digest(reference / "build/2023")
    assert set(old) == set(new) and all(old[name] != new[name] for name in old)
    return old, new


def _start(root: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "LAWREPORT_TEST_DELAY_WRITE": str(DELAY)}
    return subprocess.Popen([sys.executable, "-m", "lawreport", "build", "2023", "--force"], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _await_first_write(folder: Path, process: subprocess.Popen[bytes]) -> bool:
    """Wait until the build has a temporary file in ``folder``; False if it ended first."""
    for _ in range(6000):  # a bound on the polling, not a timing assertion
        if any(p.name.startswith(TEMP_PREFIX) for p in folder.iterdir()):
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.005)
    return False


def _checktree_digest(folder: Path, old: dict[str, str], new: dict[str, str], context: str) -> None:
    now = tree_digest(folder)
    finals = {name: digest for name, digest in now.items() if not name.startswith((TEMP_PREFIX, LOCK_NAME))}
    assert set(finals) == set(old), context
    for name, digest in finals.items():
        assert digest in (old[name], new[name]), f"{name} is torn ({context})"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_build_leaves_old_or_new(sig: signal.Signals, built_workspace: Path,
                                        expected: tuple[dict[str, str], dict[str, str]]) -> None:
    old, new = expected
    rng = random.Random(SEED + sig)
    _edit(built_workspace)
    folder = built_workspace / "build/2023"
    sources = tree_digest(built_workspace / "sections")
    for iteration in range(4):
        moment = 0.0 if iteration == 0 else rng.uniform(0.0, 3 * DELAY)
        context = f"{sig.name} {moment:.2f} s into the writes, iteration {iteration}, LAWREPORT_KILL_SEED={SEED}"
        process = _start(built_workspace)
        writing = _await_first_write(folder, process)
        assert writing, f"the build never started writing: {process.communicate()[1].decode()}"
        time.sleep(moment)
        process.send_signal(sig)
        _, err = process.communicate(timeout=30)
        assert b"Traceback" not in err, err.decode()
        _checktree_digest(folder, old, new, context)
        if iteration == 0:  # killed in the middle of its first write: it cannot have finished
            assert process.returncode != 0, (err.decode(), context)
            if sig == signal.SIGKILL:  # nothing could clean up: the half-written temporary file is there
                assert [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)], context
        if sig == signal.SIGTERM:
            assert process.returncode in (0, 143, -signal.SIGTERM), (process.returncode, err.decode(), context)
            leftovers = [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
            assert leftovers == [], context
            assert not held_locks(folder), context
    assert tree_digest(built_workspace / "sections") == sources
    # The next build (no delay) recovers from anything a kill left behind.
    done = subprocess.run([sys.executable, "-m", "lawreport", "build", "2023"], cwd=built_workspace,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert tree_digest(folder) == new
