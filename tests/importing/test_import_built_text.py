"""Issue 4 item 3 as a user checks it: ``import`` then ``build``, and the built DOCX reads like the original.

Compared paragraph by paragraph (tables row by row). The only differences allowed are numbering
normalisation (the space after a number, half-width brackets) and what import says it changes
(a missing 落款 signed with the issuer, a title line break left to the layout).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import REFERENCE, needs_reference
from pydocx_fixtures import word_like, wps_like

from lawreport.text.numbering import parse_marker

YEAR = "2023"


def _workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sections").mkdir(parents=True)
    return root


def _received_in_workspace(tmp_path: Path, name: str, data: bytes) -> tuple[Path, Path]:
    """The received file written beside a fresh workspace: (file, workspace root)."""
    received = tmp_path / name
    received.write_bytes(data)
    return received, _workspace(tmp_path)


def _built_lines(root: Path, cli) -> list[str]:
    from docx import Document
    from docx.table import Table

    result = cli("build", YEAR, "--format", "docx", cwd=root)
    assert result.exit_code == 0, result.output
    built = list((root / "build" / YEAR).glob("*.docx"))
    assert len(built) == 1 and "\n" not in built[0].name and "_" not in built[0].name
    lines: list[str] = []
    for block in Document(str(built[0])).iter_inner_content():
        if isinstance(block, Table):
            lines += ["\t".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            lines += [piece.strip() for piece in block.text.split("\n") if piece.strip()]
    return lines


def _normalised(line: str) -> str:
    """``line`` with its number as the build writes it: no space after it, full-width brackets."""
    line = line.strip(" \t\u3000")
    marker = parse_marker(line)
    if marker is None:
        return line
    return marker.text.replace("(", "（").replace(")", "）") + line[marker.end :]


def _original_lines(text: str) -> list[str]:
    return [_normalised(line) for line in text.splitlines() if line.strip(" \t\u3000")]


@needs_reference
def test_reference_report_builds_back_to_its_own_text(tmp_path, cli):
    root = _workspace(tmp_path)
    result = cli("import", str(REFERENCE), "--year", YEAR, cwd=root)
    assert result.exit_code == 0, result.output
    original = _original_lines(REFERENCE.read_text(encoding="utf-8"))
    issuer = "呼兰区教育局"
    # What import says it changes, and nothing else: the two title lines are the generated title,
    # so the layout breaks it; the report has no 落款, so the build signs with the issuer.
    assert "标题原为 2 行" in result.output
    assert f"构建时将以发文机关“{issuer}”署名" in result.output
    expected = [original[0] + original[1], *original[2:], issuer]
    assert _built_lines(root, cli) == expected
    # The wrong-level （1）（2） and the broken （三） are reported, not corrected.
    assert "层级跳跃" in result.output and "序号混用" in result.output


def test_word_document_with_automatic_numbering_builds_back(tmp_path, cli):
    data, seen = word_like()
    received, root = _received_in_workspace(tmp_path, "word.docx", data)
    refused = cli("import", str(received), "--year", YEAR, cwd=root)
    assert refused.exit_code == 1 and "修订痕迹" in refused.output
    assert not (root / "sections" / YEAR).exists()
    result = cli("import", str(received), "--year", YEAR, "--accept-changes", cwd=root)
    assert result.exit_code == 0, result.output
    assert "保留 1 处插入，去掉 1 处删除" in result.output and "隐藏文字未导入" in result.output
    yaml = (root / "sections" / YEAR / "report.yaml").read_text(encoding="utf-8")
    assert 'title: "示例县教育局关于2023年度法治政府建设\\n情况的报告"' in yaml
    assert 'date: "2024年2月18日"' in yaml
    assert _built_lines(root, cli) == [_normalised(line) for line in seen]


def test_wps_document_with_typed_numbers_builds_back(tmp_path, cli):
    data, seen = wps_like()
    received, root = _received_in_workspace(tmp_path, "wps.docx", data)
    result = cli("import", str(received), "--year", YEAR, cwd=root)
    assert result.exit_code == 0, result.output
    assert "层级跳跃" in result.output  # （1） directly under （二）
    assert _built_lines(root, cli) == [_normalised(line) for line in seen]


@needs_reference
@pytest.mark.parametrize("encode", [
    lambda text: text.replace("\n", "\r\n").encode("gbk"),
    lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
])
def test_converted_reference_imports_the_same_sources(tmp_path, cli, encode):
    """GBK with CRLF, and UTF-8 with a BOM, give the very sources the UTF-8 file gives."""
    text = REFERENCE.read_text(encoding="utf-8")
    sources = []
    for index, data in enumerate((text.encode("utf-8"), encode(text))):
        received = tmp_path / f"r{index}.txt"
        received.write_bytes(data)
        root = _workspace(tmp_path / str(index))
        result = cli("import", str(received), "--year", YEAR, cwd=root)
        assert result.exit_code == 0, result.output
        folder = root / "sections" / YEAR
        sources.append({p.name: p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(folder.iterdir())})
    assert sources[0] == sources[1]
