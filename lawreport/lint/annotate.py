"""A received .docx sent back to its unit with each finding as a Word comment (批注) at its text:
``lawreport lint REPORT.docx --annotate 批注本.docx`` and ``lawreport audit --annotate``.

The findings are those ``lawreport lint REPORT.docx`` reports (same selection and ``--year``).
Positions are the reader's paragraph numbers and columns (lawreport.importing.docxreader reads
the file for the comments too, so they cannot differ); a comment marks just the characters its
finding is about, runs split there (lawreport.lint.anchor), or the paragraph for a finding about
a paragraph or heading. A finding at a paragraph without text to mark (an empty paragraph S001
points at, or text Word does not show) is never dropped: its comment goes to the next paragraph
with text (the previous one at the end, or the document's start) and says where it belongs.
The comment's author is "lawreport". The received file is only read,
once, through lawreport.ooxml (size limits, the one hardened parser); the copy is written by
lawreport.ooxml.comments (every part but the four that carry comments copied unchanged), a
new file, written atomically, that may not replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.errors import UsageError
from lawreport.ooxml.names import MC, w

if TYPE_CHECKING:
    from lxml import etree

    from lawreport.importing.docxruns import RunText
    from lawreport.lint.anchor import Cuts
    from lawreport.lint.base import Fix

AUTHOR = "lawreport"
INITIALS = "LR"
_LEVELS = {"error": "错误", "warning": "警告", "info": "提示"}


class Comment(NamedTuple):
    """One finding as a comment: at ``line`` (a Word file's paragraph number) and ``column``."""

    line: int
    column: int
    code: str
    name: str
    severity: str
    """``error``, ``warning`` or ``info``."""
    message: str
    page: int | None = None
    """For a received PDF, the page the paragraph begins on (the audit shows it); None otherwise."""
    length: int = 0
    """How many characters from ``column`` the finding is about (what its fix replaces, else the
    text its rule matched: ``Finding.length``); 0 when the rule does not say (the comment then marks the text it quotes, or its paragraph, or the
    character: lawreport.lint.anchor)."""


def fixed_length(line: int, column: int, fix: Fix | None) -> int:
    """The characters from ``line:column`` that ``fix`` replaces, when all its edits are on that
    line and the first is at that column; else 0."""
    if fix is None or not fix.edits or any(edit.line != line for edit in fix.edits):
        return 0
    if min(edit.column for edit in fix.edits) != column:
        return 0
    return max(edit.column + len(edit.old) for edit in fix.edits) - column


def check_annotation(targets: tuple[str, ...], out: Path) -> Path:
    """The received .docx to annotate, checked before anything is linted or written: one Word file
    that the reader can open (damaged, encrypted, legacy and hostile files are refused with the
    reader's message) and an output that is a new regular .docx, never the received file."""
    from lawreport.files.outpath import check_output
    from lawreport.importing import read_file

    if len(targets) != 1 or Path(targets[0]).suffix.lower() != ".docx":
        raise UsageError("--annotate 只能用于一个收到的 .docx 报告", hint="例如 lawreport lint 报告.docx --annotate 报告-批注.docx")
    source = Path(targets[0])
    if out.suffix.lower() != ".docx" or check_output(out, None, [source]).through:
        raise UsageError(f"--annotate 的输出 {out} 应是普通的 .docx 文件", hint="例如 --annotate 报告-批注.docx")
    read_file(source, accept_changes=True)  # tracked changes as accepted, as lint reads it
    return source


def write_annotation(source: Path, out: Path, select: str | None, ignore: str | None, year: int | None) -> str:
    """Write ``out``: ``source`` with a comment per finding; what to tell the user. The file is read
    for the comments before it is linted, and refused if it was saved again meanwhile, so that
    the findings and the comments are about the same text."""
    from lawreport.files.atomic import memo_key
    from lawreport.importing import read_bytes
    from lawreport.lint.session import run

    saved = memo_key(source)
    data = read_bytes(source)
    outcome = run([str(source)], select=select, ignore=ignore, year=year)
    if memo_key(source) != saved:
        raise UsageError(f"{source} 在检查时被改动了，没有写出批注本", source, hint="请保存、关闭文件后再运行一次。")
    rows = tuple(Comment(d.line, d.column, d.code, d.name, d.severity.value, d.message,
                         length=fixed_length(d.line, d.column, d.fix) or d.length)
                 for d in outcome.diagnostics if d.path.resolve() == source.resolve())
    placed = annotate_docx(source, rows, out, data)
    return f"已写入 {out}（{placed} 条批注；原文件未改动）"



def _run_at(runs: tuple[RunText, ...], column: int) -> etree._Element | None:
    """The run holding character ``column`` (1-based) of a paragraph's visible text: the last run
    for a column past its end; None for a paragraph without visible text, or one Word does not
    show: the reader reads a body-level ``mc:AlternateContent`` through its ``mc:Fallback``, but
    Word 2010 and later (and LibreOffice) show its ``mc:Choice``, so a comment there goes unseen."""
    pieces = [piece for piece in runs if piece.end > piece.start]
    if not pieces or any(a.tag == f"{MC}Fallback" for a in pieces[0].run.iterancestors()):
        return None
    for piece in pieces:
        if column <= piece.end:
            return piece.run
    return pieces[-1].run


def _nearest(runs: dict[int, tuple[RunText, ...]], line: int) -> tuple[int, int, str] | None:
    """Where a finding at paragraph ``line``, which has no visible text (an S001 “missing part” at an
    empty paragraph), is put instead, and the note saying so: the first character of the next
    paragraph with text, else the last of the previous one (paragraph, column); None when no
    paragraph has text."""
    later = sorted(number for number in runs if number > line)
    earlier = sorted((number for number in runs if number < line), reverse=True)
    for number, column, side in [(n, 1, "下") for n in later] + [(n, 1 << 30, "上") for n in earlier]:
        if _run_at(runs[number], column) is not None:
            return number, column, f"（第 {line} 段没有可加批注的文字，批注附在其{side}方最近的有文字的段落）"
    return None


def _start_run(document: etree._Element) -> etree._Element:
    """A new empty run at the start of the body's first paragraph (a new paragraph if it has none)."""
    from lxml import etree

    body = document.find(w("body"))
    if body is None:
        body = etree.SubElement(document, w("body"))
    paragraph = body.find(w("p"))
    if paragraph is None:
        paragraph = etree.Element(w("p"))
        body.insert(0, paragraph)
    run = etree.Element(w("r"))
    properties = paragraph.find(w("pPr"))
    if properties is not None:
        properties.addnext(run)
    else:
        paragraph.insert(0, run)
    return run


def _marks(cuts: Cuts, runs: tuple[RunText, ...], column: int, length: int,
           message: str) -> Callable[[], tuple[etree._Element, etree._Element]]:
    """The first and last run a finding's comment marks, once ``cuts`` are made: its characters
    (lawreport.lint.anchor), or the run holding its column when the runs cannot be matched."""
    from lawreport.lint.anchor import extent, pieces

    found = pieces(runs)
    if found is None:
        run = _run_at(runs, column)
        return lambda: (run, run)
    begin, finish = cuts.want(found, *extent(found, column, length, message))
    return lambda: (cuts.run(begin), cuts.run(finish))


def annotate_docx(source: Path, comments: Iterable[Comment], target: Path, data: bytes | None = None) -> int:
    """Write ``target``: ``source`` with a comment per finding; return how many comments it holds.

    ``source`` is read once (or its bytes, already read, are ``data``), within the reader's size
    limit, and opened by the reader itself
    (lawreport.ooxml: zip limits, the hardened parser), so the comments land in the paragraphs
    the reader numbered; the copy is written from those bytes by lawreport.ooxml.comments.
    """
    import datetime as dt

    from lawreport.files.atomic import atomic_write
    from lawreport.importing import read_bytes
    from lawreport.importing.docxreader import read_word
    from lawreport.lint.anchor import Cuts
    from lawreport.ooxml.comments import Note, add_comments
    from lawreport.render.docxfile import source_date

    moment = source_date() or dt.datetime.now(dt.timezone.utc)  # when the comments were written, as Word shows
    word = read_word(source, read_bytes(source) if data is None else data, accept_changes=True)
    cuts = Cuts()
    wanted: list[tuple[Callable[[], tuple[etree._Element, etree._Element]], str]] = []
    for finding in comments:
        level = _LEVELS.get(finding.severity, finding.severity)
        text = f"{finding.code} {finding.name}（{level}）：{finding.message}"
        line, column, length, where = finding.line, finding.column, finding.length, ""
        if _run_at(word.runs.get(line, ()), column) is None:  # an empty (or unseen) paragraph: move it
            moved = _nearest(word.runs, line)
            if moved is None:
                start = _start_run(word.document)
                wanted.append((lambda start=start: (start, start), f"{text}（第 {line} 段没有可加批注的文字，批注附在文档开头）"))
                continue
            (line, column, where), length = moved, 1
        wanted.append((_marks(cuts, word.runs[line], column, length, finding.message), text + where))
    cuts.cut()  # every comment's characters get their own runs, then the comments are placed
    notes = [Note(*marks(), text) for marks, text in wanted]
    date = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    atomic_write(target, add_comments(word.package, word.document, notes, AUTHOR, INITIALS, date))
    return len(notes)
