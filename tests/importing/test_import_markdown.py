"""Importing a received Markdown report: pandoc's output (blank lines, wrapped lines) and plain line-per-paragraph files."""

from __future__ import annotations

from helpers import SAMPLE_LINES, STRUCTURE, report_text, round_trip

from lawreport.model import Paragraph
from lawreport.received import read_dated as read_received

# What ``pandoc -t gfm`` writes for a Word report: paragraphs separated by blank lines, long
# lines wrapped at a space (here the space after "（1）" and between Latin words), a pipe table.
PANDOC = """\
示例县水务局2023年法治政府建设

年度报告

县政府：

2023年，县水务局坚持依法治水，稳步推进各项工作。现将有关情况报告如下：

# 一、2023年度推进法治政府建设的主要举措和成效

（一）健全制度体系

全年修订内部制度4项，其中包括 River Patrol
Rules 等制度的中英文对照本。

| 项目 | 2022年 | 2023年 |
|------|--------|--------|
| 巡查（次） | 40 | 48 |

二、存在的问题

执法人员数量不足，专业培训偏少。

三、第一责任人职责情况

局主要负责人主持专题学法2次。

四、下一步工作打算

（1）
加强队伍建设。计划新增执法人员2名，全员参加执法资格培训，年内完成
**持证上岗**。

（2） 完善巡查机制。每月开展联合巡查。

示例县水务局
2024年2月18日
"""


def _read(tmp_path, text: str):
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8")
    return read_received(path, STRUCTURE)


def test_pandoc_markdown_joins_wrapped_lines(tmp_path):
    imported = _read(tmp_path, PANDOC)
    report = imported.report
    assert imported.title_lines == ("示例县水务局2023年法治政府建设", "年度报告")
    assert report.meta.signatory == "示例县水务局" and str(report.meta.date) == "2024-02-18"
    measures = report.part("measures")
    body = [b.text for s in measures.walk() for b in s.blocks if isinstance(b, Paragraph)]
    assert body == ["全年修订内部制度4项，其中包括 River Patrol Rules 等制度的中英文对照本。"]
    plans = report.part("plans")
    headings = [(s.heading.level, s.heading.title) for s in plans.walk()]
    assert headings == [(4, "加强队伍建设。"), (4, "完善巡查机制。")]
    first = [b.text for b in next(iter(plans.walk())).blocks]
    assert first == ["计划新增执法人员2名，全员参加执法资格培训，年内完成持证上岗。"]
    assert not any("只有序号" in note.message for note in imported.notes)
    # Positions still point into the file: "加强" is line 38, column 1.
    span = next(iter(plans.walk())).heading.title_offsets.span_at(0)
    assert (span.line, span.column) == (PANDOC.splitlines().index("加强队伍建设。计划新增执法人员2名，全员参加执法资格培训，年内完成") + 1, 1)
    loaded = round_trip(report, tmp_path)
    assert report_text(loaded) == report_text(report)


def test_line_per_paragraph_markdown_is_read_line_by_line(tmp_path):
    imported = _read(tmp_path, "\n".join(SAMPLE_LINES) + "\n")
    report = imported.report
    assert report.meta.signatory == "示例县水务局" and report.meta.addressee == "县政府"
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert [p.text for p in report.part("shortcomings").blocks] == ["执法人员数量不足，专业培训偏少。"]


def test_hard_breaks_and_short_lines_are_not_joined(tmp_path):
    text = PANDOC.replace("局主要负责人主持专题学法2次。", "局主要负责人主持专题学法2次，\\\n讲法治课1次。")
    text = text.replace("示例县水务局\n2024年2月18日", "中共示例县委\n示例县水务局\n2024年2月18日")
    report = _read(tmp_path, text).report
    assert [b.text for b in report.part("leadership").blocks] == ["局主要负责人主持专题学法2次，", "讲法治课1次。"]
    assert report.meta.signatory == "中共示例县委\n示例县水务局"


def test_a_line_is_stripped_of_the_same_spaces_as_in_a_text_file(tmp_path) -> None:
    """A received .md loses at a line's edges what a .txt does (lawreport.text.spaces.EDGE_SPACE):
    the no-break space of a Word indent and a web page's zero-width space too, not only a BOM."""
    from lawreport.importing.mdreader import read_markdown
    from lawreport.importing.textreader import read_text

    raw = "\u00a0\u00a0\u200b全年修订内部制度4项。\u00a0\n\u3000\u3000局主要负责人主持专题学法2次。\u200b\n"
    data = raw.encode("utf-8")
    markdown = read_markdown(tmp_path / "r.md", data).lines
    text = read_text(tmp_path / "r.txt", data).lines
    assert [line.text for line in markdown] == [line.text for line in text] == [
        "全年修订内部制度4项。", "局主要负责人主持专题学法2次。"]
    assert [line.span.column for line in markdown] == [line.span.column for line in text] == [4, 3]
