"""常见错别字和误用词（T002 confusables）。

作用：按词表查找真实报告中出现过的错别字，例如“推荐法治政府建设”（推进）、“办政大厅”
（办证）、“习近平法制思想”（法治）、“实物界”（实务界）、“法法治”（法治）、“截止目前”“截止到目前”
“截止今年”（截至：到某时为止；“截止日期”“截止时间”的“截止”没有错）、重复的“的的”（“目的的”“的的确确”没有错）、
连写了两遍的词（“纳入纳入”“配合配合”“民政局民政局”：按词典分词后相邻的两个词相同才算，“自查自纠”“一项一项”不算）、“执法必严，违法必究”类固定提法的错字等。
原因：这些错误在已公开的报告中反复出现，校对时容易漏看。
修复：不自动修复（请作者确认）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import HAN_CLASS
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding, joined
from lawreport.lint.text import TextUnit, units

WORDS: dict[str, str] = {
    "推荐法治政府建设": "推进法治政府建设",
    "推荐法治建设": "推进法治建设",
    "办政大厅": "办证大厅",
    "习近平法制思想": "习近平法治思想",
    "实物界": "实务界",
    "法法治": "法治",
    "依法制国": "依法治国",
    "依法制校": "依法治校",
    "行政复义": "行政复议",
    "合法性审察": "合法性审查",
    "双随机一公开": "“双随机、一公开”",
    "谁执法谁普法普法": "谁执法谁普法",
    "第一责任任": "第一责任人",
    "的的": "的",
    **{f"依法治{level}委员会议": f"依法治{level}委员会会议" for level in "国省市州县区旗"},
    **{f"截止{when}": f"截至{when.removeprefix('到')}" for when in ("目前", "到目前", "今年", "到今年")},
}
"""Wrong → right. 委员会议 only after the committee's name: 全体委员会议 is a correct word.

截止 (to end; 截止日期、截止时间 are right) for 截至 (up to a time) only before a point in time the
sentence counts up to: 截止目前 → 截至目前 (a deadline is never 目前). 截止今年 only opening a clause
(截止今年6月，共…): after a subject it may be a deadline (申报截止今年6月底)."""
_CLAUSE_START = frozenset({"截止今年", "截止到今年"})
"""Wrong forms reported only at the start of a clause (after nothing or a punctuation mark)."""
_CLAUSE_MARKS = "，。；：、！？“"
_AFTER_OK = {"法法治": "宪普", "的的": "目"}
"""A wrong form that is right after one of these characters: 宪法法治宣传, 普法法治, 达到目的的手段."""
_BEFORE_OK = {"的的": "确"}
"""A wrong form that is right before one of these characters: 的的确确."""


_CHARACTERS = frozenset("".join(WORDS))


def _excused(wrong: str, before: str, after: str) -> bool:
    """Whether ``wrong`` between the characters ``before`` and ``after`` ("" at either end) is right after all."""
    if wrong in _CLAUSE_START:
        return bool(before) and before not in _CLAUSE_MARKS  # 申报截止今年6月底: a deadline
    if wrong == "双随机一公开":
        return before == "“"  # not reported inside quotation marks: “双随机一公开”
    return (bool(before) and before in _AFTER_OK.get(wrong, "")) or (bool(after) and after in _BEFORE_OK.get(wrong, ""))


_DOUBLED = re.compile(f"([{HAN_CLASS}]{{2,3}})\\1")
"""Two or three characters written twice: a word written twice (纳入纳入, 民政局民政局), or not
(检查自查自纠: 查自查自)."""
_AROUND = 8
"""Characters cut into words on each side of a doubled pair, to see where its words begin."""


def _doubled_words(unit: TextUnit) -> Iterator[Finding]:
    """A word written twice in a row: the dictionary cut of the text around a doubled pair holds
    the same word twice, side by side (“纳入/纳入”); “自查自纠” is one word, “一项一项” a count."""
    from lawreport.text.words import words

    for match in _DOUBLED.finditer(unit.text):
        start = max(match.start() - _AROUND, 0)
        position, previous = start, ""
        for word in words(unit.text[start:match.end() + _AROUND]):
            if word == previous and len(word) >= 2 and not word.startswith("一") \
                    and match.start() <= position < match.end():
                yield Finding(unit.span_at(position), f"“{word}”连写了两遍，请删去一个")
            position, previous = position + len(word), word


def check(doc: Document, options: None) -> Iterator[Finding]:
    whole = joined(doc)
    text = whole.text
    doubled = sorted({whole.unit_index(match.start()) for match in _DOUBLED.finditer(text)})  # rare: the
    for index in doubled:  # dictionary is loaded only then (a pair never spans two units: no break in it)
        yield from _doubled_words(units(doc)[index])
    found = {char for char in _CHARACTERS if char in text}  # a word stands only where each of its characters does,
    # and a character is searched for far faster than a word
    present = [(wrong, right) for wrong, right in WORDS.items() if found.issuperset(wrong) and wrong in text]
    if not present:
        return
    for unit in holding(doc, [wrong for wrong, _ in present]):
        for wrong, right in present:
            start = unit.text.find(wrong)
            while start >= 0:
                before = unit.text[max(start - 1, 0) : start]
                after = unit.text[start + len(wrong) : start + len(wrong) + 1]
                if not _excused(wrong, before, after):
                    yield Finding(unit.span_at(start), f"“{wrong}”疑为笔误，应写作“{right}”")
                start = unit.text.find(wrong, start + len(wrong))


RULE = Rule(
    code="T002",
    name="confusables",
    summary="常见错别字和误用词",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("深入学习习近平法制思想。", "全力推荐法治政府建设。", "召开县委全面依法治县委员会议2次。",
         "截止目前，已办结行政复议案件16件。", "截止到目前，共清理规范性文件9件。", "截止今年6月，共受理申请8件。",
         "2023年是全面贯彻二十大精神的的开局之年。", "将法治建设纳入纳入年度考核。",
         "示例县民政局民政局认真落实法治政府建设各项要求。"),
    good=("深入学习习近平法治思想，全力推进法治政府建设。", "召开县委全面依法治县委员会会议2次、政协全体委员会议1次。",
          "开展宪法法治宣传教育。", "截至目前，已办结行政复议案件16件，申报截止日期为3月10日。",
          "材料报送截止今年6月底。", "为达到普法目的的各项措施的的确确落到实处。",
          "开展执法检查自查自纠，一项一项抓好整改。"),
)
