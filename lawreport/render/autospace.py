"""Keeping LibreOffice from spacing Chinese text apart from digits when the DOCX says not to.

The GB/T 9704 template turns off Word's 自动调整中文与西文/数字的间距 (``w:autoSpaceDE`` and
``w:autoSpaceDN`` off in the document defaults), so Word sets ``2024年2月22日`` solid. LibreOffice
7.4 drops both settings when it reads a DOCX (its writerfilter ignores them) and puts about a
fifth of a character on each side of every run of digits: lines holding numbers keep fewer
characters than in Word, and the 成文日期 grows by more than a character, so that its first
character stands only half a character right of the signature's instead of two (GB/T 9704
7.3.5.2). For such a DOCX the PDF is made through LibreOffice's own format: DOCX → ODT, the
ODT's paragraph styles set to ``style:text-autospace="none"``, ODT → PDF.

One conversion cannot do it: LibreOffice's DOCX (and RTF) import reads ``autoSpaceDE``/``autoSpaceDN``
and does nothing with them (``case NS_ooxml::LN_CT_PPrBase_autoSpaceDE: break;`` in writerfilter's
DomainMapper.cxx, in 7.4 and later), whether set in the defaults, a style or a paragraph (tried: the
digits are spaced apart alike), and no PDF export option turns the spacing off.
What is left would run code inside LibreOffice (a macro, or a UNO script with its own Python), or
write the ODT without LibreOffice. The second start costs about 2.5 s a report.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from lawreport.errors import LawreportError
from lawreport.ooxml import xml
from lawreport.ooxml.limits import READ
from lawreport.ooxml.package import open_package
from lawreport.ooxml.styles import is_on, read_styles

_AUTOSPACE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}text-autospace"
_REWRITTEN = ("styles.xml", "content.xml")
_LIMIT = 8 * 1024 * 1024
"""A larger ODT part is left as it is (the spacing then stays as LibreOffice set it)."""


def turned_off(docx: bytes) -> bool:
    """Whether the DOCX's paragraph defaults turn off both kinds of automatic spacing (read with the
    one OOXML reader; a package it refuses has nothing turned off)."""
    try:
        package = open_package(docx, Path("built.docx"), READ)
        name = package.find("word/styles.xml")
        if name is None:
            return False
        defaults = read_styles(package.xml(name)).default_ppr
    except LawreportError:
        return False
    return is_on(defaults, "autoSpaceDE") is False and is_on(defaults, "autoSpaceDN") is False


def without_autospace(odt: bytes) -> bytes:
    """The ODT (LibreOffice's own conversion of the DOCX) with the automatic spacing between Chinese
    and Western text turned off wherever a style or paragraph sets it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():  # same order and compression: "mimetype" stays first, stored
            data = source.read(info)
            if info.filename in _REWRITTEN and info.file_size <= _LIMIT:
                data = _solid(data, info.filename)
            target.writestr(info, data)
    return out.getvalue()


def _solid(part: bytes, name: str) -> bytes:
    root = xml.parse(part, name, Path("converted.odt"))
    for element in root.iter():
        if element.get(_AUTOSPACE) is not None:
            element.set(_AUTOSPACE, "none")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
