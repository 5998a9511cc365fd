"""Attachments after the 落款 (GB/T 9704 7.4): ``附件1``, its title and its table or list come after
the 成文日期, before the 版记. The 落款 above them is the report's; they are set aside, not body text."""

from __future__ import annotations

import datetime as dt

import pytest

from lawreport.received.facts import ATTACHED, furniture_lines
from tests.received.shapes import codes_of, read_text

HEAD = [
    "青禾县林业局2024年度法治政府建设情况报告",
    "县人民政府：",
    "2024年，县林业局围绕林区依法治理，扎实推进各项工作。现将有关情况报告如下：",
    "一、2024年度推进法治政府建设的主要举措和成效",
    "全年修订林地管理制度3项，清理规范性文件5件。",
    "二、2024年度推进法治政府建设存在的不足和原因",
    "林政执法装备老化，基层执法人员偏少。",
    "三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局主要负责人主持专题学法3次。",
    "四、2025年度推进法治政府建设的主要安排",
    "计划培训执法人员40人次。",
]
NOTICE = ["附件：1.青禾县林业局2024年行政执法情况统计表", "2.青禾县林业局2024年普法责任清单"]
SIGNED = ["青禾县林业局", "2025年2月21日"]
ATTACHMENTS = [
    "附件1",
    "青禾县林业局2024年行政执法情况统计表",
    "项目\t数量",
    "行政处罚\t12",
    "行政检查\t86",
    "附件2",
    "青禾县林业局2024年普法责任清单",
    "1.林地保护法律法规宣传。",
    "2.森林防火条例宣传。",
]


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_the_signature_above_the_attachments_is_found():
    found = read_text(_text(HEAD + NOTICE + SIGNED + ATTACHMENTS))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert found.report.meta.date == dt.date(2025, 2, 21)
    first = len(HEAD + NOTICE + SIGNED) + 1
    assert found.report.meta.spans[f"{ATTACHED}0"].line == first
    assert set(range(first, first + len(ATTACHMENTS))) <= furniture_lines(found.report.meta)
    [note] = [note for note in found.notes if "附件" in note.message]
    assert note.span.line == first
    texts = [block.text for block in found.report.part("plans").blocks]
    assert texts[-2:] == NOTICE and not any("普法责任清单" in text and "附件" not in text for text in texts[:-1])


def test_no_missing_signature_and_no_body_findings_in_the_attachments():
    lines = HEAD + NOTICE + SIGNED + ATTACHMENTS
    codes = codes_of(_text(lines))
    assert not {code for _, code in codes} & {"M003", "H004", "P011"}
    first = len(HEAD + NOTICE + SIGNED) + 1
    assert not [line for line, _ in codes if line >= first]


def test_a_web_copy_listing_the_attached_files_after_the_date():
    found = read_text(_text(HEAD + SIGNED + ["附件：青禾县林业局2024年行政执法情况统计表.xlsx"]))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")


def test_attachments_between_the_annotation_and_the_colophon():
    tail = ["（此件公开发布）", *ATTACHMENTS, "抄送：县司法局。", "青禾县林业局办公室　　2025年2月21日印发"]
    found = read_text(_text(HEAD + SIGNED + tail))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert found.report.meta.spans[f"{ATTACHED}0"].line == len(HEAD + SIGNED) + 2


def test_a_report_without_a_signature_before_its_attachments_still_lacks_one():
    """Only attachments after a 成文日期 are set aside: without one, M003 still asks for the 落款."""
    codes = {code for _, code in codes_of(_text(HEAD + ATTACHMENTS))}
    assert "M003" in codes


def test_the_date_under_the_title_and_the_signature_above_the_attachments():
    """A web page writes the 成文日期 under the title; the 落款 above the attachments is the office's name alone."""
    lines = [HEAD[0], "（2025年2月21日）", *HEAD[1:], SIGNED[0], *ATTACHMENTS]
    found = read_text(_text(lines))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert "M003" not in {code for _, code in codes_of(_text(lines))}


def test_the_attachment_notice_above_the_signature_hides_neither():
    """The 附件说明 (“附件：1.……” and the names under it) stands between the body and the 落款."""
    lines = HEAD + NOTICE + SIGNED
    found = read_text(_text(lines))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert not {code for _, code in codes_of(_text(lines))} & {"M003", "H004", "P011"}


