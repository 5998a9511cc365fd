"""没有“其他需要报告的情况”部分（S005 part-other，默认关闭）。

作用：报告没有第五部分“其他需要报告的情况”时给出提示。
原因：《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）列举的年度报告内容共五项，
第五项“其他需要报告的情况”是可选的，实际报告大多只有四个部分（domain.md §1.1）。没有这一
部分并不是错误，所以默认不启用；本地指引要求写第五部分的单位可在 lawreport.yaml 的
lint.select 中开启。结构数据中不含可选部分 other 时不检查。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import end_of
from lawreport.model import Span

OTHER_KEY = "other"


def check(doc: Document, options: None) -> Iterator[Finding]:
    report = doc.report
    spec = report.structure.spec(OTHER_KEY)
    if spec is None or report.part(OTHER_KEY) is not None:
        return
    title = spec.title_for(report.year)
    if doc.kind == "sources":
        yield Finding(Span(report.directory / f"{OTHER_KEY}.md", 1, 1),
                      f"没有“{title}”部分：如有需要报告的其他情况，请新建 {OTHER_KEY}.md")
    else:
        yield Finding(end_of(doc), f"没有“{title}”部分：如有需要报告的其他情况，请在最后一部分之后写明")


RULE = Rule(
    code="S005",
    name="part-other",
    summary="提示没有“其他需要报告的情况”部分（默认关闭）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("（一）加强学习\n全年开展集中学法6次。",),
    good=("replace:继续加强执法培训。:继续加强执法培训。\n五、其他需要报告的情况\n本年度无其他需要报告的情况。",),
    default_enabled=False,
)
