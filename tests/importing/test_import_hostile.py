"""Hostile or odd files are refused before any heavy parsing (reliability.md I1–I9, G8)."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import zipfile

import pytest
from docx_fixtures import MACRO, STRICT_REL, document, make_docx, simple_body
from helpers import STRUCTURE, read_report

from lawreport.errors import SourceError
from lawreport.ooxml.limits import MAX_MEMBERS


def _refused(tmp_path, data: bytes, name: str = "report.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError) as info:
        read_report(path, STRUCTURE)
    assert info.value.exit_code == 1
    return info.value.render()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize("name", ["old.doc", "old.wps", "locked.docx", "renamed.txt"])
def test_ole2_legacy_or_encrypted(tmp_path, name):
    assert "旧版 .doc/.wps" in _refused(tmp_path, OLE2, name)


@pytest.mark.parametrize(("data", "kind"), [
    (b"{\\rtf1\\ansi \\par }", "RTF"),
    (b"%PDF-1.7\n", "PDF"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related", ".mht"),
    ("\ufeff<html><body>示例</body></html>".encode(), "网页"),
    (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?>', "Word 2003 XML"),
])
def test_other_formats_named_doc_are_named(tmp_path, data, kind):
    """Websites serve RTF, HTML and .mht files as “.doc”: say what the file is and what to do."""
    message = _refused(tmp_path, data, "download.doc")
    assert kind in message and "另存为" in message


def test_corrupt_zip(tmp_path):
    good = make_docx(simple_body())
    assert "损坏" in _refused(tmp_path, good[: len(good) // 2])
    assert "损坏" in _refused(tmp_path, b"PK\x03\x04" + b"\x13" * 200)


@pytest.mark.parametrize("data", [b"", b"\r\n  \n"])
def test_empty_docx_is_called_empty_not_corrupt(tmp_path, data):
    """A 0-byte .docx (a save or download that did not finish) is named empty, with what to do."""
    message = _refused(tmp_path, data)
    assert "文件是空的" in message and "重新获取" in message and "损坏" not in message


def test_not_a_zip_with_docx_name(tmp_path):
    assert "不是有效的" in _refused(tmp_path, "一段文字".encode())


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_too_many_members(tmp_path):
    members = {f"word/media/m{i}.xml": b"<a/>" for i in range(MAX_MEMBERS + 1)}
    assert "成员" in _refused(tmp_path, _zip(members))


def test_high_compression_ratio(tmp_path):
    data = make_docx(simple_body(), extra={"word/padding.xml": b"<a>" + b" " * (2 * 1024 * 1024) + b"</a>"})
    assert "压缩比" in _refused(tmp_path, data)


@pytest.mark.parametrize("name", ["../../evil.xml", "/etc/evil.xml", "word\\..\\x.xml", "C:/x.xml"])
def test_zip_slip_names(tmp_path, name):
    data = make_docx(simple_body(), extra={name: b"<a/>"})
    assert "拒绝读取" in _refused(tmp_path, data)


def test_duplicate_names(tmp_path):
    with pytest.warns(UserWarning):
        data = make_docx(simple_body(), extra={"word/document.xml": document("")})
    assert "重名" in _refused(tmp_path, data)


def test_macro_document(tmp_path):
    assert "含宏" in _refused(tmp_path, make_docx(simple_body(), main_type=MACRO), "m.docm")
    assert "含宏" in _refused(tmp_path, make_docx(simple_body(), extra={"word/vbaProject.bin": b"\0" * 10}))


def test_strict_ooxml(tmp_path):
    assert "Strict Open XML" in _refused(tmp_path, make_docx(simple_body(), rel_type=STRICT_REL))


def test_strict_namespace_in_the_document_only(tmp_path):
    """A package with transitional relationships around a Strict document part is still named Strict."""
    import docx_fixtures

    strict = document(simple_body()).replace(docx_fixtures.W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    data = make_docx("")
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            archive.writestr(info.filename, strict if info.filename == "word/document.xml" else source.read(info))
    assert "Strict Open XML" in _refused(tmp_path, buffer.getvalue())


def test_other_office_file(tmp_path):
    data = make_docx(simple_body(), main_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    assert "不是 Word 文档" in _refused(tmp_path, data)


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE lol [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
])
def test_dtd_and_entities(tmp_path, prolog):
    assert "DTD" in _refused(tmp_path, make_docx(simple_body(), prolog=prolog))


def test_dtd_in_a_main_part_not_named_xml(tmp_path):
    from docx_fixtures import MAIN, OFFICE_REL

    members = {
        "[Content_Types].xml": ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                f'content-types"><Override PartName="/word/main.dat" ContentType="{MAIN}"/></Types>'),
        "_rels/.rels": ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                        f'relationships"><Relationship Id="rId1" Type="{OFFICE_REL}" Target="word/main.dat"/>'
                        '</Relationships>'),
        "word/main.dat": document(simple_body(), '<!DOCTYPE w:document [<!ENTITY x "y">]>'),
    }
    assert "DTD" in _refused(tmp_path, _zip({name: text.encode() for name, text in members.items()}))


def test_dtd_in_a_related_part_not_named_xml(tmp_path):
    data = make_docx(simple_body(), extra={"word/custom.dat": b'\xef\xbb\xbf <?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a/>',
                                           "word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE" * 3})
    assert "word/custom.dat 包含 DTD" in _refused(tmp_path, data)


def test_binary_member_with_dtd_like_bytes_is_not_xml(tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(make_docx(simple_body(), extra={"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + b"<!DOCTYPE" * 3}))
    assert read_report(path, STRUCTURE).parts


def test_dtd_in_another_part_far_into_the_file(tmp_path):
    styles = "<?xml version='1.0'?>" + "<!-- " + "x" * 200_000 + " -->" + "<!ENTITY y 'z'>" + "<a/>"
    assert "DTD" in _refused(tmp_path, make_docx(simple_body(), styles=styles))


def _bomb(path, size: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                stream.write(chunk)


def test_zip_bomb_refused_with_bounded_memory(tmp_path):
    bomb = tmp_path / "bomb.docx"
    _bomb(bomb, 256 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        resource.setrlimit(resource.RLIMIT_AS, (1024 * 1024 * 1024, 1024 * 1024 * 1024))
        from lawreport.errors import SourceError
        from lawreport.received import read_dated
        from lawreport.sources.structure import load_structure
        try:
            read_dated(Path({str(bomb)!r}), load_structure())
        except SourceError as exc:
            print(exc.render())
            sys.exit(1)
        sys.exit(0)
    """)
    # Memory is bounded by the address-space limit above; speed is a budget of the I5 row in
    # benchmarks/pathological.py, never asserted here (the machine's load decides wall time).
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr
    assert "压缩炸弹" in result.stdout and "上限" in result.stdout, result.stdout
