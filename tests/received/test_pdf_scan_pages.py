"""Which PDF pages are scans: a page with no text at all, or whose only text is the running header
or footer while it draws an image (a scanned page placed in a document that numbers its pages).
A page whose only text is its page number and the office's name, with no image, is a blank page
(or its body was drawn as shapes), not a scan. Fixtures drawn with reportlab, our own sentences."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lawreport.errors import SourceError
from lawreport.importing import read_file
from tests.received.pdfs import A4, FONT, LEFT, official, save

OFFICE = "示例县自然资源局"


def _scan() -> ImageReader:
    """A grey page-sized picture, as a scanner makes one."""
    buffer = io.BytesIO()
    Image.new("L", (60, 85), 200).save(buffer, format="PNG")
    return ImageReader(io.BytesIO(buffer.getvalue()))


def _pages(count: int, image: bool, footer: bool = True) -> bytes:
    """``count`` pages with the office's name at the head and “— N —” at the foot, and a scanned
    picture on each when ``image``."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, count + 1):
        if image:
            page.drawImage(_scan(), 60, 90, width=A4[0] - 120, height=A4[1] - 180)
        if footer:
            page.setFont(FONT, 10.5)
            page.drawString(LEFT, A4[1] - 40, OFFICE)
            page.setFont(FONT, 14)
            page.drawString(440, 60, f"— {number} —")
        page.showPage()
    page.save()
    return buffer.getvalue()


def _refusal(tmp_path, data: bytes) -> str:
    with pytest.raises(SourceError) as info:
        read_file(save(tmp_path / "报告.pdf", data))
    assert info.value.exit_code == 1
    return info.value.render()


def test_pages_with_only_a_header_and_a_page_number_are_no_scan(tmp_path):
    message = _refusal(tmp_path, _pages(3, image=False))
    assert "扫描" not in message
    assert "页码" in message and "没有正文" in message


def test_scanned_pictures_under_a_page_number_are_a_scan(tmp_path):
    assert "扫描件" in _refusal(tmp_path, _pages(3, image=True))


def test_pictures_without_any_text_are_a_scan(tmp_path):
    assert "扫描件" in _refusal(tmp_path, _pages(2, image=True, footer=False))


def _joined(*documents: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in documents:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


PARAGRAPHS = ["2025年，示例县自然资源局坚持依法行政，各项工作有序推进。现将有关情况报告如下：",
              "一、2025年度推进法治政府建设的主要举措和成效",
              "全年办理土地行政许可事项112件，全部在承诺时限内办结。"]


def test_a_scanned_page_in_a_text_pdf_is_named_and_a_blank_one_is_not(tmp_path):
    text = official(f"{OFFICE}2025年法治政府建设年度报告", "示例县人民政府：", PARAGRAPHS, [OFFICE, "2026年1月20日"])
    path = save(tmp_path / "报告.pdf", _joined(text, _pages(1, image=True), _pages(1, image=False)))
    received = read_file(path)
    assert received.lines[2].text == PARAGRAPHS[0]
    notes = [note.message for note in received.notes if "扫描" in note.message]
    assert len(notes) == 1 and "第 2 页" in notes[0] and "第 3 页" not in notes[0]
