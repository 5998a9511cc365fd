"""lawreport.text.dates: the date forms of Chinese official text."""

from __future__ import annotations

import datetime as dt

import pytest

from lawreport.text.dates import chinese_year, is_date_text, parse_date_text


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年2月22日", dt.date(2024, 2, 22)),
    (" 2024 年 2 月 22 日 ", dt.date(2024, 2, 22)),
    ("2024-02-22", dt.date(2024, 2, 22)),
    ("2024.2.22", dt.date(2024, 2, 22)),
    ("２０２４／２／２２", dt.date(2024, 2, 22)),
    ("二〇二四年二月二十二日", dt.date(2024, 2, 22)),
    ("二○二三年十二月三十一日", dt.date(2023, 12, 31)),
    ("2024年2月30日", None),
    ("2024年2月", None),
    ("于2024年2月22日", None),
])
def test_parse_date_text(text: str, expected: dt.date | None) -> None:
    assert parse_date_text(text) == expected


def test_a_date_line_need_not_be_a_real_date() -> None:
    assert is_date_text("2024年2月30日") and not is_date_text("2024年2月30日印发")
    assert chinese_year("二〇二三") == 2023 and chinese_year("二零二三") == 2023
