"""The visible text of one Word paragraph, run by run (the part of the reader below paragraphs).

A run's effective formatting is docDefaults ← paragraph style ← character style ← the run's own
(:mod:`lawreport.ooxml.styles`); a run the reader would not see (``docxunseen``) is counted, not
kept. Inserted text is kept only when changes are accepted, deleted text never; hyperlinks,
content controls, smart tags, simple fields and (through one branch) ``mc:AlternateContent``
are entered, and a ruby's base text (拼音指南: the guide is left out); drawings, notes and comments
are counted for the reader's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from lawreport.importing.docxunseen import Unseen, shaded, unseen
from lawreport.ooxml import compat
from lawreport.ooxml.names import MC, w
from lawreport.ooxml.styles import Props, Styles, flatten, is_on, overlay
from lawreport.ooxml.values import on

_TEXT_CONTAINERS = {w(t) for t in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir",
                                   "bdo")}
INSERTED = {w("ins"), w("moveTo")}
DELETED = {w("del"), w("moveFrom")}
_DRAWINGS = {w("drawing"), w("pict"), w("object"), f"{MC}AlternateContent"}
_HEX = re.compile(r"^[0-9A-Fa-f]{1,8}$")


def _symbol(raw: str) -> str:
    """The character of a ``w:sym`` (private-use symbol-font codes mapped down); invalid codes give ''."""
    if _HEX.match(raw) is None:
        return ""
    code = int(raw, 16)
    code = code - 0xF000 if code >= 0xF000 else code
    if code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or code in (0xFFFE, 0xFFFF):
        return ""
    return chr(code)


class RunText(NamedTuple):
    """One run's piece of a paragraph's visible text: characters ``start`` to ``end`` (0-based, end
    excluded) of the text the reader gives the paragraph, so column ``start + 1`` of its lines."""

    run: etree._Element
    start: int
    end: int


class Context(NamedTuple):
    """What a paragraph passes to its runs."""

    rpr: Props
    """The paragraph style's effective rPr (document defaults included)."""
    shaded: bool
    """The paragraph has a coloured background (white text on it is seen)."""
    placeholder: bool
    """Inside a content control that shows its prompt."""


@dataclass
class Counts:
    """What the reader left out or changed, for its notes."""

    unseen: Unseen = field(default_factory=Unseen)
    chunks: list[tuple[int, str]] = field(default_factory=list)
    """Embedded files (``w:altChunk``): the paragraph they stand before, and their content type."""
    comments: set[str] = field(default_factory=set)
    footnotes: int = 0
    textboxes: int = 0
    boxes: list[tuple[int, etree._Element]] = field(default_factory=list)
    """Each drawing holding a text box, with the number of the paragraph that anchors it."""
    images: int = 0
    bullets: int = 0
    merged_cells: int = 0
    multi_paragraph_cells: int = 0
    linked_fields: dict[str, set[int]] = field(default_factory=dict)
    dated_fields: dict[str, set[int]] = field(default_factory=dict)
    """Fields that show the date the document is opened, printed or saved (DATE…): name → paragraph numbers."""
    """Fields whose shown text comes from another file (INCLUDETEXT, LINK, DDE…): name → paragraph numbers."""


LINKED_FIELDS = frozenset(("INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO"))
DATED_FIELDS = frozenset(("DATE", "TIME", "PRINTDATE", "SAVEDATE"))
"""Fields whose text Word/WPS replace by the day the document is opened, printed or saved: a
成文日期 written so changes by itself (CREATEDATE, the day it was created, does not)."""
"""Fields that show text taken from another file (a share, another computer) when last updated."""


def _locked(field: etree._Element) -> bool:
    """A field locked against updating (``w:fldLock`` on its begin mark or simple field)."""
    return field.get(w("fldLock"), "false").lower() in ("1", "true", "on")


def field_names(p: etree._Element, locked: bool = True) -> list[str]:
    """The name (first word, upper case) of every field instruction in paragraph ``p``: simple
    fields' ``w:instr``, and complex fields' ``w:instrText`` pieces between begin and separate.
    Without ``locked``, fields locked against updating (``w:fldLock``, as LibreOffice writes a
    fixed date) are left out."""
    names: list[str] = []
    pieces: list[str] | None = None
    for node in p.iter(w("fldSimple"), w("fldChar"), w("instrText")):
        if node.tag == w("fldSimple"):
            if locked or not _locked(node):
                names.append(node.get(w("instr"), ""))
        elif node.tag == w("instrText"):
            if pieces is not None:
                pieces.append(node.text or "")
        elif node.get(w("fldCharType")) == "begin":
            pieces = [] if locked or not _locked(node) else None
        elif pieces is not None:
            names.append("".join(pieces))
            pieces = None
    if pieces is not None:
        names.append("".join(pieces))
    return [instruction.split()[0].upper() for instruction in names if instruction.split()]


