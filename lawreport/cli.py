"""The ``lawreport`` command line: a thin click group whose commands load lazily.

Each command lives in ``lawreport/commands/<name>.py`` and is imported only when it runs, so
``lawreport lint`` never imports the DOCX stack and ``lawreport --version`` imports almost
nothing. How a run ends (exit codes, messages, crash log) is lawreport.running.guard's.
"""

from __future__ import annotations

import importlib
import sys

import click

from lawreport import __version__
from lawreport.errors import ExitCode
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
    "import": ("lawreport.commands.importing", "import_", "把现有的 .docx/.txt/.md 报告导入为源文件。"),
    "fix-encoding": ("lawreport.commands.encoding", "fix_encoding", "把 GBK 等编码的源文件转换为 UTF-8。"),
    "doctor": ("lawreport.commands.doctor", "doctor", "检查生成 PDF 所需的 LibreOffice 和公文字体。"),
}


def _chinese_help_option(command: click.Command) -> None:
    """Give every command's -h/--help the same Chinese help text."""
    if getattr(command, "_lawreport_help", False):
        return
    original = command.get_help_option

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = original(ctx)
        if option is not None:
            option.help = "显示帮助并退出。"
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    command._lawreport_help = True  # type: ignore[attr-defined]


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module = importlib.import_module(entry[0])
        command: click.Command = getattr(module, entry[1])
        _chinese_help_option(command)
        return command

    def main(self, args: object = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: object) -> object:
        """Like click's main, with lawreport's error handling and exit codes (also under CliRunner)."""
        argv = list(args) if args is not None else None  # type: ignore[call-overload]
        code = invoke_safely(self, argv, prog_name)
        if standalone_mode:
            sys.exit(code)
        return code

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, entry[2]) for name, entry in COMMANDS.items()]
        with formatter.section("命令"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="lawreport", message="%(prog)s %(version)s",
                      help="显示版本号并退出。")
@click.help_option("-h", "--help", help="显示帮助并退出。")
def cli() -> None:
    """lawreport：把 Markdown + YAML 写成的法治政府建设年度报告编译为公文格式的 DOCX 和 HTML，并检查、比较和导入报告。

    在工作区（含 sections/ 目录的文件夹）中运行，例如 lawreport build 2023。
    环境变量 LAWREPORT_TIMEOUT=秒数 为每次运行设时间上限（超时退出码 2，输出保持不变）。
    """


def _run(group: click.Group, argv: list[str] | None, prog_name: str | None) -> object:
    # Without standalone mode click returns ctx.exit(n)'s n (and a command's return value).
    return click.Group.main(group, args=argv, prog_name=prog_name or "lawreport", standalone_mode=False)


def invoke_safely(group: click.Group, argv: list[str] | None, prog_name: str | None) -> int:
    """Run ``group`` and turn every outcome into an exit status (no traceback for bad input)."""

    def action() -> int:
        try:
            status = _run(group, argv, prog_name)
        except click.exceptions.Exit as exc:
            return int(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            return ExitCode.REFUSED
        except click.Abort:
            raise KeyboardInterrupt from None
        return int(status) if isinstance(status, int) else ExitCode.OK

    return guarded(action)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` and return its exit status."""
    return invoke_safely(cli, argv, "lawreport")


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
