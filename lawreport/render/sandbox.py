"""The Jinja environment a workspace's template runs in: sandboxed, confined, bounded.

A template comes with a workspace, and a workspace may come from anyone. It runs in Jinja's
:class:`~jinja2.sandbox.ImmutableSandboxedEnvironment`: no attribute that starts with ``_``
(so no way from ``cycler`` to ``os``), no method that changes a list or dict, and only what
the renderer passes in (``view``, ``placement``…). On top of the sandbox:

- the loader (:class:`ConfinedLoader`) reads only regular files inside one templates folder:
  no absolute or ``..`` names, no symlink leading out, nothing above ``MAX_TEMPLATE_BYTES``,
  UTF-8 only;
- work is bounded: every call, filter, ``range`` item and loop item draws on a budget of
  ``MAX_WORK`` steps per page, and text made or output costs one more step per
  ``CHARS_PER_STEP`` characters (loops and ``~`` are counted in the compiled code, see
  :mod:`lawreport.render.sandboxgen`); ``+``, ``~``, ``*``, ``**`` and ``%`` refuse results
  above ``MAX_TEXT`` characters; no filter or method takes a number above ``MAX_NUMBER``; the
  page stops at ``MAX_OUTPUT``;
- ``lipsum`` (random text) is removed; autoescaping stays on.
"""

from __future__ import annotations

import contextvars
import re
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from lawreport.errors import UsageError
from lawreport.render.sandboxgen import BoundedCodeGenerator

MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_WORK = 1_000_000
MAX_TEXT = 4 * 1024 * 1024
MAX_NUMBER = 100_000
MAX_OUTPUT = 64 * 1024 * 1024
CHARS_PER_STEP = 64
"""Text a template makes or outputs costs a step per this many characters: without it one step
could copy megabytes, and a million steps would be terabytes."""
_BLOCKED_ATTRIBUTES = frozenset(("format", "format_map"))
"""``str.format`` reaches attributes by name inside the format string and pads without bound."""
_PRINTF_WIDTH = re.compile(r"%[-+ #0]*(\d+|\*)?(?:\.(\d+|\*))?")
_budget: contextvars.ContextVar[list[int]] = contextvars.ContextVar("template_budget")


class TemplateFileError(UsageError):
    """A template file that cannot be read as a template (outside templates/, not UTF-8…)."""


def _spend(steps: int) -> None:
    budget = _budget.get(None)
    if budget is None:
        return
    budget[0] -= steps
    if budget[0] < 0:
        raise SecurityError(f"模板的计算量超过上限（{MAX_WORK} 步），可能是过大的循环或递归")


def _bounded_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
        raise SecurityError(f"模板中的数值超过上限 {MAX_NUMBER}")


