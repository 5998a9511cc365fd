"""Received lines → a :class:`~lawreport.model.Report` whose spans point into the received file.

Recognition keeps what the author wrote: markers stay in ``typed_marker`` / ``Part.marker``
exactly as typed (so ``lint`` can check sequence, style and level), titles and text are not
"corrected", and content that cannot be placed stays where it stands. What cannot be mapped
exactly becomes a note naming the line (or Word paragraph).
"""

from __future__ import annotations

from typing import NamedTuple

from lawreport.errors import SourceError
from lawreport.importing import attachments, docinfo
from lawreport.importing.lines import ATTACHED, SIGNED_ONE_LINE, Line, Note, Received
from lawreport.importing.outline import heading_level
from lawreport.importing.partmatch import is_part_title
from lawreport.importing.partsplit import PartSplitter, paragraph_of
from lawreport.importing.partsplit import unmatched as unmatched  # re-exported: callers name it from here
from lawreport.importing.textspan import shift
from lawreport.model import Metadata, Report, Span, Structure
from lawreport.text.numbering import parse_marker


class Imported(NamedTuple):
    """A recognised report and what import has to say about it."""

    report: Report
    notes: tuple[Note, ...] = ()
    title_lines: tuple[str, ...] = ()
    """The title as the file breaks it (one entry per line); ``report.meta.title`` joins them."""


