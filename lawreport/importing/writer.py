"""A recognised report → the source format: ``report.yaml`` and one ``<key>.md`` per part.

Numbering is removed from headings (the compiler numbers them); titles that differ from
the structure's generated title are kept as a ``title:`` override; a part that matched no
part of the structure is kept, with its title as a heading, inside the part where it stands
(the nearest part before it, or after it when it comes first). Every such change of form is
returned as a note.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from lawreport.errors import LawreportError
from lawreport.importing import markdown_out
from lawreport.importing.recognise import unmatched
from lawreport.model import Block, Paragraph, Part, Report, Run, Section, Table
from lawreport.text.controls import escape_undecodable

_YAML_PRINTABLE = re.compile("^[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*$")
_CN_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
MAX_LEVEL = 4


def _name(path: Path) -> str:
    """The received file's name as the sources write it: bytes that are not UTF-8 as ``\\xNN``
    (a name from an older Windows machine in GBK; writing it stopped the import with an internal error)."""
    return escape_undecodable(path.name)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _where(part: Part) -> str:
    return f"{_name(part.title_span.path)}:{part.title_span.line}"


class _PartWriter:
    """Collects the Markdown lines of one part file."""

    def __init__(self, notes: list[str]) -> None:
        self.lines: list[str] = []
        self.notes = notes

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            if isinstance(block, Table):
                self.lines.extend(markdown_out.table(block.rows))
                self.lines.append("")
            elif isinstance(block, Paragraph) and block.text.strip():
                self.lines.extend([self.paragraph(block), ""])

    def paragraph(self, block: Paragraph) -> str:
        """One paragraph line, with ``**bold**`` where it reads back exactly; otherwise plain, with a note."""
        runs = _strip_runs(block.runs)
        plain = markdown_out.text_line("".join(run.text for run in runs))
        if not any(run.bold for run in runs):
            return plain
        for candidate in (runs, _trim_bold(runs)):
            line = markdown_out.bold_line(candidate)
            if _reads_back(line, candidate):
                return line
        self.notes.append(f"{_name(block.span.path)}:{block.span.line}: 这一段的加粗在 Markdown 中无法准确表示（如加粗部分以标点开头或结尾），"
                          "已按普通文字导入")
        return plain

    def section(self, section: Section, shift: int = 0, number: int = 1) -> None:
        heading = section.heading
        level = heading.level + shift
        if level > MAX_LEVEL:
            text = (heading.typed_marker or "") + heading.title
            self.notes.append(f"{_name(heading.span.path)}:{heading.span.line}: 标题“{text}”下移一级后超过四级，已作为正文段落保留")
            self.lines.extend([markdown_out.escape(text.strip()), ""])
        else:
            self.lines.extend([markdown_out.heading(level, heading.title.strip(), number), ""])
        self.blocks(section.blocks)
        for index, child in enumerate(section.children, 1):
            self.section(child, shift, index)

    def part_content(self, part: Part, shift: int = 0) -> None:
        self.blocks(part.blocks)
        for index, section in enumerate(part.sections, 1):
            self.section(section, shift, index)

    def merged(self, part: Part) -> None:
        """An unmatched part, kept as a level-2 heading with everything below it moved down a level."""
        if part.title.strip():
            self.lines.extend([markdown_out.heading(2, part.title.strip()), ""])
        self.part_content(part, shift=1)


def _strip_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """``runs`` without the spaces before the first character and after the last one."""
    text = "".join(run.text for run in runs)
    begin = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    out: list[Run] = []
    at = 0
    for run in runs:
        piece = run.text[max(begin - at, 0) : max(end - at, 0)]
        at += len(run.text)
        if piece:
            out.append(Run(piece, run.bold and bool(piece.strip())))
    return tuple(out)


def _trim_bold(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Bold runs without the punctuation at their ends (``**一是加强。**正文`` is not bold in CommonMark)."""
    out: list[Run] = []
    for run in runs:
        if not run.bold:
            out.append(run)
            continue
        text = run.text
        begin, end = 0, len(text)
        while begin < end and _is_punct(text[begin]):
            begin += 1
        while end > begin and _is_punct(text[end - 1]):
            end -= 1
        out.extend(piece for piece in (Run(text[:begin]), Run(text[begin:end], True), Run(text[end:])) if piece.text)
    return tuple(out)


def _is_punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS" or char.isspace()


