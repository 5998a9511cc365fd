"""Keeping LibreOffice from spacing Chinese text apart from digits when the DOCX says not to.

The GB/T 9704 template turns off Word's 自动调整中文与西文/数字的间距 (``w:autoSpaceDE`` and
``w:autoSpaceDN`` off in the document defaults), so Word sets ``2024年2月22日`` solid. LibreOffice
7.4 drops both settings when it reads a DOCX (its writerfilter ignores them) and puts about a
fifth of a character on each side of every run of digits: lines holding numbers keep fewer
characters than in Word, and the 成文日期 grows by more than a character, so that its first
character stands only half a character right of the signature's instead of two (GB/T 9704
7.3.5.2). For such a DOCX the PDF is made through LibreOffice's own format: DOCX → ODT, the
ODT's paragraph styles set to ``style:text-autospace="none"``, ODT → PDF.
"""

from __future__ import annotations

import io
import re
import zipfile

_STYLES = "word/styles.xml"
_LIMIT = 8 * 1024 * 1024
"""Larger style or content parts are not rewritten (the PDF is then made from the DOCX as it is)."""
_DEFAULTS = re.compile(rb"<w:pPrDefault>.*?</w:pPrDefault>", re.DOTALL)
_OFF = rb'<w:autoSpaceD{}\s+w:val="(?:0|false|off)"\s*/>'
_ON = b'style:text-autospace="ideograph-alpha"'
_NONE = b'style:text-autospace="none"'


def turned_off(docx: bytes) -> bool:
    """Whether the DOCX's paragraph defaults turn off both kinds of automatic spacing."""
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as package:
            info = package.getinfo(_STYLES)
            if info.file_size > _LIMIT:
                return False
            styles = package.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return False
    defaults = _DEFAULTS.search(styles)
    if defaults is None:
        return False
    return all(re.search(_OFF.replace(b"{}", kind), defaults.group()) for kind in (b"E", b"N"))


def without_autospace(odt: bytes) -> bytes:
    """The ODT with automatic spacing between Chinese and Western text turned off in every style."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():  # same order and compression: "mimetype" stays first, stored
            data = source.read(info)
            if info.filename in ("styles.xml", "content.xml") and info.file_size <= _LIMIT:
                data = data.replace(_ON, _NONE)
            target.writestr(info, data)
    return out.getvalue()
