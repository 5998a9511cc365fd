"""Dates as Chinese official text writes them: 2024年2月22日, 2024-02-22, 2024.2.22, 二〇二四年二月二十二日.

Shared by the importer (lawreport.importing.docinfo), the reading of received reports and the
lint rules, which need the date forms without the importer's line recognition.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from lawreport.text.numbering import from_chinese

CHINESE_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
"""The digits of a year written in Chinese (二〇二三, with ○ or 零 for the zero) → Arabic digits."""
_DATE_AR = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_DATE_SEP = re.compile(r"^(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})$")
_DATE_CN = re.compile(r"^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$")


def chinese_year(digits: str) -> int:
    """``二〇二三`` → 2023 (four of :data:`CHINESE_DIGITS`)."""
    return int("".join(CHINESE_DIGITS[ch] for ch in digits))


def is_date_text(text: str) -> bool:
    """Whether ``text`` is only a date, in any of the forms real reports use (the date need not exist)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    return bool(_DATE_AR.match(plain) or _DATE_SEP.match(plain) or _DATE_CN.match(plain))


def parse_date_text(text: str) -> dt.date | None:
    """``2024年2月22日``, ``2024-02-22``, ``2024.2.22`` or ``二〇二四年二月二十二日`` → date."""
    plain = unicodedata.normalize("NFKC", text).strip()
    match = _DATE_AR.match(plain) or _DATE_SEP.match(plain)
    numbers: tuple[int | None, ...]
    if match:
        numbers = (int(match[1]), int(match[2]), int(match[3]))
    else:
        match = _DATE_CN.match(plain)
        if match is None:
            return None
        numbers = (chinese_year(match[1]), from_chinese(match[2]), from_chinese(match[3]))
    if None in numbers:
        return None
    try:
        return dt.date(*numbers)  # type: ignore[arg-type]
    except ValueError:
        return None
