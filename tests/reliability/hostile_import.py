"""Received files import must name or refuse (catalogue rows I16–I21): other encodings, text the
reader does not see, embedded files and alternate content. Word files are made from the example's
built .docx (hostile._edit_member); text files from our own sentences for a fictional office."""

from __future__ import annotations

from pathlib import Path

from hostile import _edit_member

_SIMPLIFIED = "示例县教育局2021年法治政府建设年度报告\n\n一、2021年度推进法治政府建设的主要举措和成效\n\n正文。\n"
_TRADITIONAL = "示例縣教育局2021年法治政府建設年度報告\n\n一、2021年度推進法治政府建設的主要舉措和成效\n\n全年修訂制度4項。\n"
_JAPANESE = "示例町教育委員会の2021年の年次報告\n\n法令に基づいて行政の手続きを進めました。\n"
_BEFORE = b'<w:r><w:t xml:space="preserve">2023'


def big5_text(root: Path) -> bytes:
    return _TRADITIONAL.encode("big5")


def shift_jis_text(root: Path) -> bytes:
    return _JAPANESE.encode("shift_jis")


def utf16_no_bom(root: Path) -> bytes:
    return _SIMPLIFIED.encode("utf-16-le")


def utf32_bom(root: Path) -> bytes:
    return _SIMPLIFIED.encode("utf-32")


def _run(rpr: str, text: str) -> bytes:
    return f"<w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r>".encode() + _BEFORE


white = _edit_member("word/document.xml", _BEFORE, _run('<w:color w:val="FFFFFF"/>', "WHITE-SECRET"))
tiny = _edit_member("word/document.xml", _BEFORE, _run('<w:sz w:val="2"/><w:szCs w:val="2"/>', "TINY-SECRET"))
placeholder = _edit_member(
    "word/document.xml", _BEFORE,
    b"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>PLACEHOLDER-PROMPT</w:t></w:r>"
    b"</w:sdtContent></w:sdt>" + _BEFORE)
alt_chunk = _edit_member(
    "word/document.xml", b"<w:sectPr",
    b'<w:altChunk r:id="rIdChunk"/><w:sectPr')
alternate = _edit_member(
    "word/document.xml", b"<w:sectPr",
    b'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    b'<mc:Choice Requires="w14"><w:p><w:r><w:t>CHOICE-ONLY</w:t></w:r></w:p></mc:Choice>'
    b"<mc:Fallback><w:p><w:r><w:t>FALLBACK-TEXT</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent><w:sectPr")


def style_hidden(root: Path) -> bytes:
    """A paragraph whose style hides it, the style based on nothing but docDefaults that hide."""
    body = _edit_member("word/document.xml", b"<w:sectPr",
                        b'<w:p><w:pPr><w:pStyle w:val="Quiet"/></w:pPr><w:r><w:t>STYLE-SECRET</w:t></w:r></w:p><w:sectPr')
    return _edit_member_bytes(body(root), "word/styles.xml", b"</w:styles>",
                              b'<w:style w:type="paragraph" w:styleId="Quiet"><w:name w:val="quiet"/>'
                              b"<w:rPr><w:vanish/></w:rPr></w:style></w:styles>")


def _edit_member_bytes(data: bytes, member: str, old: bytes, new: bytes) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                assert old in content
                content = content.replace(old, new, 1)
            target.writestr(info.filename, content)
    return out.getvalue()


def with_chunk(root: Path) -> bytes:
    data = alt_chunk(root)
    data = _edit_member_bytes(data, "word/_rels/document.xml.rels", b"</Relationships>",
                              b'<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/'
                              b'2006/relationships/aFChunk" Target="chunk.htm"/></Relationships>')
    data = _edit_member_bytes(data, "[Content_Types].xml", b"</Types>",
                              b'<Default Extension="htm" ContentType="application/xhtml+xml"/></Types>')
    import io
    import zipfile

    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("word/chunk.htm", "<html><body><p>CHUNK-TEXT</p></body></html>")
    return out.getvalue()


_NUMBERED = b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>NUMBERED</w:t></w:r></w:p>'


def numbering_bomb(root: Path) -> bytes:
    """A list level whose text repeats ``%1`` 50,000 times, in letters counted from Word's
    largest start (32767 → 1,261 letters each), on 2,000 paragraphs: a 4 KB file whose labels
    would be gigabytes of text."""
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="32767"/>'
                 f'<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="{"%1" * 50_000}"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>').encode()
    data = _edit_member("word/document.xml", b"<w:sectPr", _NUMBERED * 2000 + b"<w:sectPr")(root)
    data = _edit_member_bytes(data, "word/_rels/document.xml.rels", b"</Relationships>",
                              b'<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/'
                              b'2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    data = _edit_member_bytes(data, "[Content_Types].xml", b"</Types>",
                              b'<Override PartName="/word/numbering.xml" ContentType="application/'
                              b'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    import io
    import zipfile

    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/numbering.xml", numbering)
    return out.getvalue()


def pdf_bomb(root: Path) -> bytes:
    """A 200 KB content stream that expands to 200 MB (pypdf stops at 75 MB)."""
    from tests.received.pdfs import pages_drawing

    return pages_drawing(b"BT (x) Tj ET" + b" " * (200 << 20), 1)


def pdf_operators(root: Path) -> bytes:
    """Twenty pages of 1 MB of real drawing operators each, under the limit of one stream: the
    worst a PDF can ask pypdf to parse before the whole document's limit (4 MB) refuses it."""
    from tests.received.pdfs import pages_drawing

    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    return pages_drawing(b"BT /F1 12 Tf 72 700 Td " + b"(x) Tj " * 145_000 + b"ET", 20, font)


def pdf_baselines(root: Path) -> bytes:
    """One page of 32,000 one-word lines, each on its own baseline (a content stream of 950 KB,
    under the limit of one stream): each piece of text was compared with every line before it."""
    from tests.received.pdfs import pages_drawing

    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    lines = b"".join(b"1 0 0 1 72 %d Tm (ab) Tj " % (800 - 20 * n) for n in range(32_000))
    return pages_drawing(b"BT /F1 12 Tf " + lines + b"ET", 1, font)


def pdf_scan(root: Path) -> bytes:
    """A page with no text: what a scanner gives."""
    from tests.received.pdfs import pages_drawing

    return pages_drawing(b"q 595 0 0 842 0 0 cm Q", 1)


def pdf_spaces(root: Path) -> bytes:
    """A report (invented) whose PDF has a line of 100,000 spaces between two Latin letters."""
    import io

    from reportlab.pdfgen import canvas

    from tests.received.pdfs import A4, FONT, LEFT

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(FONT, 22)
    page.drawString(100, 760, "青岚县司法局2025年度法治政府建设情况报告")
    page.setFont(FONT, 16)
    for number, text in enumerate(("青岚县人民政府：", "　　2025年，青岚县司法局坚持依法行政，全年集中学法6次。",
                                   "ab" + " " * 100_000 + "cd", "　　一、主要举措和成效")):
        page.drawString(LEFT, 720 - 28.9 * number, text)
    page.showPage()
    page.save()
    return out.getvalue()
