"""A 成文日期 written as a self-updating date field (DATE, SAVEDATE…, not locked) changes every time
the file is opened, printed or saved. Before, only ``lawreport import`` said so, in a note; a
supervising office linting or auditing the received file was told nothing (M011)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from importing.docx_fixtures import frame, make_docx, para, table

from lawreport.cli import cli as group

FIELD = ('<w:r><w:fldChar w:fldCharType="begin"{lock}/></w:r><w:r><w:instrText xml:space="preserve"> {name} '
         '\\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
         '<w:r><w:t>2024年2月18日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
PARTS = (para("一、主要举措和成效") + para("全年修订内部制度4项。") + para("二、存在的不足和原因") + para("执法人员数量不足。")
         + para("三、履行第一责任人职责情况") + para("局主要负责人主持专题学法2次。") + para("四、工作安排")
         + para("继续开展河道巡查。"))


def _write(folder: Path, tail: str, name: str = "示例县水务局.docx") -> Path:
    path = folder / name
    path.write_bytes(make_docx(frame(PARTS + tail, signature=False)))
    return path


def _m011(path: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(group, ["lint", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [f for f in json.loads(result.output) if f["code"] == "M011"]


@pytest.mark.parametrize("name", ["DATE", "SAVEDATE", "PRINTDATE"])
def test_a_self_updating_date_is_reported_at_the_date(tmp_path, name):
    path = _write(tmp_path, para("示例县水务局") + para(FIELD.format(lock="", name=name)))
    [finding] = _m011(path)
    assert finding["line"] == 14 and name in str(finding["message"]) and "Ctrl+Shift+F9" in str(finding["message"])


@pytest.mark.parametrize("field", [FIELD.format(lock=' w:fldLock="true"', name="DATE"),
                                   FIELD.format(lock="", name="CREATEDATE")], ids=["locked", "createdate"])
def test_a_date_that_stays_is_fine(tmp_path, field):
    assert _m011(_write(tmp_path, para("示例县水务局") + para(field))) == []


def test_a_simple_field_in_a_signature_table(tmp_path):
    """``w:fldSimple`` (WPS, LibreOffice) in the 落款 laid out as a table."""
    simple = '<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2024年2月18日</w:t></w:r></w:fldSimple>'
    tail = table([["", "示例县水务局"], ["", "DATEHERE"]]).replace("<w:t xml:space=\"preserve\">DATEHERE</w:t>", "")
    tail = tail.replace("<w:r></w:r>", simple)
    [finding] = _m011(_write(tmp_path, tail))
    assert "成文日期“2024年2月18日”" in str(finding["message"]), finding


def test_a_date_field_in_the_body_is_reported_at_its_paragraph(tmp_path):
    body_field = para("截至", FIELD.format(lock="", name="DATE"))
    path = _write(tmp_path, body_field + para("示例县水务局") + para("2024年2月18日"))
    [finding] = _m011(path)
    assert finding["line"] == 13 and "这一段" in str(finding["message"])


def test_audit_and_annotate_carry_it(tmp_path):
    folder = tmp_path / "收到"
    folder.mkdir()
    path = _write(folder, para("示例县水务局") + para(FIELD.format(lock="", name="DATE")))
    result = CliRunner().invoke(group, ["audit", str(folder), "-o", str(tmp_path / "out"), "--year", "2023"])
    assert result.exit_code in (0, 1), result.output
    [row] = json.loads((tmp_path / "out" / "audit.json").read_text("utf-8"))["files"]
    assert any(f["code"] == "M011" for f in row["findings"]), row
    out = tmp_path / "批注本.docx"
    result = CliRunner().invoke(group, ["lint", str(path), "--annotate", str(out)])
    with zipfile.ZipFile(out) as archive:
        assert "M011" in archive.read("word/comments.xml").decode("utf-8")
