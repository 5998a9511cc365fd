"""build/ may come with a workspace someone sent: a build state written elsewhere is never
taken as this user's, so no document lawreport did not build is kept as 未变化."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest

from lawreport.files import statekey


def _as_user(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    statekey.state_key.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_key():
    statekey.state_key.cache_clear()
    yield
    statekey.state_key.cache_clear()


def test_a_state_made_to_match_a_planted_document_elsewhere_is_not_reused(cli, workspace: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The sender builds, puts a document of their own in build/ and records its digest in the state;
    the receiver's build builds again (before: 未变化, the planted document kept)."""
    _as_user(monkeypatch, tmp_path / "sender")
    assert cli("build", "2023", "--format", "docx", cwd=workspace).exit_code == 0
    folder = workspace / "build/2023"
    (document,) = folder.glob("*.docx")
    planted = b"PK\x03\x04 not what the sources say"
    document.write_bytes(planted)
    state = json.loads((folder / ".lawreport-build.json").read_text("utf-8"))
    state["docx"] = hashlib.sha256(planted).hexdigest()
    (folder / ".lawreport-build.json").write_text(json.dumps(state), "utf-8")
    assert "未变化" in cli("build", "2023", "--format", "docx", cwd=workspace).stdout  # the sender's own key

    _as_user(monkeypatch, tmp_path / "receiver")
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 0, result.output
    assert "已生成" in result.stdout and "未变化" not in result.stdout
    assert document.read_bytes() != planted
    assert "未变化" in cli("build", "2023", "--format", "docx", cwd=workspace).stdout  # the receiver's state now


def test_the_key_is_private_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _as_user(monkeypatch, tmp_path / "state")
    key = statekey.state_key()
    path = statekey.key_path()
    assert path.read_bytes() == key and len(key) == statekey.KEY_BYTES
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    statekey.state_key.cache_clear()
    assert statekey.state_key() == key


@pytest.mark.parametrize("plant", ["link", "short", "open folder"])
def test_a_planted_or_broken_key_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plant: str) -> None:
    _as_user(monkeypatch, tmp_path / "state")
    path = statekey.key_path()
    path.parent.mkdir(parents=True)
    if plant == "link":
        (tmp_path / "known").write_bytes(b"k" * statekey.KEY_BYTES)
        path.symlink_to(tmp_path / "known")
    elif plant == "short":
        path.write_bytes(b"k")
    else:
        path.write_bytes(b"k" * statekey.KEY_BYTES)
        path.parent.chmod(0o777)
    first = statekey.state_key()
    statekey.state_key.cache_clear()
    assert first != b"k" * statekey.KEY_BYTES and first != statekey.state_key()  # a key of each run only
