"""Write templates/reference.docx: the Word template whose styles, page set-up and footers
every built report uses (GB/T 9704-2012).

Run ``python scripts/make_reference_docx.py`` after changing it; the result is committed.
A workspace may replace templates/reference.docx with its own template made in Word or WPS:
the renderer finds styles by name (Title, heading 1–4, Body Text, Salutation, Signature,
Date, heading 1–4 Char, Table Grid) and keeps the template's section, header and footers.

Numbers (twips = 1/20 pt; half-points for sizes):
A4 = 11906 × 16838; margins top 37 mm = 2098, bottom 35 mm = 1984, left 28 mm = 1588,
right 26 mm = 1474, giving a 156 mm × 225 mm type area. 22 lines: a line grid and fixed
line spacing of 28.95 pt = 579. 28 characters: the type area is 8844 twips = 442.2 pt, and
28 characters of 16 pt need 448 pt, so body text is set 0.25 pt tighter (w:spacing −5):
28 × 15.75 pt = 441 pt. (A character grid, w:type="linesAndChars" with charSpace −849,
would do the same in Word, but LibreOffice gives each 16 pt glyph two 15.79 pt cells.) Body 3号 = 16 pt = 32; title 2号 = 22 pt = 44; page numbers
4号 = 14 pt = 28; two-character first-line indent = 640 (firstLineChars 200).

Pagination: widow and orphan control is on for every paragraph (docDefaults), headings keep
with the next paragraph, and the renderer keeps the last lines of text with the 落款. The title
is set off the line grid (snapToGrid 0) at an exact 33.95 pt: on the grid, each 2号 line would
take two grid lines and leave a blank line between the lines of a two-line title.
Fonts: the font table gives each GB font the name Word and WPS fall back to (altName), its
PANOSE class and the GB2312 character set (docs/fonts.md).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

FANGSONG = "仿宋_GB2312"
KAITI = "楷体_GB2312"
HEITI = "黑体"
XBS = "方正小标宋简体"
SONGTI = "宋体"
LINE = 579


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>'


def style(kind: str, sid: str, name: str, body: str, based: str | None = None, extra: str = "") -> str:
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"{extra}><w:name w:val="{name}"/>{based_xml}'
            f'<w:qFormat/>{body}</w:style>')


INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0" w:left="0" w:right="0"/>'
SPACING = f'<w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/>'


def heading(level: int, font: str) -> str:
    return style(
        "paragraph", f"Heading{level}", f"heading {level}",
        f'<w:next w:val="BodyText"/><w:link w:val="Heading{level}Char"/>'
        f'<w:pPr><w:keepNext/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
        f'<w:rPr>{fonts(font)}<w:b w:val="0"/><w:bCs w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>',
        based="BodyText",
    )


def heading_char(level: int, font: str) -> str:
    return style("character", f"Heading{level}Char", f"heading {level} Char",
                 f'<w:link w:val="Heading{level}"/><w:rPr>{fonts(font)}</w:rPr>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults>
<w:rPrDefault><w:rPr>{fonts(FANGSONG)}<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>
<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
{style("paragraph", "Normal", "Normal", f'<w:pPr>{SPACING}</w:pPr><w:rPr>{fonts(FANGSONG)}<w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>', extra=' w:default="1"')}
{style("paragraph", "BodyText", "Body Text", f'<w:pPr>{INDENT}</w:pPr>', based="Normal")}
{style("paragraph", "Title", "Title", f'<w:next w:val="Salutation"/><w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="{LINE}" w:line="{LINE + 100}" w:lineRule="exact"/>{NO_INDENT}<w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr>{fonts(XBS)}<w:spacing w:val="0"/><w:b w:val="0"/><w:bCs w:val="0"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>', based="Normal")}
{style("paragraph", "Salutation", "Salutation", f'<w:next w:val="BodyText"/><w:pPr>{NO_INDENT}<w:jc w:val="left"/></w:pPr>', based="Normal")}
{heading(1, HEITI)}
{heading(2, KAITI)}
{heading(3, FANGSONG)}
{heading(4, FANGSONG)}
{heading_char(1, HEITI)}
{heading_char(2, KAITI)}
{heading_char(3, FANGSONG)}
{heading_char(4, FANGSONG)}
{style("paragraph", "Signature", "Signature", f'<w:pPr><w:spacing w:before="{LINE}" w:after="0" w:line="{LINE}" w:lineRule="exact"/>{NO_INDENT}<w:jc w:val="right"/></w:pPr>', based="Normal")}
{style("paragraph", "Date", "Date", f'<w:pPr>{NO_INDENT}<w:jc w:val="right"/></w:pPr>', based="Normal")}
{style("paragraph", "Footer", "footer", f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>{NO_INDENT}</w:pPr><w:rPr>{fonts(SONGTI)}<w:spacing w:val="0"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>', based="Normal")}
{style("paragraph", "TableText", "Table Text", f'<w:pPr><w:spacing w:before="0" w:after="0" w:line="400" w:lineRule="exact"/>{NO_INDENT}<w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>', based="Normal")}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:jc w:val="center"/><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>
</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""


def footer(align: str, indent_attr: str) -> str:
    run = f'<w:r><w:rPr>{fonts(SONGTI)}<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}" xmlns:r="{R}">'
            f'<w:p><w:pPr><w:pStyle w:val="Footer"/><w:ind {indent_attr}="280"/><w:jc w:val="{align}"/></w:pPr>'
            f'{run}<w:t xml:space="preserve">— </w:t></w:r>'
            f'<w:fldSimple w:instr=" PAGE ">{run}<w:t>1</w:t></w:r></w:fldSimple>'
            f'{run}<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')


SECT = (f'<w:sectPr><w:footerReference w:type="default" r:id="rId10"/><w:footerReference w:type="even" r:id="rId11"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>'
        '<w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{LINE}"/></w:sectPr>')

DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}">'
            '<w:body><w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr></w:p>' + SECT + '</w:body></w:document>')

SETTINGS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}">'
            '<w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>'
            '<w:drawingGridVerticalSpacing w:val="579"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')


def font(name: str, alt: str, panose: str, family: str = "modern", pitch: str = "fixed") -> str:
    """A fontTable entry: what Word and WPS use to pick a substitute when ``name`` is not installed
    (the alternative name first, then the PANOSE classification and the GB2312 character set, 86)."""
    return (f'<w:font w:name="{name}"><w:altName w:val="{alt}"/><w:panose1 w:val="{panose}"/><w:charset w:val="86"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>')


# PANOSE as Windows' own fonts declare it (仿宋 and 楷体 as 仿宋_GB2312 and 楷体_GB2312 did).
FONT_TABLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="{W}">'
              + font(FANGSONG, "仿宋", "02010609030101010101") + font(KAITI, "楷体", "02010609030101010101")
              + font(HEITI, "SimHei", "02010609060101010101")
              + font(XBS, "宋体", "02000000000000000000", "auto", "variable")
              + font(SONGTI, "SimSun", "02010600030101010101", "auto", "variable")
              + font("仿宋", "FangSong", "02010609060101010101") + font("楷体", "KaiTi", "02010609060101010101")
              + "</w:fonts>")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>lawreport 公文模板</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>lawreport</Application></Properties>"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "docProps/app.xml": APP,
    "docProps/core.xml": CORE,
    "word/_rels/document.xml.rels": DOC_RELS,
    "word/document.xml": DOCUMENT,
    "word/fontTable.xml": FONT_TABLE,
    "word/footer1.xml": footer("right", "w:right"),
    "word/footer2.xml": footer("left", "w:left"),
    "word/settings.xml": SETTINGS,
    "word/styles.xml": STYLES,
}


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "templates" / "reference.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
