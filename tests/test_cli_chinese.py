"""The command line speaks Chinese end to end: click's help pages and usage errors included."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from lawreport.cjk import display_width
from lawreport.cli import COMMANDS, cli
from lawreport.commands.frame import ChineseCommand
from lawreport.commands.helpformat import wrap

REPO = Path(__file__).resolve().parents[1]

ENGLISH_FRAME = re.compile(
    r"Usage|Options|Commands|Error|Try '|for help|Missing|Invalid value|No such|Did you mean|Possible options"
    r"|default:|Show this message|Show the version|required|env var|Positional arguments|Aborted|unexpected"
    r"|is not one of|is not a valid|is not in the range|does not exist|is a directory|is a file|requires an"
    r"|does not take|\[OPTIONS\]|COMMAND \[ARGS\]|-[a-z-]+ (TEXT|INTEGER|FLOAT|BOOLEAN|DIRECTORY|PATH|FILE|RANGE)\b"
    r"|<=x|x>=|x<=")
"""What click writes in English around lawreport's own text."""


def _run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), prog_name="lawreport")


def _english(text: str) -> list[str]:
    return [match.group(0) for match in ENGLISH_FRAME.finditer(text)]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_a_chinese_click_command(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert isinstance(command, ChineseCommand), (
        f"lawreport {name}: declare it with @click.command(cls=ChineseCommand) (lawreport.commands.frame)")


@pytest.mark.parametrize("args", [(), *[(name,) for name in COMMANDS]], ids=lambda args: "-".join(args) or "lawreport")
def test_help_pages_have_no_english_frame(args: tuple[str, ...]) -> None:
    for flag in ("-h", "--help"):
        result = _run(*args, flag)
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"用法：lawreport {' '.join(args)}".rstrip() + " ")
        assert "选项：" in result.stdout
        assert _english(result.output) == [], result.output
    if args:
        assert _run("help", *args).stdout == _run(*args, "-h").stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_wrong_option_is_explained_in_chinese(name: str) -> None:
    result = _run(name, "--no-such-option")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"用法：lawreport {name} [选项]" in result.stderr
    assert f"请运行 'lawreport {name} -h' 查看帮助。" in result.stderr
    assert "错误：没有选项 '--no-such-option'。" in result.stderr
    assert _english(result.stderr) == [], result.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (("build", "--forc"), "错误：没有选项 '--forc'。是不是要用以下之一：'--force'、'--format'？"),
    (("import", "--acept-changes"), "错误：没有选项 '--acept-changes'。是不是要用 '--accept-changes'？"),
    (("buidl", "2023"), "错误：没有命令 'buidl'。是不是要用 'build'？"),
    (("help", "lnt"), "错误：没有命令 'lnt'。是不是要用 'lint'？"),
    (("import",), "错误：缺少参数 '文件'。"),
    (("rule",), "错误：缺少参数 '规则'。"),
    (("diff",), "错误：缺少参数 '旧报告'。"),
    (("audit",), "错误：缺少参数 '文件夹...'。"),
    (("lint", "--format", "xml"), "错误：选项 '--format' 的值 'xml' 无效：应为以下之一：text、json、github、sarif。"),
    (("lint", "--format"), "错误：选项 '--format' 需要一个值。"),
    (("build", "--all=yes"), "错误：选项 '--all' 不带值。"),
    (("import", "a.docx", "--year", "1900"), "错误：选项 '--year' 的值 '1900' 无效：应为不小于 1990、不大于 2100 的整数。"),
    (("init", "--year", "二〇二三"), "错误：选项 '--year' 的值 '二〇二三' 无效：应为整数。"),
    (("diff", "2022", "2023", "--threshold", "2"), "的值 '2' 无效：应为不小于 0.0、不大于 1.0 的数。"),
    (("rules", "extra"), "错误：多余的参数：extra"),
    (("--verison",), "错误：没有选项 '--verison'。是不是要用 '--version'？"),
])
def test_usage_errors_in_chinese(args: tuple[str, ...], expected: str) -> None:
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert expected in result.stderr, result.stderr
    assert _english(result.stderr) == [], result.stderr
    assert "Traceback" not in result.output


ENGLISH_PLACEHOLDER = re.compile(r"\b[A-Z]{2,}\b")
"""A placeholder in click's manner (YEAR, FILE, OUTDIR): lawreport names arguments and values in Chinese."""
SPELLED_IN_LATIN = {"DOCX", "HTML", "PDF", "CSV"}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_arguments_and_option_values_are_named_in_chinese(name: str) -> None:
    """The usage line and every option's value placeholder (as the help page shows them), in
    Chinese: the office staff reading `用法：lawreport build [选项] 年份...` read no programmer's
    English; docs/commands.md shows the same words."""
    from lawreport.commands.frame import metavar

    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    ctx = command.context_class(command, info_name=name, parent=click.Context(cli, info_name="lawreport"))
    shown = [param.make_metavar(ctx) if isinstance(param, click.Argument) else metavar(param, ctx)
             for param in command.get_params(ctx)
             if isinstance(param, click.Argument) or not (param.is_flag or param.count or param.hidden)]
    latin = [word for text in shown for word in ENGLISH_PLACEHOLDER.findall(text) if word not in SPELLED_IN_LATIN]
    assert latin == [], f"lawreport {name}: name these in Chinese (metavar=…): {shown}"
    usage = _run(name, "-h").stdout.splitlines()[0]
    assert [w for w in ENGLISH_PLACEHOLDER.findall(usage) if w not in SPELLED_IN_LATIN] == [], usage


