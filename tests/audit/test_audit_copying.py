"""Cross-unit copying: the planted pair is found with both places; the boilerplate every unit quotes is not."""

from __future__ import annotations

import numpy as np

from lawreport.audit.copying import Owner, ShingleCounts, boilerplate_threshold, shared_passages
from lawreport.audit.records import SharedPassage
from lawreport.audit.shingles import Chunk, normalise, shingle_hashes


def test_the_copied_paragraph_is_found_with_both_units_and_places(audited):
    assert len(audited.shared) == 1
    passage = audited.shared[0]
    assert {passage.first.unit, passage.second.unit} == {"青岚县住房和城乡建设局", "青岚县自然资源局"}
    assert "一户一策" in passage.text and passage.chars >= 60
    for place in (passage.first, passage.second):
        assert place.part == "2024年度推进法治政府建设的主要举措和成效" and place.line > 5
        assert place.date == "2025-02-20"
    assert {passage.first.unit_of_line, passage.second.unit_of_line} == {"段", "行"}


def test_boilerplate_is_not_copying(audited):
    assert audited.stoplist > 0
    assert not any("习近平法治思想" in p.text or "法治轨道" in p.text for p in audited.shared)


def _chunk(text: str, line: int = 1) -> Chunk:
    normalised = normalise(text)
    return Chunk("一、", line, normalised, shingle_hashes(normalised), text)


SLOGAN = "坚持把法治政府建设作为全面依法治县的重点任务和主体工程，推动各项工作在法治轨道上运行。"


def _entries(count: int) -> list[tuple[Owner, Chunk]]:
    return [(Owner(f"{n}.txt", f"单位{n}", f"单位{n}", 2024, "行"), _chunk(SLOGAN)) for n in range(count)]


def _shared(entries: list[tuple[Owner, Chunk]], stoplist: np.ndarray) -> list[SharedPassage]:
    """shared_passages over chunks held in a list: the key of a chunk is its index."""
    fetched: list[int] = []

    def fetch(key: int) -> tuple[Owner, Chunk]:
        fetched.append(key)
        return entries[key]

    found = shared_passages(2024, [(n, hash(owner.file), chunk.hashes) for n, (owner, chunk) in enumerate(entries)],
                            stoplist, fetch)
    assert len(fetched) == len(set(fetched))  # each chunk is read back once
    return found


NOTHING = np.zeros(0, dtype=np.uint64)


def test_the_stoplist_decides_what_is_boilerplate():
    counts = ShingleCounts()
    for _, chunk in _entries(6):
        counts.add(np.unique(chunk.hashes))
    stoplist = counts.stoplist()
    assert counts.units == 6 and len(stoplist) == len(np.unique(shingle_hashes(normalise(SLOGAN))))
    assert _shared(_entries(6), stoplist) == []
    without = _shared(_entries(6), NOTHING)
    assert len(without) == 15  # every pair of six units, had nothing been learnt


def test_threshold_grows_with_the_corpus():
    assert boilerplate_threshold(3) == 4
    assert boilerplate_threshold(30) == 4
    assert boilerplate_threshold(1000) == 20


def test_counts_of_units_split_among_machines_merge_like_one_table():
    rng = np.random.default_rng(3)
    units = [np.unique(rng.integers(0, 400, size=120, dtype=np.uint64)) for _ in range(60)]
    whole, left, right = ShingleCounts(), ShingleCounts(fold_at=50), ShingleCounts(fold_at=7)
    for number, shingles in enumerate(units):
        whole.add(shingles)
        (left if number % 3 else right).add(shingles)
    left.merge(right)
    assert left.units == whole.units == 60
    assert np.array_equal(whole.stoplist(), left.stoplist())


def test_counting_in_batches_counts_exactly():
    rng = np.random.default_rng(5)
    units = [np.unique(rng.integers(0, 2000, size=rng.integers(1, 300), dtype=np.uint64)) for _ in range(200)]
    values, counts = np.unique(np.concatenate(units), return_counts=True)
    expected = values[counts >= boilerplate_threshold(len(units))]
    for fold_at in (1, 100, 10_000, 1 << 20):
        table = ShingleCounts(fold_at=fold_at)
        for shingles in units:
            table.add(shingles)
        assert np.array_equal(table.stoplist(), expected), fold_at
    assert len(expected) and ShingleCounts().stoplist().dtype == np.uint64


