"""段首标题和独立标题的句末标点（H008 runin-heading-punct）。

作用：报告中的小标题有两种写法：独立成行（段）的标题，末尾不加句号；与正文写在同一段的
段首标题（run-in），以“。”结束后接正文，如“（一）加强学习。全年开展……”。本规则检查：
独立成行的标题以“。”结尾（收到的报告）；标题以“，”“；”“、”“：”结尾；标题与正文之间缺少
句号（标题后直接接“一是……”）；收到的报告中段首标题没有任何标点、直接接正文（“（一）加强执法监督
工作编制《……办法》，明确……”）：到第一个“。”为止的文字在 40 字以上（比绝大多数标题长），以“加强”
“推动”“认真”等动词开头，且第一个逗号之前有标题的结尾词（“领导”“职责”“工作”“措施”等）紧接着正文句子的
开头（“充分发挥”“编制”“强化”“召开”等动词，或“我局”“局党组”“县政府”“全年”“2024年”、发文机关名称等主语），
在该处报告（判断方法见 lawreport/lint/headings/runin_boundary.py；看不出标题在哪里结束的不报告）；源文件中以“。”结尾的标题（按约定即段首标题）下面没有可以
接排的正文段落；源文件的标题在句号之后还有文字（正文写进了标题）。收到的报告中，“存在的不足”
“主要安排”常把要点写成带序号的完整句子，每句一段（“（一）部分科室重视不够，压力没有传导下去。”）：
两条以上同级序号连续出现、每条都是以“。”结尾且句中有逗号（或很长）的一句话、下面没有自己的正文，
这样的序号句读作带序号的正文段落，不是标题，不报告；“（一）加强组织领导。”这样的短标题独立成行仍报告。
收到的报告中的部分（一级）标题（“一、2023年度推进法治政府建设的主要举措和成效”，以及以自拟主题作一级标题的
“一、坚持……”）同样检查：独立成行而以“；”“，”“、”“。”结尾（“：”引出下文，可以用），与正文接排而缺少句号。只看这一个标题，
不必与其他部分标题比较（只节选开头的报告常常只有第一个部分）；各部分标题末尾标点是否一致由 H010 检查，
H008 已报告的标点 H010 不再重复报告。
原因：GB/T 15834-2011 规定标题末尾通常不用句号；段首标题以句号与正文隔开，是报告的通行
写法，同一份报告应一致（domain.md §3.1、§6 第 19 条）。
修复：不自动修复（去掉句号还是与正文接排，需要作者判断）。
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.headings.runin_boundary import unpunctuated_end
from lawreport.lint.text import line_map
from lawreport.model import Block, Paragraph, Part, Section, Span

_BAD_END = "，；、："
_BAD_PART_END = "，；、"
"""A part title may end in “：” before its items (whether all parts do alike is H010's)."""
_ENUM = "一是"


def _runs_in(doc: Document, section: Section) -> bool:
    """Whether the heading's paragraph continues with body text (received) / ends in 。 (sources)."""
    heading = section.heading
    if doc.kind == "sources":
        return heading.title.endswith("。")
    return _same_line(section.blocks, heading.span)


def _same_line(blocks: tuple[Block, ...], span: Span) -> bool:
    """Whether the first of ``blocks`` is a paragraph on the line at ``span`` (a received run-in title)."""
    first = blocks[0] if blocks else None
    return isinstance(first, Paragraph) and first.span.path == span.path and first.span.line == span.line


def _check_title(doc: Document, title: str, span_at: Callable[[int], Span], runs_in: bool,
                 bad_end: str = _BAD_END) -> Iterator[Finding]:
    """The checks a heading and a received part title share: a last mark of ``bad_end``, a missing 。
    before 一是 or (received) before a body run in with no punctuation at all."""
    last = len(title) - 1
    if title[-1] in bad_end:
        yield Finding(span_at(last), f"标题末尾不应是“{title[-1]}”：独立标题末尾不加标点，段首标题以“。”结束")
    enum = title.find(_ENUM)
    if enum >= 2 and "。" not in title[:enum]:
        yield Finding(span_at(enum), f"标题与正文之间缺少句号：应写作“{title[:enum]}。{_ENUM}……”，"
                                     "或把正文另起一段")
    elif doc.received and (runs_in or "。" not in title):  # a stand-alone “……。” is told by the callers
        end = unpunctuated_end(title, doc.report.meta.issuer)
        if end is not None:
            body = re.match(r"[^，,；;：:、。（(《“〈]{1,4}", title[end:])  # the body's first words, for the example
            yield Finding(span_at(end), f"段首标题与正文之间缺少句号：应写作“{title[:end]}。"
                                        f"{body[0] if body else ''}……”，或把正文另起一段")


def _check_section(doc: Document, section: Section) -> Iterator[Finding]:
    heading = section.heading
    title = heading.title.rstrip()
    if not title:
        return
    last = len(title) - 1
    yield from _check_title(doc, title, heading.span_at, _runs_in(doc, section))
    if doc.kind == "sources":
        inner = title.find("。")
        if 0 <= inner < last:
            yield Finding(heading.span_at(inner + 1), "标题的句号之后还有文字：段首标题只写到第一个句号，正文请另起一段")
        elif _runs_in(doc, section) and not (section.blocks and isinstance(section.blocks[0], Paragraph)):
            yield Finding(heading.span_at(last), "以“。”结尾的标题是段首标题，但下面没有可以接排的正文段落："
                                                 "请去掉句号作为独立标题，或在下面写正文")
    elif title.endswith("。") and not _runs_in(doc, section):
        yield Finding(heading.span_at(last), "独立成行的标题末尾不加句号：请删除“。”，或把标题和正文接排在同一段")


def part_title(doc: Document, part: Part) -> str:
    """A received part's title as H008 reads it ("" for a part not written as a numbered line)."""
    return part.title.rstrip() if doc.received and part.marker else ""


def wrong_part_end(doc: Document, part: Part) -> bool:
    """Whether H008 reports the last mark of a received part's title (also read by H010, which then
    does not report it again)."""
    title = part_title(doc, part)
    return bool(title) and (title[-1] in _BAD_PART_END
                            or (title[-1] == "。" and not _same_line(part.blocks, part.title_span)))


def _check_part(doc: Document, part: Part) -> Iterator[Finding]:
    """A received report's part title (“一、……”), checked as a heading is."""
    title = part_title(doc, part)
    if not title:
        return
    span_at = line_map(doc, part.title_span, part.title).span_at
    runs_in = _same_line(part.blocks, part.title_span)
    yield from _check_title(doc, title, span_at, runs_in, _BAD_PART_END)
    if title.endswith("。") and not runs_in:
        yield Finding(span_at(len(title) - 1), "独立成行的部分标题末尾不加句号：请删除“。”，或把标题和正文接排在同一段")


def check(doc: Document, options: None) -> Iterator[Finding]:
    for part in doc.report.parts:
        yield from _check_part(doc, part)
        for section in part.walk():
            yield from _check_section(doc, section)


RULE = Rule(
    code="H008",
    name="runin-heading-punct",
    summary="独立标题末尾不加句号，段首标题以句号与正文隔开",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("（一）加强学习。\n全年开展集中学法6次。",
         "（一）加强学习一是集中学法6次，二是旁听庭审2次。",
         "（一）加强学习，\n全年开展集中学法6次。",
         "（一）加强行政执法监督工作编制《样例市行政执法监督办法》，明确监督范围、程序和责任，全年开展执法检查4次。执法质量稳步提高。",
         "replace:主要举措和成效\n:主要举措和成效；\n"),
    good=("（一）加强学习\n全年开展集中学法6次。",
          "（一）加强学习。全年开展集中学法6次。",
          "（一）加强学习。一是集中学法6次，二是旁听庭审2次。",
          "（一）加强行政执法监督工作。编制《样例市行政执法监督办法》，明确监督范围、程序和责任，全年开展执法检查4次。执法质量稳步提高。",
          "（一）全年开展执法检查4次，编制《样例市行政执法监督办法》，明确监督范围、程序和责任。执法质量稳步提高。"),
)
