"""The loader: the model of the example workspace, exact positions, and clear source errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from lawreport.config import load_workspace
from lawreport.errors import SourceError, SourceErrors
from lawreport.numbering import from_chinese, label, parse_marker, to_chinese
from lawreport.sources.loader import load_report
from lawreport.sources.markdown import parse_part
from lawreport.sources.names import WINDOWS_MAX_PATH, windows_name_problem


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


_INLINE_TEXT = st.text(alphabet=st.sampled_from(list("法治政府建设，。、；：“”（）《》【】 \u3000\t\nab1-:<>&!#=`~^{}|\\*_[]()")), max_size=40)


_INLINE_PIECES = st.lists(st.sampled_from(["**", "*", "全", "覆盖", "a", "1", "。", "“", "”", " ", "\u3000", "_", "\\",
                                            "[", "](x)", "\n", "©", "-", "<"]), max_size=8).map("".join)


@given(st.one_of(_INLINE_TEXT, _INLINE_PIECES))
@example("**依法行政**工作")
@example("实现**全覆盖**。")
@example("**全覆盖**")
@example("**a**b")
@example("x**“引号”**y")
@example("x**1**")
@example("**粗** **体**")
@example("**粗*体**")
@example("**全覆盖。**后")
@example("前**“全”**")
@example("*a*")
@example("__强调__")
@example("见[通知](https://example.org/a)。")
@example("转义\\*号")
@example("第一行\n第二行")
@example("2023-2024年：<b>&amp;!#")
def test_plain_text_shortcut_gives_the_inline_parser_tokens(content: str) -> None:
    """The parser's shortcut for plain text and one bold span (lawreport.sources.plainblocks.
    inline_tokens) yields exactly the tokens markdown-it's own inline rule would."""
    from markdown_it import MarkdownIt

    from lawreport.sources.markdown import _parser

    ours = _parser()
    theirs = MarkdownIt("commonmark", {"html": False})
    theirs.disable([rule for rule in theirs.core.ruler.get_active_rules() if rule not in ("normalize", "block", "inline")])
    theirs.inline.ruler.enableOnly(ours.inline.ruler.get_active_rules())
    theirs.inline.ruler2.enableOnly(ours.inline.ruler2.get_active_rules())
    theirs.block.ruler.enableOnly(ours.block.ruler.get_active_rules())
    assert ours.core.ruler.get_active_rules() == theirs.core.ruler.get_active_rules()

    def children(md: MarkdownIt) -> list[list[tuple[str, str, str, int]]]:
        return [[(child.type, child.content, child.markup, child.level) for child in token.children or []]
                for token in md.parse(content) if token.type == "inline"]

    assert children(ours) == children(theirs)


def test_shortcuts_know_every_rule_the_parser_runs() -> None:
    """lawreport.sources.plainblocks reproduces these rules' tokens; a markdown-it-py that runs
    others (a version pyproject.toml does not allow) would need its shortcuts revised."""
    from lawreport.sources.markdown import PLAIN_RULES, _inline, _parser

    md = _parser()
    assert md.block.ruler.get_active_rules() == list(PLAIN_RULES["block"])
    assert [rule.__name__ for rule in md.block.ruler.getRules("paragraph")] == ["table", "heading"]
    assert md.inline.ruler.get_active_rules() == list(PLAIN_RULES["inline"])
    assert md.inline.ruler2.get_active_rules() == list(PLAIN_RULES["inline2"])
    assert md.core.ruler.getRules("")[-1] is _inline


# Pieces of lines for the block shortcut's property test: whatever could make a line other than a
# plain heading or paragraph line (tables, indents, Unicode spaces, closing #s, control characters).
_LINE_PIECES = ["# ", "## ", "### ", "#### ", "####### ", "#", " #", "#\t", "| a | b |", "|---|---|", "|", "-|-",
                ":--", "---", "===", "  ", "    ", "\t", "\u3000", "\u00a0", "\u200b", "\u2028", "\x85", "\x1c", "\r",
                "\r\n", "\0", "法治", "依法行政。", "ab", "1.", "（一）", "**加粗**", "[链接](https://example.org)",
                "\\#", "\\|", "*", "_", "`", "<b>", "> ", "- ", "2023年"]
_LINES = st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=4).map("".join), max_size=14).map("\n".join)
# Rows of a table, well formed or nearly: cells with spaces, alignments, escapes, code, markup.
_CELL = st.lists(st.sampled_from(["a", " ", "\t", "法治", "3", "---", ":-:", "--:", ":--", "-", ":", "\u3000", "\u00a0",
                                  "\\|", "`x|y`", "**粗**", "_", "#"]), max_size=3).map("".join)
_ROW = st.tuples(st.sampled_from(["|", "", " |", "  |"]), st.lists(_CELL, min_size=1, max_size=3),
                 st.sampled_from(["|", "", "| ", "|\u3000"])).map(lambda r: r[0] + "|".join(r[1]) + r[2])
