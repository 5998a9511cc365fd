"""Property tests (G1, G2): the loader never fails with anything but a LawreportError, and
every position it reports lies inside the file it names."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalogue import CASES, Case
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reltools import REPO

from lawreport.cli import cli as group
from lawreport.errors import LawreportError
from lawreport.model import OffsetMap, Paragraph, Section, Span, Table
from lawreport.sources.loader import load_report
from lawreport.sources.markdown import parse_part
from lawreport.sources.textfile import decode_source
from lawreport.sources.workspace import load_workspace

SETTINGS = settings(max_examples=int(__import__("os").environ.get("LAWREPORT_PROP_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to YAML, Markdown and the decoders, mixed with Chinese text.
SPECIALS = list("-:：#*&!%@`|>[]{},'\"\\\t\r\n \u3000\u00a0\u200b\u202e\ufeff\x00\x07\x0b\x85\u2028") + ["---", "\r\n", "\n\n"]
CJK = list("一二三四五六七八九十报告法治政府建设年度（）、。，；：“”") + ["䶮", "𠮷"]
pieces = st.sampled_from(SPECIALS + CJK) | st.text(min_size=1, max_size=4)
texts = st.lists(pieces, max_size=60).map("".join)
markdown_lines = st.lists(
    st.tuples(st.sampled_from(["", "# ", "## ", "### ", "#### ", "| ", "|---|", "**", "[a](", "---", "  ", "\t"]), texts),
    max_size=12,
).map(lambda rows: "\n".join(prefix + body for prefix, body in rows))
front_matter = st.tuples(st.lists(st.tuples(texts, st.sampled_from([": ", "：", ":", ": |\n  ", ": [", ": &a ", ": *a"]), texts),
                                  max_size=5), markdown_lines).map(
    lambda parts: "---\n" + "\n".join(k + sep + v for k, sep, v in parts[0]) + "\n---\n" + parts[1])
encoded = (texts | markdown_lines | front_matter).flatmap(
    lambda text: st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]).map(
        lambda codec: text.encode(codec, errors="replace")))
any_bytes = st.binary(max_size=400) | encoded


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One workspace reused by every example (hypothesis does not mix with per-test fixtures)."""
    root = Path(tempfile.mkdtemp(prefix="lawreport-prop-")) / "ws"
    shutil.copytree(REPO / "sections" / "2023", root / "sections" / "2023")
    yield root
    shutil.rmtree(root.parent, ignore_errors=True)


def _load(root: Path, name: str, data: bytes) -> None:
    original = (REPO / "sections/2023" / name).read_bytes()
    target = root / "sections/2023" / name
    target.write_bytes(data)
    try:
        load_report(load_workspace(root), 2023)
    except LawreportError as exc:
        assert exc.render()  # renders without failing
    finally:
        target.write_bytes(original)


@SETTINGS
@given(data=any_bytes)
@example(data=b"\xc3\xbd")
@example(data=b"---\n" + b"[" * 3000 + b"\n---\n")
@example(data=b"---\ntitle: &a [*a]\n---\n")
def test_any_bytes_as_a_part_file(scratch: Path, data: bytes) -> None:
    _load(scratch, "measures.md", data)


@SETTINGS
@given(data=any_bytes)
@example(data=b"date: 2024-02-30\nissuer: x\n")
@example(data=b"issuer: !!python/object/apply:os.system [ls]\n")
def test_any_bytes_as_report_yaml(scratch: Path, data: bytes) -> None:
    _load(scratch, "report.yaml", data)


def _spans(blocks: tuple[object, ...], sections: tuple[Section, ...]) -> Iterator[Span | OffsetMap]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.span
            if block.offsets is not None:
                yield block.offsets
        elif isinstance(block, Table):
            yield block.span
            yield from block.row_spans
    for section in sections:
        yield section.heading.span
        if section.heading.title_offsets is not None:
            yield section.heading.title_offsets
        yield from _spans(section.blocks, section.children)


def _inside(lines: list[str], line: int, column: int) -> bool:
    return 1 <= line <= len(lines) and 1 <= column <= len(lines[line - 1]) + 1


@SETTINGS
@given(source=markdown_lines | front_matter, newline=st.sampled_from(["\n", "\r\n", "\r"]))
@example(source="\u3000\r-\\-", newline="\n")  # a stripped first line: the text starts on line 2
@example(source="# 标题\n\n正文**加粗**[链接](https://a)\\*。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", newline="\r\n")
def test_every_span_lies_inside_its_file(source: str, newline: str) -> None:
    path = Path("part.md")
    data = source.replace("\n", newline).encode("utf-8", errors="replace")
    try:
        text = decode_source(data, path)
        parsed = parse_part(text, path)
    except LawreportError as exc:
        if exc.line is not None:
            raw_lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
            assert 1 <= exc.line <= len(raw_lines), exc.render()
        return
    lines = text.split("\n")
    for node in parsed.front_matter.values():
        assert _inside(lines, node.line, node.column)
        assert _inside(lines, node.key_line, node.key_column)
    for span in _spans(parsed.blocks, parsed.sections):
        if isinstance(span, OffsetMap):
            for _offset, line, column in span.anchors:
                assert _inside(lines, line, column), (line, column, lines)
        else:
            assert span.path == path
            assert _inside(lines, span.line, span.column), (span, lines)


# ---- G2: the reported line:column points at the offending token (Y1–Y6, Y16, M6) ----------
TOKEN_CASES = tuple(case for case in CASES if case.token is not None)


def _shifted(case: Case, relative: str, shift: int) -> str:
    """The case's file with ``shift`` harmless lines inserted before the offending one."""
    text = case.files[relative]
    assert isinstance(text, str)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # the test adds its own
    if text.startswith("---\n"):  # part front matter: YAML comments inside it
        return "---\n" + "# 说明\n" * shift + text[4:]
    if relative.endswith(".md"):  # Markdown body: paragraphs after the first heading
        head, rest = text.split("\n", 1)
        return head + "\n" + "\n段落。\n" * (shift // 2) + rest
    return "# 说明\n" * shift + text


@pytest.mark.parametrize("case", TOKEN_CASES, ids=str)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shift=st.integers(0, 40), newline=st.sampled_from(["\n", "\r\n", "\r"]), bom=st.booleans())
def test_reported_position_points_at_the_token(case: Case, shift: int, newline: str, bom: bool,
                                               scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert case.where is not None and case.token is not None
    relative = case.where.split(":")[0]
    name = relative.rsplit("/", 1)[1]
    text = _shifted(case, relative, shift)
    target = scratch / relative
    original = (REPO / "sections/2023" / name).read_bytes()
    target.write_bytes(("\ufeff" if bom else "").encode() + text.replace("\n", newline).encode("utf-8"))
    monkeypatch.chdir(scratch)
    try:
        result = CliRunner().invoke(group, ["lint", "2023", "--format", "json"], prog_name="lawreport")
    finally:
        target.write_bytes(original)
    assert result.exit_code in (0, 1), result.output
    lines = text.split("\n")
    named = [d for d in json.loads(result.stdout) if d["path"] == relative and d["line"] is not None]
    pointing = [d for d in named if case.token in lines[d["line"] - 1]
                and lines[d["line"] - 1][d["column"] - 1:].startswith(case.token)]
    assert pointing, f"no finding points at {case.token!r} in {relative}: {named}"
