"""Received PDF reports: paragraphs rebuilt from the page layout, the fonts' artefacts undone, and
every PDF that cannot be checked refused with the reason (never a traceback, never a hang)."""

from __future__ import annotations

import csv
import io
import json
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from lawreport.errors import SourceError
from lawreport.importing import read_file
from lawreport.importing.pdfreader import MAX_PAGES
from lawreport.received import read_received
from lawreport.sources.structure import load_structure
from tests.received.pdfs import PER_LINE, official, pages_drawing, raw, save, stream, web_print

STRUCTURE = load_structure(None)
TITLE = "青岚县统计局2025年法治政府建设年度报告"
PARAGRAPHS = [
    "2025年，青岚县统计局坚持依法统计、依法治统，统计数据质量和法治建设水平同步提升。现将有关情况报告如下：",
    "一、2025年度推进法治政府建设的主要举措和成效",
    "（一）健全统计法治责任体系",
    "局党组把防范和惩治统计造假纳入年度重点工作，制定统计法治工作要点，明确任务18项，"
    "逐项落实到股室和责任人，全年召开专题会议4次，研究解决基层统计台账不规范等问题。",
    "（二）规范统计执法检查",
    "全年对辖区内63家调查对象开展“双随机、一公开”统计执法检查，立案查处统计违法案件5件，"
    "检查结果全部在县政府网站公示，执法全过程记录率达到100%。",
    "二、2025年度推进法治政府建设存在的不足和原因",
    "基层统计人员流动性大，部分调查对象对统计法律责任认识不足，主要原因是面向企业的统计普法还不够经常。",
    "三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局长带头学习《中华人民共和国统计法》，主持集中学法5次，年底在县委依法治县委员会会议上述法。",
    "四、2026年度推进法治政府建设的主要安排",
    "继续开展统计执法检查，完善统计数据质量核查机制，扩大统计普法进企业的覆盖面。",
]
SIGNATURE = ["青岚县统计局", "2026年2月12日"]
EXPECTED = [TITLE, "青岚县人民政府：", *PARAGRAPHS, *SIGNATURE]


def _texts(path: Path) -> list[str]:
    return [line.text for line in read_file(path).lines]


