"""Bad input inside a well-formed package: whatever the XML says, import returns or says why (exit 1).

The atheris target mutates whole files, so most of its inputs stop at the zip layer; these
properties keep the zip valid and vary what the reader parses: attribute values, nesting,
and arbitrary bytes as a part.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from docx_fixtures import NUMBERING, STYLES, W_NS, make_docx, para, run, simple_body
from helpers import STRUCTURE, read_report
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.errors import SourceError
from lawreport.importing import write_sources

REGRESSIONS = Path(__file__).resolve().parents[1] / "reliability" / "regressions"
values = st.one_of(st.integers(-(10**12), 10**12).map(str), st.text(max_size=12),
                   st.sampled_from(["²", "٣", "+-1", "FFFF", "D800", "110000", "F0B7", "0"]))


def _import(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.docx"
        path.write_bytes(data)
        try:
            report = read_report(path, STRUCTURE, 2023)
        except SourceError as exc:
            assert exc.exit_code == 1
            exc.render()
            return
        write_sources(report, Path(folder) / "out")


@st.composite
def odd_paragraph(draw: st.DrawFn) -> str:
    a = quoteattr(draw(values))
    b = quoteattr(draw(values))
    pieces = [
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val={a}/><w:numId w:val={b}/></w:numPr></w:pPr>{run("健全制度")}</w:p>',
        f'<w:p><w:pPr><w:outlineLvl w:val={a}/></w:pPr>{run("加强领导")}</w:p>',
        f'<w:p><w:r><w:sym w:font="Wingdings" w:char={a}/><w:t>文字</w:t></w:r></w:p>',
        f'<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val={a}/></w:tcPr>{para("单元格")}</w:tc></w:tr></w:tbl>',
        f'<w:p><w:pPr><w:pStyle w:val={a}/></w:pPr><w:r><w:rPr><w:b w:val={b}/></w:rPr><w:t>加粗</w:t></w:r></w:p>',
    ]
    depth = draw(st.integers(0, 300))
    pieces.append("<w:sdt><w:sdtContent>" * depth + para("嵌套") + "</w:sdtContent></w:sdt>" * depth)
    return "".join(draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=4)))


@st.composite
def odd_numbering(draw: st.DrawFn) -> str:
    start, ilvl, fmt, text = (quoteattr(draw(values)) for _ in range(4))
    return (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
            f'<w:lvl w:ilvl={ilvl}><w:start w:val={start}/><w:numFmt w:val={fmt}/><w:lvlText w:val={text}/></w:lvl>'
            f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
            f'<w:lvlOverride w:ilvl={ilvl}><w:startOverride w:val={start}/></w:lvlOverride></w:num></w:numbering>')


FORMATS = ["decimal", "upperLetter", "lowerRoman", "upperRoman", "chineseCounting", "chineseLegalSimplified",
           "decimalEnclosedCircle", "ideographTraditional", "decimalFullWidth", "none"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_paragraph(), odd_numbering())
def test_odd_values_in_a_valid_package(body, numbering):
    _import(make_docx(simple_body() + body + para("计划", num=(1, 0)), numbering=numbering))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FORMATS), st.sampled_from(["0", "1", "32767", "99999999999999999999", "-5"]))
def test_numbering_formats_with_extreme_starts(fmt, start):
    numbering = NUMBERING.replace('<w:start w:val="1"/><w:numFmt w:val="decimal"/>',
                                  f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>')
    _import(make_docx(simple_body() + para("落实审查", num=(1, 2)) * 3, numbering=numbering))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["word/document.xml", "word/styles.xml", "word/numbering.xml",
                        "word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels"]),
       st.binary(max_size=400))
def test_any_bytes_as_a_part(name, data):
    buffer = io.BytesIO()
    original = make_docx(simple_body())
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, data if info.filename == name else source.read(info))
    _import(buffer.getvalue())


@pytest.mark.parametrize("stem", ["import-88c57fa23e87", "import-50130b7ce04c"])
def test_fuzz_crashes_are_corrupt_file_messages(tmp_path, stem):
    path = tmp_path / "r.docx"
    path.write_bytes((REGRESSIONS / f"{stem}.bin").read_bytes())
    with pytest.raises(SourceError) as info:
        read_report(path, STRUCTURE, 2023)
    assert info.value.exit_code == 1
    assert "损坏" in info.value.render()


def test_unsupported_compression_method(tmp_path):
    data = bytearray(make_docx(simple_body()))
    at = data.find(b"PK\x03\x04")
    data[at + 8 : at + 10] = (99).to_bytes(2, "little")  # local header: method 99 (AES)
    central = data.find(b"PK\x01\x02")
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    path = tmp_path / "r.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(SourceError, match="不支持的压缩方式"):
        read_report(path, STRUCTURE, 2023)


def test_styles_are_not_needed(tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(make_docx(simple_body(), styles=STYLES.replace("w:styleId=", "w:x=")))
    assert read_report(path, STRUCTURE, 2023).parts


def _rewritten(data: bytes, changes: dict[str, tuple[str, str]]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            text = source.read(info).decode("utf-8")
            if info.filename in changes:
                old, new = changes[info.filename]
                assert old in text
                text = text.replace(old, new)
            archive.writestr(info.filename, text)
    return buffer.getvalue()


def test_main_type_by_default_extension_and_absolute_targets(tmp_path):
    """Valid OPC other writers use: the main type given by a Default, related parts named from the root."""
    from docx_fixtures import MAIN, word_numbered

    data = _rewritten(word_numbered(), {
        "[Content_Types].xml": (
            f'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            f'ContentType="{MAIN}"/>',
            f'<Default Extension="xml" ContentType="{MAIN}"/>'),
        "word/_rels/document.xml.rels": ('Target="numbering.xml"', 'Target="/word/numbering.xml"'),
    })
    path = tmp_path / "r.docx"
    path.write_bytes(data)
    report = read_report(path, STRUCTURE)
    assert [p.marker for p in report.parts] == ["一、", "二、", "三、", "四、"]
    path.write_bytes(_rewritten(data, {"[Content_Types].xml": (MAIN, "application/xml")}))
    with pytest.raises(SourceError, match="不是 Word 文档"):
        read_report(path, STRUCTURE)


@pytest.mark.parametrize(("fmt", "start", "text"), [("decimal", "1", "%1" * 50_000), ("lowerLetter", "32767", "%1"),
                                                    ("upperRoman", "32767", "%1%1%1%1%1%1%1%1%1")])
def test_a_label_is_at_most_a_few_dozen_characters(fmt, start, text):
    """A level text of thousands of %1, or counters shown as thousands of letters or Ms:
    the label is cut (catalogue row I22 is the whole file)."""
    from lxml import etree

    from lawreport.importing.wordnumbering import MAX_LABEL, Numbering

    root = etree.fromstring(
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    numbering = Numbering(root)
    labels = [numbering.label("1", 0) for _ in range(3)]
    assert all(0 < len(label) <= MAX_LABEL for label in labels), labels


def test_ordinary_labels_are_whole():
    from lawreport.importing.wordnumbering import format_number

    assert format_number(3999, "upperRoman") == "MMMCMXCIX" and format_number(28, "lowerLetter") == "bb"
