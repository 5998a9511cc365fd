"""``report.yaml`` → Metadata, validated with every problem reported at once."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from lawreport.errors import LawreportError, SourceError
from lawreport.model import Metadata, OffsetMap, Paragraph, Run, Span
from lawreport.sources.workspace import suggest
from lawreport.sources.yamlsafe import Node

METADATA_FILE = "report.yaml"
KEYS = ("issuer", "issuer_type", "addressee", "title", "date", "signatory", "preamble", "published")
ISSUER_TYPES = ("department", "government", "party-government")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")


def parse_date(node: Node, path: Path, key: str) -> dt.date:
    """``2024-02-20`` or ``2024年2月20日`` → date, or SourceError at the value."""
    text = str(node.value).strip()
    match = _ISO.match(text) or _CN.match(text)
    if match is None:
        raise SourceError(
            f"{key} 日期格式不对：{text}", path, node.line, node.column,
            '请写成 "2024-02-20" 或 "2024年2月20日"。',
        )
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise SourceError(f"{key} 日期无效：{text}（没有这一天）", path, node.line, node.column) from None


def _preamble(node: Node, path: Path) -> tuple[Paragraph, ...]:
    """Each non-empty line of the preamble is a paragraph, positioned at its source line."""
    text = str(node.value)
    block = node.style in ("|", ">")
    paragraphs = []
    for index, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if block:
            span = Span(path, node.line + 1 + index, 1)
            source_line = span.line
            column = None
        else:
            quote = 1 if node.style in ("'", '"') else 0
            span = Span(path, node.line + index, node.column + quote if index == 0 else 1)
            source_line, column = span.line, span.column
        offsets = OffsetMap(path, ((0, source_line, column or 0),)) if column else None
        paragraphs.append(Paragraph((Run(stripped),), span, offsets))
    return tuple(paragraphs)


def _fix_block_columns(paragraphs: tuple[Paragraph, ...], lines: list[str]) -> tuple[Paragraph, ...]:
    """Block scalars: find each paragraph's real column in the file's own lines."""
    fixed = []
    for paragraph in paragraphs:
        if paragraph.offsets is not None:
            fixed.append(paragraph)
            continue
        line = lines[paragraph.span.line - 1] if paragraph.span.line <= len(lines) else ""
        found = line.find(paragraph.text)
        column = found + 1 if found >= 0 else 1
        span = Span(paragraph.span.path, paragraph.span.line, column)
        offsets = OffsetMap(span.path, ((0, span.line, column),))
        fixed.append(Paragraph(paragraph.runs, span, offsets))
    return tuple(fixed)


def build_metadata(
    values: dict[str, Node], defaults: dict[str, Node], path: Path, lines: list[str],
    defaults_path: Path | None = None,
) -> tuple[Metadata | None, list[LawreportError]]:
    """Validate ``values`` (over the workspace ``defaults``, read from ``defaults_path``); return the
    metadata and all errors, each at the file its value was written in."""
    errors: list[LawreportError] = []
    for key, node in values.items():
        if key not in KEYS:
            errors.append(SourceError(f"未知字段 {key}{suggest(key, KEYS)}", path, node.key_line, node.key_column))
    merged = {**defaults, **{k: v for k, v in values.items() if k in KEYS}}
    where = {key: path if key in values or defaults_path is None else defaults_path for key in merged}
    for key, node in merged.items():
        if not isinstance(node.value, str):
            errors.append(SourceError(f"{key} 应为一段文字", where[key], node.line, node.column))
    if errors:
        return None, errors

    def text(key: str) -> str | None:
        node = merged.get(key)
        value = str(node.value).strip() if node is not None else ""
        return value or None

    issuer = text("issuer")
    if issuer is None:
        errors.append(SourceError("缺少必填字段 issuer（发文机关）", path, 1, 1, "例如 issuer: 示例县教育局"))
    issuer_type = text("issuer_type") or "department"
    if issuer_type not in ISSUER_TYPES:
        node = merged["issuer_type"]
        errors.append(SourceError(
            f"issuer_type 应为 {' / '.join(ISSUER_TYPES)} 之一（部门 / 政府 / 党委政府联合）",
            where["issuer_type"], node.line, node.column,
        ))
    dates: dict[str, dt.date | None] = {"date": None, "published": None}
    for key in dates:
        if text(key) is not None:
            try:
                dates[key] = parse_date(merged[key], path, key)
            except SourceError as exc:
                errors.append(exc)
    if errors or issuer is None:
        return None, errors
    preamble = _fix_block_columns(_preamble(merged["preamble"], path), lines) if "preamble" in merged else ()
    addressee = text("addressee")
    if addressee is not None:
        addressee = addressee.rstrip("：:")
    spans = {key: Span(where[key], node.line, node.column) for key, node in merged.items()}
    meta = Metadata(
        issuer=issuer,
        issuer_type=issuer_type,
        addressee=addressee,
        title=text("title"),
        date=dates["date"],
        signatory=text("signatory") or issuer,
        preamble=preamble,
        published=dates["published"],
        path=path,
        spans=spans,
    )
    return meta, []