def _merged(runs: tuple[Run, ...]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for run in runs:
        if out and out[-1][1] == run.bold:
            out[-1] = (out[-1][0] + run.text, run.bold)
        elif run.text:
            out.append((run.text, run.bold))
    return out


def _reads_back(line: str, runs: tuple[Run, ...]) -> bool:
    """Whether the source loader reads ``line`` back as exactly ``runs`` (CommonMark's ``**`` rules are subtle)."""
    from lawreport.sources.markdown import parse_part

    try:
        parsed = parse_part(line + "\n", Path("check.md"))
    except LawreportError:
        return False
    blocks = parsed.blocks
    if parsed.sections or len(blocks) != 1 or not isinstance(blocks[0], Paragraph):
        return False
    return _merged(blocks[0].runs) == _merged(runs)


def _placement(report: Report, notes: list[str]) -> dict[str, list[Part]]:
    """Which parts go into which file: matched parts own their file, unmatched ones join a neighbour."""
    files: dict[str, list[Part]] = {}
    owner: str | None = None
    pending: list[Part] = []
    for part in report.parts:
        if unmatched(part.key):
            if owner is None:
                pending.append(part)
            else:
                files[owner].append(part)
                notes.append(f"{_where(part)}: 一级标题“{part.title}”不对应结构中的部分，已作为二级标题并入 {owner}.md")
            continue
        owner = part.key
        first = report.structure.parts[0].key
        if pending and report.part(first) is None and owner != first:
            # a thematic report: its own themes stand where the measures belong, not in the part after them
            files[first] = [_empty(first, pending[0]), *pending]
            notes.append(f"这份报告以自拟主题作一级标题，没有“主要举措和成效”部分：{len(pending)} 个主题已作为"
                         f"二级标题导入 {first}.md（主要举措和成效），请核对并补写该部分的标题")
            for early in pending:
                notes.append(f"{_where(early)}: 主题“{early.title}”已作为二级标题导入 {first}.md")
            files[owner] = [part]
            pending = []
            continue
        files[owner] = [part, *pending]
        for early in pending:
            notes.append(f"{_where(early)}: 一级标题“{early.title}”不对应结构中的部分，已作为二级标题并入 {owner}.md 开头")
        pending = []
    if pending:
        first = report.structure.parts[0].key
        files[first] = [_empty(first, pending[0]), *pending]
        notes.append(f"没有任何一级标题对应结构中的部分，全部内容已放入 {first}.md，请核对")
    return files


def _empty(key: str, model: Part) -> Part:
    return Part(key, "", model.title_span, (), (), model.path, False, None)


def _part_file(report: Report, key: str, parts: list[Part], notes: list[str]) -> str:
    main, extra = parts[0], parts[1:]
    writer = _PartWriter(notes)
    spec = report.structure.spec(key)
    generated = spec.title_for(report.year) if spec else ""
    head: list[str] = []
    if main.title.strip() and main.title.strip() != generated:
        head = ["---", f"title: {_quote(main.title.strip())}", "---", ""]
    ordered = sorted(parts, key=lambda p: (p.title_span.line, p.title_span.column))
    for part in ordered:
        if part is main:
            writer.part_content(main)
        elif part in extra:
            writer.merged(part)
    return "\n".join(head + writer.lines).rstrip("\n") + "\n"


def _yaml_text(key: str, value: str) -> str:
    return f"{key}: {_quote(value)}"


def _title(report: Report, title_lines: tuple[str, ...], notes: list[str]) -> str | None:
    """The ``title`` to write (None: the generated one), keeping the file's line break when it is written."""
    meta = report.meta
    generated = report.structure.title.format(issuer=meta.issuer, year=report.year, next_year=report.year + 1)
    broken = len(title_lines) > 1 and "".join(title_lines) == meta.title
    if not meta.title:
        return None
    if meta.title != generated:
        return "\n".join(title_lines) if broken else meta.title
    if broken:
        shown = "／".join(title_lines)
        notes.append(f"标题原为 {len(title_lines)} 行（{shown}），文字与按结构生成的标题相同，未写入 title，"
                     "构建时按 GB/T 9704 排定换行；如要保留原来的换行，可在 report.yaml 中写 "
                     f"title: {_quote(chr(10).join(title_lines))}")
    return None


def _metadata(report: Report, notes: list[str], title_lines: tuple[str, ...] = ()) -> str:
    meta = report.meta
    lines = [f"# 由 lawreport import 从 {_name(meta.path)} 导入；请核对后再构建。"]
    if meta.issuer:
        lines.append(_yaml_text("issuer", meta.issuer))
    else:
        notes.append("report.yaml 缺少 issuer（发文机关），请补上")
    lines.append(f"issuer_type: {meta.issuer_type}")
    if meta.addressee:
        lines.append(_yaml_text("addressee", meta.addressee))
    title = _title(report, title_lines, notes)
    if title is not None:
        lines.append(_yaml_text("title", title))
    if meta.date_text and _CN_DATE.match(meta.date_text.strip()) and meta.date is not None:
        lines.append(_yaml_text("date", meta.date_text.strip()))
    elif meta.date is not None:
        lines.append(_yaml_text("date", meta.date.isoformat()))
        notes.append(f"成文日期原文为“{meta.date_text}”，已写为 {meta.date.isoformat()}"
                     f"（构建时输出 {meta.date.year}年{meta.date.month}月{meta.date.day}日）")
    elif meta.date_text:
        notes.append(f"成文日期“{meta.date_text}”无法识别为日期，未写入 report.yaml，请手工填写 date")
    if meta.signatory and meta.signatory != meta.issuer:
        lines.append(_yaml_text("signatory", meta.signatory))
    texts = [p.text.strip() for p in meta.preamble if p.text.strip()]
    if texts:
        if all(_YAML_PRINTABLE.match(t) for t in texts):
            lines.append("preamble: |")
            lines.extend("  " + text for text in texts)
        else:
            lines.append(_yaml_text("preamble", "\n".join(texts)))
    return "\n".join(lines) + "\n"


def write_report(report: Report, folder: Path, title_lines: tuple[str, ...] = ()) -> list[str]:
    """Write ``report`` into ``folder`` (created if needed); return notes on changes of form.

    ``title_lines`` is the title as the received file breaks it: a title that must be written
    (it differs from the generated one) keeps that line break.
    """
    notes: list[str] = []
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.yaml").write_text(_metadata(report, notes, title_lines), encoding="utf-8", newline="\n")
    for key, parts in _placement(report, notes).items():
        (folder / f"{key}.md").write_text(_part_file(report, key, parts, notes), encoding="utf-8", newline="\n")
    return notes
