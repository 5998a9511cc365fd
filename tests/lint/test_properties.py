"""Property tests: no rule raises on arbitrary text, and fixing is idempotent."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.lint.session import run
from lint.examples import received_text

ALPHABET = st.sampled_from(
    list("依法行政执法学习年度报告一二三四五六七八九十〇") + list("0123456789０１ABCabc")
    + list(",.;:?!()\"'，。；：？！（）“”‘’《》【】〔〕、…—-~～ \u3000\u00a0\u200b\u202e\x0b") + ["(1)", "（一）", "1.", "一、"]
)
LINES = st.lists(st.lists(ALPHABET, max_size=30).map("".join), min_size=1, max_size=6).map("\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=LINES)
def test_no_rule_raises_and_fix_is_idempotent(body):
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "r.txt"
        path.write_text(received_text("（一）加强学习\n" + body), encoding="utf-8")
        run([str(path)], select="ALL")
        run([str(path)], select="ALL", fix=True)
        once = path.read_bytes()
        again = run([str(path)], select="ALL", fix=True)
        assert path.read_bytes() == once
        assert again.fixed == 0
        assert not [d for d in again.diagnostics if d.fix is not None]
