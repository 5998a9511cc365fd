"""Characters of the DOCX that its printed pages leave out (D005, and build --format pdf's note)."""

from __future__ import annotations

import io

from docx import Document

from lawreport.building.printcheck import missing_note
from lawreport.lint.built.printedtext import MAX_ALIGNED, MAX_WORK, Missing, missing_in_print
from tests.received.pdfs import official

PARAGRAPHS = [
    "青岚县统计局2025年法治政府建设年度报告",
    "全年对辖区内63家调查对象开展统计执法检查，立案查处统计违法案件5件。2025年共办结8件。",
    "检查结果全部在县政府网站公示，执法全过程记录率达到100%。",
]


def _printed(texts: list[str], page: int = 1) -> list[tuple[str, int]]:
    return [(text, page) for text in texts]


def test_a_complete_print_leaves_nothing_out():
    assert missing_in_print(PARAGRAPHS, _printed(PARAGRAPHS)) == []


def test_a_full_stop_left_out_is_named_with_its_paragraph_words_and_page():
    lines = ["青岚县统计局2025年法治政府建设年度报告", "全年对辖区内63家调查对象开展统计执法检查，立案查处统计违法案件5件",
             "2025年共办结8件。检查结果全部在县政府网站公示，执法全过程记录率达到100%。"]
    printed = [(lines[0], 1), (lines[1], 1), (lines[2], 2)]
    [missing] = missing_in_print(PARAGRAPHS, printed)
    assert missing == Missing("。", 1, "立案查处统计违法案件5件", 1)
    assert missing.describe() == "第 1 页“……立案查处统计违法案件5件”之后的“。”"


def test_what_the_print_adds_and_how_it_spaces_are_not_missing():
    printed = [("— 1 —", 1), ("青岚县统计局 2025 年法治政府建设年度报告", 1), (PARAGRAPHS[1], 1),
               ("— 2 —", 2), (PARAGRAPHS[2].replace("，", "， "), 2)]
    assert missing_in_print(PARAGRAPHS, printed) == []


def test_a_ligature_the_pdf_keeps_is_its_letters():
    assert missing_in_print(["Office 文件 profile"], [("Oﬃce 文件 proﬁle", 1)]) == []


def test_a_text_too_long_to_align_is_counted_not_placed():
    long = "统计执法检查。" * (MAX_ALIGNED // 7 + 1)
    [missing] = missing_in_print([long], [(long[:-1], 1)])
    assert (missing.characters, missing.paragraph, missing.page) == ("。", None, None)


def test_a_character_repeated_throughout_is_counted_not_aligned():
    """10,000 of one character between two others, all three left out: difflib tries each against
    every place of it (10^8 steps, seconds; minutes at 40,000), so the missing ones are counted only."""
    run = "法" * 10_000
    assert len(run) <= MAX_ALIGNED and len(run) ** 2 > MAX_WORK
    [missing] = missing_in_print([f"甲{run}乙"], [(run[1:], 1)])
    assert (missing.characters, missing.paragraph, missing.page) == ("乙法甲", None, None)


def test_only_the_text_between_the_same_start_and_end_is_aligned():
    """One full stop left out of a sentence written 2,500 times: placed where it is missing (the first
    sentence), found at once, since the texts agree up to it and after it."""
    sentence = "排查整改隐患203处。"
    text = sentence * 2_500
    [missing] = missing_in_print([text], [(text.replace("。", "", 1), 3)])
    assert missing == Missing("。", 0, "排查整改隐患203处", 3)


def _docx(paragraphs: list[str]) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_build_notes_a_character_its_pdf_left_out():
    title, body = PARAGRAPHS[0], PARAGRAPHS[1:]
    docx = _docx([title, "青岚县人民政府：", *body])
    assert missing_note(docx, official(title, "青岚县人民政府：", body), "报告") == ()
    shortened = [body[0].replace("5件。", "5件"), body[1]]
    [note] = missing_note(docx, official(title, "青岚县人民政府：", shortened), "报告")
    assert note.startswith("生成的 PDF 少了 1 个字（第 1 页“……立案查处统计违法案件5件”之后的“。”）")
    assert "另存为 PDF" in note