def test_an_official_pdf_reads_back_as_its_paragraphs(tmp_path):
    """First-line indents start paragraphs, page numbers are dropped, a paragraph crossing a page
    is one paragraph, and the title, addressee and 落款 stand alone."""
    path = save(tmp_path / "统计局.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS * 2, SIGNATURE))
    assert _texts(path) == [TITLE, "青岚县人民政府：", *PARAGRAPHS * 2, *SIGNATURE]


def test_a_line_that_stops_short_inside_an_indented_paragraph_does_not_end_it(tmp_path):
    """Word moves a number that does not fit to the next line, leaving the line short."""
    paragraph = "全年共办理行政复议案件" + "和" * 12 + "20250001号等案件，全部在法定期限内办结，没有超期。"
    data = official(TITLE, "青岚县人民政府：", [paragraph], SIGNATURE)
    assert _texts(save(tmp_path / "a.pdf", data))[2] == paragraph


def test_a_web_page_printed_to_pdf_loses_its_header_and_footer(tmp_path):
    """No indent: a paragraph ends where its line stops short; the browser's date, page title and
    address with “N/M” repeat on every page and are dropped."""
    paragraphs = [TITLE, *PARAGRAPHS, *SIGNATURE]
    path = save(tmp_path / "网页.pdf", web_print(paragraphs, "青岚县人民政府门户网站"))
    assert _texts(path) == paragraphs


def test_radicals_and_justification_spaces_are_undone_and_said(tmp_path):
    data = official(TITLE, "青岚县⼈⺠政府：", ["局党组 带头 落实 第⼀责任⼈ 职责，全年学法5次。"], SIGNATURE)
    received = read_file(save(tmp_path / "a.pdf", data))
    assert [line.text for line in received.lines][1:3] == ["青岚县人民政府：", "局党组带头落实第一责任人职责，全年学法5次。"]
    assert any("4 个汉字编成了形状相同的部首字符" in note.message for note in received.notes)


def test_a_table_is_read_as_a_table(tmp_path):
    rows = [("项目", "2024年", "2025年"), ("执法检查（家次）", "58", "63"), ("立案（件）", "3", "5")]
    received = read_file(save(tmp_path / "a.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS[:4], table=rows)))
    tables = [line.table for line in received.lines if line.table is not None]
    assert [tuple(row) for row in tables[0].rows] == rows


def test_one_line_paragraphs_keep_their_breaks(tmp_path):
    """Most lines are indented first lines, so the most common start is the indent, not the margin:
    a full one-line paragraph must not run on into the heading below it."""
    paragraphs = ["三、2025年度推进法治政府建设存在的不足和原因", "（一）存在的问题",
                  "一是村级法律顾问作用发挥还不够充分，服务次数偏少。", "（二）主要原因",
                  "基层法治工作力量分散，专职人员配备还不到位。", "（三）整改方向", "经费纳入年度预算。"]
    assert len(paragraphs[2]) + 2 >= PER_LINE - 1  # with its indent, the line is full
    path = save(tmp_path / "镇.pdf", official(TITLE, "青岚县人民政府：", paragraphs, SIGNATURE))
    assert _texts(path) == [TITLE, "青岚县人民政府：", *paragraphs, *SIGNATURE]


def test_a_header_row_repeated_on_the_next_page_is_read_once(tmp_path):
    header = ("执法单位", "检查次数", "立案数")
    rows = [header, *((f"第{number}执法中队", str(10 + number), str(number)) for number in range(1, 31))]
    path = save(tmp_path / "统计.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS[:3], table=rows,
                                                 repeat_header=1))
    assert PdfReader(path).pages[1].extract_text().count("执法单位") == 1  # the header is drawn on page 2 too
    [table] = [line.table for line in read_file(path).lines if line.table is not None]
    assert table.rows == tuple(rows)


def test_a_two_row_header_repeated_on_the_next_page_is_read_once(tmp_path):
    header = [("执法单位", "检查", "立案"), ("（名称）", "（次）", "（件）")]
    rows = [*header, *((f"第{number}执法中队", str(10 + number), str(number)) for number in range(1, 31))]
    path = save(tmp_path / "统计.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS[:3], table=rows,
                                                 repeat_header=2))
    assert PdfReader(path).pages[1].extract_text().count("（件）") == 1  # both header rows are drawn on page 2
    [table] = [line.table for line in read_file(path).lines if line.table is not None]
    assert table.rows == tuple(rows)


def test_a_first_row_repeated_without_the_second_is_a_row_of_the_table(tmp_path):
    """Only the table's first rows in their order are its repeated header: a page that starts with
    the first row alone repeats one header row, and the data rows after it are kept."""
    header = [("执法单位", "检查", "立案"), ("（名称）", "（次）", "（件）")]
    rows = [*header, *((f"第{number}执法中队", str(10 + number), str(number)) for number in range(1, 31))]
    path = save(tmp_path / "统计.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS[:3], table=rows,
                                                 repeat_header=1))
    [table] = [line.table for line in read_file(path).lines if line.table is not None]
    assert table.rows == tuple(rows)


