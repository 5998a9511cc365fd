"""YAML as data only: every scalar a string, no anchors, aliases or tags, positions kept.

Metadata written by office staff in Notepad meets every YAML surprise (``no`` read as False,
``2024-02-30`` crashing the timestamp constructor, a full-width colon, a tab). This loader
turns each into a Chinese message naming the line, and returns plain values with positions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lawreport.cjk import HAN_CLASS
from lawreport.errors import SourceError

if TYPE_CHECKING:
    import yaml

MAX_YAML_BYTES = 64 * 1024
MAX_DEPTH = 12


class Node(NamedTuple):
    """A YAML value with its position: ``value`` is str, list[Node] or dict[str, Node]."""

    value: str | list[Node] | dict[str, Node]
    line: int
    column: int
    style: str | None = None
    """For scalars: None (plain), "'" or '"' (quoted), "|" or ">" (block)."""
    key_line: int = 0
    """For a mapping's values: where its key stands (0 when not in a mapping)."""
    key_column: int = 0

    def plain(self) -> object:
        """The value with positions stripped."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value


@functools.cache
def _python_loader() -> type:
    """PyYAML's pure-Python SafeLoader without implicit resolvers (imported on first use)."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """SafeLoader without implicit resolvers: every plain scalar stays a string."""

    _Loader.yaml_implicit_resolvers = {}
    return _Loader


def prepare() -> None:
    """Import PyYAML now (a batch does it once, before starting its workers)."""
    _python_loader()


_SURROGATE = re.compile("[\ud800-\udfff]")
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SPECIAL = {"*": "别名", "&": "锚点", "!": "标签", "[": "列表", "{": "映射", "@": "保留字符", "`": "保留字符",
            "%": "指令", "|": "多行文本标记", ">": "多行文本标记", ",": "分隔符"}
_STARTED_AT = ("quoted scalar", "flow sequence", "flow mapping", "alias", "anchor", "tag", "block scalar")
_VALUE = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"][^:#]*:\s+(\S)")
@functools.cache
def _fullwidth_key() -> re.Pattern[str]:
    """``键：值`` (compiled only when a YAML error is explained)."""
    return re.compile(rf"^\s*[A-Za-z_{HAN_CLASS}][\w{HAN_CLASS}-]*\s*：")


def _error(path: Path, line: int, column: int, message: str, hint: str | None = None) -> SourceError:
    return SourceError(message, path, line, column, hint)


def _fullwidth_colon(text: str) -> tuple[int, int] | None:
    """(line, column) of the full-width colon written where ``key: value`` needs ``:``, or None."""
    for number, line in enumerate(text.split("\n"), 1):
        if _fullwidth_key().match(line) and ": " not in line and not line.rstrip().endswith(":"):
            return number, line.index("：") + 1
    return None


def _special_start(line: str) -> tuple[str, str] | None:
    """(character, what YAML takes it for) when the value on ``line`` starts with one."""
    match = _VALUE.match(line)
    if match is None or match[1] not in _SPECIAL:
        return None
    return match[1], _SPECIAL[match[1]]


def _explain(exc: yaml.YAMLError, text: str, path: Path) -> SourceError:
    """Turn a PyYAML error into a Chinese message at the right line."""
    import yaml

    colon = _fullwidth_colon(text)
    if colon is not None:
        return _error(
            path, *colon,
            "元数据必须写成“键: 值”，这一行用了全角冒号“：”",
            "把“：”改为英文冒号加一个空格，例如 issuer: 示例县教育局",
        )
    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        return _error(path, line, column, f"含有不允许的控制字符（U+{exc.character:04X}）", "请删除这个字符。")
    problem = getattr(exc, "problem", "") or ""
    context = getattr(exc, "context", "") or ""
    mark = getattr(exc, "problem_mark", None)
    if any(word in context for word in _STARTED_AT) and getattr(exc, "context_mark", None) is not None:
        mark = exc.context_mark  # type: ignore[attr-defined]
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    lines = text.split("\n")
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    special = _special_start(current)
    if special is not None and "\t" not in current:
        char, meaning = special
        return _error(
            path, line, column, f"值以特殊字符“{char}”开头，YAML 会把它当作{meaning}",
            f'请给整个值加上英文引号，例如 {current.split(":", 1)[0].strip()}: "{current.split(":", 1)[1].strip()}"',
        )
    if "\t" in problem or "\t" in current[: max(column, 1)]:
        return _error(path, line, column, "这一行用了 Tab 缩进", "YAML 只能用空格缩进，请把 Tab 改为空格。")
    if "mapping values are not allowed" in problem:
        return _error(
            path, line, column, "值里含有“: ”（冒号加空格），YAML 会把它当作新的键",
            '请给整个值加上英文引号，例如 title: "……：……"',
        )
    if "found character" in problem or "expected <block end>" in problem or "found undefined" in problem:
        return _error(
            path, line, column, "值以特殊字符开头或格式不完整",
            "以 [ { * & ! % @ ` 等字符开头的值，请加英文引号。",
        )
    if "quoted scalar" in context:
        return _error(path, line, column, "引号没有闭合", "请检查这一行的引号是否成对。")
    return _error(path, line, column, f"YAML 格式错误：{problem or exc}", "请检查缩进和冒号。")


