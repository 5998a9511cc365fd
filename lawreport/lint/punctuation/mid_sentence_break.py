"""句子中间断行（P011 mid-sentence-break）。

作用：检查收到的 .txt 报告中，正文的一行以汉字结尾、没有任何句末或句中标点，而下一行既不是
空行也不是标题的情况：通常是从 PDF 或网页复制时在句子中间断了行，或手工按了回车。标题可以
分成几行（GB/T 9704-2012 7.3.1），所以先把标题各行合起来再检查；标题（段首标题所在行的正文照常检查）、主送机关、落款和成文
日期所在的行，单独一行的发文字号，网页上的栏目、索引号、发布时间等附带内容，附件说明（“附件：1.……”和下面各行的附件名称，名称后不加标点），以及落款之后的附件（“附件1”、附件标题和内容）不检查。只检查 .txt（.docx 的段落由 Word 自己折行）。
网页复制的文字常在段与段之间空一行，句子也可能在空行处断开（“切实提高广 ⏎⏎ 大干部……”）。
空行前的一行只在明显断开时报告：它是正文段落的末行（段首标题后的正文也算），至少 20 字、行内有
“，。；”，以汉字结尾；空行后是以汉字开头的正文段落（不是段首标题所在的行）；并且这一行至少 60 字（标题、图表说明不会这么长），
或下一段以不能开始句子的字开头（“的”“们”“者”，或“化，”“工作，”这样的词尾；“着力”“化解”“地方”“了解”“得益于”可以开始一段）。
原因：GB/T 9704-2012 7.3.3 正文每段首行缩进两字、回行顶格，段落内不应有硬回车；断开的句子在
生成的 DOCX 中会变成两段（domain.md §6 第 32 条）。
修复：不自动修复（请确认后把两行接起来）。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lawreport.cjk import is_han
from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import line_map, sections, units
from lawreport.model import Span
from lawreport.received.facts import furniture_lines
from lawreport.text.docnumber import is_doc_number
from lawreport.text.numbering import parse_marker


def _fixed_lines(doc: Document) -> tuple[int, set[int]]:
    """The last line of the title block, and the lines holding headings (not run-in ones, whose
    line ends in their body text), addressee and 落款."""
    report = doc.report
    meta = report.meta
    title_end = 0
    if meta.title and "title" in meta.spans:
        title_map = line_map(doc, meta.spans["title"], meta.title)
        title_end = title_map.span_at(len(meta.title) - 1).line
    fixed = {span.line for key, span in meta.spans.items() if key in ("addressee", "signatory", "issuer", "date")}
    fixed |= furniture_lines(meta)  # web-page furniture the reader set aside
    fixed.update(part.title_span.line for part in report.parts)
    # a run-in heading's line goes on with its body (“（一）加强领导。我局全面贯彻”): its end is the body's
    fixed.update(section.heading.span.line for section in sections(doc) if not section.heading.runin)
    return title_end, fixed


_CONTINUING = re.compile(r"^(?:的(?!确)|们|者|[性化等][，。、；]|工作[，。、；])")
"""How a paragraph that continues the sentence above it starts: with a character no sentence
starts with (“的法律素质”, “们的……”), or with the end of a phrase (“化，推动……”, “工作，切实……”).
Not 着、地、得、了、化 followed by more: 着力、地方、得益于、了解、化解 start paragraphs."""
MIN_BROKEN = 20
"""Characters a line needs before a blank line to be taken as broken: a heading written without
its number, a caption or a list item ends without punctuation too, and is short."""
MIN_LONG = 60
"""A line this long is running text whatever follows it: no heading or caption is so long."""
_INNER = "，。；"


def _broken(text: str, following: str) -> bool:
    """Whether ``text``, a line of running text ending in a Chinese character, and ``following``,
    the next paragraph after a blank line, are evidently one sentence split in two."""
    return len(text) >= MIN_LONG or bool(_CONTINUING.match(following))


def _body_lines(doc: Document) -> tuple[set[int], set[int]]:
    """The lines on which a body paragraph ends (the body of a run-in heading included), and
    those on which a body paragraph starts."""
    ends, starts = set(), set()
    for unit in units(doc):
        if unit.kind == "paragraph" and unit.text:
            starts.add(unit.span_at(0).line)
            ends.add(unit.span_at(len(unit.text) - 1).line)
    return ends, starts


def _continues(lines: tuple[str, ...], number: int, starts: set[int]) -> bool:
    """Whether line ``number`` (running text: long enough, with punctuation inside) and the body
    paragraph after the blank line(s) below it are one sentence split in two (see ``_broken``)."""
    text = lines[number - 1].strip()
    if len(text) < MIN_BROKEN or not any(mark in text for mark in _INNER):
        return False
    after = number + 1
    while after <= len(lines) and not lines[after - 1].strip():
        after += 1
    if after > len(lines) or after not in starts:
        return False
    following = lines[after - 1].strip()
    if parse_marker(following) is not None:  # a run-in heading (“二、完善……。进一步……”) opens a new section
        return False
    return is_han(following[0]) and _broken(text, following)


def check(doc: Document, options: None) -> Iterator[Finding]:
    if doc.kind != "txt":
        return
    # already loaded: it read the .txt
    from lawreport.importing.attachments import ATTACHMENT, ATTACHMENT_ITEM, continues_name

    path = doc.report.meta.path
    lines = doc.lines.get(path, ())
    title_end, fixed = _fixed_lines(doc)
    body_ends, body_starts = _body_lines(doc)
    attachments = False
    for number in range(title_end + 1, len(lines)):
        text = lines[number - 1].rstrip()
        stripped = text.lstrip()
        if attachments:  # the 附件 line and the items below it (a name's rest on the next line too)
            attachments = bool(ATTACHMENT.match(stripped) or ATTACHMENT_ITEM.match(stripped) or continues_name(stripped))
        else:
            attachments = stripped.startswith("附") and bool(ATTACHMENT.match(stripped))  # ATTACHMENT starts so
        if not text or not is_han(text[-1]) or is_doc_number(text):  # a 发文字号 stands alone, without punctuation
            continue
        following = lines[number].strip()
        if not following:  # a blank line: the line must end a body paragraph (a run-in heading's too)
            if number in body_ends and not attachments and _continues(lines, number, body_starts):
                yield Finding(Span(path, number, len(text)),
                              f"这一行在“{text[-4:]}”处断开，没有标点，空一行后接着写：句子中间不应分段，请把两段接起来")
            continue
        if number in fixed or number + 1 in fixed:
            continue
        if attachments and (ATTACHMENT_ITEM.match(following) or ATTACHMENT.match(following)):
            continue
        if "\t" in text or "|" in text:
            continue
        yield Finding(Span(path, number, len(text)),
                      f"这一行在“{text[-4:]}”处断开，没有标点，下一行接着写：句子中间不应换行，请把两行接起来")


RULE = Rule(
    code="P011",
    name="mid-sentence-break",
    summary="正文的句子中间没有断行（.txt）",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    example_kind="txt",
    bad=("（一）加强学习\n全年开展集中学法6次，局领导\n带头讲法治课2次。", "（一）加强学习。全年开展集中学法6次，局领导\n带头讲法治课2次。"),
    good=("（一）加强学习\n全年开展集中学法6次，局领导带头讲法治课2次。", "（一）加强学习。全年开展集中学法6次。\n局领导带头讲法治课2次。",
          "（一）加强学习\n全年开展集中学法6次，\n局领导带头讲法治课2次。",
          "一、加强学习\n全年开展集中学法6次，局领导带头讲法治课2次，各股室负责人全部参加并交流学习体会，形成学习记录和整改清单共计八份并报镇党委备案"
          "\n\n二、规范执法。全年办结行政处罚案件12件。"),
)