def test_a_row_like_the_header_on_the_same_page_is_kept(tmp_path):
    header = ("项目", "数量", "备注")
    rows = [header, ("培训", "4", "无"), header, ("检查", "63", "无")]
    path = save(tmp_path / "统计.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS[:3], table=rows))
    [table] = [line.table for line in read_file(path).lines if line.table is not None]
    assert table.rows == tuple(rows)


def test_the_reader_finds_the_report_in_a_pdf(tmp_path):
    path = save(tmp_path / "统计局.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS, SIGNATURE))
    found = read_received(path, STRUCTURE)
    assert (found.title, found.year, found.issuer, found.issuer_type) == (TITLE, 2025, "青岚县统计局", "department")
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert found.date == "2026年2月12日"


def _refusal(tmp_path: Path, data: bytes, name: str = "report.pdf") -> str:
    with pytest.raises(SourceError) as info:
        read_file(save(tmp_path / name, data))
    assert info.value.exit_code == 1
    return info.value.render()


def _blank_pages(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(official(TITLE, "青岚县人民政府：", PARAGRAPHS, SIGNATURE)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _flate_bomb(expanded: int) -> bytes:
    """One page whose content stream is small and expands to ``expanded`` bytes."""
    packer = zlib.compressobj(9)
    data = packer.compress(b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n")
    data += b"".join(packer.compress(b" " * (1 << 20)) for _ in range(expanded >> 20)) + packer.flush()
    bomb = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return raw([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>", bomb])


def test_a_scan_is_refused_as_a_scan(tmp_path):
    assert "扫描件" in _refusal(tmp_path, _blank_pages(2))


def test_a_password_is_refused_and_an_owner_password_alone_is_read(tmp_path):
    assert "打开密码" in _refusal(tmp_path, _encrypted("secret"))
    assert _texts(save(tmp_path / "owner.pdf", _encrypted(""))) == EXPECTED


def test_a_truncated_pdf_is_refused(tmp_path):
    data = official(TITLE, "青岚县人民政府：", PARAGRAPHS, SIGNATURE)
    assert "已损坏" in _refusal(tmp_path, data[: len(data) // 3])


def test_a_pdf_bomb_is_refused_without_expanding_it(tmp_path):
    """A 200 KB stream that would expand to 200 MB: pypdf stops at its limit (75 MB)."""
    assert "异常膨胀" in _refusal(tmp_path, _flate_bomb(200 << 20))


def test_a_number_of_a_hundred_digits_is_not_called_a_bomb(tmp_path):
    """pypdf refuses a number of over 64 digits with the same error as a bomb; it said '解压后异常膨胀（超过 75 MB）'."""
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    message = _refusal(tmp_path, pages_drawing(b"BT /F1 12 Tf 1 0 0 1 72 " + b"9" * 100 + b" Tm (ab) Tj ET", 1, font))
    assert "超出读取上限的结构" in message and "膨胀" not in message


def test_a_page_with_megabytes_of_drawing_is_refused(tmp_path):
    """Within pypdf's limit, but pypdf would parse megabytes of operators for seconds."""
    assert "内容过大" in _refusal(tmp_path, _flate_bomb(40 << 20))


_OPERATORS = b"BT /F1 12 Tf 72 700 Td (x) Tj ET" + b" " * 700_000  # 700 KB, under the limit of one stream
"""Mostly spaces, which pypdf skips fast: the tests measure what is counted, not how long parsing takes."""


def test_what_all_pages_ask_to_parse_is_bounded(tmp_path):
    """Pages of 700 KB each (each under the limit of one stream): the sixth one goes over 4 MB."""
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    assert "到第 6 页为止要解析的内容已超过上限" in _refusal(tmp_path, pages_drawing(_OPERATORS, 20, font))


def test_a_form_drawn_on_every_page_counts_on_every_page(tmp_path):
    """pypdf parses a form (XObject) again for each page that draws it."""
    count = 20
    form = stream(_OPERATORS, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] ")
    resources = b"/XObject << /Fm1 %d 0 R >>" % (3 + count + 1)
    assert "超过上限" in _refusal(tmp_path, pages_drawing(b"/Fm1 Do", count, resources, [form]))


def test_a_huge_character_map_is_refused(tmp_path):
    cmap = stream(b"/CIDInit /ProcSet findresource begin " + b"<0001> <0041>\n" * 150_000 + b"end")
    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >> >>"
    assert "内容过大" in _refusal(tmp_path, pages_drawing(b"BT /F1 12 Tf (x) Tj ET", 1, font, [cmap]))


def test_too_many_pages_are_refused(tmp_path):
    assert f"超过上限 {MAX_PAGES} 页" in _refusal(tmp_path, _blank_pages(MAX_PAGES + 1))


def test_text_without_chinese_is_refused_as_undecodable(tmp_path):
    """A font without a character map gives Latin letters in place of Chinese."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 700, "\u00c7\u00f6\u00e9 \u00d5\u00c3 \u00ea\u00d2\u00c8 abc")
    page.save()
    assert "无法还原" in _refusal(tmp_path, buffer.getvalue())


@pytest.mark.parametrize(("name", "data", "words"), [
    ("报告.ofd", b"PK\x03\x04\x14\x00\x00\x00OFD.xml", "OFD 版式文件"),
    ("各单位.zip", b"PK\x03\x04\x14\x00", "压缩包"),
    ("各单位.rar", b"Rar!\x1a\x07\x00", "压缩包"),
])
def test_ofd_and_archives_are_named(tmp_path, name, data, words):
    assert words in _refusal(tmp_path, data, name)


def test_lint_checks_a_pdf_by_paragraph(tmp_path, cli):
    paragraphs = [*PARAGRAPHS[:3], "局党组把防范和惩治统计造假纳入年度重点工作,全年召开专题会议4次。", *PARAGRAPHS[4:]]
    path = save(tmp_path / "统计局.pdf", official(TITLE, "青岚县人民政府：", paragraphs, SIGNATURE))
    result = cli("lint", str(path), cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert f"{path.name}:6:" in result.output and "P001" in result.output
    assert "Traceback" not in result.output


def _two_pages_with_a_comma_on_the_second(tmp_path: Path) -> tuple[Path, int]:
    """The report as Word prints it on two pages, a half-width comma in its last paragraph, and
    that paragraph's number (the title, the addressee and each paragraph count one)."""
    last = "继续开展统计执法检查,完善统计数据质量核查机制，扩大统计普法进企业的覆盖面。"
    path = save(tmp_path / "统计局.pdf", official(TITLE, "青岚县人民政府：", [*PARAGRAPHS[:-1], last], SIGNATURE))
    pages = [page.extract_text().replace("\n", "") for page in PdfReader(path).pages]
    assert len(pages) == 2 and "统计执法检查," in pages[1]  # the PDF viewer shows the comma on page 2
    return path, 2 + len(PARAGRAPHS)


def test_findings_in_a_pdf_name_the_page_too(tmp_path, cli):
    path, paragraph = _two_pages_with_a_comma_on_the_second(tmp_path)
    text = cli("lint", str(path), "--select", "P001", cwd=tmp_path).output
    assert f"{path.name}:{paragraph}:" in text and "[ascii-punct-in-cjk，错误，第 2 页]" in text, text
    [item] = json.loads(cli("lint", str(path), "--select", "P001", "--format", "json", cwd=tmp_path).output)
    assert (item["line"], item["page"]) == (paragraph, 2)
    [result] = json.loads(cli("lint", str(path), "--select", "P001", "--format", "sarif",
                              cwd=tmp_path).output)["runs"][0]["results"]
    assert result["properties"] == {"page": 2}
    inbox = tmp_path / "收件"
    inbox.mkdir()
    path.rename(inbox / path.name)
    cli("audit", str(inbox), "--format", "csv", "-o", str(tmp_path / "out"), cwd=tmp_path)
    with (tmp_path / "out" / "audit-findings.csv").open(encoding="utf-8-sig") as handle:
        places = [row["位置"] for row in csv.DictReader(handle) if row["规则"] == "P001"]
    assert places == [f"第 {paragraph} 段（第 2 页）"]


def test_findings_in_a_text_file_name_no_page(tmp_path, cli):
    path = tmp_path / "统计局.txt"
    path.write_text("\n".join([TITLE, "局党组把统计法治纳入年度重点工作,全年召开专题会议4次。"]), encoding="utf-8")
    text = cli("lint", str(path), "--select", "P001", cwd=tmp_path).output
    assert "[ascii-punct-in-cjk，错误，可自动修复]" in text and "页]" not in text, text
    [item] = json.loads(cli("lint", str(path), "--select", "P001", "--format", "json", cwd=tmp_path).output)
    assert "page" not in item


def test_lint_of_a_refused_pdf_exits_1_with_the_reason(tmp_path, cli):
    path = save(tmp_path / "扫描.pdf", _blank_pages(1))
    result = cli("lint", str(path), cwd=tmp_path)
    assert result.exit_code == 1 and "扫描件" in result.output and "Traceback" not in result.output


def test_import_writes_sources_from_a_pdf(tmp_path, cli):
    assert cli("init", str(tmp_path / "ws"), "--year", "2025", cwd=tmp_path).exit_code == 0
    path = save(tmp_path / "统计局.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS, SIGNATURE))
    result = cli("import", str(path), "--force", cwd=tmp_path / "ws")
    assert result.exit_code == 0, result.output
    assert "按版面还原出" in result.output
    measures = (tmp_path / "ws" / "sections" / "2025" / "measures.md").read_text(encoding="utf-8")
    assert "立案查处统计违法案件5件" in measures


def test_audit_gives_pdfs_ofd_and_archives_a_row_each(tmp_path, cli):
    inbox = tmp_path / "收件"
    inbox.mkdir()
    save(inbox / "统计局.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS, SIGNATURE))
    save(inbox / "扫描件.pdf", _blank_pages(1))
    save(inbox / "水利局.ofd", b"PK\x03\x04\x14\x00\x00\x00OFD.xml")
    save(inbox / "乡镇.zip", b"PK\x03\x04\x14\x00")
    result = cli("audit", str(inbox), "--format", "csv", "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    with (tmp_path / "out" / "audit.csv").open(encoding="utf-8-sig") as handle:
        rows = {Path(row["文件"]).name: row for row in csv.DictReader(handle)}
    assert set(rows) == {"统计局.pdf", "扫描件.pdf", "水利局.ofd", "乡镇.zip"}
    assert (rows["统计局.pdf"]["单位"], rows["统计局.pdf"]["能否读取"]) == ("青岚县统计局", "是")
    assert "扫描件" in rows["扫描件.pdf"]["无法读取的原因"]
    assert "OFD" in rows["水利局.ofd"]["无法读取的原因"]
    assert "压缩包" in rows["乡镇.zip"]["无法读取的原因"]


def test_a_title_high_on_the_first_of_two_pages_is_no_running_header(tmp_path):
    # a narrow top margin puts the title in the top tenth of page 1: on page 2 nothing stands there
    path = save(tmp_path / "a.pdf", official(TITLE, "青岚县人民政府：", PARAGRAPHS * 2, top=790))
    received = read_file(path)
    assert len(PdfReader(path).pages) == 2
    assert received.lines[0].text == TITLE