def test_a_directory_for_a_file_option(tmp_path: Path) -> None:
    result = _run("lint", "-o", str(tmp_path))
    assert result.exit_code == 2
    assert f"的值 '{tmp_path}' 无效：这是目录，应为文件。" in result.stderr


def test_no_command_shows_the_help() -> None:
    result = _run()
    assert result.exit_code == 2
    assert result.stderr.startswith("用法：lawreport [选项] 命令 [参数]...")
    assert "命令：" in result.stderr and "help " in result.stderr


def test_help_without_a_command_is_the_main_help() -> None:
    assert _run("help").stdout == _run("-h").stdout


def _option_rows(text: str) -> list[str]:
    section = text.split("选项：\n", 1)[1]
    return [line for line in section.splitlines() if re.match(r"  -", line)]


def test_help_columns_align_in_display_width() -> None:
    """``--select 规则`` is two columns wider than it is long: the descriptions still line up."""
    rows = _option_rows(_run("lint", "-h").stdout)
    starts = set()
    for row in rows:
        match = re.match(r"(  \S.*?\S)  +(\S)", row)
        if match:
            starts.add(display_width(row[:match.start(2)]))
    assert len(starts) == 1, rows
    assert any("规则" in row for row in rows)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_lines_fit_the_width(name: str) -> None:
    for line in _run(name, "-h").stdout.splitlines():  # CliRunner sets click's help width to 80
        assert display_width(line) <= 80 or " " not in line.strip(), line


def test_wrapping_keeps_chinese_punctuation_rules() -> None:
    text = "检查报告的结构、层级序号、标点、数字、术语和元数据，（括号）“引号”不在行首或行尾分开。" * 3
    lines = wrap(text, 20)
    assert "".join(lines) == text
    for line in lines:
        assert display_width(line) <= 20
        assert line[0] not in "，。、）”"
        assert line[-1] not in "（“"
    assert wrap("TARGETS 可以是年份（2023）或 .txt 报告", 12) == ["TARGETS 可以", "是年份", "（2023）或", ".txt 报告"]


@pytest.mark.parametrize("width", range(10, 30))
def test_a_run_of_closing_marks_never_starts_a_line(width: int) -> None:
    text = "默认检查全部规则（见规则一览）。路径可以是文件或目录（递归）。结果写到标准输出”》。"
    lines = wrap(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines[1:]:
        assert line[0] not in "，。、）”》", (width, lines)


def test_shell_completion_is_clicks() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for shell in ("bash", "zsh", "fish"):
        script = subprocess.run([sys.executable, "-m", "lawreport"], env={**env, "_LAWREPORT_COMPLETE": f"{shell}_source"},
                                capture_output=True, text=True, timeout=120, check=False)
        assert script.returncode == 0 and "_LAWREPORT_COMPLETE" in script.stdout, script.stderr
    words = subprocess.run([sys.executable, "-m", "lawreport"], capture_output=True, text=True, timeout=120,
                           env={**env, "_LAWREPORT_COMPLETE": "bash_complete", "COMP_WORDS": "lawreport li",
                                "COMP_CWORD": "1"}, check=False)
    assert words.stdout.split() == ["plain,lint"], words


def test_the_console_script_is_the_click_group() -> None:
    pyproject = (REPO / "pyproject.toml").read_text("utf-8")
    assert re.search(r'^lawreport = "lawreport\.cli:cli"$', pyproject, re.M)
    assert not (REPO / "lawreport/entry.py").exists()
    done = subprocess.run([sys.executable, "-m", "lawreport", "--version"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120, check=False)
    assert done.returncode == 0 and re.fullmatch(r"lawreport \d+\.\d+\.\d+\S*\n", done.stdout), done


def _wrong_uses(name: str) -> list[tuple[str, ...]]:
    """For each parameter of a command, a way to get it wrong that click itself catches."""
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    uses: list[tuple[str, ...]] = [(name, "--no-such-option")]
    for param in command.params:
        if isinstance(param, click.Argument) and param.required:
            uses.append((name,))
        if not isinstance(param, click.Option) or param.hidden or not param.opts[0].startswith("--"):
            continue
        option = max(param.opts, key=len)
        if param.is_flag or param.count:
            uses.append((name, f"{option}=1"))
            continue
        uses.append((name, option))  # no value
        if isinstance(param.type, (click.Choice, click.IntRange, click.FloatRange)) or param.type in (click.INT,
                                                                                                   click.FLOAT):
            uses.append((name, option, "不是合法的值"))
    return uses


@pytest.mark.parametrize("args", [use for name in COMMANDS for use in _wrong_uses(name)], ids="-".join)
def test_every_wrong_use_is_explained_in_chinese(args: tuple[str, ...]) -> None:
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert "错误：" in result.stderr and "Traceback" not in result.output
    assert _english(result.stderr) == [], result.stderr