class _Recogniser:
    def __init__(self, received: Received, structure: Structure) -> None:
        self.received = received
        self.structure = structure
        self.lines = received.lines
        self.year: int | None = None

    def note(self, message: str, span: Span | None = None) -> None:
        self.received.note(message, span)

    def level(self, line: Line) -> int | None:
        return heading_level(line, self.received.relative_outline)

    def _is_title_part_start(self, line: Line) -> bool:
        marker = parse_marker(line.text)
        if marker is not None:
            return marker.level == 1
        return is_part_title(line.text, self.structure, self.year)

    def run(self, year: int | None, require_year: bool = True) -> Imported:
        lines = self.lines
        head = docinfo.masthead_lines(lines)
        if head:
            shown = "／".join(line.text for line in lines[:head])
            self.note(f"开头的版头（{shown}）不属于报告正文，未导入；lawreport 生成的文档不带版头", lines[0].span)
        count = docinfo.title_lines(lines[head:], self._is_title_part_start)
        title_lines = lines[head : head + count]
        title = "".join(line.text for line in title_lines) or None
        title_year = docinfo.year_in(title) if title else None
        self.year = year or title_year
        index = head + count
        spans: dict[str, Span] = {}
        if title_lines:
            spans["title"] = title_lines[0].span
        else:
            self.note("未找到标题（第一行应为报告标题）", lines[0].span if lines else None)
        head_date = head_issuer = None
        if count and index < len(lines) and docinfo.is_bracketed_date(lines[index]):
            head_date = lines[index]
            index += 1
        elif count and index + 1 < len(lines) and _issuer_and_date(lines[index], lines[index + 1]):
            head_issuer, head_date = lines[index], lines[index + 1]  # pandoc's author and date; some web copies
            index += 2
        addressee = None
        if index < len(lines) and docinfo.is_addressee(lines[index]):
            addressee = lines[index].text.rstrip("：:").strip()
            spans["addressee"] = lines[index].span
            index += 1
        end, annotations, attached = self._annotations(index)
        attached_at = [span for line in attached for span in attachments.row_spans(line)]
        spans.update((f"{ATTACHED}{number}", span) for number, span in enumerate(attached_at))
        end, signatory, date_line, one_line = self._signature(index, end)
        kept: list[Line] = []
        if head_date is not None:
            date_line, kept = self._head_date(head_date, date_line)
        if head_issuer is not None:
            kept = self._head_issuer(head_issuer, signatory) + kept
        if signatory is not None:
            spans["signatory"] = signatory.span
            spans["issuer"] = signatory.span
        if date_line is not None:
            spans["date"] = date_line.span
        if one_line and signatory is not None and date_line is not None:
            spans[SIGNED_ONE_LINE] = date_line.span
            self.note(f"落款“{signatory.text}”和成文日期“{date_line.text}”写在同一行，已分开导入（日期在署名之下）",
                      date_line.span)
        date = docinfo.parse_date_text(date_line.text) if date_line else None
        if date_line is not None and date is None:
            self.note(f"成文日期“{date_line.text}”不是有效日期，已原样保留", date_line.span)
        if require_year and year is None and self.year is None and date is not None:
            self.year = date.year - 1
            self.note(f"标题中没有年份，按成文日期推断为 {self.year} 年度报告，请核对")
        if self.year is None and require_year:
            raise SourceError("无法识别报告年度（标题中没有年份）", self.received.path,
                              hint="标题应写明年度，如“××局2023年法治政府建设年度报告”；"
                                   "导入时也可以用 --year 指定，例如 lawreport import 报告.docx --year 2023")
        if title_year is not None and title_year != self.year:
            self.note(f"标题中的年份是 {title_year}，但导入为 {self.year} 年度", spans.get("title"))
        body = kept + lines[index:end]
        splitter = PartSplitter(self.received, self.structure, self.year, body)
        preamble_end = splitter.preamble_end(body)
        preamble = tuple(paragraph_of(line) for line in body[:preamble_end])
        if preamble:
            spans["preamble"] = preamble[0].span
        parts = splitter.parts(body[preamble_end:] + annotations, attachments.notice_items(body))
        issuer = signatory.text if signatory else docinfo.issuer_in_title(title or "")
        if signatory is None and head_issuer is not None:
            issuer = head_issuer.text
            spans["issuer"] = head_issuer.span
        if signatory is not None and "\n" in signatory.text:
            issuer = docinfo.issuer_in_title(title or "") or signatory.text.replace("\n", " ")
            self.note("落款有两行（联合发文），已合并为一个署名（两行之间换行）", signatory.span)
        if issuer is None:
            self.note("未能识别发文机关（落款或标题开头），请在 report.yaml 中填写 issuer")
        elif signatory is None and "issuer" not in spans:
            spans["issuer"] = spans.get("title", Span(self.received.path, 1, 1))
        if signatory is None and issuer:
            self.note(f"未找到落款（发文机关署名）；构建时将以发文机关“{issuer}”署名")
        elif signatory is None:
            self.note("未找到落款（发文机关署名）")
        if date_line is None:
            self.note("未找到成文日期")
        meta = Metadata(
            issuer=issuer or "",
            issuer_type=docinfo.issuer_type_of(issuer or ""),
            addressee=addressee,
            title=title,
            date=date,
            signatory=signatory.text if signatory else (issuer or ""),
            preamble=preamble,
            published=None,
            path=self.received.path,
            date_text=date_line.text if date_line else None,
            spans=spans,
        )
        report = Report(self.year or 0, meta, tuple(parts), self.structure, self.received.path.parent)
        return Imported(report, tuple(self.received.notes), tuple(line.text for line in title_lines))

    def _head_date(self, line: Line, date_line: Line | None) -> tuple[Line | None, list[Line]]:
        """The 成文日期 when the file writes it in brackets below the title, as websites publish reports.

        Returns the date line to use and the lines to keep in the body (the bracketed line, when
        it differs from the 成文日期 below the 落款).
        """
        inner = Line(line.text[1:-1], line.offsets.span_at(1), shift(line.offsets, 1)) if docinfo.is_bracketed_date(line) else line
        if date_line is None:
            self.note(f"标题下的“{line.text}”已作为成文日期导入；构建时按 GB/T 9704 排在落款之下", line.span)
            return inner, []
        if docinfo.parse_date_text(date_line.text) == docinfo.parse_date_text(inner.text):
            self.note(f"标题下的日期“{line.text}”与成文日期相同，只导入一次（在落款之下）", line.span)
            return date_line, []
        self.note(f"标题下的日期“{line.text}”与成文日期“{date_line.text}”不同，已作为开头语的第一段保留，请核对",
                  line.span)
        return date_line, [line]

    def _head_issuer(self, line: Line, signatory: Line | None) -> list[Line]:
        """The office named between the title and a date under it: the issuer when there is no 落款
        (lint still asks for the 落款 after the text), else kept in the body unless it is the 落款's."""
        if signatory is None:
            self.note(f"标题下的“{line.text}”已作为发文机关导入；构建时按 GB/T 9704 作为落款排在正文之后", line.span)
            return []
        if signatory.text == line.text:
            self.note(f"标题下的“{line.text}”与落款相同，只导入一次（作为落款）", line.span)
            return []
        self.note(f"标题下的“{line.text}”与落款“{signatory.text}”不同，已作为开头语的第一段保留，请核对", line.span)
        return [line]

    def _annotations(self, start: int) -> tuple[int, list[Line], list[Line]]:
        """The end of the document above its 版记 and attachments, the 附注 lines below the 成文日期
        (（此件公开发布）…), and the attachments' lines.

        A 版记 (抄送, 印发) is left out with a note: lawreport's documents have none. So are the
        attachments that follow the 落款 (GB/T 9704 7.4: ``附件1``, its title, a table …, before
        the 版记): they are no part of the report's text, and the source format has none. The
        source format has no 附注 either, but they are text the reader sees: they stay at the end
        of the last part, with a note, so that the 落款 and 成文日期 above them are still recognised.
        """
        last = len(self.lines) - docinfo.colophon_lines(self.lines, start + 1)
        if last < len(self.lines):
            shown = "／".join(docinfo.shown_text(line) for line in self.lines[last:])
            self.note(f"末尾的版记（{shown}）不属于报告正文，未导入；lawreport 生成的文档不带版记", self.lines[last].span)
        attached = attachments.after_signature(self.lines, start, last, self._office_line, self._is_title_part_start)
        if attached:
            shown = "／".join(docinfo.shown_text(line)[:30] for line in attached[:2])
            count = sum(len(attachments.row_spans(line)) for line in attached)
            self.note(f"落款之后的附件（{shown}……，共 {count} {self.received.unit}）不属于报告正文，"
                      "未导入，也不作为正文检查；源文件不含附件，请另行保存", attached[0].span)
            last -= len(attached)
        end = last
        while end > start + 1 and last - end < attachments.MAX_ANNOTATIONS and attachments.is_annotation(self.lines[end - 1]):
            end -= 1
        if end == last or not docinfo.is_date_line(self.lines[end - 1]):
            return last, [], attached
        annotations = self.lines[end:last]
        for line in annotations:
            self.note(f"成文日期下的附注“{line.text}”已作为最后一部分的最后一段导入（源文件不支持附注），请核对", line.span)
        return end, annotations, attached

    def _office_line(self, line: Line) -> bool:
        """An office's name on a line of its own: a 落款 without its date."""
        return docinfo.is_signature_line(line) and looks_like_office(line.text) and self.level(line) is None

    def _signature(self, start: int, end: int) -> tuple[int, Line | None, Line | None, bool]:
        """The end of the body, the 落款 and 成文日期 lines above ``end``, and whether the two were
        written on one line."""
        date_line = signatory = None
        signed = docinfo.signed_one_line(self.lines[end - 1]) if end > start + 1 else None
        if signed is not None and looks_like_office(signed[0].text) and self.level(signed[0]) is None:
            return end - 1, *signed, True  # “××县水务局　　2025年2月18日”: the office and the date on one line
        if end > start and docinfo.is_date_line(self.lines[end - 1]):
            date_line = self.lines[end - 1]
            end -= 1
        if end > start + 1 and docinfo.is_signature_line(self.lines[end - 1]):
            candidate = self.lines[end - 1]
            if self.level(candidate) is None and (date_line is not None or looks_like_office(candidate.text)):
                signatory = candidate
                end -= 1
                upper = self.lines[end - 1] if end > start + 1 else None
                if (date_line is not None and upper is not None and docinfo.is_signature_line(upper)
                        and looks_like_office(upper.text) and looks_like_office(candidate.text)
                        and self.level(upper) is None):
                    signatory = Line(upper.text + "\n" + candidate.text, upper.span, upper.offsets)
                    end -= 1
        return end, signatory, date_line, False

def _issuer_and_date(first: Line, second: Line) -> bool:
    """An office's name over a date, right under the title (pandoc's author and date paragraphs)."""
    return (docinfo.is_signature_line(first) and looks_like_office(first.text)
            and (docinfo.is_date_line(second) or docinfo.is_bracketed_date(second)))


_OFFICE_ENDINGS = ("局", "委", "厅", "办", "政府", "办公室", "院", "会", "部", "处", "所", "中心", "街道", "镇", "乡", "司")


def looks_like_office(text: str) -> bool:
    """An office's name by its ending; the ending alone (“街道”, an excerpt cut after it) names none."""
    return text.endswith(_OFFICE_ENDINGS) and text not in _OFFICE_ENDINGS and len(text) <= 30


def recognise(received: Received, structure: Structure, year: int | None = None,
              require_year: bool = True) -> Imported:
    """Recognise the report in ``received`` (see the module docstring).

    Without ``require_year``, a report whose title names no year is recognised as a report on
    year 0 (the caller, lawreport.received, finds the year elsewhere) instead of raising.
    """
    if not received.lines:
        raise SourceError("文件中没有任何文字", received.path)
    return _Recogniser(received, structure).run(year, require_year)