def is_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt (``w:showingPlcHdr``): nothing was filled in."""
    return on(sdt.find(f"{w('sdtPr')}/{w('showingPlcHdr')}"))


def element_text(child: etree._Element) -> str:
    """The text one content element of a run gives the reader (``w:t``, a tab, a line break, a
    symbol …); the annotate copy maps positions back to these elements (lawreport.lint.anchor)."""
    tag = child.tag
    if tag == w("t"):
        return child.text or ""
    if tag in (w("tab"), w("ptab")):
        return "\t"
    if tag == w("br"):
        return "" if child.get(w("type")) in ("page", "column") else "\n"
    if tag == w("cr"):
        return "\n"
    if tag == w("noBreakHyphen"):
        return "-"
    if tag == w("sym"):
        return _symbol(child.get(w("char"), ""))
    return ""


class ParagraphText:
    """Reads the visible text of paragraphs; the reader's walker builds on it."""

    styles: Styles
    accept: bool
    number: int
    counts: Counts
    runs: dict[int, tuple[RunText, ...]]
    """Paragraph number → the runs its visible text is made of, in order (a run may give several pieces)."""

    # -- text of one paragraph -------------------------------------------------------------
    def _run(self, run: etree._Element, out: list[tuple[str, bool, etree._Element]], context: Context) -> None:
        rpr = run.find(w("rPr"))
        style = rpr.find(w("rStyle")) if rpr is not None else None
        own = overlay(self.styles.run(style.get(w("val")) if style is not None else None), flatten(rpr))
        effective = overlay(context.rpr, own)
        why = unseen(effective, context.shaded, context.placeholder)
        bold = bool(is_on(own, "b"))  # set on the run or its character style; paragraph styles do not count
        for child in run:
            tag = child.tag
            if tag in _DRAWINGS:
                if any(True for _ in child.iter(w("txbxContent"))):
                    self.counts.textboxes += 1
                    self.counts.boxes.append((self.number, child))
                else:
                    self.counts.images += 1
                continue
            if tag == w("ruby"):  # 拼音指南: the base text is the text; the guide above it is not
                for base in child.iterchildren(w("rubyBase")):
                    for inner in base.iterchildren(w("r")):
                        self._run(inner, out, context)
                continue
            if tag in (w("footnoteReference"), w("endnoteReference")):
                self.counts.footnotes += 1
                continue
            if tag == w("commentReference"):
                self.counts.comments.add(child.get(w("id"), ""))
                continue
            piece = element_text(child)
            if not piece:
                continue
            if why is not None:
                self.counts.unseen.add(why, self.number, len(piece.strip()))
                continue
            out.append((piece, bold, run))

    def _collect(self, parent: etree._Element, out: list[tuple[str, bool, etree._Element]], context: Context) -> None:
        for child in parent:
            tag = child.tag
            if tag == w("r"):
                self._run(child, out, context)
            elif tag in INSERTED:
                if self.accept:
                    self._collect(child, out, context)
            elif tag in DELETED:
                continue
            elif tag == w("sdt") and is_placeholder(child):
                self._collect(child, out, context._replace(placeholder=True))
            elif tag in _TEXT_CONTAINERS:
                self._collect(child, out, context)
            elif tag == compat.ALTERNATE:  # runs in markup for newer readers: one branch, read once
                branch = compat.branch(child)
                if branch is not None:
                    self._collect(branch, out, context)
            elif tag == w("commentRangeStart"):
                self.counts.comments.add(child.get(w("id"), ""))

    def paragraph_text(self, p: etree._Element) -> str:
        """The visible text of a paragraph."""
        return self.paragraph_content(p)[0]

    def paragraph_content(self, p: etree._Element) -> tuple[str, list[tuple[int, int]]]:
        """The visible text of a paragraph and the ranges of it that are bold run by run."""
        ppr = p.find(w("pPr"))
        style = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style.get(w("val")) if style is not None else None
        style_ppr, style_rpr = self.styles.paragraph(style_id)
        placeholder = any(is_placeholder(sdt) for sdt in p.iterancestors(w("sdt")))
        context = Context(style_rpr, shaded(overlay(style_ppr, flatten(ppr))), placeholder)
        out: list[tuple[str, bool, etree._Element]] = []
        self._collect(p, out, context)
        for name in field_names(p):
            if name in LINKED_FIELDS:
                self.counts.linked_fields.setdefault(name, set()).add(self.number)
        for name in field_names(p, locked=False):  # a locked date (LibreOffice's fixed date) stays as it is
            if name in DATED_FIELDS:
                self.counts.dated_fields.setdefault(name, set()).add(self.number)
        bold: list[tuple[int, int]] = []
        runs: list[RunText] = []
        at = 0
        for piece, is_bold, run in out:
            if is_bold and piece.strip():
                if bold and bold[-1][1] == at:
                    bold[-1] = (bold[-1][0], at + len(piece))
                else:
                    bold.append((at, at + len(piece)))
            runs.append(RunText(run, at, at + len(piece)))
            at += len(piece)
        self.runs[self.number] = tuple(runs)
        return "".join(piece for piece, _, _ in out), bold
