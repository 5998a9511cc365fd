"""The roster: UTF-8 with or without BOM, or GBK; a header row; who sent nothing."""

from __future__ import annotations

import pytest

from lawreport.audit.perfile import unreadable_row
from lawreport.audit.roster import missing_units, read_roster
from lawreport.errors import UsageError


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_encodings_and_header(tmp_path, encoding):
    path = tmp_path / "units.csv"
    path.write_bytes("单位名称,联系人\n青岚县司法局,张\n\n 青岚县林业局 ,李\n青岚县司法局,重复\n".encode(encoding))
    assert read_roster(path) == ["青岚县司法局", "青岚县林业局"]


def test_empty_or_undecodable_roster_is_refused(tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes(b"\xff\xfe\xfa\xfb\x00\x81")
    with pytest.raises(UsageError, match="编码"):
        read_roster(path)
    path.write_text("单位\n", encoding="utf-8")
    with pytest.raises(UsageError, match="没有单位名称"):
        read_roster(path)


def test_missing_units_match_issuer_title_or_file_name(audited):
    rows = [r for r in audited.files if r.readable] + [unreadable_row("/in/青岚县档案馆.docx", "损坏")]
    assert missing_units(["青岚县司法局", "青岚县档案馆", "青岚县气象局"], rows) == ("青岚县气象局",)


@pytest.mark.parametrize("text", ["单位\n青岚县司法局\n\"青岚县林业局\n" + "青岚县某局\n" * 30_000,
                                  "单位\n青岚县司法局\n" + "局" * 200_000 + "\n"])
def test_a_cell_too_long_for_csv_names_the_row_it_starts_on(tmp_path, text):
    """An unpaired quote (the rest of the file becomes one cell) or a huge cell: csv's field
    limit, reported at the line where that row starts, not an internal error."""
    path = tmp_path / "units.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        read_roster(path)
    assert info.value.line == 3 and info.value.path == path
    assert "引号" in info.value.render()


def _from(path: str, unit: str = "", title: str = "", readable: bool = True):
    """A received file's row with only what the roster looks at."""
    row = unreadable_row(path, "" if readable else "设置了密码的加密文档")
    return row._replace(readable=readable, unit=unit, title=title)


@pytest.mark.parametrize(("roster", "row"), [
    # the roster names the county, the report does not
    ("青岚县翠屏镇人民政府", _from("/in/乡镇/报告.docx", unit="翠屏镇人民政府")),
    # and the other way round
    ("翠屏镇人民政府", _from("/in/乡镇/报告.docx", unit="青岚县翠屏镇人民政府")),
    # a short form and a bare 县 in the roster, the short form in the file name only
    ("县人社局", _from("/in/部门/人社局2025年度法治政府建设情况报告.docx")),
    ("青岚县人力资源和社会保障局", _from("/in/县人社局2025年报告.txt")),
    ("县市场监管局", _from("/in/x.docx", unit="青岚县市场监督管理局")),
    # an untitled excerpt: no issuer, no title, the file name starts with the unit
    ("柳溪乡人民政府", _from("/in/柳溪乡2025年法治政府建设报告节选.txt")),
    # an unreadable file: the unit sent something
    ("青岚县林草局", _from("/in/异常/林草局2025年报告（加密）.docx", readable=False)),
    ("青岚县桃李街道办事处", _from("/in/桃李街道2025年度报告.txt")),
    ("青岚县司法局", _from("/in/01_司法局.docx")),
    ("青岚县司法局", _from("/in/关于报送青岚县司法局2025年报告.docx")),
    ("青岚县人民政府", _from("/in/x.txt", unit="青岚县人民政府")),
    ("青岚县人民政府", _from("/in/青岚县2025年法治政府建设情况报告.docx")),
])
def test_roster_unit_is_found_in_its_files_other_spelling(roster, row):
    assert missing_units([roster], [row]) == ()


@pytest.mark.parametrize(("roster", "row"), [
    ("青岚县翠屏镇人民政府", _from("/in/x.docx", unit="翠屏乡人民政府")),  # 镇 is not 乡
    ("翠屏乡人民政府", _from("/in/翠屏镇2025年报告.txt")),
    ("翠屏镇人民政府", _from("/in/大翠屏镇2025年报告.txt")),  # a longer name is another place
    ("青岚县司法局", _from("/in/x.docx", unit="石门县司法局")),  # the roster names its county
    ("青岚县司法局", _from("/in/石门县司法局2025年报告.docx", readable=False)),
    ("青岚县人民政府", _from("/in/x.docx", unit="青岚县司法局")),  # a county's department is not its government
    ("青岚县人民政府", _from("/in/x.docx", unit="青岚县翠屏镇人民政府")),
    ("县人社局", _from("/in/x.docx", unit="青岚县社会保险事业管理中心")),
    ("青岚县市场监督管理局", _from("/in/市场报告.docx")),
])
def test_roster_unit_is_not_taken_for_another(roster, row):
    assert missing_units([roster], [row]) == (roster,)


def test_one_unit_file_does_not_answer_for_its_neighbour():
    rows = [_from("/in/翠屏镇2025年报告.docx", unit="翠屏镇人民政府"), _from("/in/县司法局.txt")]
    assert missing_units(["青岚县翠屏镇人民政府", "青岚县翠屏乡人民政府", "青岚县司法局"], rows) == ("青岚县翠屏乡人民政府",)


def test_the_short_forms_are_the_ones_docs_list():
    from pathlib import Path

    from lawreport.text.shortnames import SHORT_FORMS

    section = (Path(__file__).parents[2] / "docs" / "audit.md").read_text(encoding="utf-8").split("## 名单与报告的对应")[1]
    listed = "".join(section.split())  # line breaks and spaces removed
    assert all(f"{short}={full}" in listed for short, full in SHORT_FORMS)
