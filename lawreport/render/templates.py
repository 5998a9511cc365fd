"""Finding templates: the workspace's own ``templates/`` first, then lawreport's defaults."""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import UsageError

_PACKAGE = Path(__file__).resolve().parents[1]


def default_dir() -> Path:
    """The templates shipped with lawreport (in a wheel, or the repository's templates/)."""
    installed = _PACKAGE / "_default_templates"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "templates"


def find_template(name: str, workspace_templates: Path | None) -> Path:
    """``workspace_templates/name`` when it exists, else the default template ``name``."""
    if workspace_templates is not None:
        candidate = workspace_templates / name
        if candidate.is_file():
            return candidate
    candidate = default_dir() / name
    if not candidate.is_file():
        raise UsageError(f"找不到模板 {name}", hint="请重新安装 lawreport，或在工作区 templates/ 中放置该模板。")
    return candidate