_TABLE = st.tuples(_ROW, st.sampled_from(["|---|", "|---|---|", "|:-:|--:|", "| --- | :-- |", "|---|---|---|", "---|---",
                                          "|-|", "| - |", "|---||", "|", "| a |"]),
                   st.lists(_ROW, max_size=4)).map(lambda t: "\n".join([t[0], t[1], *t[2]]))
_PART_BODY = st.lists(st.one_of(_LINES, _TABLE), max_size=4).flatmap(
    lambda pieces: st.sampled_from(["\n", "\n\n"]).map(lambda sep: sep.join(pieces)))


def _tokens_and_model(body: str, path: Path) -> tuple[list[tuple[object, ...]], object]:
    from lawreport.sources.markdown import _parse_part, block_tokens

    tokens = [(t.type, t.map, t.content, t.markup, dict(t.attrs or {}),
               [(c.type, c.content, c.markup, c.level) for c in t.children or []])
              for t in block_tokens(body)]
    try:
        model: object = _parse_part(body, path)
    except SourceError as error:
        model = (error.message, error.line, error.column)
    return tokens, model


def _markdown_it_alone(body: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[object, ...]], object]:
    import lawreport.sources.markdown as markdown

    with monkeypatch.context() as patch:
        patch.setattr(markdown, "SHORTCUTS", False)
        return _tokens_and_model(body, path)


@given(_PART_BODY)
@example("# 标题\n正文第一行\n第二行\n## 下级标题\n\n| 项目 | 数量 |\n|---|---|\n| 案件 | 3 |\n段落")
@example("# 标题 #\n\n# 　全角空格\n\n#　全角空格\n\n#标题\n\n####### 七级\n\n正文 \n\n　缩进\n\n正文\u3000\n\n\u200b零宽")
@example("段落\n| a | b |\n|---|---|\n\n# 标题\n    # 缩进的标题\n\n# 标题\u00a0\n\n## \u2028\n\n\x1c")
@example("段落\n  \t\n段落\n\u3000\n段落\n\x0b\n段落")
@example("| 项目 | 数量 | 单位 |\n|:--|--:|:-:|\n| 案件 | 3 | 件 |\n\n| a | b |\n|---|---|\n| `x|y` |\n\n| 案件 | 3 |\n| **合计** | |\n\n|a|\n|-|\n\n| a | b |\n|---|---|\n| 1 |\n\n|a|b|\n|---|---|\n|1|2|3|")
@example("| a\u3000| b |\n|---|---|\n\n| a | `b|c` |\n|---|---|\n\n| a \\| b |\n|---|---|\n\n|a|\n|---|\n|\u00a0x|")
def test_plain_block_shortcut_gives_markdown_its_tokens(body: str) -> None:
    """Plain stretches of a part are tokenized without markdown-it (lawreport.sources.plainblocks);
    the tokens, and so the parsed part, are markdown-it's own."""
    path = Path("sections/2023/01-measures.md")
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _tokens_and_model(body, path) == _markdown_it_alone(body, path, monkeypatch)


def test_markdown_it_parses_only_what_is_not_plain(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """markdown-it sees only the stretches that are not plain, and every part of the example
    parses exactly as markdown-it alone parses it."""
    import lawreport.sources.markdown as markdown

    seen: list[str] = []
    block = markdown._parser().block
    real_parse = block.parse
    monkeypatch.setattr(block, "parse", lambda src, *args: seen.append(src) or real_parse(src, *args))
    body = ("# 标题\n正文。\n\n## 下级\n**加粗**的段落。\n\n| 项目 | 数量 |\n|---|---|\n| 案件 | 3 |\n\n"
            "  缩进的段落\n\n- 列表符号\n")
    tokens = markdown.block_tokens(body)
    assert seen == ["  缩进的段落"]
    assert [t.map for t in tokens if t.type in ("heading_open", "paragraph_open", "table_open", "tr_open")] == \
        [[0, 1], [1, 2], [3, 4], [4, 5], [6, 9], [6, 7], [8, 9], [10, 11], [12, 13]]

    parts = sorted((workspace / "sections").rglob("*.md"))
    assert len(parts) >= 8
    for part in parts:
        body = markdown.split_front_matter(part.read_text("utf-8"), part)[1]
        assert _tokens_and_model(body, part) == _markdown_it_alone(body, part, monkeypatch)


def test_example_is_parsed_without_importing_markdown_it(workspace: Path) -> None:
    """markdown-it (a tenth of a build's start) is imported only for input that needs it."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from lawreport.config import load_workspace; "
            "from lawreport.sources.loader import load_report; "
            "[load_report(load_workspace(Path(sys.argv[1])), year) for year in (2022, 2023)]; "
            "print(sorted(m for m in sys.modules if m.startswith('markdown_it')))")
    result = subprocess.run([sys.executable, "-c", code, str(workspace)], capture_output=True, text=True,
                            env={**os.environ, "LAWREPORT_CACHE_DIR": "off"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    (workspace / "sections/2023/plans.md").write_text("# 标题\n\n  缩进的段落\n", "utf-8")
    result = subprocess.run([sys.executable, "-c", code, str(workspace)], capture_output=True, text=True,
                            env={**os.environ, "LAWREPORT_CACHE_DIR": "off"})
    assert "markdown_it" in result.stdout
