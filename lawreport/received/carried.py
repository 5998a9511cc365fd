"""Lines of a 政府信息公开 list that a copy broke in the wrong places.

A page that sets its list out as “- 标签：值” items, copied as text, may break each item after its
label's colon, so that the value starts the next line and the next item's label follows it there
(“发文机关：” / “××县教育局 发文日期：2025-02-25 - 名称：” / “……年度报告 - 文号：”), and leave an empty
item as a lone bullet (“-”). A page whose labels stand without colons may also end its list with a
label that has no value (“公开日”), right above the title. These helpers recognise such lines;
:mod:`lawreport.received.furniture` decides where the page ends.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from lawreport.cjk import HAN_CLASS
from lawreport.received import labels

_BULLETS_ONLY = re.compile(r"^[-*•·●▪◆■|｜\s]+$")
"""A line that is only bullets (an empty item of a bulleted list) or bars (an empty table row)."""
_TITLE_LABELS = ("标题", "名称")
MAX_VALUE = 40
"""The longest value carried onto the next line (a title, given as the value of 名称)."""


class Carried(NamedTuple):
    """A line that begins with the value of the label above and goes on with the list's next labels."""

    value: str
    """The value of the label the line above ended with."""
    at: int
    """Where, in the line's text, the next label (with its bullet) begins."""
    pairs: list[tuple[str, str]]
    """The labels and values from ``at`` on."""


def bullets_only(text: str) -> bool:
    """A line that is only a bullet or a bar: an empty item of the list, never report text."""
    return bool(_BULLETS_ONLY.match(text))


def carried(text: str) -> Carried | None:
    """``text`` as a value followed by the list's next labels (“××县教育局 发文日期：2025-02-25 - 名称：”),
    else None. Positions are the text's own (NFKC keeps the length of these lines; a line it
    would change is not taken)."""
    plain = unicodedata.normalize("NFKC", text)
    if len(plain) != len(text):
        return None
    label = next((match for match in labels.LABEL.finditer(plain) if match.start() > 0), None)
    if label is None:
        return None
    start = label.start()
    while start > 0 and plain[start - 1] in "-*•·●▪◆■ \t":
        start -= 1  # the next item's bullet belongs to it
    value = plain[:start].strip(" -*\t")
    if not value or len(value) > MAX_VALUE or "。" in value or labels.LABEL.match(plain):
        return None
    pairs = labels.labels_in(plain[start:])
    return Carried(value, start, pairs) if pairs else None


def is_title_label(label: str) -> bool:
    """A label whose value is the document's title (“名称：”, “标题：”)."""
    return label in _TITLE_LABELS


_LABEL_WORD = re.compile(rf"^[{HAN_CLASS}]{{2,6}}$")
_LABEL_ENDINGS = ("分类", "种类", "类别", "类型", "日期", "时间", "机构", "单位", "字号", "编号", "来源", "状态",
                  "时效", "范围", "方式", "目录", "载体")
"""How the name of a label of the 政府信息公开 list ends (“信息类别”, “公开方式”)."""


def unnamed_label(text: str) -> bool:
    """A label without colon and without value, which the list does not know by name: a known
    label cut short (“公开日” of 公开日期) or a word ending as labels do (“信息类别”)."""
    word = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if not _LABEL_WORD.match(word):
        return False
    cut_short = len(word) >= 3 and any(label.startswith(word) and label != word for label in labels.LABELS)
    return cut_short or word.endswith(_LABEL_ENDINGS)
