"""The ``lawreport`` command line: one click group whose commands load lazily.

Each command lives in ``lawreport/commands/<name>.py`` and is imported only when it runs
(click's documented lazy-loading pattern: ``list_commands`` and ``get_command``), so
``lawreport lint`` never imports the DOCX stack. Help pages and usage errors are in Chinese
(lawreport.commands.frame); how a run ends (exit codes, messages, crash log) is
lawreport.running.guard's alone.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from lawreport import __version__
from lawreport.commands.frame import ChineseCommand, ChineseGroup, UnknownCommand
from lawreport.errors import ExitCode, UsageError
from lawreport.running.guard import guarded

# name → (module, attribute, one-line help shown by `lawreport --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("lawreport.commands.init", "init", "新建工作区。"),
    "build": ("lawreport.commands.build", "build", "生成 DOCX / HTML（/ PDF）报告。"),
    "lint": ("lawreport.commands.lint", "lint", "检查报告的结构、层级序号、标点、数字和元数据。"),
    "rules": ("lawreport.commands.lint", "rules", "列出所有检查规则。"),
    "rule": ("lawreport.commands.lint", "rule", "显示一条规则的说明和示例。"),
    "diff": ("lawreport.commands.diff", "diff", "按部分和标题逐字比较两个年度的报告。"),
    "textconv": ("lawreport.commands.diff", "textconv", "输出 .docx 报告的规范文本（供 git diff 使用）。"),
    "audit": ("lawreport.commands.audit", "audit", "审查收到的各单位报告：按期、部分齐全、问题、雷同段落、未报送。"),
    "import": ("lawreport.commands.importing", "import_", "把现有的 .docx/.pdf/.txt/.md 报告导入为源文件。"),
    "fix-encoding": ("lawreport.commands.encoding", "fix_encoding", "把 GBK 等编码的源文件转换为 UTF-8。"),
    "doctor": ("lawreport.commands.doctor", "doctor", "检查生成 PDF 所需的 LibreOffice 和公文字体。"),
    "help": ("lawreport.cli", "help_command", "显示 lawreport 或某个命令的帮助。"),
}


class LazyGroup(ChineseGroup):
    """A group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        command: click.Command = getattr(importlib.import_module(entry[0]), entry[1])
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("命令"):  # the one-line help of COMMANDS: no command module is imported
            formatter.write_dl([(name, entry[2]) for name, entry in COMMANDS.items()])

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: object) -> object:
        """Like click's main, with lawreport's Chinese errors and exit codes (also under CliRunner)."""
        code = invoke_safely(self, list(args) if args is not None else None, prog_name)
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name="lawreport", message="%(prog)s %(version)s",
                      help="显示版本号并退出。")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """lawreport：把 Markdown + YAML 写成的法治政府建设年度报告编译为公文格式的 DOCX 和 HTML，并检查、比较和导入报告。

    在工作区（含 sections/ 目录的文件夹）中运行，例如 lawreport build 2023。
    环境变量 LAWREPORT_TIMEOUT=秒数 为每次运行设时间上限（超时退出码 2，输出保持不变）。
    lawreport help 命令 显示一个命令的帮助；全部命令和选项见 docs/commands.md。
    """
    if ctx.invoked_subcommand is None:  # no command: the help page, as a usage error (exit 2)
        click.echo(ctx.get_help(), err=True)
        ctx.exit(ExitCode.REFUSED)


@click.command("help", cls=ChineseCommand)
@click.argument("command", required=False, metavar="命令")
@click.pass_context
def help_command(ctx: click.Context, command: str | None) -> None:
    """显示 lawreport 的帮助，或给出的命令的帮助（同 lawreport 命令 -h）。"""
    group_ctx = ctx.find_root()
    if command is None:
        click.echo(group_ctx.get_help())
        return
    found = cli.get_command(group_ctx, command)
    if found is None:
        import difflib

        raise UnknownCommand(command, difflib.get_close_matches(command, list(COMMANDS)), group_ctx)
    click.echo(found.context_class(found, info_name=command, parent=group_ctx).get_help())


def _run(group: click.Group, argv: list[str] | None, prog_name: str | None) -> object:
    # Without standalone mode click returns ctx.exit(n)'s n (and a command's return value), and
    # raises its usage errors: rendered here in Chinese, they reach the guard as lawreport's own.
    try:
        return click.Group.main(group, args=argv, prog_name=prog_name or "lawreport", standalone_mode=False)
    except click.UsageError as exc:
        from lawreport.commands.usage import render

        raise UsageError(render(exc)) from None


def invoke_safely(group: click.Group, argv: list[str] | None, prog_name: str | None) -> int:
    """Run ``group`` and turn every outcome into an exit status (lawreport.running.guard)."""

    def action() -> int:
        status = _run(group, argv, prog_name)
        return int(status) if isinstance(status, int) else ExitCode.OK

    return guarded(action)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` and return its exit status."""
    return invoke_safely(cli, argv, "lawreport")
