"""The rule gaps heldout11 found: M008 on closings without 现将, H008 on part titles (a stand-alone one
ending in ；，。, a thematic one run into its body with no 。), P009 on the small-form brackets ﹝﹞ of a
文号, N009 after a 《 never closed, and M001 on a title ending “……的年度报告”. The reports are of the
fictional 青岚县."""

from __future__ import annotations

from pathlib import Path

from lawreport.lint.headings import part_title_style, runin_punct
from lawreport.lint.recall import preamble_closing

from .examples import DEFAULT_BODY, received_text
from .examples import lint_received_file as _lint

PREAMBLE = "2023年，青岚县司法局坚持依法行政。现将2023年度法治政府建设情况报告如下："
MEASURES = "一、2023年度推进法治政府建设的主要举措和成效\n"


def _report(old: str = "", new: str = "") -> str:
    """The example report, of 青岚县司法局, with ``old`` replaced by ``new``."""
    text = received_text(DEFAULT_BODY).replace("样例市司法局", "青岚县司法局").replace("样例市", "青岚县")
    return text.replace(old, new) if old else text


def _preamble(closing: str) -> str:
    return _report(PREAMBLE, f"2023年，青岚县司法局坚持依法行政。{closing}")


def test_a_closing_without_xianjiang_ending_in_a_full_stop_is_reported(tmp_path: Path) -> None:
    for closing in ("现根据县委要求，将2023年度法治政府建设有关情况报告如下。", "具体完成情况报告如下。"):
        [found] = _lint(tmp_path / "报告.txt", _preamble(closing), preamble_closing.RULE)
        assert (found.line, found.message) == (3, "“报告如下”引出下文，应以冒号“：”结尾，不用“。”"), closing


def test_a_closing_without_xianjiang_ending_in_a_colon_is_right(tmp_path: Path) -> None:
    for closing in ("现根据县委要求，将2023年度法治政府建设有关情况报告如下：", "现就2023年度工作汇报如下：",
                    "具体完成情况报告如下："):
        assert _lint(tmp_path / "报告.txt", _preamble(closing), preamble_closing.RULE) == [], closing


def test_two_closings_of_either_shape_are_reported_once(tmp_path: Path) -> None:
    text = _preamble("现根据县委要求，将有关情况报告如下：现将2023年度情况报告如下：")
    [found] = _lint(tmp_path / "报告.txt", text, preamble_closing.RULE)
    assert found.message == "“现将……报告如下”写了两次，请删去一处"


def test_a_stand_alone_part_title_ending_in_a_semicolon_is_reported(tmp_path: Path) -> None:
    """An opening shows the first part only: there is no other part title to compare it with (H010)."""
    for mark in "；，。":
        text = _report(MEASURES, MEASURES.replace("\n", f"{mark}\n"))
        text = text.split("二、")[0]  # the opening: part 一 only
        [found] = _lint(tmp_path / "报告.txt", text, runin_punct.RULE)
        assert (found.line, found.column) == (4, len(MEASURES)), mark
        assert "末尾" in found.message and mark in found.message, mark


def test_a_part_title_may_end_in_a_colon_and_run_in_with_a_full_stop(tmp_path: Path) -> None:
    for title in ("一、2023年度推进法治政府建设的主要举措和成效：\n", "一、加强组织领导。全年召开专题会议3次。\n"):
        assert _lint(tmp_path / "报告.txt", _report(MEASURES, title), runin_punct.RULE) == [], title


def test_h010_leaves_a_wrong_end_to_h008(tmp_path: Path) -> None:
    """One part title of four ends in ；: H008 reports it, H010 (the odd one out) does not again."""
    text = _report(MEASURES, MEASURES.replace("\n", "；\n"))
    assert [d.line for d in _lint(tmp_path / "报告.txt", text, runin_punct.RULE)] == [4]
    assert _lint(tmp_path / "报告.txt", text, part_title_style.RULE) == []
    colon = _report(MEASURES, MEASURES.replace("\n", "：\n"))  # ： is not H008's: H010 still compares it
    assert [d.line for d in _lint(tmp_path / "报告.txt", colon, part_title_style.RULE)] == [4]


THEMATIC = """青岚县人民政府2023年法治政府建设年度报告
青岚市人民政府：
2023年，青岚县人民政府坚持依法行政。现将有关情况报告如下：
一、坚持强化组织领导认真落实法治建设责任，完善县法治政府建设领导小组，由县长担任组长，每季度研究法治政府建设工作。健全工作制度。
二、完善公共法律服务体系建设。全年办理法律援助案件120件。
"""


def test_a_thematic_part_title_run_into_its_body_without_a_full_stop(tmp_path: Path) -> None:
    [found] = _lint(tmp_path / "报告.txt", THEMATIC, runin_punct.RULE)
    assert (found.line, found.column) == (4, len("一、坚持强化组织领导") + 1)
    assert found.message.startswith("段首标题与正文之间缺少句号：应写作“坚持强化组织领导。认真落实……”")


def test_small_form_brackets_in_a_document_number_are_reported_and_fixed(tmp_path: Path) -> None:
    from lawreport.lint.fix import apply_text
    from lawreport.lint.punctuation import doc_number_brackets

    text = _report(PREAMBLE, f"根据《关于报送年度报告的通知》（青法治办﹝2024﹞3号）要求，{PREAMBLE}")
    [found] = _lint(tmp_path / "报告.txt", text, doc_number_brackets.RULE)
    assert found.line == 3
    assert found.message == "发文字号的年份应用六角括号：“﹝2024﹞”应写作“〔2024〕”（“﹝﹞”是小型括号，不是六角括号）"
    assert found.fix is not None
    fixed, _ = apply_text(text, [found.fix])
    assert "（青法治办〔2024〕3号）" in fixed and "﹝" not in fixed


def test_an_about_title_may_end_in_the_annual_report(tmp_path: Path) -> None:
    from lawreport.lint.metadata import title_pattern

    title = "青岚县司法局2023年法治政府建设年度报告"
    good = _report(title, "中共青岚县委青岚县人民政府关于2023年法治政府建设工作的年度报告")
    assert _lint(tmp_path / "报告.txt", good, title_pattern.RULE) == []
    bad = _report(title, "青岚县司法局关于2023年法治政府建设年度报告")  # no 的: still told
    [found] = _lint(tmp_path / "报告.txt", bad, title_pattern.RULE)
    assert "“……的报告”" in found.message


def test_a_year_without_nian_after_a_title_mark_never_closed(tmp_path: Path) -> None:
    from lawreport.lint.recall import year_in_title

    line = "印发《青岚县2023年学法清单》《青岚县法治政府建设2023工作要点，明确任务12项，2024年底前完成。"
    [found] = _lint(tmp_path / "报告.txt", _report("全年开展集中学法6次。", line), year_in_title.RULE)
    assert (found.line, found.message) == (6, "文件名称中的年份“2023”后缺“年”，应写作“2023年”")
    assert found.column == len("印发《青岚县2023年学法清单》《青岚县法治政府建设") + 1


def test_text_after_a_closed_title_is_not_read_as_a_title(tmp_path: Path) -> None:
    """A 《 whose 》 follows later (after a comma inside the title) is a closed title, and prose after a
    closed title is not searched."""
    from lawreport.lint.recall import year_in_title

    for line in ("印发《关于加强学法，推进2023年度依法行政的意见》，2023全年开展学法6次。",
                 "印发《青岚县学法清单》，2023全年开展学法6次。"):
        assert _lint(tmp_path / "报告.txt", _report("全年开展集中学法6次。", line), year_in_title.RULE) == [], line
