"""A 落款 whose office and 成文日期 stand on one line (“示例县水务局　　2024年2月18日”, spaces or a tab
between them; common where a web page or a hand-made layout lost the line break). The reader takes
both, so that nothing says 缺少落款 and the audit has its date; M003 asks, as a warning, for the
date on the line below (GB/T 9704-2012 7.3.5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from lawreport.importing.docinfo import signed_one_line
from lawreport.importing.lines import Line
from lawreport.model import OffsetMap, Span
from lawreport.received import read_received
from lawreport.sources.structure import load_structure
from tests.importing.docx_fixtures import frame, make_docx, para
from tests.received.shapes import codes_of, read_text
from tests.received.test_other_producers import PARTS
from tests.received.test_site_footer import REPORT

BODY = REPORT[:-2]


@pytest.mark.parametrize("gap", ["　　", "    ", "\t", " "])
def test_office_and_date_on_one_line_in_a_text(gap: str):
    lines = [*BODY, f"青禾县水务局{gap}2025年2月26日"]
    found = read_text("\n".join(lines) + "\n")
    assert (found.signature, found.date) == ("青禾县水务局", "2025年2月26日")
    assert found.report.meta.date == dt.date(2025, 2, 26)
    date = found.report.meta.spans["date"]
    assert (date.line, date.column) == (len(lines), len("青禾县水务局" + gap) + 1)
    assert found.report.part("plans").blocks[-1].text == "计划开展河湖执法专项行动2次。"
    codes = codes_of("\n".join(lines) + "\n")
    assert (len(lines), "M003") in codes  # the warning at the date, not 缺少落款
    assert [line for line, code in codes if code == "M003"] == [len(lines)]


def test_the_one_line_signature_is_a_warning_that_names_the_fix(tmp_path: Path):
    from click.testing import CliRunner

    from lawreport.cli import cli

    path = tmp_path / "收到.txt"
    path.write_text("\n".join([*BODY, "青禾县水务局\t2025年2月26日"]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lint", str(path)])
    [line] = [line for line in result.output.splitlines() if "M003" in line]
    assert "同一行" in line and "另起一行" in line and "警告" in line
    assert "缺少落款" not in result.output


def test_office_and_date_in_one_word_paragraph(tmp_path: Path):
    path = tmp_path / "报告.docx"
    path.write_bytes(make_docx(frame(PARTS, signature=False) + para("示例县水务局\t\t2024年2月18日")))
    found = read_received(path, load_structure(None))
    assert (found.signature, found.date) == ("示例县水务局", "2024年2月18日")


@pytest.mark.parametrize("text", [
    "计划开展河湖执法专项行动 2025年2月26日",  # no office's name before the date
    "青禾县水务局2025年2月26日",  # no gap: not split here
    "四、2025年度推进法治政府建设的主要安排",
    "青禾县水务局　　二〇二五年二月",  # no full date
])
def test_other_lines_are_not_one_line_signatures(text: str):
    line = Line(text, Span(Path("x.txt"), 1, 1), OffsetMap(Path("x.txt"), ((0, 1, 1),)))
    split = signed_one_line(line)
    assert split is None or not split[0].text.endswith(("局", "政府"))
