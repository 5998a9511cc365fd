"""click's own frame in Chinese: help pages and the errors its parser raises.

Through click's documented extension points only: every lawreport command is a
``ChineseCommand`` (``@click.command(cls=ChineseCommand)``), whose context formats help with
lawreport.commands.helpformat, whose help page is written here section by section (usage,
text, arguments, options; commands for the group), and whose parser errors carry what a
Chinese message needs (lawreport.commands.usage renders them).
"""

from __future__ import annotations

import inspect
from typing import Any

import click

from lawreport.commands.helpformat import ChineseHelpFormatter

HELP_TEXT = "显示帮助并退出。"

_TYPE_WORDS = {"integer": "整数", "integer range": "整数", "float": "数字", "float range": "数字",
               "text": "文字", "boolean": "是否", "file": "文件", "directory": "目录", "path": "路径",
               "filename": "文件", "uuid": "UUID", "datetime": "日期时间"}
"""Chinese placeholders for click's type names (what click shows as TEXT, INTEGER, PATH, …)."""


class InvalidValue(click.BadParameter):
    """A value click's type refused, with the value as given (for a Chinese message)."""

    def __init__(self, cause: click.BadParameter, value: object) -> None:
        super().__init__(cause.message, cause.ctx, cause.param, cause.param_hint)
        self.value = value


class UnknownCommand(click.UsageError):
    """``lawreport NAME`` where NAME is no command; ``possibilities`` are the close names."""

    def __init__(self, name: str, possibilities: list[str], ctx: click.Context) -> None:
        super().__init__(f"没有命令 {name}", ctx)
        self.command_name = name
        self.possibilities = possibilities


class ExtraArguments(click.UsageError):
    """Arguments a command does not take."""

    def __init__(self, arguments: list[str], ctx: click.Context) -> None:
        super().__init__("多余的参数：" + " ".join(arguments), ctx)
        self.arguments = arguments


class ChineseContext(click.Context):
    formatter_class = ChineseHelpFormatter


def option_spec(param: click.Option, ctx: click.Context) -> str:
    """The left column of an option's help row: ``-o, --output 文件``."""
    def spelled(opts: list[str]) -> str:
        names = ", ".join(sorted(opts, key=lambda opt: len(opt) - len(opt.lstrip("-/"))))
        if param.is_flag or param.count:
            return names
        return f"{names} {metavar(param, ctx)}"

    specs = [spelled(param.opts)] + ([spelled(param.secondary_opts)] if param.secondary_opts else [])
    return " / ".join(specs)


def metavar(param: click.Parameter, ctx: click.Context) -> str:
    """The placeholder for a parameter's value, in Chinese where click would use its type's name."""
    if param.metavar is not None or param.type.get_metavar(param=param, ctx=ctx) is not None:
        return param.make_metavar(ctx)
    word = _TYPE_WORDS.get(param.type.name, param.type.name.upper())
    return word + ("..." if param.nargs != 1 else "")


def bounds(kind: click.IntRange | click.FloatRange) -> str:
    """A number range in words: ``不小于 1990、不大于 2100`` (click writes ``1990<=x<=2100``)."""
    low = "" if kind.min is None else f"{'大于' if kind.min_open else '不小于'} {kind.min}"
    high = "" if kind.max is None else f"{'小于' if kind.max_open else '不大于'} {kind.max}"
    return "、".join(part for part in (low, high) if part)


def option_help(param: click.Option, ctx: click.Context) -> str:
    """The right column of an option's help row: its help, then default, range, required."""
    extra = param.get_help_extra(ctx)
    notes = []
    if "envvars" in extra:
        notes.append("环境变量：" + "、".join(extra["envvars"]))
    if "default" in extra:
        notes.append(f"默认：{extra['default']}")
    if isinstance(param.type, (click.IntRange, click.FloatRange)) and "range" in extra:
        notes.append(f"范围：{bounds(param.type)}")
    if "required" in extra:
        notes.append("必填")
    text = param.help or ""
    return f"{text}（{'；'.join(notes)}）" if notes else text


class ChineseCommand(click.Command):
    """A click command whose help page and usage errors are in Chinese."""

    context_class = ChineseContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[选项]")
        # -h as well as --help, also when a command runs on its own (click caches the help option)
        kwargs["context_settings"] = {"help_option_names": ["-h", "--help"], **(kwargs.get("context_settings") or {})}
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = inspect.cleandoc(self.help or "").partition("\f")[0]
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)
        arguments = [(metavar(p, ctx), p.help) for p in params
                     if isinstance(p, click.Argument) and getattr(p, "help", None)]
        if arguments:
            with formatter.section("参数"):
                formatter.write_dl(arguments)
        options = [(option_spec(p, ctx), option_help(p, ctx)) for p in params
                   if isinstance(p, click.Option) and not p.hidden]
        if options:
            with formatter.section("选项"):
                formatter.write_dl(options)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        given = list(args)
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        try:
            rest = super().parse_args(ctx, args)
        except click.BadParameter as exc:
            if isinstance(exc, click.MissingParameter) or exc.param is None or exc.param.name is None:
                raise
            opts, _, _ = self.make_parser(ctx).parse_args(args=given)
            raise InvalidValue(exc, opts.get(exc.param.name)) from exc
        except click.UsageError as exc:
            if exc.ctx is None:  # the parser's errors come without one; click's own handlers attach it too
                exc.ctx = ctx
            raise
        finally:
            ctx.allow_extra_args = allowed
        if ctx.args and not allowed and not ctx.resilient_parsing:
            raise ExtraArguments(list(ctx.args), ctx)
        return rest


class ChineseGroup(ChineseCommand, click.Group):
    """A click group with a Chinese help page and Chinese errors for an unknown command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=200)))
        if rows:
            with formatter.section("命令"):
                formatter.write_dl(rows)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                            list[str]]:
        name = args[0]
        if not name.startswith("-") and not ctx.resilient_parsing and self.get_command(ctx, name) is None:
            import difflib

            raise UnknownCommand(name, difflib.get_close_matches(name, self.list_commands(ctx)), ctx)
        return super().resolve_command(ctx, args)
