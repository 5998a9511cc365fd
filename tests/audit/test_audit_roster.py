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
