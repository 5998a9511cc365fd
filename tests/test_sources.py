"""The loader: the model of the example workspace, exact positions, and clear source errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport.errors import SourceError, SourceErrors
from lawreport.sources.loader import load_report
from lawreport.sources.markdown import parse_part
from lawreport.sources.names import WINDOWS_MAX_PATH, windows_name_problem
from lawreport.sources.workspace import load_workspace
from lawreport.text.numbering import from_chinese, label, marker_end, parse_marker, to_chinese


def _line_col(span) -> str:
    lines = Path(span.path).read_text("utf-8").split("\n")
    return lines[span.line - 1][span.column - 1 :]


def test_example_report_model(workspace: Path) -> None:
    report = load_report(load_workspace(workspace), 2023)
    assert [p.key for p in report.parts] == ["measures", "shortcomings", "leadership", "plans"]
    assert report.title == "示例县教育局2023年法治政府建设年度报告"
    assert report.part("plans").title == "2024年度推进法治政府建设的主要安排"
    assert report.part("measures").title.startswith("2023年度")
    assert report.meta.addressee == "示例县人民政府"
    assert str(report.meta.date) == "2024-02-22"
    plans = report.part("plans")
    assert all(s.heading.runin for s in plans.sections)


def test_every_heading_and_paragraph_points_at_its_source(workspace: Path) -> None:
    report = load_report(load_workspace(workspace), 2023)
    for heading in report.headings():
        assert _line_col(heading.span).startswith(heading.title[:4])
    for paragraph in report.paragraphs():
        text = paragraph.text
        assert _line_col(paragraph.span).startswith(text[:4])
        for offset in range(0, len(text), 7):
            assert _line_col(paragraph.span_at(offset))[0] == text[offset]


def test_positions_inside_markup(tmp_path: Path) -> None:
    path = tmp_path / "measures.md"
    source = "# 标题\n\n第一行**加粗**文字，\n第二行[链接](https://example.cn)结束。\n"
    path.write_text(source, "utf-8")
    parsed = parse_part(source, path)
    paragraph = parsed.sections[0].blocks[0]
    assert paragraph.text == "第一行加粗文字，第二行链接结束。"
    assert [r.bold for r in paragraph.runs][:2] == [False, True]
    at = paragraph.span_at(paragraph.text.index("加粗"))
    assert (at.line, at.column) == (3, 6)
    at = paragraph.span_at(paragraph.text.index("第二行"))
    assert (at.line, at.column) == (4, 1)
    at = paragraph.span_at(paragraph.text.index("结束"))
    assert (at.line, at.column) == (4, 28)
    link = [r for r in paragraph.runs if r.href]
    assert link and link[0].href == "https://example.cn"


def test_paragraph_after_a_line_of_ideographic_spaces(tmp_path: Path) -> None:
    # markdown-it strips the whole first line (U+3000 is Unicode space to str.strip, but not
    # a blank line to CommonMark): the text starts on line 2, and its positions must say so.
    path = tmp_path / "measures.md"
    source = "\u3000\u3000\n　 推进依法行政，\\-完善制度。\n"
    parsed = parse_part(source, path)
    paragraph = parsed.blocks[0]
    assert paragraph.text == "推进依法行政，-完善制度。"
    assert (paragraph.span.line, paragraph.span.column) == (2, 3)
    at = paragraph.span_at(paragraph.text.index("-"))
    assert (at.line, at.column) == (2, 11)


def test_front_matter_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "other.md"
    source = "---\ntitle: 其他需要报告的事项\n---\n\n# 小节\n\n正文。\n"
    parsed = parse_part(source, path)
    assert parsed.front_matter["title"].value == "其他需要报告的事项"
    assert parsed.front_matter["title"].line == 2
    assert parsed.sections[0].heading.span.line == 5
    assert parsed.sections[0].blocks[0].span.line == 7


def test_headings_levels_runin_and_typed_markers(tmp_path: Path) -> None:
    path = tmp_path / "measures.md"
    source = "# （一）加强领导\n\n## 健全制度。\n\n正文。\n\n### 细则\n"
    parsed = parse_part(source, path)
    top = parsed.sections[0]
    assert (top.heading.level, top.heading.title, top.heading.typed_marker) == (2, "加强领导", "（一）")
    assert top.heading.span_at(0).column == 6
    child = top.children[0]
    assert (child.heading.level, child.heading.runin) == (3, True)
    assert child.children[0].heading.level == 4


def test_raw_html_and_lists_stay_text(tmp_path: Path) -> None:
    source = "# 标题\n\n<script>alert(1)</script>\n\n1. 不是列表\n\n[x](javascript:alert(1))\n"
    parsed = parse_part(source, tmp_path / "measures.md")
    texts = [b.text for b in parsed.sections[0].blocks]
    assert texts == ["<script>alert(1)</script>", "1. 不是列表", "[x](javascript:alert(1))"]


def test_too_deep_heading_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        parse_part("#### 太深\n", tmp_path / "measures.md")
    assert info.value.line == 1 and "标题层级过深" in info.value.message


@pytest.mark.parametrize(
    ("yaml_text", "line", "fragment"),
    [
        ("issuer: 示例县教育局\nissuer_type: department\ntitel: x\n", 3, "未知字段 titel（是否为 title？）"),
        ("issuer: 示例县教育局\nissuer_type: department\ndate: 2024-02-30\n", 3, "日期无效"),
        ("issuer: 示例县教育局\nissuer_type: department\ndate: 2024/2/3\n", 3, "日期格式不对"),
        ("issuer: 示例县教育局\nissuer_type: bureau\n", 2, "issuer_type"),
        ("issuer：示例县教育局\n", 1, "全角冒号"),
    ],
)
def test_metadata_errors_name_file_and_line(workspace: Path, yaml_text: str, line: int, fragment: str) -> None:
    (workspace / "sections/2023/report.yaml").write_text(yaml_text, "utf-8")
    with pytest.raises(SourceErrors) as info:
        load_report(load_workspace(workspace), 2023)
    first = info.value.errors[0]
    assert first.path is not None and first.path.name == "report.yaml"
    assert first.line == line
    assert fragment in first.message


def test_unknown_part_file_is_reported(workspace: Path) -> None:
    (workspace / "sections/2023/measure.md").write_text("# x\n", "utf-8")
    with pytest.raises(SourceErrors) as info:
        load_report(load_workspace(workspace), 2023)
    assert "measure.md" in info.value.render() and "measures" in info.value.render()


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numerals_round_trip(number: int) -> None:
    assert from_chinese(to_chinese(number)) == number


@pytest.mark.parametrize(
    ("text", "level", "number", "space"),
    [("一、标题", 1, 1, ""), ("（十二）标题", 2, 12, ""), ("(三)标题", 2, 3, ""), ("3.标题", 3, 3, ""),
     ("3．标题", 3, 3, ""), ("（1） 标题", 4, 1, " "), ("(2)标题", 4, 2, ""), ("1、标题", 3, 1, "")],
)
def test_parse_marker(text: str, level: int, number: int, space: str) -> None:
    marker = parse_marker(text)
    assert marker is not None
    assert (marker.level, marker.number, marker.space) == (level, number, space)


@pytest.mark.parametrize("text", ["一是加强", "2023年", "1.5万人", "十分重要", "（注）说明",
                                  "一、二季度完成清理", "三、四月份开展评查", "一、二、三年级开设法治课"])
def test_not_markers(text: str) -> None:
    assert parse_marker(text) is None


@pytest.mark.parametrize("text", ["一、二〇二三年工作回顾", "一、三项制度改革", "一、十大行动"])
def test_markers_before_a_number_word(text: str) -> None:
    """Only counting on (一、二季度) stops a marker; a heading may start with a number word."""
    marker = parse_marker(text)
    assert marker is not None and marker.text == "一、"


@pytest.mark.parametrize(("text", "end"), [("一、一、2023年度主要举措", 4), ("（二）（二）健全制度", 6),
                                         ("1.1.落实审查", 0), ("一、二季度完成清理", 0), ("（一）（二）健全", 3)])
def test_a_marker_written_twice(text: str, end: int) -> None:
    """Word's automatic number and then a typed one (“一、一、”): a marker, written twice, and the
    heading text after both; counting on (一、二季度) is still no marker, 1.1. is a number."""
    assert marker_end(text) == end


@pytest.mark.parametrize("text", ["1.2023年全市完成", "2、2024年工作回顾", "1.2025年度推进法治政府建设的主要举措"])
def test_a_marker_before_a_year(text: str) -> None:
    """“1.2023年……” (Word's automatic “1.” glued to a title about the year) is a marker, not 1.2023."""
    marker = parse_marker(text)
    assert marker is not None and marker.text == text[:2]


def test_labels() -> None:
    assert [label(level, 3) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]


def test_lint_directives_are_not_part_of_the_document(tmp_path: Path) -> None:
    path = tmp_path / "measures.md"
    source = ("# 标题 <!-- lawreport-disable H001: 原文如此 -->\n\n"
              "第一句,照录原文。<!-- lawreport-disable P001: 引用原文 -->\n"
              "<!-- lawreport-disable-next-line P001: 引用 -->\n"
              "第二句。\n\n<!-- lawreport-disable P001: 整段 -->\n\n末段。\n")
    parsed = parse_part(source, path)
    section = parsed.sections[0]
    assert section.heading.title == "标题"
    texts = [b.text for b in section.blocks]
    assert texts == ["第一句,照录原文。第二句。", "末段。"]
    paragraph = section.blocks[0]
    at = paragraph.span_at(paragraph.text.index("第二句"))
    assert (at.line, at.column) == (5, 1)


YAML_SAMPLES = [
    "issuer: 示例县教育局\nissuer_type: department\n",
    "a: |\n  第一行\n  第二行\nb: >\n  折叠\n  文字\nc: 'x'\nd: \"y\"\ne:\nf: [1, 2]\ng:\n  - 一\n  - 二\nh:\n  i: 3\n",
    "title: \"含冒号：的标题\"\nempty: ''\nspaces:    多个空格   \n",
    "lint:\n  select: [P, H001]\n  options:\n    heading-sequence:\n      numbering: continuous\n",
    "",
    "# 只有注释\n",
]


@pytest.mark.parametrize("text", YAML_SAMPLES + [p.read_text("utf-8") for p in sorted((Path(__file__).parents[1] / "sections").glob("*/report.yaml"))])
def test_libyaml_and_python_parsers_build_the_same_tree(text: str) -> None:
    import yaml

    from lawreport.sources import yamlsafe

    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML without libyaml")
    path = Path("x.yaml")
    fast = yamlsafe._build(yaml.parse(text, Loader=yaml.CSafeLoader), path)
    slow = yamlsafe._build(yaml.parse(text, Loader=yamlsafe._python_loader()), path)
    assert fast == slow


def test_escaped_marker_stays_in_the_title(tmp_path: Path) -> None:
    parsed = parse_part("# 1\\.加强执法队伍建设\n\n正文。\n", tmp_path / "measures.md")
    heading = parsed.sections[0].heading
    assert heading.title == "1.加强执法队伍建设" and heading.typed_marker is None


def test_path_length_counts_utf16_units_from_the_workspace_root() -> None:
    """FS5: the limit is Windows' MAX_PATH on the path below the project folder (which only adds)."""
    at_limit = "sections/2023/" + "a" * (WINDOWS_MAX_PATH - 14 - 3) + ".md"
    assert len(at_limit) == WINDOWS_MAX_PATH and windows_name_problem("x.md", at_limit) is None
    over = windows_name_problem("x.md", at_limit.replace("a", "b", 1) + "x")
    assert over is not None and f"{WINDOWS_MAX_PATH + 1} 个字符" in over
    astral = "sections/2023/" + "𠮷" * 122 + ".md"  # 261 UTF-16 units, 139 code points
    assert windows_name_problem("x.md", astral) is not None
