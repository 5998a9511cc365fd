"""The required structure (parts, their order and titles) from a data file."""

from __future__ import annotations

import functools
import re
import string
from pathlib import Path

from lawreport.errors import SourceError
from lawreport.model import PartSpec, Structure
from lawreport.sources.textfile import read_source
from lawreport.sources.yamlsafe import Node, load_yaml

DEFAULT_STRUCTURE = "structure.yaml"
_PART_KEYS = {"key", "title", "year", "required", "aliases", "keywords"}
_YEAR_KINDS = ("report", "next", "none")
_KEY = re.compile(r"[^\W_][\w-]{0,39}")
"""A part's key names its source file (<key>.md, which import writes): a word, no path."""
_DOCUMENT_FIELDS = ("issuer", "year", "next_year")
_PART_FIELDS = ("year", "next_year")


def _strings(node: Node | None, path: Path) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node.value, list) or not all(isinstance(v.value, str) for v in node.value):
        raise SourceError("应为文字列表，例如 [主要举措和成效, 主要举措及成效]", path, node.line, node.column)
    return tuple(str(v.value) for v in node.value)


def _text(node: Node | None, path: Path, what: str) -> str:
    if node is None or not isinstance(node.value, str) or not node.value.strip():
        raise SourceError(f"缺少{what}", path, node.line if node else 1, node.column if node else 1)
    return node.value


def _title(node: Node | None, path: Path, what: str, fields: tuple[str, ...]) -> str:
    """A title whose placeholders are only ``{field}`` of ``fields``: the title is filled in with
    ``str.format``, which would also follow ``{year.__class__}``, pad ``{year:>999999999}`` and fail
    on a lone brace (the structure file may come with a workspace someone sent)."""
    text = _text(node, path, what)
    assert node is not None
    available = "、".join("{" + name + "}" for name in fields)
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError:
        raise SourceError(f"{what} 中有不成对的花括号：{text}", path, node.line, node.column,
                          f"占位符写成 {available}；要写花括号本身，请写成 {{{{ 和 }}}}。") from None
    for _literal, name, spec, conversion in pieces:
        if name is not None and (name not in fields or spec or conversion):
            written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise SourceError(f"{what} 中的 {written} 不是可用的占位符（可用：{available}）", path, node.line, node.column,
                              "占位符只能原样写出，不能带属性、下标或格式；要写花括号本身，请写成 {{ 和 }}。")
    return text


def _part(node: Node, path: Path) -> PartSpec:
    if not isinstance(node.value, dict):
        raise SourceError("每个部分应写成“键: 值”的若干行", path, node.line, node.column)
    fields = node.value
    for key, value in fields.items():
        if key not in _PART_KEYS:
            raise SourceError(f"未知字段 {key}（可用：{'、'.join(sorted(_PART_KEYS))}）", path, value.key_line, value.key_column)
    year = fields.get("year")
    year_kind = year.value if year is not None else "report"
    if year_kind not in _YEAR_KINDS:
        raise SourceError(f"year 应为 {' / '.join(_YEAR_KINDS)} 之一", path, year.line if year else node.line, 1)
    required = fields.get("required")
    required_text = required.value if required is not None else "true"
    if required_text not in ("true", "false"):
        raise SourceError("required 应为 true 或 false", path, required.line if required else node.line, 1)
    key = _text(fields.get("key"), path, "部分的 key")
    if not _KEY.fullmatch(key):
        where = fields["key"]
        raise SourceError(f"部分的 key“{key}”不能用作文件名", path, where.line, where.column,
                          "key 是该部分源文件的名字（key.md）：只能用字母、数字、汉字、- 和 _，不超过 40 个字符，例如 measures。")
    return PartSpec(
        key=key,
        title=_title(fields.get("title"), path, "部分标题 title", _PART_FIELDS),
        required=required_text == "true",
        year=str(year_kind),
        aliases=_strings(fields.get("aliases"), path),
        keywords=_strings(fields.get("keywords"), path),
    )


def parse_structure(text: str, path: Path) -> Structure:
    """Parse a structure data file."""
    root = load_yaml(text, path)
    assert isinstance(root.value, dict)
    for key, value in root.value.items():
        if key not in ("title", "parts"):
            raise SourceError(f"未知字段 {key}（可用：title、parts）", path, value.key_line, value.key_column)
    parts_node = root.value.get("parts")
    if parts_node is None or not isinstance(parts_node.value, list) or not parts_node.value:
        raise SourceError("缺少 parts（各部分的列表）", path, root.line, 1)
    parts = tuple(_part(item, path) for item in parts_node.value)
    seen: set[str] = set()
    for spec, item in zip(parts, parts_node.value, strict=True):
        if spec.key in seen:
            raise SourceError(f"部分 key 重复：{spec.key}", path, item.line, item.column)
        seen.add(spec.key)
    title = _title(root.value.get("title"), path, "文档标题 title", _DOCUMENT_FIELDS)
    return Structure(parts=parts, title=title, filename=str(path))


@functools.cache
def default_structure_text() -> str:
    """The structure file shipped with lawreport (read once per process)."""
    return (Path(__file__).resolve().parents[1] / "data" / DEFAULT_STRUCTURE).read_text("utf-8")


_LOADED: dict[tuple[str, str], Structure] = {}


def load_structure(path: Path | None = None) -> Structure:
    """Load a workspace's structure file, or the built-in default when ``path`` is None.

    Parsed once per process for the same text (a batch build loads it for every year).
    """
    if path is None:
        text, where = default_structure_text(), Path("lawreport/data/structure.yaml")
    else:
        text, where = read_source(path), path
    key = (str(where), text)
    if key not in _LOADED:
        _LOADED[key] = parse_structure(text, where)
    return _LOADED[key]
