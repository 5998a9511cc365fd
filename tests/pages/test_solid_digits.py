"""The PDF sets digits solid beside Chinese text, as Word does with the template's 自动调整间距 off,
so that the 成文日期 starts two characters right of the signature (GB/T 9704 7.3.5.2)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from pagehelpers import build_docx, needs_libreoffice, workspace

from lawreport.render import autospace
from lawreport.render.pdf import convert_pdf, read_pdf

EM = 16.0


def _last_page_chars(docx: Path, tmp_path: Path) -> list[dict]:
    import pdfplumber

    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(read_pdf(convert_pdf(docx.read_bytes(), "printed")))
    with pdfplumber.open(str(pdf)) as document:
        return [c for c in document.pages[-1].chars if not c["text"].isspace()]


def _line(chars: list[dict], text: str) -> list[dict]:
    """The characters of the printed line that reads ``text``."""
    for top in sorted({round(c["top"]) for c in chars}):
        line = sorted((c for c in chars if round(c["top"]) == top), key=lambda c: c["x0"])
        if "".join(c["text"] for c in line) == text:
            return line
    raise AssertionError(f"no line reads {text}")


def test_the_template_turns_automatic_spacing_off() -> None:
    template = Path(__file__).resolve().parents[2] / "templates/reference.docx"
    assert autospace.turned_off(template.read_bytes())
    assert not autospace.turned_off(b"not a zip")


def test_only_the_autospace_of_the_odt_styles_changes() -> None:
    import io

    style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("styles.xml", f'<s xmlns:style="{style}"><p style:text-autospace="ideograph-alpha" '
                                   f'style:line-break="strict"/><p style:line-break="normal"/></s>')
    with zipfile.ZipFile(io.BytesIO(autospace.without_autospace(buffer.getvalue()))) as odt:
        assert odt.namelist() == ["mimetype", "styles.xml"]
        assert odt.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        root = etree.fromstring(odt.read("styles.xml"))
    assert [dict(p.attrib) for p in root] == [
        {f"{{{style}}}text-autospace": "none", f"{{{style}}}line-break": "strict"},
        {f"{{{style}}}line-break": "normal"},
    ]


def test_a_docx_that_leaves_the_spacing_on_is_converted_as_it_is(tmp_path: Path) -> None:
    docx = build_docx(workspace(tmp_path))
    with zipfile.ZipFile(docx) as package:
        styles = package.read("word/styles.xml")
        members = {name: package.read(name) for name in package.namelist()}
    members["word/styles.xml"] = styles.replace(b'<w:autoSpaceDN w:val="0"/>', b"")
    changed = tmp_path / "on.docx"
    with zipfile.ZipFile(changed, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    assert autospace.turned_off(docx.read_bytes())
    assert not autospace.turned_off(changed.read_bytes())


@needs_libreoffice
def test_the_date_is_set_solid_and_two_characters_in_from_the_signature(tmp_path: Path) -> None:
    """Before: LibreOffice put 3.2 pt around every run of digits (it ignores w:autoSpaceDE/DN), the
    date grew from 6.5 to 7.8 characters and began 0.6 characters right of the signature."""
    chars = _last_page_chars(build_docx(workspace(tmp_path)), tmp_path)
    date = _line(chars, "2024年2月22日")
    gaps = [b["x0"] - a["x1"] for a, b in zip(date, date[1:], strict=False)]
    assert max(gaps) < 0.5, gaps
    signature = _line(chars, "示例县教育局")
    shift = (date[0]["x0"] - signature[0]["x0"]) / EM
    assert abs(shift - 2) < 0.6, shift
