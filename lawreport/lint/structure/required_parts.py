"""缺少必需的部分（S001 required-parts）。

作用：按结构数据（lawreport/data/structure.yaml，工作区可在 lawreport.yaml 的 structure 中替换）
检查报告是否包含全部必需部分：主要举措和成效、存在的不足和原因、党政主要负责人履行第一责任人
职责情况、下一年度主要安排。收到的报告按部分标题中的关键词识别；以自拟主题作一级标题的报告
不再报告缺少“主要举措和成效”（由 S008 在第一个主题处说明一次），部分标题之下误写“一、二、”
的小标题不使该部分算作空章节（由 H004 提示改为“（一）（二）”）。有标题而没有正文的部分
（空章节）同样报告：必需部分为错误（build 会拒绝生成），可选部分为警告（生成的报告中只有标题）；
源文件中一个部分只写了小标题、各小标题下都没有正文的，也是空章节（收到的报告只列小标题的安排不算）。
缺少哪些部分与 lawreport audit 的“缺少部分”、lawreport import 的提示“未找到必需的部分”是同一个判断。
一个部分标题同时写了两个必需部分的名称（“四、存在的问题和下一步打算”：“存在的问题”是不足和原因，
“打算”是下一年度安排），两部分的内容都在，不算缺少，但给出警告：规定把二者列为两项内容，
督察时按部分逐项核对，应分成两个部分、各有标题。只有按标题或别名认出本部分、并用“和、及、与、、”
连接两个名称的标题才算合写，自拟主题（“一、坚持问题导向，谋划……”）不算。
收到的文件不像法治政府建设年度报告的（会议通知、新闻、别的工作的总结、政府信息公开工作年度报告、述法报告、
只有报送函等，判断见 lawreport.received.genre），只报告一条“不像法治政府建设年度报告，像是……”，不逐个报告缺少的部分，
其他规则也不再按年度报告检查它；按主题写、缺少部分、标题写成“法治建设工作总结”、没有标题的节选仍按报告检查。
原因：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）规定年度报告的内容；
前四项是必须报告的。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint import layout
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import end_of
from lawreport.model import Part, PartSpec, Span
from lawreport.received.genre import NOT_A_REPORT
from lawreport.received.layout import combined_parts, missing_parts
from lawreport.text.numbering import to_chinese


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    other = layout.genre(doc)
    if other is not None:  # a notice, a news item …: one finding, not each part missing
        span = report.meta.span("title") if report.meta.title else _start(doc)  # no title: the file's first line
        yield Finding(span, f"{NOT_A_REPORT}，像是{other}：没有按年度报告的必需部分检查，"
                            "请向报送单位核实，索要本单位的法治政府建设年度报告；确是年度报告的，"
                            "标题应写明“法治政府建设”，并按规定分四个部分报告")
        return
    demoted = layout.restarted(doc)
    for index, part in enumerate(report.parts):
        headings_only = doc.kind == "sources" and part.sections and _headings_only(part)
        if (part.blocks or part.sections or index + 1 in demoted) and not headings_only:
            continue  # a part whose （一）（二） were written 一、二、 is not empty (H004 says so)
        spec = report.structure.spec(part.key)
        what = "只有小标题，没有正文" if headings_only else "没有正文"
        if spec is not None and spec.required:
            yield Finding(part.title_span, f"空章节：必需部分“{part.title}”{what}")
        else:
            yield Finding(part.title_span, f"空章节：“{part.title}”{what}，没有需要报告的内容时请删除这一部分",
                          severity=Severity.WARNING)
    for key, part in combined_parts(report).items():  # present for the audit too, but not as a part of its own
        own, other = report.structure.spec(part.key), report.structure.spec(key)
        if own is not None and other is not None:
            yield Finding(part.title_span, f"“{part.title}”把“{_name(own)}”和“{_name(other)}”合写在一个标题下："
                                           "督察工作规定把二者列为年度报告的两项内容，请分成两个部分，各有标题",
                          severity=Severity.WARNING)
    for spec in missing_parts(report, layout.kind(doc)):  # what the audit and the import call missing too
        title = f"{to_chinese(report.structure.parts.index(spec) + 1)}、{spec.title_in(report.year)}"
        if doc.kind == "sources":
            path = report.directory / f"{spec.key}.md"
            yield Finding(Span(path, 1, 1), f"缺少必需的部分“{title}”：请新建 {path.name}")
        else:
            yield Finding(end_of(doc), f"缺少必需的部分“{title}”（未找到含“{'、'.join(spec.keywords[:3])}”等关键词的部分标题）")


def _start(doc: Document) -> Span:
    """The first line of the received file."""
    return Span(next(iter(doc.lines), doc.report.directory), 1, 1)


def _headings_only(part: Part) -> bool:
    """Whether the part's sources hold headings and nothing under any of them (a run-in heading
    carries its own text and counts as text)."""
    return not part.blocks and not any(section.blocks or section.heading.runin for section in part.walk())


def _name(spec: PartSpec) -> str:
    """The short name of a part (存在的不足和原因, 主要安排): its first alias."""
    return spec.aliases[0] if spec.aliases else spec.title_for(0)


RULE = Rule(
    code="S001",
    name="required-parts",
    summary="报告包含规定的四个必需部分，各部分都有正文",
    check=check,
    doc=__doc__ or "",
    example_kind="txt",
    bad=("-shortcomings",),
    good=("（一）加强学习\n正文。",),
)
