"""Reading a received Word/WPS ``.docx``: the body in order, paragraphs and tables.

Preflight (``preflight``) has refused hostile files before this module parses any XML. The
body is walked in document order with lxml (tables included, content controls entered, also
around a table's rows, cells and cell paragraphs: ``lawreport.ooxml.tables``). Positions are
paragraph numbers: every ``w:p`` of the body counts, also inside tables, so ``报告.docx:12:5`` is
the 5th character of the 12th paragraph; a text box's paragraphs (in the body or in a cell) are
part of the run that anchors the box and do not count.

Handled explicitly, never silently: tracked changes (refused, or with ``accept_changes``
insertions kept and deletions dropped), text the reader does not see (hidden, white, below
2 pt, content-control placeholders: left out, with a note, see ``docxunseen``), comments,
footnotes and text boxes (counted, not imported), a table of contents (a content control, or
paragraphs in the ``toc N`` styles: left out, with a note), embedded files (``w:altChunk``: reported),
external relationships (never followed). Body-level ``mc:AlternateContent`` is read through
its ``mc:Fallback`` (the content meant for readers that do not know the newer markup).
Word's automatic numbering is rendered to its label (``wordnumbering``) and outline levels
(direct or through the style) give heading levels to headings without a typed marker.
A numbered heading broken by hand (``w:br``) is one line (``docxbreaks``), and so is a paragraph
whose mark is hidden with the next paragraph (Word's style separator: ``docxjoin``); a 落款 laid out in a
table that ends the document is read as its lines (``docxtail``). ``read_word`` also keeps the
parsed package and each paragraph's runs, for a copy with comments.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lxml import etree

from lawreport.errors import SourceError
from lawreport.importing import docxparts
from lawreport.importing.docxbreaks import heading_pieces, pieces
from lawreport.importing.docxjoin import join_lines, mark_hidden
from lawreport.importing.docxnotes import report
from lawreport.importing.docxruns import INSERTED, Counts, ParagraphText, RunText
from lawreport.importing.docxtable import TableReader
from lawreport.importing.docxtail import boxed_signature, unfold_signature
from lawreport.importing.lines import DATED_FIELD, NUMBER_GAP, NUMBER_GAPS, TYPED_GAP, Line, Received
from lawreport.importing.wordnumbering import Numbering
from lawreport.model import OffsetMap, Span
from lawreport.ooxml import compat, tables
from lawreport.ooxml.limits import READ
from lawreport.ooxml.names import w
from lawreport.ooxml.package import Package, open_package
from lawreport.ooxml.styles import Styles, read_styles
from lawreport.ooxml.values import int_attr
from lawreport.text.numbering import parse_marker
from lawreport.text.spaces import EDGE_SPACE, MARKER_SPACE

MAX_OUTLINE_HEADING = 60
"""A paragraph longer than this, with neither a typed nor an automatic number, is body text
whatever outline level Word gives it (WPS carries outline levels over with pasted text)."""
class _Walker(ParagraphText, TableReader):
    def __init__(self, received: Received, styles: Styles, numbering: Numbering, accept: bool,
                 package: Package) -> None:
        self.received = received
        self.styles = styles
        self.numbering = numbering
        self.accept = accept
        self.package = package
        self.number = 0
        self.runs: dict[int, tuple[RunText, ...]] = {}
        self.counts = Counts()
        self.carry: tuple[str, list[tuple[int, int]]] | None = None
        self.contents = docxparts.Contents()
        self.tables: list[tuple[Line, list[Line]]] = []
        self.list_level = ""
        """The list and level (``numId.ilvl``) of the last automatic number read."""
        """Each table read, and the lines its cells show (a 落款 laid out in a table: ``docxtail``)."""
        """Text (and its bold ranges) of a paragraph whose mark was deleted: it joins the next one."""
        self.join_next = False
        """The last line read ends in a hidden paragraph mark: the next paragraph's first line joins
        it (``docxjoin``)."""

    # -- paragraphs and tables ---------------------------------------------------------------
    def _label(self, ppr: etree._Element | None, style_id: str | None) -> tuple[str, str]:
        """The automatic number Word shows before the paragraph's text, and what it shows between
        them (``w:suff``: "tab", "space" or "nothing"); ("", "nothing") for none or a bullet."""
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num = numpr.find(w("numId"))
            lvl = numpr.find(w("ilvl"))
            num_id = num.get(w("val")) if num is not None else None
            ilvl = int_attr(lvl.get(w("val"), "0"), 0, 8) if lvl is not None else None
        if num_id is None:
            style_ppr = self.styles.paragraph(style_id)[0]
            num_id = style_ppr.get("numPr/numId/val")
            if ilvl is None:  # the paragraph's own level (a numbered style's paragraph demoted) stands
                ilvl = int_attr(style_ppr.get("numPr/ilvl/val"), 0, 8)
        if num_id is None or num_id == "0":
            return "", "nothing"
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, style_id)
        label = self.numbering.label(num_id, ilvl)
        if label and not any(ch.isalnum() for ch in label):
            self.counts.bullets += 1
            return "", "nothing"
        self.list_level = f"{num_id}.{ilvl}"
        return label, self.numbering.suffix(num_id, ilvl) if label else "nothing"

    def _outline(self, ppr: etree._Element | None, style_id: str | None) -> int | None:
        level = ppr.find(w("outlineLvl")) if ppr is not None else None
        value: int | None
        if level is not None:
            value = int_attr(level.get(w("val"), "9"), -1, 9)
            value = value if value is not None and value >= 0 else None
        else:
            value = int_attr(self.styles.paragraph(style_id)[0].get("outlineLvl/val"), -1, 9)
            value = value if value is not None and value >= 0 else None
        return value + 1 if value is not None and value < 9 else None

    def paragraph(self, p: etree._Element) -> None:
        self.number += 1
        ppr = p.find(w("pPr"))
        style = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style.get(w("val")) if style is not None else None
        if self.contents.entry(self.styles.name(style_id), self.number, self.received):
            return
        text, bold = self.paragraph_content(p)
        if self.carry is not None:
            before, before_bold = self.carry
            self.carry = None
            bold = before_bold + [(a + len(before), b + len(before)) for a, b in bold]
            text = before + text
        mark = ppr.find(w("rPr")) if ppr is not None else None
        if self.accept and mark is not None and any(mark.find(w(tag)) is not None for tag in ("del", "moveFrom")):
            self.carry = (text, bold)
            return
        label, suffix = self._label(ppr, style_id) if text.strip() else ("", "nothing")
        typed = label and any(ch in MARKER_SPACE for ch in text[: len(text) - len(text.lstrip(EDGE_SPACE))])
        if suffix in NUMBER_GAPS or typed:  # Word shows a gap after the number: lint says so (H006)
            key = f"{NUMBER_GAP}{suffix if suffix in NUMBER_GAPS else TYPED_GAP}:{self.list_level}:{self.number}"
            self.received.facts[key] = Span(self.received.path, self.number, 1)
        outline = self._outline(ppr, style_id)
        shown = text.strip(EDGE_SPACE)
        if outline is not None and not label and len(shown) > MAX_OUTLINE_HEADING and parse_marker(shown) is None:
            self.received.note(f"这一段设了 Word 大纲级别（{outline} 级），但有 {len(shown)} 字、没有序号，像正文，"
                               "已按正文导入", Span(self.received.path, self.number, 1))
            outline = None
        join, before = self.join_next, len(self.received.lines)
        self._lines(text, label, outline, bold)
        if join:
            join_lines(self.received.lines, before, self.runs, self.number)
        self.join_next = len(self.received.lines) > before and mark_hidden(ppr, self.styles.paragraph(style_id)[1])

    def _lines(self, text: str, label: str, outline: int | None, bold: list[tuple[int, int]]) -> None:
        """One line per line of the paragraph, but one for a heading broken by hand (``docxbreaks``)."""
        path = self.received.path
        found = pieces(text)
        for group in [found] if heading_pieces(found, label) else [[piece] for piece in found]:
            anchors = [(0, self.number, 1)] if label else []
            ranges: list[tuple[int, int]] = []
            at = len(label)
            for lead, stripped in group:
                anchors.append((at, self.number, lead + 1))
                ranges += [(max(a, lead) - lead + at, min(b, lead + len(stripped)) - lead + at)
                           for a, b in bold if a < lead + len(stripped) and b > lead]
                at += len(stripped)
            column = 1 if label else group[0][0] + 1
            self.received.lines.append(Line(label + "".join(piece for _, piece in group), Span(path, self.number, column),
                                            OffsetMap(path, tuple(anchors)), outline=outline, bold=tuple(ranges)))
            label = ""

    def blocks(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == w("p"):
                self.paragraph(child)
            elif tag == w("tbl"):
                self.table(child)
            elif tag == w("sdt") and docxparts.is_contents(child):
                first = self.number + 1
                count = tables.numbered_paragraphs(child)
                self.number += count
                self.received.note(docxparts.CONTENTS_NOTE.format(count=count), Span(self.received.path, first, 1))
            elif tag in (w("sdt"), w("customXml")):
                content = child.find(w("sdtContent"))
                self.blocks(content if content is not None else child)
            elif tag in INSERTED and self.accept:
                self.blocks(child)
            elif tag == compat.ALTERNATE:
                branch = compat.branch(child)
                if branch is not None:
                    self.blocks(branch)
            elif tag == w("altChunk"):
                self.counts.chunks.append((self.number + 1, docxparts.chunk_type(self.package, child)))

    def box_text(self, p: etree._Element) -> str:
        """The visible text of a text box's paragraph (the runs kept for its anchoring paragraph stay)."""
        kept = self.runs.pop(self.number, None)
        text = self.paragraph_text(p)
        del self.runs[self.number]
        if kept is not None:
            self.runs[self.number] = kept
        return text


