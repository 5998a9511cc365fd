"""Reading received .txt reports: encodings, line ends, recognition of the frame and parts."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import REFERENCE, SAMPLE_LINES, STRUCTURE, needs_reference, read_report, sample_text

from lawreport.errors import SourceError
from lawreport.received import read_dated as read_received


def _write(tmp_path, data: bytes, name: str = "report.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_frame_and_parts(tmp_path):
    path = _write(tmp_path, sample_text().encode("utf-8"))
    imported = read_received(path, STRUCTURE)
    report = imported.report
    assert report.year == 2023
    assert report.meta.title == "示例县水务局2023年法治政府建设年度报告"
    assert report.meta.addressee == "县政府"
    assert report.meta.issuer == "示例县水务局"
    assert report.meta.date == dt.date(2024, 2, 18)
    assert report.meta.date_text == "2024年2月18日"
    assert report.meta.span("date").line == 21
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert [p.marker for p in report.parts] == ["一、", "二、", "三、", "四、"]
    assert report.parts[1].title == "存在的问题"
    assert report.parts[1].title_overridden
    assert not report.parts[0].title_overridden


def test_headings_keep_markers_and_positions(tmp_path):
    path = _write(tmp_path, sample_text().encode("utf-8"))
    report = read_report(path, STRUCTURE)
    measures = report.part("measures")
    headings = [s.heading for s in measures.walk()]
    assert [(h.level, h.typed_marker, h.title) for h in headings] == [
        (2, "（一）", "健全制度体系"),
        (3, "1. ", "落实合法性审查。"),
        (3, "2. ", "推行执法公示。"),
        (2, "（二）", "强化执法监督"),
    ]
    runin = headings[1]
    assert runin.runin
    assert runin.span.line == 8 and runin.span.column == 1
    assert runin.span_at(0).column == 4
    body = measures.sections[0].children[0].blocks[0]
    assert body.text == "对3份合同进行了审查。"
    assert body.span.line == 8 and body.span.column == 12


def test_wrong_level_and_mixed_family_are_kept_and_reported(tmp_path):
    path = _write(tmp_path, sample_text().encode("utf-8"))
    imported = read_received(path, STRUCTURE)
    plans = imported.report.part("plans")
    levels = [(s.heading.level, s.heading.typed_marker) for s in plans.walk()]
    assert levels == [(4, "（1） "), (4, "（2） "), (2, "（三）")]
    text = "\n".join(n.render() for n in imported.notes)
    assert ":17:1: 层级跳跃" in text
    assert ":19:1: 同一层标题序号混用" in text


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_is_converted_with_a_note(tmp_path, encoding):
    path = _write(tmp_path, sample_text().encode(encoding))
    imported = read_received(path, STRUCTURE)
    assert imported.report.meta.title == "示例县水务局2023年法治政府建设年度报告"
    assert any("GBK" in n.message for n in imported.notes)


def test_bom_crlf_and_cr(tmp_path):
    crlf = _write(tmp_path, b"\xef\xbb\xbf" + sample_text().replace("\n", "\r\n").encode("utf-8"), "a.txt")
    cr = _write(tmp_path, sample_text().replace("\n", "\r").encode("utf-8"), "b.txt")
    for path in (crlf, cr):
        report = read_report(path, STRUCTURE)
        assert report.meta.span("date").line == 21
        assert report.part("plans").title_span.line == 16


def test_utf16(tmp_path):
    path = _write(tmp_path, sample_text().encode("utf-16"))
    imported = read_received(path, STRUCTURE)
    assert imported.report.part("plans") is not None
    assert any("UTF-16" in n.message for n in imported.notes)


def test_short_gbk_that_decodes_as_utf8_is_caught(tmp_path):
    data = "局".encode("gbk")
    lines = [line.encode("gbk") for line in SAMPLE_LINES]
    path = _write(tmp_path, b"\n".join(lines))
    assert read_report(path, STRUCTURE).year == 2023
    assert data  # the detection itself is covered by decode_text


@pytest.mark.parametrize("data, words", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "旧版"),
    (b"", "没有任何文字"),
    (b"abc\x00def", "空字符"),
    ("报告".encode()[:-1] + b"\xff\xfe\xfd", "编码"),
])
def test_unreadable_text(tmp_path, data, words):
    path = _write(tmp_path, data)
    with pytest.raises(SourceError) as info:
        read_report(path, STRUCTURE)
    assert words in info.value.render()


def test_no_year_needs_the_option(tmp_path):
    path = _write(tmp_path, "示例县水务局法治政府建设年度报告\n一、主要举措和成效\n做了工作。\n".encode())
    with pytest.raises(SourceError) as info:
        read_report(path, STRUCTURE)
    assert "--year" in info.value.render()
    assert read_report(path, STRUCTURE, year=2022).year == 2022


@needs_reference
def test_reference_report(tmp_path):
    imported = read_received(REFERENCE, STRUCTURE)
    report = imported.report
    assert report.year == 2023
    assert report.meta.title.endswith("年度报告")
    assert report.meta.addressee == "区政府"
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert len(list(report.part("measures").walk())) == 9
    markers = [s.heading.typed_marker for s in report.part("plans").walk()]
    assert markers == ["（1） ", "（2） ", "（三）"]
    rendered = "\n".join(n.render() for n in imported.notes)
    assert "层级跳跃" in rendered and "序号混用" in rendered
    assert "未找到成文日期" in rendered


@pytest.mark.parametrize(("title", "key"), [
    ("2023年度推进法治政府建设的主要举措和成效", "measures"), ("主要举措及成效", "measures"),
    ("2023年法治政府建设工作开展情况", "measures"), ("主要做法和成效", "measures"),
    ("存在的问题", "shortcomings"), ("存在的不足及原因", "shortcomings"), ("存在的短板", "shortcomings"),
    ("党政主要负责人履行推进法治建设第一责任人职责情况", "leadership"), ("党政主要负责人履职情况", "leadership"),
    ("下一步工作打算", "plans"), ("2024年工作思路", "plans"), ("2024年工作重点", "plans"), ("2024年工作谋划", "plans"),
    ("其他需要报告的事项", "other"), ("特色亮点工作", None),
])
def test_part_title_wordings_real_reports_use(title, key):
    from lawreport.importing.partmatch import match_part

    spec = match_part(title, STRUCTURE, 2023, set())
    assert (spec.key if spec else None) == key


@pytest.mark.parametrize("annotation", ["（此件公开发布）", "(联系人：李明，联系电话：12345678)"])
def test_annotation_below_the_date_keeps_the_signature(tmp_path, annotation):
    """A 附注 below the 成文日期 (GB/T 9704 7.3.7) is kept at the end of the body, with a note."""
    path = tmp_path / "r.txt"
    path.write_text(sample_text() + annotation + "\n", encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    report = imported.report
    assert report.meta.signatory == "示例县水务局" and report.meta.date == dt.date(2024, 2, 18)
    last = list(report.part("plans").walk())[-1].blocks
    assert last[-1].text == annotation
    [note] = [n for n in imported.notes if "附注" in n.message]
    assert note.span.line == len(SAMPLE_LINES) + 1


@pytest.mark.parametrize(("date_below", "kept"), [(None, False), ("2024年2月18日", False), ("2024年2月20日", True)])
def test_date_in_brackets_below_the_title(tmp_path, date_below, kept):
    """Websites publish the date as “（2024年2月18日）” under the title; it is the 成文日期 unless the 落款 has another."""
    lines = SAMPLE_LINES[:2] + ["（2024年2月18日）"] + SAMPLE_LINES[2:-1] + ([date_below] if date_below else [])
    path = tmp_path / "r.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    meta = imported.report.meta
    assert meta.date == (dt.date(2024, 2, 20) if kept else dt.date(2024, 2, 18))
    assert meta.signatory == "示例县水务局" and meta.addressee == "县政府"
    preamble = [p.text for p in meta.preamble]
    assert preamble[0] == "（2024年2月18日）" if kept else "（2024年2月18日）" not in preamble
    assert any(n.span is not None and n.span.line == 3 and "标题下" in n.message for n in imported.notes)


def test_red_header_and_colophon_are_left_out_with_notes(tmp_path):
    """A report sent upward as a 红头文件: 版头 above the title and 版记 below the date are not report text."""
    head = ["000012", "示例县水务局文件", "示水发〔2024〕3号", "签发人：王明", "示例县水务局关于2023年度法治政府建设情况的报告"]
    tail = ["（此件公开发布）", "抄送：县司法局。", "示例县水务局办公室　　2024年2月19日印发"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join(head + SAMPLE_LINES[2:] + tail) + "\n", encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    report = imported.report
    assert report.year == 2023  # not the 2024 of the 发文字号
    assert report.meta.title == "示例县水务局关于2023年度法治政府建设情况的报告"
    assert report.meta.addressee == "县政府" and report.meta.signatory == "示例县水务局"
    assert report.meta.date == dt.date(2024, 2, 18)
    notes = {n.span.line: n.message for n in imported.notes if n.span}
    assert "版头" in notes[1] and "示水发〔2024〕3号" in notes[1]
    assert "版记" in notes[len(head) + len(SAMPLE_LINES) - 2 + 2]
    assert "附注" in notes[len(head) + len(SAMPLE_LINES) - 2 + 1]


def test_an_office_name_above_the_title_is_not_a_red_header(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("\n".join(["示例县水务局", "关于2023年度法治政府建设情况的报告", *SAMPLE_LINES[2:]]) + "\n",
                    encoding="utf-8")
    imported = read_received(path, STRUCTURE)
    assert imported.report.meta.title == "示例县水务局关于2023年度法治政府建设情况的报告"
    assert not any("版头" in n.message for n in imported.notes)
