"""Lint reports a received file it cannot read in lint's words, not import's: “无法直接检查”,
“另存为……后再检查”, never “导入” (the readers are shared with ``lawreport import``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lawreport.lint.wording import for_checking

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _s000(cli, path: Path) -> list[str]:
    result = cli("lint", str(path), "--format", "json")
    return [d["message"] for d in json.loads(result.stdout) if d["code"] == "S000"]


@pytest.mark.parametrize(("name", "data", "said"), [
    ("旧版报告.docx", OLE2, "无法直接检查"),
    ("二进制.txt", "南岗乡2030年法治政府建设报告".encode() + b"\0\0\0\0", "后再检查"),
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
    assert result.exit_code != 0 and "无法直接检查" in result.stderr and "导入" not in result.stderr


def test_the_tracked_changes_refusal_and_advice_to_import_are_left_as_written() -> None:
    tracked = "文档含修订痕迹（1 处插入、1 处删除），导入会丢失或混入修订内容，已拒绝。请……保存再导入"
    assert for_checking(tracked) == tracked
    advice = "看起来是 Word 文档（.docx）或其他压缩包：请用 lawreport import 导入"
    assert for_checking(advice) == advice