def test_same_unit_and_other_years_are_not_cross_unit_copying():
    text = "我们逐户上门听取意见，把每一户的诉求登记在册，形成一户一策的协商办法，全年促成和解四十七件。"
    same = [(Owner(f"{n}.txt", "甲局", "甲局", 2024, "行"), _chunk(text)) for n in range(2)]
    assert _shared(same, NOTHING) == []
    pair = [(Owner("a.txt", "甲局", "甲局", 2024, "行"), _chunk(text, 3)),
            (Owner("b.txt", "乙局", "乙局", 2024, "段"), _chunk("另起一句。" + text.replace("一户一策", "一家一策"), 9))]
    found = _shared(pair, NOTHING)
    assert len(found) == 1 and (found[0].first.line, found[0].second.line) == (3, 9)
    assert "……" in found[0].text  # the changed word splits the shared text into two runs


def test_shingles_ignore_whitespace_and_width():
    assert np.array_equal(shingle_hashes(normalise("法治 政府建设（2024）")), shingle_hashes(normalise("法治政府建设(2024)")))
    assert len(shingle_hashes("四个字")) == 0


def test_the_shared_text_is_quoted_as_the_reports_wrote_it(audited):
    """Shingles compare NFKC forms, but the passage shows the report's own full-width punctuation."""
    [passage] = audited.shared
    assert "，" in passage.text and "," not in passage.text


def test_a_shared_run_is_quoted_from_the_first_place_as_written():
    text = "我们逐户上门听取意见，把每一户的诉求登记在册；形成“一户一策”的协商办法，全年促成和解四十七件。"
    pair = [(Owner("a.txt", "甲局", "甲局", 2024, "行"), _chunk(text, 3)),
            (Owner("b.txt", "乙局", "乙局", 2024, "段"), _chunk(text.replace("，", ", ").replace("；", ";"), 9))]
    [found] = _shared(pair, NOTHING)
    assert found.text in text and "，" in found.text and "“一户一策”" in found.text


def test_sentence_ends_as_written_are_exactly_the_characters_whose_nfkc_ends_a_sentence():
    import sys
    import unicodedata

    from lawreport.audit.shingles import SENTENCE_ENDS

    ends = set("。!?;")
    found = {chr(code) for code in range(sys.maxunicode + 1)
             if not 0xD800 <= code <= 0xDFFF and ends & set(unicodedata.normalize("NFKC", chr(code)))}
    assert found == set(SENTENCE_ENDS)


def test_a_combining_mark_in_a_chunk_does_not_lose_its_widths():
    """“e” and U+0301 normalise to one “é”: the rest of the passage is still quoted as written."""
    from lawreport.audit.shingles import as_written

    text = "我们在白河咖啡馆（Cafe\u0301）举办法治沙龙，邀请律师讲解合同纠纷的处理办法，全年举办十二场"
    chunk = _chunk(text)
    assert as_written(chunk, 0, len(chunk.text)) == text
    assert as_written(chunk, chunk.text.index("é"), chunk.text.index("沙龙") + 2) == "e\u0301）举办法治沙龙"


def test_a_paragraph_a_report_repeats_is_one_place_of_it():
    """Two units' reports each repeating one row 200 times: one shared passage, at the first copy
    of each (every copy was paired with every copy of the other: 40,000 passages, a million at 1,000)."""
    text = "我们逐户上门听取意见，把每一户的诉求登记在册，形成一户一策的协商办法，全年促成和解四十七件。"
    entries = [(Owner(name, unit, unit, 2024, "行"), _chunk(text, line)) for name, unit in (("a.txt", "甲局"), ("b.txt", "乙局"))
               for line in range(1, 201)]
    [found] = _shared(entries, NOTHING)
    assert (found.first.file, found.first.line, found.second.file, found.second.line) == ("a.txt", 1, "b.txt", 1)


def test_a_long_sentence_repeating_a_phrase_is_aligned_within_a_bound():
    """Two chunks of 92,000 characters (a phrase of 23 repeated, no sentence end) took difflib 37 s:
    each character was tried against the 4,000 places of it in the other. Their shared start and end
    are matched as they are, the rest within the bound."""
    from lawreport.audit.copying import _matching_blocks
    from lawreport.text.alignwork import MAX_WORK, alignment_work

    phrase = "青岚县依法行政推进法治政府建设成效明显工作扎实"
    first, second = "甲" + phrase * 4_000 + "乙", "丙" + phrase * 4_000 + "乙。"
    assert alignment_work(first, second) > MAX_WORK
    assert _matching_blocks(first, second) == []  # nothing shared at the start or end; the middle over the bound
    same = phrase * 4_000
    assert _matching_blocks(same + "甲", same + "乙") == [(0, 0, len(same))]
    short = "一户一策的协商办法，全年促成和解四十七件"
    assert _matching_blocks(short, "另起" + short) == [(0, 2, len(short)), (len(short), len(short) + 2, 0)]
