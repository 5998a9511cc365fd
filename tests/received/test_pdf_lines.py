"""Received PDFs: the pieces of text a page draws are gathered into printed lines by their
baselines, in time that grows with the page (a lookup among nearby baselines, not every line so
far), and pieces that no place on the page shows are left out instead of breaking the layout."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from lawreport.errors import SourceError
from lawreport.importing import read_file
from lawreport.importing.pdflayout import _SAME_LINE, Chunk, LayoutTooComplex, Page, _rows
from tests.received.pdfs import A4, FONT, LEFT, save


def _rows_one_by_one(page: Page) -> list[list[Chunk]]:
    """The lines as the reader gathered them before: each piece compared with every line so far."""
    rows: list[list[Chunk]] = []
    for chunk in page.chunks:
        if chunk.x is None and rows:
            rows.append([chunk._replace(y=rows[-1][0].y - 1.5 * chunk.size)])
            continue
        for row in rows:
            if row[0].x is not None and abs(row[0].y - chunk.y) < _SAME_LINE * max(row[0].size, chunk.size):
                row.append(chunk)
                break
        else:
            rows.append([chunk])
    return rows


_CHUNKS = st.lists(st.builds(Chunk, st.one_of(st.none(), st.floats(0, 600)),
                             st.one_of(st.floats(0, 842), st.sampled_from([700.0, 701.0, 705.0, 720.0])),
                             st.sampled_from([5.0, 10.5, 16.0, 22.0, 100.0]), st.just("字")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_CHUNKS)
def test_lines_are_the_ones_comparing_each_piece_with_every_line_gives(chunks):
    page = Page(1, 595.0, 842.0, tuple(chunks))
    assert _rows(page) == _rows_one_by_one(page)


def test_a_page_of_tens_of_thousands_of_baselines_is_gathered_line_by_line():
    """32,000 one-word lines, each on its own baseline: 80 s when each piece was compared with every line."""
    page = Page(1, 595.0, 842.0, tuple(Chunk(72.0, 800.0 - 20.0 * n, 12.0, "ab") for n in range(32_000)))
    rows = _rows(page)
    assert len(rows) == 32_000 and rows[-1] == [page.chunks[-1]]


def test_type_sizes_thousands_of_times_apart_on_one_page_are_refused():
    """A line of 10,000-pt type puts every tiny line of the page within reach of each piece: each would
    be compared with all of them, so the page is no report's and its layout is not worked out."""
    tiny = [Chunk(72.0, 400.0 + 0.01 * n, 0.01, "ab") for n in range(20_000)]
    page = Page(3, 595.0, 842.0, (Chunk(72.0, 4000.0, 10_000.0, "大"), *tiny))
    with pytest.raises(LayoutTooComplex) as info:
        _rows(page)
    assert info.value.page == 3


def test_text_drawn_through_an_overflowing_matrix_is_left_out(tmp_path):
    """A matrix multiplied by 1e30 twelve times is infinite; text drawn through it has a NaN place.
    The reader said 'lawreport 内部错误' (exit 3) when it measured the margins."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont(FONT, 22)
    page.drawString(100, 760, "青岚县司法局2025年度法治政府建设情况报告")
    page.saveState()
    big = "9" * 30
    page._code.append(f"{big} 0 0 {big} 0 0 cm " * 12)  # what no drawing call writes: the overflow itself
    page.setFont(FONT, 16)
    page.drawString(LEFT, 720, "NOWHERE-TEXT")
    page.restoreState()
    page.setFont(FONT, 16)
    page.drawString(LEFT, 690, "　　2025年，青岚县司法局坚持依法行政，全年集中学法6次。")
    page.save()
    texts = [line.text for line in read_file(save(tmp_path / "a.pdf", out.getvalue())).lines]
    assert texts == ["青岚县司法局2025年度法治政府建设情况报告", "2025年，青岚县司法局坚持依法行政，全年集中学法6次。"]


def test_a_refused_layout_names_the_page(tmp_path):
    from tests.received.pdfs import pages_drawing

    font = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
    tiny = b"".join(b"1 0 0 1 72 %d.%02d Tm (ab) Tj " % (400 + n // 100, n % 100) for n in range(20_000))
    data = pages_drawing(b"BT /F1 10 Tf 1000 0 0 1000 72 4000 Tm (cd) Tj /F1 0.01 Tf " + tiny + b"ET", 1, font)
    with pytest.raises(SourceError) as info:
        read_file(save(tmp_path / "a.pdf", data))
    assert "第 1 页的文字排布异常" in info.value.render()
