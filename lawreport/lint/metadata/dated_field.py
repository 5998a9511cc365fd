"""收到的 Word 报告中，成文日期是会自动更新的日期域（M011 self-updating-date）。

作用：收到的 .docx 报告中，成文日期（或正文中的日期）是用“插入 → 日期和时间”并勾选“自动更新”插入的
日期域（DATE、TIME、SAVEDATE、PRINTDATE，没有锁定）时报告：成文日期的在成文日期处报告，其他段落中的
在所在段落报告，每段一次。已锁定的域（LibreOffice 插入的“固定日期”）和 CREATEDATE（文档创建的日期，
不会再变）不报告。lint、audit 按文件中保存的、域上次更新时显示的日期检查。
原因：《党政机关公文处理工作条例》第九条：成文日期署会议通过或者发文机关负责人签发的日期（联合行文署最后
签发机关负责人签发的日期），是固定的日期。自动更新的日期域在 Word/WPS 中打开、打印或保存时变成当天的日期：同一份报告每次打开、
打印，成文日期都不同，公开和存档的版本与报送的版本不一致，审查按期报送时看到的日期也不可靠。
修复：不自动修复。请报送单位在 Word/WPS 中选中日期，按 Ctrl+Shift+F9（取消域的链接，日期变为普通文字），
或删去日期后直接输入，核对日期无误后另存，再报送。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.received.facts import dated_fields

_FIX = "请在 Word/WPS 中选中日期，按 Ctrl+Shift+F9 把域转为普通文字（或删去后直接输入日期），核对后另存再报送"


def check(doc: Document, options: None) -> Iterator[Finding]:
    if not doc.received:
        return
    meta = doc.report.meta
    date = meta.spans.get("date")
    reported: set[int] = set()
    for name, span in dated_fields(meta):
        if span.line in reported:
            continue
        reported.add(span.line)
        if date is not None and date.line == span.line:
            yield Finding(date, f"成文日期“{meta.date_text or ''}”是会自动更新的日期域（{name}）：在 Word/WPS 中打开、"
                                f"打印或保存时会变成当天的日期；{_FIX}")
        else:
            yield Finding(span, f"这一段含会自动更新的日期域（{name}）：显示的日期在 Word/WPS 中打开、打印或保存时"
                                f"会变成当天的日期；{_FIX}")


_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"{lock}/></w:r><w:r><w:instrText xml:space="preserve"> {name} '
          '\\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:t xml:space="preserve">2024年2月20日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
_DATE = 'word/document.xml:<w:r><w:t xml:space="preserve">2024年2月20日</w:t></w:r>=>'

RULE = Rule(
    code="M011",
    name="self-updating-date",
    summary="收到的 Word 报告中成文日期是固定的文字，不是自动更新的日期域",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="received-docx",
    bad=(_DATE + _FIELD.format(lock="", name="DATE"), _DATE + _FIELD.format(lock="", name="SAVEDATE")),
    good=("word/document.xml:<w:body>=><w:body>", _DATE + _FIELD.format(lock=' w:fldLock="true"', name="DATE"),
          _DATE + _FIELD.format(lock="", name="CREATEDATE")),
)
