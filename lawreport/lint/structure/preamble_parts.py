"""开头列出的部分在报告中找不到（S006 preamble-announces-parts）。

作用：开头（导语）中说明报告包括哪几部分时（如“现将工作开展情况、存在的不足和下一步安排
报告如下：”），检查每一项在后文都有对应的部分。只看含“如下”“包括”“分为”的句子，且句中
至少有两项相邻（以顿号或“和”“及”“与”连接）、各自不长于 16 个字并能认出部分时才当作列举，
普通句子里恰好含有关键词的分句（“聚焦存在的问题，统筹安排各项工作”）不算；按结构数据中
各部分的关键词识别。
原因：报告内部应前后一致；有的报告模仿政府信息公开年报的导语列出各部分，但删改正文后
忘了改导语（domain.md §1.4）。
修复：不自动修复（应补写该部分，或改导语）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity, matched
from lawreport.model import PartSpec

_SENTENCE = re.compile(r"[^。！？]*[。！？：:]?")
_ANNOUNCES = ("如下", "包括", "分为")
_ITEM = re.compile(r"[^、，,；;及和与]+")
_JOINS = ("、", "和", "及", "与", "以及")
MAX_ITEM = 16
_LEAD = re.compile(r"\s*(?:现将|现就|将)?")
_TRAIL = re.compile(r"(?:等?(?:报告|汇报)如下|包括|分为)?\W*$")
"""What stands before the first item and after the last (“现将……”, “……报告如下：”): not part of their names."""


def _named(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the name in ``sentence[start:end]`` (one listed item) starts and ends, without ``_LEAD``
    and ``_TRAIL``."""
    item = sentence[start:end]
    lead = _LEAD.match(item)
    first = lead.end() if lead else 0
    trail = _TRAIL.search(item, first)
    last = trail.start() if trail else len(item)
    return (start + first, start + last) if last > first else (start, end)


def _spec_of(item: str, specs: tuple[PartSpec, ...]) -> PartSpec | None:
    for spec in specs:
        if any(word in item for word in spec.keywords):
            return spec
    return None


def _listed(sentence: str, offset: int, specs: tuple[PartSpec, ...]) -> dict[str, tuple[int, int]]:
    """The parts a sentence lists, each with where its item starts and ends: short items (at most ``MAX_ITEM`` characters) naming parts, next
    to each other and joined by 、 和 及 与 (not an ordinary sentence whose clauses happen to
    hold a keyword, such as “聚焦存在的问题，统筹安排各项工作”)."""
    best: dict[str, tuple[int, int]] = {}
    run: dict[str, tuple[int, int]] = {}
    previous_end = None
    for item in _ITEM.finditer(sentence):
        spec = _spec_of(item.group(), specs)
        joined = previous_end is not None and sentence[previous_end:item.start()] in _JOINS
        if spec is None or len(item.group().strip()) > MAX_ITEM:
            run, previous_end = {}, None
            continue
        if not joined:
            run = {}
        first, last = _named(sentence, item.start(), item.end())
        run.setdefault(spec.key, (offset + first, offset + last))
        previous_end = item.end()
        if len(run) > len(best):
            best = dict(run)
    return best


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    for paragraph in report.meta.preamble:
        text = paragraph.text
        for sentence in _SENTENCE.finditer(text):
            if not any(word in sentence.group() for word in _ANNOUNCES):
                continue
            found = _listed(sentence.group(), sentence.start(), report.structure.parts)
            if len(found) < 2:
                continue
            for key, (start, end) in found.items():
                if report.part(key) is None:
                    spec = report.structure.spec(key)
                    title = spec.title_in(report.year) if spec else key
                    yield Finding(paragraph.span_at(start),
                                  f"开头说明要报告这一项，但报告中没有“{title}”部分：请补写该部分，或修改开头的说明",
                                  length=matched(paragraph.span_at, start, end))


RULE = Rule(
    code="S006",
    name="preamble-announces-parts",
    summary="开头列出的各部分在报告中都有",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("replace:现将2023年度法治政府建设情况报告如下：:现将工作开展情况、存在的不足、第一责任人履职情况、"
         "下一步安排和其他需要报告的情况报告如下：",),
    good=("replace:现将2023年度法治政府建设情况报告如下：:现将工作开展情况、存在的不足、第一责任人履职情况和"
          "下一步安排报告如下：",
          "replace:现将2023年度法治政府建设情况报告如下：:针对存在的问题，我们制定了计划。现将2023年度情况报告如下：",
          "replace:现将2023年度法治政府建设情况报告如下：:聚焦执法中存在的问题，统筹安排各项工作，现将有关情况报告如下："),
)
