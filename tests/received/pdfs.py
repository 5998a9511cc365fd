"""Small PDFs laid out as offices' PDFs are, for the PDF reader's tests.

reportlab draws the text with the Adobe font STSong-Light, which every PDF reader knows without an
embedded font file, so each PDF is a few kilobytes. ``official`` sets paragraphs the way Word sets a
GB/T 9704 document (16 pt, 28 characters a line, a two-character first-line indent, the page
number “— N —” at the foot); ``web_print`` the way a browser prints a web page (no indent, the page's
date and title at the head of every page and its address with “N/M” at the foot).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from lawreport.cjk import em_width

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
A4 = (595.3, 841.9)
LEFT, SIZE, PITCH, PER_LINE = 79.4, 16.0, 28.9, 28
TOP, BOTTOM = 720.0, 110.0


def _wrap(text: str, first_indent: float, per_line: float) -> list[tuple[float, str]]:
    """(indent in em, text) of each printed line: greedy, by printed width."""
    lines, current, indent = [], "", first_indent
    for char in text:
        if em_width(current + char) + indent > per_line:
            lines.append((indent, current))
            current, indent = "", 0.0
        current += char
    lines.append((indent, current))
    return lines


class _Pages:
    def __init__(self, header: Sequence[str] = (), footer: str = "— {n} —", total: int | None = None,
                 top: float = TOP) -> None:
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4)
        self.header, self.footer, self.total = header, footer, total
        self.number, self.y, self.top = 1, top, top

    def _furniture(self) -> None:
        self.canvas.setFont(FONT, 10.5)
        for index, text in enumerate(self.header):
            self.canvas.drawString(40, A4[1] - 30 - 12 * index, text)
        if self.footer:
            self.canvas.setFont(FONT, 14)
            self.canvas.drawString(440, 60, self.footer.format(n=self.number, total=self.total or 0))

    def line(self, x: float, text: str, size: float = SIZE) -> None:
        if self.y < BOTTOM:
            self.break_page()
        self.canvas.setFont(FONT, size)
        self.canvas.drawString(x, self.y, text)
        self.y -= PITCH if size <= SIZE else size * 1.6

    def break_page(self) -> None:
        self._furniture()
        self.canvas.showPage()
        self.number += 1
        self.y = self.top

    def finish(self) -> bytes:
        self._furniture()
        self.canvas.save()
        return self.buffer.getvalue()


def official(title: str, addressee: str, paragraphs: Sequence[str], signature: Sequence[str] = (),
             table: Sequence[Sequence[str]] = (), repeat_header: int = 0, top: float = TOP) -> bytes:
    """A report as Word's “另存为 PDF” gives it (``table`` rows are drawn after the paragraphs; a
    table that reaches the foot of a page goes on on the next, where ``repeat_header`` draws that
    many of its first rows again, as Word's “重复标题行” does; ``top``: the first line's baseline, 720 pt for
    the 37 mm top margin of GB/T 9704, higher for a narrow margin)."""
    pages = _Pages(top=top)
    pages.line((A4[0] - em_width(title) * 22) / 2, title, 22)
    pages.line(LEFT, addressee)
    for paragraph in paragraphs:
        for indent, text in _wrap(paragraph, 2.0, PER_LINE):
            pages.line(LEFT + indent * SIZE, text)

    def draw(row: Sequence[str]) -> None:
        pages.canvas.setFont(FONT, SIZE)
        for column, cell in enumerate(row):
            pages.canvas.drawString(LEFT + 150 * column, pages.y, cell)
        pages.y -= PITCH

    for row in table:
        if pages.y < BOTTOM:
            pages.break_page()
            for header in table[:repeat_header]:
                draw(header)
        draw(row)
    for text in signature:
        pages.line(A4[0] - 72 - em_width(text) * SIZE - 4 * SIZE, text)
    return pages.finish()


def web_print(paragraphs: Sequence[str], page_title: str, lines_per_page: int = 18) -> bytes:
    """A web page printed to PDF: paragraphs without indent, the browser's header and footer on each page."""
    printed = [text for paragraph in paragraphs for _, text in _wrap(paragraph, 0.0, PER_LINE)]
    total = -(-len(printed) // lines_per_page)
    pages = _Pages(header=("2026/3/2 09:15", page_title), footer="https://www.example.gov.cn/fzzf/2026.html {n}/{total}",
                   total=total)
    for index, text in enumerate(printed):
        if index and index % lines_per_page == 0:
            pages.break_page()
        pages.line(LEFT, text)
    return pages.finish()


def raw(objects: Sequence[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; object 1 is the catalogue), with a correct xref table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A Flate-compressed stream object's body."""
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def pages_drawing(content: bytes, count: int, resources: bytes = b"", extra_objects: Sequence[bytes] = ()) -> bytes:
    """``count`` pages that all draw the one content stream ``content`` (objects 3 … are the pages,
    then the content stream, then ``extra_objects``)."""
    content_id = 3 + count
    kids = b" ".join(b"%d 0 R" % (3 + index) for index in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << %s >> >>" % (
        content_id, resources)
    return raw([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
                *[page] * count, stream(content), *extra_objects])


def save(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
