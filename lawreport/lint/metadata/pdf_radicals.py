"""收到的 PDF 报告的文字层中，汉字被编成了部首字符（M010 pdf-radicals）。

作用：收到的 PDF 中，有的字体把“人”“民”“一”“长”等字的字形对应到形状相同的康熙部首或简化字部首
（⼈ U+2F08、⺠ U+2EA0、⼀ U+2F00、⻓ U+2ED3），PDF 看起来没有问题，但其中的文字是错的。lint、audit 按
正常汉字检查这份报告（读取时已换回），这一条在第一处这样的段落报告一次。
原因：公开的报告要能被检索、复制和朗读（政府网站的无障碍要求）；文字层中是部首字符时，检索“人民政府”
找不到这份报告，复制出的文字也会带着这些字符被转载。多见于浏览器“打印为 PDF”和部分转换软件生成的 PDF。
修复：不自动修复。请报送单位用 Word/WPS 打开原文档“另存为 PDF”（或“导出为 PDF”）后重新报送、公开。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.received.facts import RADICALS


def check(doc: Document, options: None) -> Iterator[Finding]:
    span = doc.report.meta.spans.get(RADICALS)
    if doc.received and span is not None:
        yield Finding(span, "PDF 的文字层把汉字编成了形状相同的部首字符（从这一段起，如“⼈”代替“人”）："
                      "检索、复制这份 PDF 的文字会得到错字；以上检查按正常汉字进行。请用 Word/WPS 重新“另存为 PDF”后报送、公开")


RULE = Rule(
    code="M010",
    name="pdf-radicals",
    summary="收到的 PDF 报告的文字层中没有以部首字符代替的汉字",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="received-pdf",
    bad=("2023年，示例县教育局坚持依法治教，全县⼈⺠满意度稳步提升。",),
    good=("2023年，示例县教育局坚持依法治教，全县人民满意度稳步提升。",),
)
