"""The DOCX zip writer (lawreport.render.zipwrite) writes what zipfile writes, byte for byte."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.render import zipwrite

names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/\\"), min_size=1, max_size=20)
stamps = st.tuples(st.integers(1980, 2107), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23),
                   st.integers(0, 59), st.integers(0, 29).map(lambda s: s * 2))


def _zipfile(members: dict[str, bytes], stamp: tuple[int, int, int, int, int, int]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


@given(members=st.dictionaries(names, st.binary(max_size=3000) | st.text(max_size=500).map(str.encode), max_size=8),
       stamp=stamps)
def test_same_bytes_as_zipfile(members: dict[str, bytes], stamp: tuple[int, int, int, int, int, int]) -> None:
    ours = zipwrite.write(((name, zipwrite.pack(data)) for name, data in members.items()), stamp)
    assert ours == _zipfile(members, stamp)
    with zipfile.ZipFile(io.BytesIO(ours)) as archive:
        assert archive.testzip() is None
        assert {info.filename: archive.read(info) for info in archive.infolist()} == members


def test_a_packed_member_is_reused_unchanged() -> None:
    styles = zipwrite.pack(b"<w:styles/>" * 200)
    stamp = (1980, 1, 1, 0, 0, 0)
    first = zipwrite.write([("word/styles.xml", styles), ("a.xml", zipwrite.pack(b"<a/>"))], stamp)
    second = zipwrite.write([("word/styles.xml", styles), ("a.xml", zipwrite.pack(b"<a/>"))], stamp)
    assert first == second == _zipfile({"word/styles.xml": b"<w:styles/>" * 200, "a.xml": b"<a/>"}, stamp)


def test_no_zip64() -> None:
    huge = zipwrite.Packed(0, 1 << 32, b"")
    with pytest.raises(ValueError, match="ZIP64"):
        zipwrite.write([("big", huge)], (1980, 1, 1, 0, 0, 0))
