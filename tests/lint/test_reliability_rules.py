"""The reliability review's lint rows: ` #` in report.yaml (Y5), visible snippets, table shape and syntax (M8)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lawreport.cjk import visible
from lawreport.commands.lint import lint
from lawreport.lint.session import run


def _yaml(workspace: Path) -> Path:
    return workspace / "sections" / "2023" / "report.yaml"


def test_hash_in_yaml_value_is_found_at_its_column(workspace):
    path = _yaml(workspace)
    text = path.read_text(encoding="utf-8").replace("addressee: 示例县人民政府", "addressee: 示例县人民政府 # 县委")
    path.write_text(text, encoding="utf-8")
    found = [d for d in run(["2023"]).diagnostics if d.code == "M007"]
    line = text.split("\n").index("addressee: 示例县人民政府 # 县委") + 1
    assert [(d.line, d.column) for d in found] == [(line, len("addressee: 示例县人民政府 #"))]
    assert "`#` 之后被当作注释，请加引号" in found[0].message


def test_hash_in_block_scalar_or_deliberate_comment_is_fine(workspace):
    path = _yaml(workspace)
    text = path.read_text(encoding="utf-8").replace("坚持以习近平", "按 #3 号文件，坚持以习近平")
    text = text.replace("issuer_type: department", "issuer_type: department  # 部门")
    path.write_text(text, encoding="utf-8")
    assert not [d for d in run(["2023"]).diagnostics if d.code == "M007"]


def test_snippet_shows_bidi_and_control_characters_visibly(tmp_path):
    assert visible("甲\u202e乙\u200b丙\t丁") == "甲<U+202E>乙<U+200B>丙 丁"
    path = tmp_path / "报告.txt"
    from lint.examples import received_text

    path.write_text(received_text("（一）加强学习\n全年开展\u202e集中学法6次,效果好。"), encoding="utf-8")
    result = CliRunner().invoke(lint, [str(path)])
    assert "\u202e" not in result.output and "<U+202E>" in result.output
    lines = result.output.split("\n")
    snippet = next(i for i, line in enumerate(lines) if "P001" in line) + 1
    caret = lines[snippet + 1].index("^") - lines[snippet + 1].index("| ") - 2
    shown = lines[snippet][lines[snippet].index("| ") + 2:]
    width = sum(2 if ord(c) > 0x2e80 else 1 for c in shown[:shown.index(",")])
    assert caret == width


def test_table_rows_with_a_different_cell_count(workspace):
    path = workspace / "sections" / "2023" / "measures.md"
    text = path.read_text(encoding="utf-8") + "\n| 项目 | 件数 |\n|---|---|\n| 许可 | 94 | 3 |\n| 处罚 | 12 |\n"
    path.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    found = [(d.line, d.code) for d in run(["2023"]).diagnostics]
    assert found == [(lines.index("| 许可 | 94 | 3 |") + 1, "T010")]


def test_footnotes_and_lists_are_reported_once_each(workspace):
    path = workspace / "sections" / "2023" / "measures.md"
    text = path.read_text(encoding="utf-8") + "\n全年办理许可94件[^1]。\n\n[^1]: 含延续。\n\n- 一项\n"
    path.write_text(text, encoding="utf-8")
    found = sorted((d.line, d.code) for d in run(["2023"]).diagnostics)
    lines = text.split("\n")
    assert found == [(lines.index("全年办理许可94件[^1]。") + 1, "T011"), (lines.index("[^1]: 含延续。") + 1, "T011"),
                     (lines.index("- 一项") + 1, "T011")]


def test_a_marker_with_one_half_width_bracket_is_reported_not_a_crash(tmp_path):
    """H007 on “(二）”: the one half-width bracket is fixed (the rule used to look for a “)” and fail)."""
    from lint.examples import received_text

    path = tmp_path / "报告.txt"
    path.write_text(received_text("(一)加强学习\n正文。\n(二）规范执法\n正文。"), encoding="utf-8")
    found = {d.line: d for d in run([str(path)], select="H007").diagnostics}
    assert [len(d.fix.edits) for d in found.values() if d.fix] == [2, 1]
    mixed = found[max(found)]
    assert mixed.message == "序号“(二）”应使用全角括号：“（二）”" and mixed.fix.edits[0][2:] == ("(", "（")