def test_a_report_sent_as_the_attachment_of_a_letter_is_not_set_aside():
    """A letter (its title, 主送, “随文上报”, 落款, date), then “附件” and the report itself: the report's
    parts follow the “附件” line, none precede it, so it is the report, not an attachment."""
    letter = ["青禾县林业局关于报送2024年度法治政府建设情况报告的函", "县人民政府：",
              "现将我局《2024年度法治政府建设情况报告》随文上报，请审阅。", *SIGNED, "附件"]
    found = read_text(_text(letter + [HEAD[0], *HEAD[2:]]))
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert not any(key.startswith(ATTACHED) for key in found.report.meta.spans)


def test_a_covering_letter_that_sends_the_report_as_its_attachment():
    """主送, the letter, its 落款 and date, “附件”, then the report: the title is the report's, without “附件”."""
    letter = ["县人民政府：", "现将我局《2024年度法治政府建设情况报告》随文上报，请审阅。", *SIGNED, "附件"]
    lines = letter + [HEAD[0], *HEAD[2:]]
    found = read_text(_text(lines))
    assert found.title == HEAD[0]
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    codes = codes_of(_text(lines))
    assert not {code for _, code in codes} & {"M001", "M002", "M003", "P011"}


@pytest.mark.parametrize("label", ["附表1", "附件1 青禾县林业局2024年行政执法情况统计表", "附表：行政执法情况统计表"])
def test_other_ways_to_open_an_attachment(label):
    """A 附表 (the name many reports give an attached table), the title after the number on one line."""
    found = read_text(_text(HEAD + SIGNED + [label, *ATTACHMENTS[2:5]]))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")


@pytest.mark.parametrize("number", ["— 3 —", "-3-", "第3页 共5页"])
def test_the_page_number_between_the_signature_and_the_attachments(number):
    """A text copied from a PDF keeps the number of the 落款's page above the attachment's new page."""
    found = read_text(_text(HEAD + SIGNED + [number, *ATTACHMENTS]))
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert found.report.meta.spans[f"{ATTACHED}0"].line == len(HEAD + SIGNED) + 1


@pytest.mark.parametrize("notice", [
    ["附件：1、青禾县林业局行政执法统计表", "2、青禾县林业局普法责任清单"],
    ["附件：1.青禾县林业局2024年行政执法情况统", "计表", "2.青禾县林业局普法责任清单"],
    ["附件1：青禾县林业局行政执法统计表", "附件2：青禾县林业局普法责任清单"],
])
def test_other_ways_to_write_the_attachment_notice(notice):
    """The 附件说明's names numbered “1、”, a name broken onto the next line, or “附件1：” “附件2：” each on
    a line: names, not headings (H002, H004, H005), and no break in a sentence (P011) between them."""
    text = _text(HEAD + notice + SIGNED)
    assert (read_text(text).signature, read_text(text).date) == ("青禾县林业局", "2025年2月21日")
    first = len(HEAD) + 1
    found = {(line, code) for line, code in codes_of(text) if code in {"H002", "H004", "H005", "P011"}}
    broken = {(first, "P011")} if notice[1] == "计表" else set()  # the name itself is broken in two
    assert found == broken


def test_a_covering_letter_with_its_own_title_that_sends_the_report_as_its_attachment():
    """The letter's own title (“……关于报送……报告的函”) above its 主送: the report's title is the title,
    the letter's 落款 and date are the report's."""
    letter = ["青禾县林业局关于报送2024年度法治政府建设情况报告的函", "县人民政府：",
              "现将我局《2024年度法治政府建设情况报告》随文上报，请审阅。", *SIGNED, "附件"]
    lines = letter + [HEAD[0], *HEAD[2:]]
    found = read_text(_text(lines))
    assert found.title == HEAD[0]
    assert (found.signature, found.date) == ("青禾县林业局", "2025年2月21日")
    assert [part.key for part in found.report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert not {code for _, code in codes_of(_text(lines))} & {"M001", "M002", "M003", "P011"}
