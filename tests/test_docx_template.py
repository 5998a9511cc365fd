"""A workspace's own Word template: its styles, header and footer are used, and nothing else of it.

The template here is what an office really has: a document made in Word, with a header
(text and a logo), a comment, custom properties, a thumbnail, document variables, a link to
the author's Normal.dotm on a file server, a footnote and an image in its body.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from lawreport.render import package

REPO = Path(__file__).resolve().parents[1]
TITLE = "示例县教育局2023年法治政府建设年度报告"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER_TYPE = f"{R}/header"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
SECRETS = (b"COMMENT-BY-ZHANG", b"CUSTOM-PROPERTY", b"TEMPLATE-BODY-TEXT", b"TEMPLATE-FOOTNOTE", b"DOCVAR-VALUE",
           b"\\\\fileserver", b"Normal.dotm", b"thumbnail", b"comments.xml", b"body-image.png")


def _rel(ident: str, kind: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{ident}" Type="{R}/{kind}" Target="{target}"{mode}/>'.encode()


def office_template(source: Path, target: Path, content_type: str | None = None, sect_pr: bool = True) -> None:
    """``source`` turned into a template as an office would have it (see the module docstring)."""
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = parts["word/document.xml"].decode()
    body = ('<w:p><w:r><w:t>TEMPLATE-BODY-TEXT</w:t></w:r><w:commentReference w:id="1"/>'
            '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/'
            'drawingml/2006/main" r:embed="rId31"/></w:drawing></w:r></w:p>')
    document = document.replace("<w:body>", "<w:body>" + body)
    document = document.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
                                '<w:headerReference w:type="even" r:id="rId20"/>')
    if not sect_pr:
        document = re.sub(r"<w:sectPr>.*</w:sectPr>", "", document)
    parts["word/document.xml"] = document.encode()
    parts["word/header1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {w} xmlns:r="{R}"><w:p><w:r><w:t>'
        '示例县教育局文件</w:t></w:r><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/'
        'main" r:embed="rIdLogo"/></w:drawing></w:r></w:p></w:hdr>').encode()
    parts["word/_rels/header1.xml.rels"] = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
                                            b'"http://schemas.openxmlformats.org/package/2006/relationships">'
                                            + _rel("rIdLogo", "image", "media/logo.png") + b"</Relationships>")
    parts["word/media/logo.png"] = PNG
    parts["word/media/body-image.png"] = PNG
    parts["word/comments.xml"] = (f'<w:comments {w}><w:comment w:id="1" w:author="COMMENT-BY-ZHANG"><w:p><w:r>'
                                  '<w:t>改一下</w:t></w:r></w:p></w:comment></w:comments>').encode()
    parts["word/footnotes.xml"] = (
        f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>TEMPLATE-FOOTNOTE</w:t></w:r></w:p></w:footnote></w:footnotes>').encode()
    settings = parts["word/settings.xml"].decode()
    settings = settings.replace("<w:zoom", f'<w:attachedTemplate xmlns:r="{R}" r:id="rIdTpl"/><w:zoom').replace(
        "</w:settings>", '<w:docVars><w:docVar w:name="oa" w:val="DOCVAR-VALUE"/></w:docVars></w:settings>')
    parts["word/settings.xml"] = settings.encode()
    parts["word/_rels/settings.xml.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships">' + _rel("rIdTpl", "attachedTemplate", "file:///\\\\fileserver\\zhang\\Normal.dotm", True)
        + b"</Relationships>")
    rels = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", b"".join((
        _rel("rId20", "header", "header1.xml"), _rel("rId30", "comments", "comments.xml"),
        _rel("rId31", "image", "media/body-image.png"), _rel("rId32", "footnotes", "footnotes.xml"),
        _rel("rId33", "hyperlink", "file:///C:/Users/zhang/secret.docx", True))) + b"</Relationships>")
    parts["word/_rels/document.xml.rels"] = rels
    parts["docProps/custom.xml"] = b'<Properties xmlns="x"><property name="CUSTOM-PROPERTY"/></Properties>'
    parts["docProps/thumbnail.jpeg"] = b"\xff\xd8\xff thumbnail"
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"</Relationships>", _rel(
        "rId9", "custom-properties", "docProps/custom.xml") + b'<Relationship Id="rId8" Type="http://schemas.'
        b'openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
        b"</Relationships>")
    types = parts["[Content_Types].xml"].decode()
    extra = ('<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>'
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.header+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    types = types.replace("</Types>", extra + "</Types>")
    if content_type:
        types = types.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", content_type)
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def build_with(cli, workspace: Path, **kwargs: object) -> Path:
    (workspace / "templates").mkdir()
    office_template(REPO / "templates/reference.docx", workspace / "templates/reference.docx", **kwargs)
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 0, result.output
    return workspace / f"build/2023/{TITLE}.docx"


def package_graph(path: Path) -> tuple[dict[str, bytes], set[str]]:
    """The parts of the package and the ones reachable through its relationships."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    reachable: set[str] = set()
    pending = [""]
    while pending:
        part = pending.pop()
        rels = parts.get(package.rels_name(part) if part else "_rels/.rels")
        if not rels:
            continue
        for rel in etree.fromstring(rels):
            if rel.get("TargetMode") == "External":
                assert rel.get("Target").startswith(("http://", "https://", "mailto:", "about:blank")), rel.get("Target")
                continue
            name = posixpath.normpath(posixpath.join(posixpath.dirname(part), rel.get("Target")))
            assert name in parts, f"{part} points at a missing part {name}"
            if name not in reachable:
                reachable.add(name)
                pending.append(name)
    return parts, reachable


