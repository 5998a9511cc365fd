"""The run's store on disk: rows come back in file order, the copy index's input per unit and per chunk."""

from __future__ import annotations

import numpy as np
import pytest

from lawreport.audit.copying import Owner
from lawreport.audit.perfile import unreadable_row
from lawreport.audit.shingles import Chunk, normalise, shingle_hashes
from lawreport.audit.spool import Spool


def _chunk(text: str, line: int) -> Chunk:
    normalised = normalise(text)
    return Chunk("一、主要举措", line, normalised, shingle_hashes(normalised), text)


def test_rows_and_chunks_come_back_as_stored():
    with Spool() as spool:
        folder = spool.path.parent
        rows = [unreadable_row(f"/in/{n}.txt", f"原因{n}") for n in range(3)]
        first = [_chunk("全县推行行政执法三项制度，覆盖四十二个执法单位。", 4), _chunk("开展执法案卷评查一百二十件。", 6)]
        second = [_chunk("建立镇村两级调解组织，受理纠纷三百一十件。", 9)]
        spool.add(rows[0], Owner("/in/0.txt", "甲局", "甲局", 2024, "行", "2025-02-01"), first)
        spool.add(rows[1])
        spool.add(rows[2], Owner("/in/2.txt", "甲局", "甲局", 2024, "段"), second)
        assert len(spool.rows()) == 3 and list(spool.rows()) == rows and list(spool.rows()) == rows
        assert spool.years() == [2024]
        (unit,) = list(spool.unit_shingles(2024))  # two files of one unit are one unit
        assert np.array_equal(unit, np.unique(np.concatenate([c.hashes for c in first + second])))
        stored = list(spool.chunk_hashes(2024))
        assert [len(h) for _, _, h in stored] == [len(c.hashes) for c in first + second]
        assert len({file_id for _, file_id, _ in stored}) == 2  # the chunks say which file they are of
        owner, chunk = spool.chunk(stored[2][0])
        assert owner == Owner("/in/2.txt", "甲局", "甲局", 2024, "段", "")
        assert chunk.text == second[0].text and chunk.line == 9 and np.array_equal(chunk.hashes, second[0].hashes)
        assert spool.chunk(stored[0][0])[0].date == "2025-02-01"
        assert folder.is_dir()
    assert not folder.exists()


def test_the_store_is_removed_when_the_run_fails():
    with pytest.raises(RuntimeError), Spool() as spool:
        folder = spool.path.parent
        spool.add(unreadable_row("/in/a.txt", "原因"))
        raise RuntimeError("stopped")
    assert not folder.exists()
