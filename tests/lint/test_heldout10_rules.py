"""The rule gaps heldout10 found: M001 on a title whose year follows 报告 in brackets, M005 on a
page's 成文日期 when the 落款 gives none (the audit's fallback), and H008 on a heading run into its body
with no punctuation at all. The reports are of the fictional 青岚县."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.base import Diagnostic, Rule
from lawreport.lint.config import Active
from lawreport.lint.metadata import title_pattern
from lawreport.lint.runner import lint_document
from lawreport.lint.targets import load_received
from lawreport.sources.structure import load_structure

from .examples import received_text

TITLE = "样例市司法局2023年法治政府建设年度报告"


def _lint(path: Path, text: str, rule: Rule) -> list[Diagnostic]:
    path.write_text(text, encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    return lint_document(loaded.document, [Active(rule, None, rule.default_options())])


def _retitled(title: str) -> str:
    return received_text("").replace(TITLE, title).replace("样例市司法局", "青岚县司法局")


def test_a_year_in_brackets_after_the_report_is_the_title_s_year(tmp_path: Path) -> None:
    for title in ("青岚县司法局法治政府建设年度报告（2023年度）", "青岚县司法局法治政府建设年度报告(2023年)"):
        assert _lint(tmp_path / "报告.txt", _retitled(title), title_pattern.RULE) == [], title


def test_a_bracketed_year_does_not_stand_for_the_report(tmp_path: Path) -> None:
    [found] = _lint(tmp_path / "报告.txt", _retitled("青岚县司法局法治政府建设工作总结（2023年度）"), title_pattern.RULE)
    assert "文种“报告”" in found.message

