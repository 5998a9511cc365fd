"""A usage error from click, rendered in Chinese from the exception's fields.

click's own messages (``Error: No such option …``) are English; lawreport runs click with
``standalone_mode=False``, and lawreport.cli calls ``render`` for every click.UsageError before
lawreport.running.guard prints it.
The layout is click's: the usage line, how to get help, a blank line, the error.
"""

from __future__ import annotations

import os

import click

from lawreport.cjk import has_han
from lawreport.commands.frame import ExtraArguments, InvalidValue, UnknownCommand, bounds, metavar


def _quoted(names: list[str]) -> str:
    return "、".join(f"'{name}'" for name in names)


def _suggestion(possibilities: list[str] | None) -> str:
    if not possibilities:
        return ""
    if len(possibilities) == 1:
        return f"是不是要用 '{possibilities[0]}'？"
    return f"是不是要用以下之一：{_quoted(sorted(possibilities))}？"


def _option_named(ctx: click.Context | None, name: str) -> click.Option | None:
    if ctx is None:
        return None
    for param in ctx.command.get_params(ctx):
        if isinstance(param, click.Option) and name in (*param.opts, *param.secondary_opts):
            return param
    return None


def _hint(exc: click.BadParameter) -> str:
    """How the parameter is named in a message: '--format', or 'YEAR' for an argument."""
    hint = exc.param_hint
    if hint is not None:
        return hint if isinstance(hint, str) else " / ".join(f"'{item}'" for item in hint)
    if exc.param is not None:
        return exc.param.get_error_hint(exc.ctx)
    return ""


def _kind(param: click.Parameter | None) -> str:
    return "参数" if isinstance(param, click.Argument) else "选项"


def _expected(param: click.Parameter, ctx: click.Context | None, value: str | None) -> str:
    """What a parameter's type accepts (and, for a path, what ``value`` is instead), in Chinese."""
    kind = param.type
    if isinstance(kind, click.Choice):
        return "应为以下之一：" + "、".join(str(choice) for choice in kind.choices)
    if isinstance(kind, (click.IntRange, click.FloatRange)):
        number = "整数" if isinstance(kind, click.IntRange) else "数"
        return f"应为{bounds(kind)} 的{number}"
    if kind is click.INT:
        return "应为整数"
    if kind is click.FLOAT:
        return "应为数字"
    if kind is click.BOOL:
        return "应为 true 或 false"
    if isinstance(kind, click.Path):
        wanted = "文件" if not kind.dir_okay else "目录" if not kind.file_okay else "文件或目录"
        found = "" if value is None else ("这是目录，" if os.path.isdir(value) else "这是文件，"
                                          if os.path.isfile(value) else "它不存在，" if kind.exists else "")
        return f"{found}应为{'已存在的' if kind.exists else ''}{wanted}"
    return f"应为{metavar(param, ctx) if ctx is not None else '合适的值'}"


def message(exc: click.UsageError) -> str:
    """The Chinese error line for ``exc``."""
    if isinstance(exc, click.NoSuchOption):
        return f"没有选项 '{exc.option_name}'。{_suggestion(exc.possibilities)}"
    if isinstance(exc, UnknownCommand):
        return f"没有命令 '{exc.command_name}'。{_suggestion(exc.possibilities)}"
    if isinstance(exc, ExtraArguments):
        return f"多余的参数：{' '.join(exc.arguments)}"
    if isinstance(exc, click.BadOptionUsage):
        option = _option_named(exc.ctx, exc.option_name)
        if option is not None and (option.is_flag or option.count):
            return f"选项 '{exc.option_name}' 不带值。"
        count = option.nargs if option is not None else 1
        return f"选项 '{exc.option_name}' 需要{'一' if count == 1 else f' {count} '}个值。"
    if isinstance(exc, click.MissingParameter):
        return f"缺少{_kind(exc.param)} {_hint(exc)}。"
    if isinstance(exc, click.BadParameter):
        value = exc.value if isinstance(exc, InvalidValue) and isinstance(exc.value, str) else None
        if has_han(exc.message.replace(value or "", "")):  # lawreport's own check said what is wrong
            return f"{_kind(exc.param)} {_hint(exc)} 的值无效：{exc.message}"
        expected = _expected(exc.param, exc.ctx, value) if exc.param is not None else "请检查写法"
        given = f" '{value}' " if value is not None else ""
        return f"{_kind(exc.param)} {_hint(exc)} 的值{given}无效：{expected}。"
    if isinstance(exc, click.BadArgumentUsage) or not has_han(exc.message):
        return f"参数有误（{exc.format_message()}）"
    return exc.message


def render(exc: click.UsageError) -> str:
    """The whole message for ``exc``: usage line, help hint, blank line, error."""
    lines = []
    ctx = exc.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        names = ctx.command.get_help_option_names(ctx)
        if names and ctx.command.get_help_option(ctx) is not None:
            lines.append(f"请运行 '{ctx.command_path} {min(names, key=len)}' 查看帮助。")
        lines.append("")
    lines.append(f"错误：{message(exc)}")
    return "\n".join(lines)
