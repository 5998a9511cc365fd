"""The built DOCX, read back with python-docx and lxml, checked against GB/T 9704-2012."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Mm, Pt
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name: str) -> str:
    return f"{{{W}}}{name}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from lawreport.building.year import build_year
    from lawreport.sources.workspace import load_workspace

    root = tmp_path_factory.mktemp("ws")
    shutil.copytree(Path(__file__).resolve().parents[1] / "sections", root / "sections")
    result = build_year(load_workspace(root), 2023, ("docx",))
    return result.written[0]


@pytest.fixture(scope="module")
def document(built: Path) -> docx.document.Document:
    return docx.Document(str(built))


@pytest.fixture(scope="module")
def styles_xml(built: Path) -> etree._Element:
    with zipfile.ZipFile(built) as archive:
        return etree.fromstring(archive.read("word/styles.xml"))


def style_rpr(styles: etree._Element, name: str) -> etree._Element:
    style = styles.xpath(f"w:style[w:name/@w:val='{name}']", namespaces=NS)[0]
    return style.find(q("rPr"))


def test_page_setup_a4_margins_and_grid(document) -> None:
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    for value, mm in ((section.top_margin, 37), (section.bottom_margin, 35), (section.left_margin, 28), (section.right_margin, 26)):
        assert abs(value - Mm(mm)) < Mm(0.5)
    grid = section._sectPr.find(q("docGrid"))
    assert grid.get(q("type")) == "lines" and grid.get(q("linePitch")) == "579"
    # 22 lines in the 225 mm type area
    area = section.page_height - section.top_margin - section.bottom_margin
    assert int(area / Pt(28.95)) == 22


def test_28_characters_per_line(document) -> None:
    section = document.sections[0]
    width_pt = (section.page_width - section.left_margin - section.right_margin) / Pt(1)
    normal = document.styles["Normal"]
    spacing = normal.element.rPr.find(q("spacing"))
    pitch = 16 + int(spacing.get(q("val"))) / 20
    assert int(width_pt // pitch) == 28


def test_title_style(document, styles_xml) -> None:
    title = document.paragraphs[0]
    assert title.style.name == "Title"
    assert title.text == "示例县教育局2023年法治政府建设年度报告"
    assert title.style.font.size == Pt(22)
    assert title.style.paragraph_format.alignment == 1  # centre
    fonts = style_rpr(styles_xml, "Title").find(q("rFonts"))
    assert fonts.get(q("eastAsia")) == "方正小标宋简体"


def test_addressee_flush_left_with_fullwidth_colon(document) -> None:
    addressee = document.paragraphs[1]
    assert addressee.text == "示例县人民政府："
    assert addressee.style.paragraph_format.first_line_indent in (0, None)
    assert addressee.style.paragraph_format.alignment in (0, None)


def test_body_16pt_fangsong_two_character_indent(document, styles_xml) -> None:
    body = document.paragraphs[2]
    assert body.style.name == "Body Text"
    ind = styles_xml.xpath("w:style[w:name/@w:val='Body Text']/w:pPr/w:ind", namespaces=NS)[0]
    assert ind.get(q("firstLineChars")) == "200" and ind.get(q("firstLine")) == "640"
    normal = style_rpr(styles_xml, "Normal")
    assert normal.find(q("sz")).get(q("val")) == "32"
    assert normal.find(q("rFonts")).get(q("eastAsia")) == "仿宋_GB2312"


@pytest.mark.parametrize(("level", "font"), [(1, "黑体"), (2, "楷体_GB2312"), (3, "仿宋_GB2312"), (4, "仿宋_GB2312")])
def test_heading_fonts(styles_xml, level: int, font: str) -> None:
    rpr = style_rpr(styles_xml, f"heading {level}")
    assert rpr.find(q("rFonts")).get(q("eastAsia")) == font
    assert rpr.find(q("sz")).get(q("val")) == "32"


def test_headings_numbered_in_order(document) -> None:
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "一、2023年度推进法治政府建设的主要举措和成效")
    assert headings[1] == ("Heading 2", "（一）加强组织领导，压实法治建设责任")
    assert ("Heading 1", "四、2024年度推进法治政府建设的主要安排") in headings
    runin = [p for p in document.paragraphs if p.text.startswith("（一）持续压实")]
    assert runin and runin[0].style.name == "Body Text"
    assert runin[0].runs[0].style.name == "heading 2 Char"


def test_east_asian_fonts_really_set(styles_xml) -> None:
    theme_attrs = [a for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
                   if styles_xml.xpath(f"//@w:{a}", namespaces=NS)]
    assert theme_attrs == []
    lang = styles_xml.xpath("w:docDefaults//w:lang", namespaces=NS)[0]
    assert lang.get(q("eastAsia")) == "zh-CN"
    for rfonts in styles_xml.iter(q("rFonts")):
        assert rfonts.get(q("eastAsia")), "every font declaration names the East Asian font"


def test_signature_and_date(document) -> None:
    signature, date = document.paragraphs[-2], document.paragraphs[-1]
    assert signature.text == "示例县教育局" and signature.style.name == "Signature"
    assert date.text == "2024年2月22日" and date.style.name == "Date"
    # date longer than the signature minus two: the date ends 2 em from the margin,
    # the signature moves left so that the date starts 2 em to its right
    sig_right = int(signature._p.pPr.find(q("ind")).get(q("rightChars")))
    date_right = int(date._p.pPr.find(q("ind")).get(q("rightChars")))
    assert date_right == 200
    assert sig_right == 400 + 650 - 600  # 4 + width(date)=6.5 em - width(signature)=6 em
    assert signature.style.paragraph_format.alignment == 2  # right


def test_footer_page_numbers(built: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        settings = etree.fromstring(archive.read("word/settings.xml"))
        document = etree.fromstring(archive.read("word/document.xml"))
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        assert settings.find(q("evenAndOddHeaders")) is not None
        refs = {ref.get(q("type")): targets[ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
                for ref in document.iter(q("footerReference"))}
        assert set(refs) == {"default", "even"}
        for kind, align, side in (("default", "right", "right"), ("even", "left", "left")):
            footer = etree.fromstring(archive.read("word/" + refs[kind]))
            paragraph = footer.find(q("p"))
            assert paragraph.find(f"{q('pPr')}/{q('jc')}").get(q("val")) == align
            assert paragraph.find(f"{q('pPr')}/{q('ind')}").get(q(side)) == "280"
            text = "".join(footer.itertext())
            assert text == "— 1 —"
            assert footer.find(f".//{q('fldSimple')}").get(q("instr")).strip() == "PAGE"
            for rpr in footer.iter(q("rPr")):
                assert rpr.find(q("sz")).get(q("val")) == "28"
                assert rpr.find(q("rFonts")).get(q("eastAsia")) == "宋体"


def test_core_properties_from_metadata(document) -> None:
    props = document.core_properties
    assert props.title == "示例县教育局2023年法治政府建设年度报告"
    assert props.author == "示例县教育局" and props.last_modified_by == "示例县教育局"
    assert "python-docx" not in (props.author + props.last_modified_by + props.comments)
    assert props.created.year == 2024 and props.language == "zh-CN"


def test_no_revisions_hidden_text_or_local_paths(built: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        blob = b"".join(archive.read(n) for n in archive.namelist())
    for needle in (b"<w:ins ", b"<w:del ", b"<w:vanish", b"/home/", b"C:\\Users"):
        assert needle not in blob
