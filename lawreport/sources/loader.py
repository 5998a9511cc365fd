"""Loading one year's sources (``sections/<year>/``) into a :class:`~lawreport.model.Report`.

``load_report`` is the only public entry. It reads what is there and raises
:class:`~lawreport.errors.SourceErrors` for anything it cannot read; whether required parts
are present is a check (:mod:`lawreport.lint.structure.required_parts`, shared by build and
lint), so that ``lint`` can report it as a finding.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from lawreport.cjk import visible
from lawreport.errors import LawreportError, SourceError, SourceErrors, UsageError, display_path
from lawreport.model import Part, Report, Span, Structure
from lawreport.sources.markdown import parse_part
from lawreport.sources.metadata import METADATA_FILE, build_metadata
from lawreport.sources.names import JUNK, windows_name_problem
from lawreport.sources.structure import load_structure
from lawreport.sources.textfile import read_source
from lawreport.sources.workspace import Workspace, suggest
from lawreport.sources.yamlsafe import load_yaml

_PART_KEYS = ("title",)


def _checked_files(folder: Path) -> tuple[dict[str, Path], list[LawreportError]]:
    """The folder's regular files by name, refusing links out of it and unportable names."""
    errors: list[LawreportError] = []
    files: dict[str, Path] = {}
    seen: dict[str, str] = {}
    try:
        root = folder.resolve()
        entries = sorted(folder.iterdir())
    except (OSError, RuntimeError) as exc:  # RuntimeError: a link loop (Python before 3.13)
        raise SourceError(f"无法读取这个年份目录：{_os_reason(exc)}", folder,
                          hint="请检查目录的权限（当前用户须能读取），或它是否是指向自身的链接。") from None
    for entry in entries:
        name = entry.name
        if JUNK.match(name):
            continue
        problem = windows_name_problem(name, f"{folder.parent.name}/{folder.name}/{name}")
        if problem:
            errors.append(SourceError(f"文件名 {visible(name)} {problem}", entry, hint="请重命名这个文件。"))
            continue
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            errors.append(SourceError(f"文件名冲突：{seen[folded]} 与 {name} 只有大小写或编码形式不同", entry,
                                      hint="在 Windows 上它们是同一个文件，请删除或重命名其中一个。"))
            continue
        seen[folded] = name
        if entry.is_symlink():  # resolve only links: it stats every parent
            try:
                target = entry.resolve(strict=True)
            except (OSError, RuntimeError):  # a loop, or a link to nothing
                errors.append(SourceError(f"{name} 是无法打开的链接（指向自身、循环或不存在的文件）", entry,
                                          hint="请删除这个链接，把文件本身放进这个年份目录。"))
                continue
            if root not in target.parents:
                errors.append(SourceError(f"{name} 是指向目录外的链接，拒绝读取", entry,
                                          hint="请把文件本身放进这个年份目录。"))
                continue
        if entry.is_file():
            files[name] = entry
    return files, errors


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "链接循环"


def unused_files(folder: Path) -> list[Path]:
    """Regular files in ``folder`` that are neither sources nor known junk (worth a note)."""
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        if JUNK.match(entry.name) or entry.name == METADATA_FILE or entry.suffix.lower() == ".md":
            continue
        if entry.is_file() and not entry.is_symlink():
            found.append(entry)
    return found


def load_report(workspace: Workspace, year: int, structure: Structure | None = None) -> Report:
    """Load ``sections/<year>/`` of ``workspace``; raise SourceErrors listing every problem."""
    folder = workspace.year_dir(year)
    structure = structure or load_structure(workspace.structure_path)
    return _load(folder, year, workspace, structure)


def _load(folder: Path, year: int, workspace: Workspace, structure: Structure) -> Report:
    files, errors = _checked_files(folder)
    if not files and not errors:
        raise UsageError(
            f"{display_path(folder)} 中没有源文件（report.yaml 和各部分的 .md 文件）",
            hint="新的年份可以复制上一年的目录后修改，或用 lawreport import 导入已有的报告。",
        )
    meta = None
    sources: dict[Path, str] = {}
    meta_path = folder / METADATA_FILE
    if METADATA_FILE not in files:
        errors.append(SourceError(f"缺少元数据文件 {METADATA_FILE}", meta_path,
                                  hint="请参照示例 sections/2023/report.yaml 新建。"))
    else:
        try:
            text = sources[meta_path] = read_source(meta_path)
            node = load_yaml(text, meta_path)
            assert isinstance(node.value, dict)
            meta, meta_errors = build_metadata(node.value, workspace.report_defaults, meta_path, text.split("\n"),
                                               workspace.config_path)
            errors.extend(meta_errors)
        except LawreportError as exc:
            errors.append(exc)
    keys = [spec.key for spec in structure.parts]
    parts: list[Part] = []
    for name, path in files.items():
        if name.endswith(".md") and name[:-3] not in keys:
            errors.append(SourceError(
                f"未知的部分文件 {name}{suggest(name[:-3], keys)}", path,
                hint="部分文件按 key 命名：" + "、".join(f"{k}.md" for k in keys),
            ))
    for spec in structure.parts:
        path = files.get(f"{spec.key}.md")
        if path is None:
            continue
        try:
            text = sources[path] = read_source(path)
            parsed = parse_part(text, path)
        except LawreportError as exc:
            errors.append(exc)
            continue
        title, title_span, overridden = spec.title_for(year), Span(path, 1, 1), False
        for key, node in parsed.front_matter.items():
            if key not in _PART_KEYS:
                errors.append(SourceError(f"未知字段 {key}{suggest(key, _PART_KEYS)}", path, node.key_line, node.key_column))
            elif not isinstance(node.value, str) or not node.value.strip():
                errors.append(SourceError("title 应为一段文字", path, node.line, node.column))
            else:
                title, title_span, overridden = node.value.strip(), Span(path, node.line, node.column), True
        parts.append(Part(spec.key, title, title_span, parsed.blocks, parsed.sections, path, overridden))
    if errors or meta is None:
        raise SourceErrors(errors)
    return Report(year=year, meta=meta, parts=tuple(parts), structure=structure, directory=folder,
                  sources=sources)
