"""S001: a part whose sources hold only headings, with no text under any of them, is an empty part."""

from __future__ import annotations

from pathlib import Path

import pytest

SHORTCOMINGS = "sections/2023/shortcomings.md"


@pytest.mark.parametrize("text", ["# 依法治教意识还需持续增强\n", "# 依法治教意识还需持续增强\n\n## 学校章程执行不到位\n\n# 执法能力不足\n"])
def test_a_required_part_of_headings_only_is_reported_and_not_built(cli, workspace: Path, text: str) -> None:
    """Before: lint found nothing, and the PDF printed 二、…不足和原因 with one （一） line and no text."""
    (workspace / SHORTCOMINGS).write_text(text, "utf-8")
    result = cli("lint", cwd=workspace)
    assert result.exit_code == 1 and "S001" in result.output and "只有小标题，没有正文" in result.output, result.output
    assert cli("build", "2023", "--format", "html", cwd=workspace).exit_code == 1


def test_a_heading_with_text_under_a_later_sibling_is_not_empty(cli, workspace: Path) -> None:
    (workspace / SHORTCOMINGS).write_text("# 依法治教意识还需持续增强\n\n# 执法能力不足\n\n执法人员大多由业务股室人员兼任。\n",
                                          "utf-8")
    result = cli("lint", cwd=workspace)
    assert "只有小标题" not in result.output, result.output


def test_run_in_headings_carry_their_own_text(cli, workspace: Path) -> None:
    (workspace / SHORTCOMINGS).write_text("# 依法治教意识还需持续增强。\n\n# 执法能力不足。\n", "utf-8")
    assert "只有小标题" not in cli("lint", cwd=workspace).output


def test_an_optional_part_of_headings_only_is_a_warning(cli, workspace: Path) -> None:
    (workspace / "sections/2023/other.md").write_text("# 其他情况\n", "utf-8")
    result = cli("lint", cwd=workspace)
    assert "只有小标题，没有正文，没有需要报告的内容时请删除这一部分" in result.output and "警告" in result.output
