"""The workspace: where ``sections/`` and ``lawreport.yaml`` are, and what that file says."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from lawreport.errors import LawreportError, SourceError, SourceErrors, UsageError
from lawreport.sources.textfile import read_source
from lawreport.sources.yamlsafe import Node, load_yaml

CONFIG_FILE = "lawreport.yaml"
SECTIONS_DIR = "sections"
TEMPLATES_DIR = "templates"
BUILD_DIR = "build"
FORMATS = ("docx", "html", "pdf")

_TOP_KEYS = ("report", "structure", "build", "lint")
_BUILD_KEYS = ("formats", "strict")
REPORT_DEFAULT_KEYS = ("issuer", "issuer_type", "addressee", "signatory")


class Workspace(NamedTuple):
    """A report workspace and its validated ``lawreport.yaml``."""

    root: Path
    config_path: Path | None = None
    report_defaults: Mapping[str, Node] = {}  # shared default, never mutated
    structure_path: Path | None = None
    formats: tuple[str, ...] = ("docx", "html")
    lint: Node | None = None
    """The raw ``lint:`` section, validated by the linter itself."""
    strict: bool = False
    """``build: {strict: true}``: no build while lint finds errors."""

    @property
    def sections(self) -> Path:
        """The folder holding one sub-folder per year."""
        return self.root / SECTIONS_DIR

    @property
    def templates(self) -> Path:
        """The workspace's own templates (which override the built-in ones)."""
        return self.root / TEMPLATES_DIR

    @property
    def build(self) -> Path:
        """The default output folder."""
        return self.root / BUILD_DIR

    def inside_sources(self, path: Path) -> bool:
        """Whether ``path`` (resolved, links followed) is ``sections/`` or below it."""
        target, sections = path.resolve(), self.sections.resolve()
        return target == sections or sections in target.parents

    def years(self) -> list[int]:
        """The years that have a folder under ``sections/``, ascending."""
        if not self.sections.is_dir():
            return []
        return sorted(int(p.name) for p in self.sections.iterdir() if p.is_dir() and re.fullmatch(r"\d{4}", p.name))

    def year_dir(self, year: int) -> Path:
        """``sections/<year>/``, or a UsageError listing the years that exist."""
        folder = self.sections / str(year)
        if not folder.is_dir():
            available = "、".join(str(y) for y in self.years()) or "无"
            raise UsageError(
                f"{folder} 不存在；可用年份：{available}",
                hint="年份写四位数字，例如 lawreport build 2023；新的年份可用 lawreport import 或复制上一年的目录。",
            )
        return folder


def suggest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    """ "（是否为 X？）" when ``word`` looks like a typo of one of ``choices``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"（是否为 {close[0]}？）" if close else f"（可用：{'、'.join(choices)}）"


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with ``lawreport.yaml`` or ``sections/``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file() or (folder / SECTIONS_DIR).is_dir():
            return folder
    raise UsageError(
        f"{start} 不是 lawreport 工作区（找不到 {CONFIG_FILE} 或 {SECTIONS_DIR}/ 目录）",
        hint="请在工作区目录中运行，或用 lawreport init 新建一个工作区。",
    )


def load_workspace(start: Path | None = None) -> Workspace:
    """Find the workspace around ``start`` (default: the current folder) and read its config."""
    root = find_root(start or Path.cwd())
    path = root / CONFIG_FILE
    if not path.is_file():
        return Workspace(root=root)
    node = load_yaml(read_source(path), path)
    assert isinstance(node.value, dict)
    values = node.value
    errors: list[LawreportError] = []  # every problem of the file at once
    for key, value in values.items():
        if key not in _TOP_KEYS:
            errors.append(SourceError(f"未知的配置项 {key}{suggest(key, _TOP_KEYS)}", path, value.key_line,
                                      value.key_column))
    defaults = _mapping(values.get("report"), path, REPORT_DEFAULT_KEYS, errors)
    for key, value in defaults.items():  # checked here too: a year that overrides it would hide it
        if not isinstance(value.value, str):
            errors.append(SourceError(f"report.{key} 应为一段文字", path, value.line, value.column,
                                      hint="例如 issuer: 示例县教育局（值为列表或“键: 值”时请改写为一行文字）。"))
    structure = values.get("structure")
    structure_path = None
    if structure is not None:
        if not isinstance(structure.value, str) or not structure.value:
            errors.append(SourceError("structure 应为结构文件的路径", path, structure.line, structure.column))
        elif not _inside(root, root / structure.value):
            errors.append(SourceError(f"结构文件 {structure.value} 不在工作区内，拒绝读取", path, structure.line,
                                      structure.column, hint="structure 应为工作区内的相对路径，例如 structure.yaml。"))
        elif not (root / structure.value).is_file():
            errors.append(SourceError(f"找不到结构文件 {structure.value}", path, structure.line, structure.column))
        else:
            structure_path = root / structure.value
    build = _mapping(values.get("build"), path, _BUILD_KEYS, errors)
    formats: tuple[str, ...] = ("docx", "html")
    if "formats" in build:
        try:
            formats = parse_formats(build["formats"], path)
        except LawreportError as exc:
            errors.append(exc)
    strict = False
    if "strict" in build:
        node = build["strict"]
        strict = str(node.value).strip().lower() in ("true", "yes", "on")
        if not strict and str(node.value).strip().lower() not in ("false", "no", "off"):
            errors.append(SourceError("build.strict 应为 true 或 false", path, node.line, node.column))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise SourceErrors(errors)
    lint = values.get("lint")
    return Workspace(root, path, defaults, structure_path, formats, lint, strict)


def _inside(root: Path, path: Path) -> bool:
    """Whether ``path``, links followed, is a file below ``root`` (an absolute path, ``..`` or a
    link out of the workspace is not)."""
    try:
        target, base = path.resolve(), root.resolve()
    except (OSError, RuntimeError):  # a link loop
        return False
    return base in target.parents


def _mapping(node: Node | None, path: Path, allowed: tuple[str, ...], errors: list[LawreportError]) -> dict[str, Node]:
    if node is None:
        return {}
    if not isinstance(node.value, dict):
        errors.append(SourceError("这一项应写成缩进的“键: 值”若干行", path, node.line, node.column))
        return {}
    for key, value in node.value.items():
        if key not in allowed:
            errors.append(SourceError(f"未知的配置项 {key}{suggest(key, allowed)}", path, value.key_line,
                                      value.key_column))
    return {key: value for key, value in node.value.items() if key in allowed}


def parse_formats(node: Node | str, path: Path | None = None) -> tuple[str, ...]:
    """``docx,html`` or a YAML list → a tuple of known formats, in a fixed order."""
    if isinstance(node, str):
        items, line, column = node.split(","), None, None
    elif isinstance(node.value, dict) or (isinstance(node.value, list)
                                         and not all(isinstance(item.value, str) for item in node.value)):
        raise SourceError("formats 应为输出格式的列表，例如 formats: [docx, html]（可用：docx、html、pdf）", path,
                          node.line, node.column)
    elif isinstance(node.value, list):
        items, line, column = [str(v.value) for v in node.value], node.line, node.column
    else:
        items, line, column = str(node.value).split(","), node.line, node.column
    wanted = [item.strip().lower() for item in items if item.strip()]
    for item in wanted:
        if item not in FORMATS:
            message = f"未知的输出格式 {item}{suggest(item, FORMATS)}"
            if path is None:
                raise UsageError(message)
            raise SourceError(message, path, line, column)
    if not wanted:
        raise UsageError("至少需要一种输出格式（docx、html、pdf）")
    return tuple(f for f in FORMATS if f in wanted)
