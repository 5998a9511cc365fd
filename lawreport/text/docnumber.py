"""The 发文字号 on a line of its own (GB/T 9704-2012 7.2.4): 机关代字〔年份〕序号号.

As received texts write it: the year's 〔〕 often replaced by a look-alike ([ ] 【】 （） ［］),
spaces before the number. Lint's doc_number_brackets rule reports the wrong brackets; the
reader and the importer recognise the line as the masthead's, and lint does not check it as text.
"""

from __future__ import annotations

import re

DOC_NUMBER_LINE = re.compile(r"^[^\s，。：:]{1,16}[〔\[【（(［]\d{4}[〕\]】）)］]\s*\d{1,4}\s*号$")
DOC_NUMBER_AND_SIGNER_LINE = re.compile(DOC_NUMBER_LINE.pattern[:-1] + r"\s+签发人\s*[：:]\s*\S.{0,30}$")
"""The 发文字号 with the 签发人 on its right, on one line, as a 上行文's 版头 sets them (GB/T 9704-2012
7.2.5: “岚委〔2026〕5号   签发人：周某 李某”)."""
DOC_NUMBER = re.compile(r"[〔\[【（(［]\s*\d{4}\s*[〕\]】）)］]\s*第?\s*\d{1,4}\s*号")
"""The year and number of a 发文字号 anywhere in a line (“天政发〔2026〕7号”, “岚政发[2026]3号”): the
year the document was issued, not the year a report is on."""


LEADING_DOC_NUMBER = re.compile(r"^[^\s，。：:〔\[【（(［]{1,16}" + DOC_NUMBER.pattern + r"\s*")
"""A 发文字号 a line opens with (“岚政发〔2026〕3号 关于……的报告”)."""


def without_doc_numbers(text: str) -> str:
    """``text`` with the year and number of each 发文字号 in it blanked out (positions kept)."""
    return DOC_NUMBER.sub(lambda match: " " * len(match[0]), text)


def is_doc_number(line: str) -> bool:
    """Whether ``line`` (surrounding spaces aside) is only a 发文字号."""
    return bool(DOC_NUMBER_LINE.match(line.strip()))