def _bounded_text(value: object) -> object:
    if isinstance(value, (str, list, tuple, bytes)):
        if len(value) > MAX_TEXT:
            raise SecurityError(f"模板生成的文字或列表超过上限（{MAX_TEXT} 个字符或元素）")
        _spend(len(value) // CHARS_PER_STEP)
    return value


def _captured(pieces: Iterable[str]) -> str:
    """The text of a ``{% set %}…{% endset %}`` block, a macro, a ``{% filter %}`` or ``{% call %}``
    block (Jinja's ``environment.concat``), refused above the page's limit before it is joined:
    the page limit sees only what reaches the page, and a block repeating a large piece of the
    template (no call, no output expression) would be joined into gigabytes."""
    pieces = list(pieces)
    if sum(len(piece) for piece in pieces) > MAX_OUTPUT:
        raise SecurityError(f"模板在一个块或宏中生成的文字超过 {MAX_OUTPUT // (1024 * 1024)} MB")
    return "".join(pieces)


def _loop_step() -> bool:
    """One item of a ``for`` loop (the compiled loop calls this before its test, see sandboxgen)."""
    _spend(1)
    return True


def _output(value: object) -> object:
    """Every ``{{ … }}`` output: a step, and one per ``CHARS_PER_STEP`` characters (text repeated in a
    loop is copied, escaped, each time)."""
    _spend(1 + (len(value) // CHARS_PER_STEP if isinstance(value, str) else 0))
    return value


def _range(*args: int) -> range:
    for arg in args:
        _bounded_number(arg)
    numbers = range(*args)
    _spend(len(numbers))
    return numbers


def _printf(template: object) -> None:
    if isinstance(template, str):
        for match in _PRINTF_WIDTH.finditer(template):
            for width in match.groups():
                if width == "*" or (width and int(width) > MAX_NUMBER):
                    raise SecurityError(f"模板的格式串“{match[0]}”的宽度超过上限 {MAX_NUMBER}")


def _guarded_filter(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    """``function`` with its numbers bounded, its work counted and its result's size checked."""

    first = 2 if hasattr(function, "jinja_pass_arg") else 1  # the context (if passed) and the filtered value

    def guarded(*args: Any, **kwargs: Any) -> Any:
        _spend(1)
        for value in (*args[first:], *kwargs.values()):
            _bounded_number(value)
        if name == "format":
            _printf(args[first - 1] if len(args) >= first else None)
        return _bounded_text(function(*args, **kwargs))

    if hasattr(function, "jinja_pass_arg"):  # keeps pass_context / pass_eval_context working
        guarded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return guarded


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the work, size and name limits of this module."""

    intercepted_binops = frozenset(("+", "*", "**", "%"))
    code_generator_class = BoundedCodeGenerator
    loop_step = staticmethod(_loop_step)
    text_made = staticmethod(_bounded_text)
    concat = staticmethod(_captured)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, finalize=_output, **kwargs)
        self.globals["range"] = _range
        self.globals.pop("lipsum", None)
        self.filters = {name: _guarded_filter(function, name) for name, function in self.filters.items()}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr in _BLOCKED_ATTRIBUTES:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        _spend(1)
        if operator == "**":
            _bounded_number(right)
            if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1 \
                    and right * abs(left).bit_length() > MAX_TEXT:
                raise SecurityError(f"模板中的乘方结果过大（指数 {right}）")
        elif operator == "*":
            for one, other in ((left, right), (right, left)):
                if isinstance(one, (str, list, tuple)) and isinstance(other, int) and len(one) * other > MAX_TEXT:
                    raise SecurityError(f"模板生成的文字或列表超过上限（{MAX_TEXT} 个字符或元素）")
        elif operator == "%":
            _printf(left)
        return _bounded_text(super().call_binop(context, operator, left, right))

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _spend(1)
        if isinstance(__obj, types.BuiltinFunctionType):  # "x".ljust(10**9), "x".zfill(…), "x".center(…)
            for value in (*args, *kwargs.values()):
                _bounded_number(value)
        return _bounded_text(super().call(__context, __obj, *args, **kwargs))


class ConfinedLoader(jinja2.BaseLoader):
    """Templates from one folder only: regular files, inside it after resolving links, UTF-8."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def _path(self, name: str) -> Path:
        pieces = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or any(p in ("..", ".") for p in pieces) \
                or "\\" in name or "\x00" in name:
            raise TemplateFileError(f"模板不能引用 templates/ 以外的文件：“{name}”（不允许绝对路径、.. 或反斜杠）",
                                    self.root, hint="{% include %} 和 {% extends %} 只能写同一 templates/ 文件夹中的文件名。")
        path = self.root.joinpath(*pieces)
        try:
            resolved = path.resolve(strict=True)
        except FileNotFoundError:
            raise jinja2.TemplateNotFound(name) from None
        except (OSError, RuntimeError) as exc:  # a symlink loop, a permission problem
            raise TemplateFileError(f"无法读取模板 {name}（{exc}）", path) from None
        if not resolved.is_relative_to(self.root):
            raise TemplateFileError(f"模板 {name} 是指向 templates/ 以外（{resolved}）的链接，拒绝读取", path,
                                    hint="请把模板文件本身放进 templates/，不要用符号链接。")
        if not resolved.is_file():
            raise TemplateFileError(f"模板 {name} 不是普通文件，拒绝读取", path)
        return resolved

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self._path(template)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_TEMPLATE_BYTES + 1)
            mtime = path.stat().st_mtime
        except OSError as exc:
            raise TemplateFileError(f"无法读取模板 {template}（{exc.strerror or exc}）", path) from None
        if len(data) > MAX_TEMPLATE_BYTES:
            raise TemplateFileError(f"模板 {template} 超过 {MAX_TEMPLATE_BYTES // 1024} KB，拒绝读取", path)
        try:
            source = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise TemplateFileError("模板不是 UTF-8 编码（可能是用“ANSI”/GBK 保存的）", path, line,
                                    hint="请在编辑器中把模板另存为 UTF-8 编码。") from None

        def uptodate() -> bool:
            try:
                return path.stat().st_mtime == mtime
            except OSError:
                return False

        return source, str(path), uptodate


def generate(template: jinja2.Template, **context: Any) -> str:
    """The page ``template`` renders, within the work and output limits."""
    token = _budget.set([MAX_WORK])
    try:
        pieces: list[str] = []
        size = 0
        for piece in template.generate(**context):
            size += len(piece)
            if size > MAX_OUTPUT:
                raise SecurityError(f"模板生成的页面超过 {MAX_OUTPUT // (1024 * 1024)} MB")
            pieces.append(piece)
        return "".join(pieces)
    finally:
        _budget.reset(token)


def iter_template_frames(exc: BaseException, root: Path) -> Iterator[tuple[Path, int]]:
    """The template files (under ``root``) and lines an exception passed through, outermost first."""
    trace = exc.__traceback__
    base = str(root.resolve())
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.startswith(base):
            yield Path(name), trace.tb_lineno
        trace = trace.tb_next
