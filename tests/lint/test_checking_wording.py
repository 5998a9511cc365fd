"""The readers, shared by ``lawreport import``, ``lint``, ``audit`` and ``diff``, word a refusal
for all of them (“无法直接读取”, “另存为……后再试”), never as an import (“导入”) that the user of
lint did not run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _s000(cli, path: Path) -> list[str]:
    result = cli("lint", str(path), "--format", "json")
    return [d["message"] for d in json.loads(result.stdout) if d["code"] == "S000"]


@pytest.mark.parametrize(("name", "data", "said"), [
    ("旧版报告.docx", OLE2, "无法直接读取"),
    ("二进制.txt", "南岗乡2030年法治政府建设报告".encode() + b"\0\0\0\0", "后再试"),
])
def test_a_received_file_lint_cannot_read_is_reported_in_lint_words(cli, tmp_path: Path, name: str, data: bytes,
                                                                     said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [message] = _s000(cli, path)
    assert said in message and "导入" not in message


def test_the_annotate_refusal_is_in_lint_words_too(cli, tmp_path: Path) -> None:
    path = tmp_path / "旧版报告.docx"
    path.write_bytes(OLE2)
    result = cli("lint", str(path), "--annotate", str(tmp_path / "批注本.docx"), cwd=tmp_path)
    assert result.exit_code != 0 and "无法直接读取" in result.stderr and "导入" not in result.stderr
