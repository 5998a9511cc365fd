"""GB/T 9704 7.3.5: the 落款 is never stranded, for bodies whose last page ends anywhere (LibreOffice layout)."""

from __future__ import annotations

from pathlib import Path

from pagehelpers import build_docx, needs_libreoffice, printed_findings, without_keeps, workspace

from lawreport.lint.built.pdfread import print_docx
from lawreport.lint.built.printed import Frame

SLOTS = 22


def _lines_above_signature(path: Path) -> int | None:
    """How many lines of text stand above the signature on its page, or None when it stands alone."""
    page = print_docx(path)[-1]
    frame = Frame(page)
    body = [line for line in page.lines if frame.holds(line)]
    index = next((i for i, line in enumerate(body) if line.text == "示例县教育局"), None)
    return index or None


@needs_libreoffice
def test_signature_and_date_stay_with_the_last_lines(tmp_path: Path) -> None:
    """Body lengths are chosen so that, without keeps, the 落款 would fall at the page end: the
    date alone on the next page, or the signature and date alone. With the renderer's keeps and
    widow control, every length lays out cleanly; without them, the check sees the stranding."""
    baseline = build_docx(workspace(tmp_path / "base"))
    above = _lines_above_signature(without_keeps(baseline))
    # the blank line and the signature take two slots after the text, the date a third
    first = (SLOTS - 2 - (above or 0)) % SLOTS
    stranded = []
    for extra in (first, first + 1, first + 2):
        path = build_docx(workspace(tmp_path / f"extra-{extra}", extra_lines=extra))
        assert [d.message for d in printed_findings(path)] == [], extra
        stranded += [d.message for d in printed_findings(without_keeps(path))]
    assert any("只有落款" in m or "单独排在" in m for m in stranded), stranded
