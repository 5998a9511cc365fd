"""主要举措部分没有涉及深圳指引的某个一级事项（S007 coverage-shenzhen8，默认关闭）。

作用：检查第一部分（主要举措和成效）是否谈到《深圳市法治政府建设年度报告事项指引（试行）》
的 8 个一级事项：组织领导、政府职能、依法行政制度、决策、执法、制约监督、法治社会、数字
法治政府。按每个事项的关键词在该部分的标题和正文中查找，缺哪个提示哪个。
原因：国家和省的规定对报告内容只有原则要求，深圳的指引把内容细化为 8 个一级事项，可作为
内容是否全面的参考清单（domain.md §1.2）。这只是一份参考清单，不是普遍要求，所以默认
不启用，可在 lawreport.yaml 的 lint.select 中开启。
修复：不自动修复。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("法治政府建设的组织领导", ("组织领导", "领导小组", "第一责任人", "党组", "党委")),
    ("政府职能依法全面履行", ("职能", "放管服", "营商环境", "权责清单", "审批", "政务服务")),
    ("健全依法行政制度", ("制度体系", "规范性文件", "立法", "制度建设", "合法性审核", "备案审查")),
    ("科学民主依法决策", ("决策",)),
    ("严格规范公正文明执法", ("执法",)),
    ("行政权力制约和监督", ("监督", "制约", "问责")),
    ("法治政府对法治社会的带动", ("普法", "法治社会", "法治宣传", "矛盾纠纷", "调解", "复议", "信访")),
    ("数字法治政府建设", ("数字", "信息化", "互联网", "智慧", "网上", "数据", "平台")),
)
MEASURES_KEY = "measures"


def check(doc: Document, options: None) -> Iterator[Finding]:
    part = doc.report.part(MEASURES_KEY)
    if part is None:
        return
    texts = [part.title]
    for block in part.blocks:
        texts.append(getattr(block, "text", ""))
    for section in part.walk():
        texts.append(section.heading.title)
        texts.extend(getattr(block, "text", "") for block in section.blocks)
    whole = "\n".join(texts)
    for topic, words in TOPICS:
        if not any(word in whole for word in words):
            yield Finding(part.title_span, f"主要举措部分没有谈到深圳指引的一级事项“{topic}”，请核对内容是否完整")


RULE = Rule(
    code="S007",
    name="coverage-shenzhen8",
    summary="主要举措涵盖深圳指引的 8 个一级事项（默认关闭）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("（一）加强学习\n全年开展集中学法6次。",),
    good=("（一）加强组织领导\n调整法治建设领导小组。\n（二）依法全面履行职能\n公布权责清单。\n"
          "（三）完善制度体系\n清理规范性文件12件。\n（四）推进依法决策\n重大决策全部经过合法性审查。\n"
          "（五）严格规范执法\n开展案卷评查。\n（六）强化监督\n办理人大代表建议5件。\n"
          "（七）深化普法\n开展法治宣传活动8场。\n（八）推进数字法治\n执法信息平台全面上线。",),
    default_enabled=False,
)
