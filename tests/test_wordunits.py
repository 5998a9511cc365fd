"""Word units the HTML keeps on one line (lawreport.render.wordunits)."""

from __future__ import annotations

import pytest

from lawreport.render.wordunits import name_parts, number_pieces


@pytest.mark.parametrize(("text", "kept"), [
    ("2019年", ["2019年"]),
    ("2023年度", ["2023年度"]),
    ("全年受理23件，覆盖5.1万人次", ["23件", "5.1万人次"]),
    ("《纲要（2021—2025年）》", ["2021—2025年"]),
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