class Word(NamedTuple):
    """A Word file as the reader read it, with what a copy of it needs (lawreport.lint.annotate)."""

    received: Received
    package: Package
    document: etree._Element
    """The main document part, parsed with the one hardened parser: the elements below are in this tree."""
    runs: dict[int, tuple[RunText, ...]]
    """The reader's paragraph number → the runs of that paragraph's visible text, and their places in
    it (the columns of its lines); paragraphs without visible text (and a table of contents) have none."""


def read_docx(path: Path, data: bytes, accept_changes: bool = False) -> Received:
    """Read a Word/WPS ``.docx`` (after the package checks) into lines numbered by paragraph."""
    return read_word(path, data, accept_changes).received


def read_word(path: Path, data: bytes, accept_changes: bool = False) -> Word:
    """Read a Word/WPS ``.docx`` as :func:`read_docx` does, keeping the parsed package and paragraphs."""
    package = open_package(data, path, READ)  # refusals say 读取: import, lint, audit and diff all read this way
    received = Received(path, [], unit="段")
    related = docxparts.relationships(package, received)

    def part(kind: str) -> etree._Element | None:
        name = related.get(kind)
        return package.xml(name) if name else None

    document = package.xml(package.main)
    body = document.find(w("body"))
    if body is None and "purl.oclc.org/ooxml" in document.tag:
        raise SourceError("这是 Strict Open XML 格式的文档，无法读取", path,
                          hint="请在 Word 中“另存为”，保存类型选“Word 文档 (*.docx)”，而不是“Strict Open XML 文档”。")
    if body is None:
        raise SourceError("Word 文档没有正文（文件可能已损坏，或不是 Word 保存的文档）", path,
                          hint="请在 Word/WPS 中打开并重新“另存为”.docx。")
    inserted, deleted = docxparts.count_revisions(body)
    if (inserted or deleted) and not accept_changes:
        raise SourceError(
            f"文档含修订痕迹（{inserted} 处插入、{deleted} 处删除），导入会丢失或混入修订内容，已拒绝",
            path,
            hint="请在 Word/WPS 中“审阅 → 接受所有修订”后保存再导入；"
                 "或加 --accept-changes，按“接受所有修订”的结果导入（保留插入，去掉删除）。",
        )
    received.revisions = (inserted, deleted)
    if inserted or deleted:
        received.note(f"已按“接受所有修订”导入：保留 {inserted} 处插入，去掉 {deleted} 处删除")
    walker = _Walker(received, read_styles(part("styles")), Numbering(part("numbering")), accept_changes, package)
    try:
        walker.blocks(body)
    except RecursionError:
        raise SourceError("Word 文档的结构嵌套过深（内容控件、修订或超链接层层套叠），无法读取", path,
                          hint="请在 Word/WPS 中打开，复制全部内容粘贴到新文档后另存为 .docx。") from None
    walker.contents.report(received)
    unfold_signature(received, walker.tables)
    walker.counts.textboxes -= boxed_signature(received, walker.counts.boxes, walker.box_text)
    if not received.lines and walker.counts.unseen.counts:
        kinds = "、".join(walker.counts.unseen.described())
        raise SourceError(f"文档中的文字全部是读者看不到的（{kinds}），没有可读取的内容", path,
                          hint="请在 Word/WPS 中取消隐藏（或改为正常的颜色、字号）后另存为 .docx 再试。")
    report(received, walker.counts)
    for name, numbers in walker.counts.dated_fields.items():  # M011: the date shown changes by itself
        received.facts.update((f"{DATED_FIELD}{name}:{number}", Span(path, number, 1)) for number in numbers)
    return Word(received, package, document, walker.runs)
