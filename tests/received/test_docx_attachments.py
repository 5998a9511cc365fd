"""A Word report whose 落款 (as paragraphs, or laid out in a table) is followed by attachments."""

from __future__ import annotations

from pathlib import Path

from lawreport.received import read_received
from lawreport.sources.structure import load_structure
from tests.importing.docx_fixtures import frame, make_docx, para, table
from tests.received.test_other_producers import PARTS, _cell, _layout_table

ATTACHED = (para("附件1") + para("示例县水务局2023年河道巡查情况统计表")
            + table([["月份", "巡查次数"], ["1月", "4"], ["2月", "5"]]))


def _read(tmp_path: Path, body: str):
    path = tmp_path / "报告.docx"
    path.write_bytes(make_docx(body))
    return read_received(path, load_structure(None))


def test_a_signature_in_paragraphs_above_the_attachments(tmp_path: Path) -> None:
    found = _read(tmp_path, frame(PARTS) + ATTACHED)
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert not any("巡查次数" in str(block) for block in found.report.parts[-1].blocks)


def test_a_signature_table_above_the_attachments(tmp_path: Path) -> None:
    """WPS's borderless 落款 table is no longer the document's last table when attachments follow."""
    layout = _layout_table(_cell("") + _cell("示例县水务局"), _cell("") + _cell("2024年2月18日"))
    found = _read(tmp_path, frame(PARTS, signature=False) + layout + ATTACHED)
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert any("表格中" in note.message for note in found.notes)


def test_a_signature_in_a_text_box_above_the_attachments(tmp_path: Path) -> None:
    """The 落款 in a text box (WPS: over the seal) anchored after the body, above “附件1”."""
    from tests.received.test_other_producers import _box

    found = _read(tmp_path, frame(PARTS, signature=False) + para(_box("示例县水务局", "2024年2月18日")) + ATTACHED)
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")
    assert found.report.parts[-1].blocks[-1].text == "继续开展河道巡查。"