def test_office_template_header_and_footer_used_nothing_else_carried(cli, workspace: Path) -> None:
    built = build_with(cli, workspace)
    parts, reachable = package_graph(built)
    # its header (its text: the logo is left out, see test_untrusted_reference) and its footers are used
    document = etree.fromstring(parts["word/document.xml"])
    sect = document.find(".//{*}body/{*}sectPr")
    kinds = sorted(ref.tag.rsplit("}", 1)[1] + ":" + ref.get(f"{{{docx.oxml.ns.nsmap['w']}}}type")
                   for ref in sect if ref.tag.endswith("Reference"))
    assert kinds == ["footerReference:default", "footerReference:even", "headerReference:default", "headerReference:even"]
    assert "示例县教育局文件".encode() in parts["word/header1.xml"] and "word/media/logo.png" not in parts
    # nothing of the template's own content or its authors' data
    blob = b"".join(parts.values())
    for secret in SECRETS:
        assert secret not in blob, secret
    # every part is reachable and typed; the package opens
    content_types = parts["[Content_Types].xml"].decode()
    for name in parts:
        if name.endswith(".rels") or name == "[Content_Types].xml":
            continue
        assert name in reachable, f"orphan part {name}"
        assert f'PartName="/{name}"' in content_types or f'Extension="{name.rsplit(".", 1)[1]}"' in content_types
    opened = docx.Document(str(built))
    assert opened.paragraphs[0].text == TITLE and opened.sections[0].header.paragraphs[0].text == "示例县教育局文件"
    assert opened.core_properties.author == "示例县教育局"


def test_footnote_separators_are_kept(cli, workspace: Path) -> None:
    parts, _ = package_graph(build_with(cli, workspace))
    notes = parts["word/footnotes.xml"].decode()
    assert 'w:type="separator"' in notes and 'w:type="continuationSeparator"' in notes and 'w:id="1"' not in notes


@pytest.mark.parametrize("content_type", [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # a .dotx renamed
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # a .docm renamed
])
def test_template_saved_as_dotx_or_docm_gives_a_docx(cli, workspace: Path, content_type: str) -> None:
    parts, _ = package_graph(build_with(cli, workspace, content_type=content_type))
    types = parts["[Content_Types].xml"].decode()
    assert ('PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"') in types
    assert "macroEnabled" not in types and "template.main" not in types


