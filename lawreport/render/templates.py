"""Templates: finding them (the workspace's own ``templates/`` first, then lawreport's defaults),
and running them in the sandbox of :mod:`lawreport.render.sandbox` with errors in Chinese.

What a template may do is documented in docs/templates.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lawreport.errors import UsageError

_PACKAGE = Path(__file__).resolve().parents[1]
_HINT = "请修改模板，或删除工作区中的该模板以使用默认模板；模板能用的变量和写法见 docs/templates.md。"

if TYPE_CHECKING:
    import jinja2


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
        if candidate.is_symlink() or candidate.is_file():
            _confined(candidate, workspace_templates)
            return candidate
    candidate = default_dir() / name
    if not candidate.is_file():
        raise UsageError(f"找不到模板 {name}", hint="请重新安装 lawreport，或在工作区 templates/ 中放置该模板。")
    return candidate


def _confined(candidate: Path, folder: Path) -> None:
    """Refuse a workspace template that is, or leads to, something other than a file inside ``folder``."""
    try:
        resolved = candidate.resolve(strict=True)
        inside = resolved.is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):
        raise UsageError(f"模板 {candidate.name} 无法读取（失效的链接或链接循环）", candidate,
                         hint="请把模板文件本身放进 templates/，不要用符号链接。") from None
    if not inside:
        raise UsageError(f"模板 {candidate.name} 是指向 templates/ 以外（{resolved}）的链接，拒绝读取", candidate,
                         hint="请把模板文件本身放进 templates/，不要用符号链接。")
    if not resolved.is_file():
        raise UsageError(f"模板 {candidate.name} 不是普通文件，拒绝读取", candidate)


def environment(template_dir: Path) -> jinja2.Environment:
    """A sandboxed, strict, autoescaping environment over one template folder (compiled templates
    are never read from or written to disk: a bytecode cache would be code loaded from a file)."""
    import jinja2

    from lawreport.render.sandbox import BoundedSandbox, ConfinedLoader

    return BoundedSandbox(
        loader=ConfinedLoader(template_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(env: jinja2.Environment, template_path: Path, what: str = "HTML 模板", **context: Any) -> str:
    """Render ``template_path`` (a file of ``env``'s folder); any error of the template is a UsageError
    naming the template file and line."""
    import jinja2
    from jinja2.sandbox import SecurityError

    from lawreport.render.sandbox import TemplateFileError, generate

    try:
        return generate(env.get_template(template_path.name), **context)
    except TemplateFileError as exc:
        file, line = _place(exc, template_path)
        if exc.line is not None or line is None:
            raise
        raise UsageError(f"{what}出错：{exc.message}", file, line, hint=exc.hint) from None
    except jinja2.TemplateSyntaxError as exc:
        where = Path(exc.filename) if exc.filename else template_path
        raise UsageError(f"{what}语法错误：{exc.message}", where, exc.lineno, hint=_HINT) from None
    except jinja2.TemplateNotFound as exc:
        file, line = _place(exc, template_path)
        raise UsageError(f"{what}引用的模板 {exc.name} 不存在（只能引用同一 templates/ 文件夹中的文件）", file, line,
                         hint=_HINT) from None
    except jinja2.UndefinedError as exc:
        file, line = _place(exc, template_path)
        raise UsageError(f"{what}使用了不存在的变量或属性（{exc.message}）", file, line, hint=_HINT) from None
    except SecurityError as exc:
        file, line = _place(exc, template_path)
        raise UsageError(f"{what}做了不允许的操作，已停止：{_security_detail(exc)}", file, line, hint=_HINT) from None
    except RecursionError as exc:
        file, line = _place(exc, template_path)
        raise UsageError(f"{what}无限递归（宏调用自身，或 include/extends 包含了自身）", file, line, hint=_HINT) from None
    except MemoryError as exc:
        file, line = _place(exc, template_path)
        raise UsageError(f"{what}生成的内容过大，内存不足", file, line, hint=_HINT) from None
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as exc:
        file, line = _place(exc, template_path)
        detail = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        raise UsageError(f"{what}计算出错（{detail}）", file, line, hint=_HINT) from None


_UNSAFE = re.compile(r"access to attribute '([^']{1,80})' of '([^']{1,80})' object is unsafe")


def _security_detail(exc: BaseException) -> str:
    """The sandbox's refusal in Chinese (lawreport's own limits are already in Chinese)."""
    text = str(exc)
    unsafe = _UNSAFE.search(text)
    if unsafe:
        return f"不能访问属性 {unsafe[1]}（以 _ 开头的属性、修改列表或字典的方法都不能用）"
    if "is not safely callable" in text:
        return "调用了不允许调用的函数或方法"
    return text


def _place(exc: BaseException, template_path: Path) -> tuple[Path, int | None]:
    """The innermost template file and line an error happened on (the main template when none is known)."""
    from lawreport.render.sandbox import iter_template_frames

    frames = list(iter_template_frames(exc, template_path.parent))
    return frames[-1] if frames else (template_path, None)
