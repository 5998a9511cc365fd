"""The 发文字号 on a line of its own (GB/T 9704-2012 7.2.4): 机关代字〔年份〕序号号.

As received texts write it: the year's 〔〕 often replaced by a look-alike ([ ] 【】 （） ［］),
spaces before the number. Lint's doc_number_brackets rule reports the wrong brackets; the
reader and the importer recognise the line as the masthead's, and lint does not check it as text.
"""

from __future__ import annotations

import re

DOC_NUMBER_LINE = re.compile(r"^[^\s，。：:]{1,16}[〔\[【（(［]\d{4}[〕\]】）)］]\s*\d{1,4}\s*号$")


def is_doc_number(line: str) -> bool:
    """Whether ``line`` (surrounding spaces aside) is only a 发文字号."""
    return bool(DOC_NUMBER_LINE.match(line.strip()))