def test_template_without_section_properties_gets_the_gbt9704_page(cli, workspace: Path) -> None:
    """pandoc's reference.docx has no sectPr: the report still gets A4 and the 37/35/28/26 mm margins."""
    built = build_with(cli, workspace, sect_pr=False)
    section = docx.Document(str(built)).sections[0]
    margins = [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)]
    assert margins == [37, 35, 28, 26] and round(section.page_width.mm) == 210


def _with_document(document: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(REPO / "templates/reference.docx") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, document.encode() if info.filename == "word/document.xml" else src.read(info))
    return out.getvalue()


def test_body_section_skips_a_tracked_change_of_the_section() -> None:
    document = ('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p/>'
                '<x:sectPr><x:pgSz x:w="11906"/><x:sectPrChange x:id="1" x:author="x">'
                '<x:sectPr><x:pgSz x:w="12240"/></x:sectPr></x:sectPrChange></x:sectPr></x:body></x:document>')
    clean = package.sanitise(_with_document(document), Path("reference.docx"))
    assert clean.sect_pr == '<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>'
    assert clean.root_tag.startswith("<w:document ")
    empty = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>'
    assert package.sanitise(_with_document(empty), Path("reference.docx")).sect_pr is None


def _renamed_styles(workspace: Path, renames: dict[bytes, bytes]) -> None:
    (workspace / "templates").mkdir()
    with zipfile.ZipFile(REPO / "templates/reference.docx") as src, \
            zipfile.ZipFile(workspace / "templates/reference.docx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                for old, new in renames.items():
                    data = data.replace(old, new)
            dst.writestr(info, data)


def test_signature_placement_does_not_depend_on_the_template_styles(cli, workspace: Path) -> None:
    """A template without Signature/Date styles (pandoc's has a centred Date): the 落款 stays right-aligned."""
    _renamed_styles(workspace, {b'<w:name w:val="Signature"/>': b'<w:name w:val="Other1"/>',
                                b'<w:name w:val="Date"/>': b'<w:name w:val="Other2"/>'})
    assert cli("build", "2023", "--format", "docx", cwd=workspace).exit_code == 0
    document = docx.Document(str(workspace / f"build/2023/{TITLE}.docx"))
    signature, date = document.paragraphs[-2], document.paragraphs[-1]
    assert signature.text == "示例县教育局" and date.text == "2024年2月22日"
    assert signature.paragraph_format.alignment == 2 and date.paragraph_format.alignment == 2  # right, on the paragraph


def test_missing_template_styles_are_named(cli, workspace: Path) -> None:
    _renamed_styles(workspace, {b'<w:name w:val="heading 1"/>': b'<w:name w:val="My Heading"/>',
                                b'<w:name w:val="Body Text"/>': b'<w:name w:val="My Body"/>'})
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 0, result.output
    note = result.stderr
    assert "templates/reference.docx" in note and "Body Text、heading 1，" in note and "Title" not in note
    assert cli("build", "2023", "--format", "docx", "--force", cwd=workspace).stderr == note


def test_complete_template_gives_no_note(cli, workspace: Path) -> None:
    result = cli("build", "2023", cwd=workspace)
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("part", ["word/styles.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
                                  "word/_rels/footer1.xml.rels"])
def test_damaged_template_part_is_named(cli, workspace: Path, part: str) -> None:
    """A damaged part: exit 2 naming the template and the part (was exit 3, or a report without its styles)."""
    (workspace / "templates").mkdir()
    with zipfile.ZipFile(REPO / "templates/reference.docx") as src, \
            zipfile.ZipFile(workspace / "templates/reference.docx", "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info)[:120] if info.filename == part else src.read(info))
        if part not in src.namelist():
            dst.writestr(part, b"<Relationships")
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 2, result.output
    assert f"templates/reference.docx: 文档部件 {part} 不是有效的 XML" in result.stderr
    assert "Traceback" not in result.output and not (workspace / "build/2023" / f"{TITLE}.docx").exists()
