"""Word units the HTML keeps on one line (lawreport.render.wordunits)."""

from __future__ import annotations

import pytest

from lawreport.render.wordunits import heading_words, name_parts, number_pieces


@pytest.mark.parametrize(("text", "kept"), [
    ("2019年", ["2019年"]),
    ("2023年度", ["2023年度"]),
    ("全年受理23件，覆盖5.1万人次", ["23件", "5.1万人次"]),
    ("《纲要（2021—2025年）》", ["2021—2025年"]),
    ("15%～30%", ["15%～30%"]), ("9亿～16亿元", ["9亿～16亿元"]),  # before: 15%～30% free, 9亿 / ～ / 16亿
    ("成文日期 2024-03-15", []),  # a browser does not break inside an ISO date
    ("100%", []), ("9.3", []), ("86", []), ("同比增长（%）", []),
])
def test_a_number_is_kept_with_its_unit(text: str, kept: list[str]) -> None:
    pieces = number_pieces(text)
    assert "".join(piece for piece, _ in pieces) == text
    assert [piece for piece, whole in pieces if whole] == kept


@pytest.mark.parametrize(("name", "parts"), [
    ("示例县河口镇人民政府", ("示例县", "河口镇", "人民政府")),
    ("西湖区留下街道办事处", ("西湖区", "留下街道", "办事处")),
    ("白沙河区人民政府办公室", ("白沙河区", "人民政府", "办公室")),
    ("某某自治州人民政府", ("某某自治州", "人民政府")),
    ("示例县自然资源和规划局", ("示例县", "自然资源和规划局")),
    ("青岚县住房和城乡建设局", ("青岚县", "住房和城乡建设局")),  # 城乡 is not a township
    ("示例县市场监督管理局", ("示例县", "市场监督管理局")),  # nor is 市场 a city
    ("示例县乡村振兴局", ("示例县", "乡村振兴局")),
    ("区委办公室", ("区委", "办公室")),
    ("关于报送2023年度法治政府建设报告.docx", ("关于报送2023年度法治政府建设报告.docx",)),
])
def test_an_office_name_is_cut_between_its_parts(name: str, parts: tuple[str, ...]) -> None:
    assert name_parts(name) == parts


@pytest.mark.parametrize(("text", "kept"), [
    ("认真落实《法治政府建设实施纲要（2021—2025年）》", ["2021—2025年"]),
    ("其余7项于2024年1—3月开展，第21—30条", ["1—3月", "21—30条"]),
    ("覆盖15%～30%的学校", ["15%～30%"]),
    ("2023年度共办理86件", []),  # running text may wrap between a number and its unit
    ("2023年——这一年", []),  # a 破折号 is not a range
])
def test_running_text_keeps_only_ranges_whole(text: str, kept: list[str]) -> None:
    pieces = number_pieces(text, ranges_only=True)
    assert "".join(piece for piece, _ in pieces) == text
    assert [piece for piece, whole in pieces if whole] == kept


@pytest.mark.parametrize(("heading", "words"), [
    ("2023年度推进法治政府建设的主要举措和成效", ("2023年度", "推进", "法治政府建设", "的主要举措", "和成效")),
    ("扎实开展“八五”普法和青少年法治教育", ("扎实开展", "“八五”", "普法", "和青少年", "法治教育")),
    ("2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
     ("2023年度", "党政", "主要负责人", "履行推进", "法治建设", "第一责任人", "职责，", "加强", "法治政府建设", "的有关情况")),
    # no cut after an opening mark or before a closing one, none inside a range or 目的
    ("落实《法治政府建设实施纲要（2021—2025年）》的目的", ("落实", "《法治政府建设", "实施纲要", "（2021—2025年）》", "的目的")),
    ("依法化解教育领域矛盾纠纷", ("依法化解教育领域矛盾纠纷",)),  # nothing to cut at: one word, as before
])
def test_a_heading_is_cut_between_words(heading: str, words: tuple[str, ...]) -> None:
    assert heading_words(heading) == words