class _Frame:
    """An open mapping or sequence while the event stream is read.

    ``key`` is, for mappings, the key waiting for its value (text, line, column, end column).
    """

    __slots__ = ("value", "line", "column", "key", "first_line")

    def __init__(self, value: dict[str, Node] | list[Node], line: int, column: int) -> None:
        self.value = value
        self.line = line
        self.column = column
        self.key: tuple[str, int, int, int] | None = None
        self.first_line: dict[str, int] = {}


def _attach(frame: _Frame, node: Node, event: yaml.Event, path: Path) -> None:
    """Add ``node`` (built from ``event``) to the open container ``frame``."""
    import yaml

    if isinstance(frame.value, list):
        frame.value.append(node)
        return
    if frame.key is None:
        if not isinstance(event, yaml.ScalarEvent):
            raise _error(path, node.line, node.column, "键必须是简单的文字")
        frame.key = (str(event.value), node.line, node.column, event.end_mark.column + 1)
        return
    key, key_line, key_column, key_end = frame.key
    frame.key = None
    if key in frame.value:
        raise _error(path, key_line, key_column, f"第 {frame.first_line[key]}、{key_line} 行重复定义了 {key}",
                     "请删除其中一行。")
    frame.first_line[key] = key_line
    line, column = node.line, node.column
    if isinstance(event, yaml.ScalarEvent) and event.value == "" and node.style is None:
        line, column = key_line, key_end + 1
    frame.value[key] = Node(node.value, line, column, node.style, key_line, key_column)


def _build(events: Iterator[yaml.Event], path: Path) -> Node | None:
    """Build the tree from the event stream in one pass (no recursion), rejecting anchors,
    aliases, tags, a second document, duplicate keys and deep nesting as they are met."""
    import yaml

    stack: list[_Frame] = []
    root: Node | None = None
    documents = 0
    for event in events:
        mark = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _error(path, line, column, "不支持 YAML 锚点和别名（& 和 *）", "请直接写出完整的值；值以 & 或 * 开头时请加引号。")
        tag = getattr(event, "tag", None)
        if tag and tag not in (_STR, _MAP, _SEQ):
            raise _error(path, line, column, f"不支持的 YAML 标签 {tag}", "请删除以 ! 开头的标签；以 ! 开头的值请加引号。")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _error(path, line, column, "元数据中出现了第二组内容（第二个 ---）", "一个文件只能有一组“键: 值”。")
            continue
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise _error(path, line, column, f"嵌套过深（超过 {MAX_DEPTH} 层）", "元数据只需要简单的“键: 值”。")
            container: dict[str, Node] | list[Node] = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append(_Frame(container, line, column))
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = stack.pop()
            node = Node(frame.value, frame.line, frame.column)
        elif isinstance(event, yaml.ScalarEvent):
            value = str(event.value)
            surrogate = _SURROGATE.search(value)
            if surrogate:  # only an escape such as "\ud800" makes one: no file can hold it
                raise _error(path, line, column, f"文字中有无效的字符 \\u{ord(surrogate.group()):04x}（单独的代理码点，"
                             "不是任何文字）", "请删除这个转义序列，直接写出要用的字；生僻字可以直接输入。")
            node = Node(value, line, column, event.style or None)
        else:
            continue
        if stack:
            _attach(stack[-1], node, event, path)
        else:
            root = node
    return root


def _parse(text: str, path: Path) -> Node | None:
    """Parse with libyaml when available; on a syntax error, parse again with the pure-Python
    parser, whose messages (and positions) the explanations are written for."""
    import yaml

    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return _build(yaml.parse(text, Loader=fast), path)
        except yaml.YAMLError:
            pass
    return _build(yaml.parse(text, Loader=_python_loader()), path)


def load_yaml(text: str, path: Path, line_offset: int = 0) -> Node:
    """Parse ``text`` as data-only YAML; positions are shifted by ``line_offset`` lines.

    Returns a mapping node (an empty mapping for an empty document).
    """
    if len(text.encode("utf-8")) > MAX_YAML_BYTES:
        raise _error(path, 1 + line_offset, 1, f"元数据过长（上限 {MAX_YAML_BYTES // 1024} KB）")
    return _load(text, path, line_offset)


def _load(text: str, path: Path, line_offset: int) -> Node:
    import yaml

    try:
        root = _parse(text, path)
    except SourceError as exc:
        if exc.line is not None:
            exc.line += line_offset
        raise
    except yaml.YAMLError as exc:
        error = _explain(exc, text, path)
        if error.line is not None:
            error.line += line_offset
        raise error from None
    except RecursionError:
        raise _error(path, 1 + line_offset, 1, "嵌套过深") from None
    if root is None:
        return Node({}, 1 + line_offset, 1)
    if not isinstance(root.value, dict):
        colon = _fullwidth_colon(text)
        if colon is not None:
            raise _error(
                path, colon[0] + line_offset, colon[1],
                "元数据必须写成“键: 值”，这一行用了全角冒号“：”",
                "把“：”改为英文冒号加一个空格，例如 issuer: 示例县教育局",
            )
        raise _error(
            path, root.line + line_offset, root.column,
            "元数据必须是“键: 值”形式的若干行", "例如 issuer: 示例县教育局",
        )
    return _shift(root, line_offset) if line_offset else root


def _shift(node: Node, offset: int) -> Node:
    value = node.value
    if isinstance(value, dict):
        value = {k: _shift(v, offset) for k, v in value.items()}
    elif isinstance(value, list):
        value = [_shift(v, offset) for v in value]
    key_line = node.key_line + offset if node.key_line else 0
    return Node(value, node.line + offset, node.column, node.style, key_line, node.key_column)
