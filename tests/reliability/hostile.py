"""Hostile Word files for the I rows, made from the example's own built .docx (a valid report).

Each function takes the workspace root and returns the bytes of the file to import.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def built_docx(root: Path) -> bytes:
    """The example report as lawreport built it (build/2023/*.docx)."""
    (path,) = (root / "build/2023").glob("*.docx")
    return path.read_bytes()


def _rewrite(data: bytes, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip ``data`` with each member passed through ``change`` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            if content is not None:
                target.writestr(info.filename, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def _edit_member(member: str, old: bytes, new: bytes) -> Callable[[Path], bytes]:
    def make(root: Path) -> bytes:
        def change(name: str, content: bytes) -> bytes:
            if name == member:
                assert old in content, (member, old)
                return content.replace(old, new, 1)
            return content

        return _rewrite(built_docx(root), change)

    return make


def ole2(root: Path) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def truncated(root: Path) -> bytes:
    data = built_docx(root)
    return data[: len(data) // 2]


macro = _edit_member("[Content_Types].xml", b"document.main+xml", b"document.macroEnabled.main+xml")
strict = _edit_member("_rels/.rels", b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                      b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
doctype = _edit_member("word/document.xml", b"<w:document",
                       b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document')
laughs = _edit_member("word/document.xml", b"<w:document",
                      b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                      b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document')
external = _edit_member(
    "word/_rels/document.xml.rels", b"</Relationships>",
    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" '
    b'Target="\\\\attacker\\share\\x.png" TargetMode="External"/></Relationships>')
tracked = _edit_member(
    "word/document.xml", b"<w:r><w:t xml:space=\"preserve\">2023",
    b'<w:ins w:id="1" w:author="x"><w:r><w:t>INSERTED</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">2023')
hidden = _edit_member(
    "word/document.xml", b"<w:r><w:t xml:space=\"preserve\">2023",
    b'<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN-SECRET</w:t></w:r><w:r><w:t xml:space="preserve">2023')
textbox = _edit_member(
    "word/document.xml", b"<w:r><w:t xml:space=\"preserve\">2023",
    b'<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
    b'<w:t>TEXTBOX-TEXT</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    b'<w:r><w:t xml:space="preserve">2023')
footnote = _edit_member(
    "word/document.xml", b"<w:r><w:t xml:space=\"preserve\">2023",
    b'<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">2023')


def table_at_end(root: Path) -> bytes:
    """The example's built .docx with a table as the body's last block (a 附表 after the 落款)."""
    table = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r>'
             '</w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>修订制度（项）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>'
             '<w:t>4</w:t></w:r></w:p></w:tc></w:tr></w:tbl>').encode()

    def change(name: str, content: bytes) -> bytes:
        if name != "word/document.xml":
            return content
        at = content.rindex(b"<w:sectPr")
        return content[:at] + table + content[at:]

    return _rewrite(built_docx(root), change)


author = _edit_member("docProps/core.xml", b"</cp:coreProperties>",
                      b"<dc:description>AUTHOR-LEAK</dc:description></cp:coreProperties>")


def zip_slip(root: Path) -> bytes:
    return _rewrite(built_docx(root), lambda name, content: content, {"../../evil.txt": b"x"})


def zip_bomb(root: Path) -> bytes:
    return _rewrite(built_docx(root), lambda name, content: content, {"word/media/bomb.bin": bytes(60 * 1024 * 1024)})


def gbk_text(root: Path) -> bytes:
    text = "示例县教育局2021年法治政府建设年度报告\n\n一、2021年度推进法治政府建设的主要举措和成效\n\n正文。\n"
    return text.encode("gbk")
