"""Round trip: received report → sources → loaded report keeps the same text (numbering aside)."""

from __future__ import annotations

import shutil

import pytest
from docx_fixtures import word_numbered, wps_like
from helpers import REFERENCE, STRUCTURE, needs_reference, read_report, report_text, round_trip, sample_text

from lawreport.model import Paragraph
from lawreport.received import read_dated as read_received


@needs_reference
def test_reference_report_round_trip(tmp_path):
    original = read_report(REFERENCE, STRUCTURE)
    loaded = round_trip(original, tmp_path)
    assert report_text(loaded) == report_text(original)
    assert [p.key for p in loaded.parts] == ["measures", "shortcomings", "leadership", "plans"]
    levels = [s.heading.level for s in loaded.part("plans").walk()]
    assert levels == [4, 4, 2]


@needs_reference
def test_reference_text_is_all_there():
    """Every character of the reference file (but line-start markers, the colon and line ends) is kept."""
    from lawreport.text.numbering import parse_marker

    report = read_report(REFERENCE, STRUCTURE)
    kept = "".join("".join(report_text(report)[:-2]).split())
    lines = []
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        marker = parse_marker(line.strip())
        addressee = line.strip() == report.meta.addressee + "："
        lines.append(line.strip()[marker.end:] if marker else report.meta.addressee if addressee else line)
    assert kept == "".join("".join(lines).split())


@pytest.mark.parametrize("make", [word_numbered, wps_like])
def test_docx_fixture_round_trip(tmp_path, make):
    path = tmp_path / "r.docx"
    path.write_bytes(make())
    original = read_report(path, STRUCTURE)
    assert report_text(round_trip(original, tmp_path)) == report_text(original)


def test_text_fixture_round_trip(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(sample_text(), encoding="utf-8")
    original = read_report(path, STRUCTURE)
    loaded = round_trip(original, tmp_path)
    assert report_text(loaded) == report_text(original)
    assert loaded.meta.date == original.meta.date


def test_markdown_specials_survive(tmp_path):
    path = tmp_path / "r.txt"
    text = sample_text().replace("全年修订内部制度4项", r"全年修订*内部*制度_4_项[附]\#|<b>&amp;!~")
    path.write_text(text, encoding="utf-8")
    original = read_report(path, STRUCTURE)
    assert report_text(round_trip(original, tmp_path)) == report_text(original)


def test_unmatched_part_is_kept_where_it_stands(tmp_path):
    path = tmp_path / "r.txt"
    text = sample_text().replace("二、存在的问题", "二、特色亮点工作\n（一）打造品牌\n建成节水教育基地1处。\n三、存在的问题")
    path.write_text(text, encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    assert [p.key for p in imported.report.parts][:3] == ["measures", "unmatched-2", "shortcomings"]
    loaded = round_trip(imported.report, tmp_path)
    titles = [s.heading.title for s in loaded.part("measures").walk()]
    assert "特色亮点工作" in titles and "打造品牌" in titles
    levels = {s.heading.title: s.heading.level for s in loaded.part("measures").walk()}
    assert levels["特色亮点工作"] == 2 and levels["打造品牌"] == 3
    body = [b.text for s in loaded.part("measures").walk() for b in s.blocks if isinstance(b, Paragraph)]
    assert "建成节水教育基地1处。" in body


def test_build_then_import_gives_the_same_text(workspace, cli, tmp_path):
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    if shutil.which("true") is None:  # pragma: no cover
        pytest.skip("no shell")
    result = cli("build", "2023", "--format", "docx", cwd=workspace)
    assert result.exit_code == 0, result.output
    built = next((workspace / "build" / "2023").glob("*.docx"))
    original = load_report(load_workspace(workspace), 2023)
    imported = read_received(built, STRUCTURE)
    assert report_text(imported.report) == report_text(original)
    assert [p.key for p in imported.report.parts] == [p.key for p in original.parts]
    assert [h.level for h in imported.report.headings()] == [s.level for s in original.headings()]
    assert imported.report.meta.date == original.meta.date
