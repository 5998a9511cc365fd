"""``lawreport diff`` and ``lawreport textconv``: thin click commands over lawreport.diff."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand
from lawreport.diff.result import DiffOptions
from lawreport.errors import ExitCode

_DEFAULTS = DiffOptions()


def _use_color(choice: str, output: Path | None) -> bool:
    if output is not None or choice == "never":
        return False
    if choice == "always":
        return True
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


@click.command(cls=ChineseCommand)
@click.argument("old", metavar="旧报告")
@click.argument("new", metavar="[新报告]", required=False)
@click.option("--rev", metavar="修订版本", help="从 git 的这个修订版本（如 HEAD~3）读取旧报告的年份；省略新报告时与工作区中的同一年比较。")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html", "docx"]), default="text", show_default=True,
              help="输出格式：终端文本、JSON、HTML 修订稿或 Word 修订稿（docx，须用 -o）。")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="写入文件（原子写入），而不是输出到终端。")
@click.option("--min-copy", type=click.IntRange(min=5), default=20, show_default=True,
              help="“沿用上年原文”的最短长度（字）。")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=_DEFAULTS.threshold, show_default=True,
              help="上年安排的落实得分低于此值即列为“未见落实”（默认值经人工标注的样例校准）。")
@click.option("--followed-threshold", type=click.FloatRange(0.0, 1.0), default=_DEFAULTS.followed,
              show_default=True, help="落实得分不低于此值列为“已落实”，介于两个阈值之间为“可能落实”。")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="终端文本是否着色（auto：仅在终端且未设置 NO_COLOR 时）。")
@click.option("--full", is_flag=True, help="终端文本显示完整段落和全部沿用片段，不省略未改动的文字。")
@click.pass_context
def diff(ctx: click.Context, old: str, new: str | None, rev: str | None, fmt: str, output: Path | None,
         min_copy: int, threshold: float, followed_threshold: float, color: str, full: bool) -> None:
    """按部分和标题比较两份报告，找出沿用上年的原文和未见落实的上年安排。

    旧报告和新报告写年份（如 2022 2023）、年份@git修订版本（如 2023@HEAD~1），
    或收到的报告文件（.docx、.pdf、.txt、.md）。

    \b
    例：lawreport diff 2022 2023
        lawreport diff 2023 --rev HEAD~3
        lawreport diff 2022 2023 --format html -o build/diff.html
        lawreport diff 2022 2023 --format docx -o 修订稿.docx
        lawreport diff 甲县2022.docx 甲县2023.docx
    """
    from lawreport.diff.run import DiffRequest, run_diff

    if followed_threshold < threshold:
        if ctx.get_parameter_source("followed_threshold") != click.core.ParameterSource.DEFAULT:
            raise click.BadParameter("不能低于 --threshold", param_hint="--followed-threshold")
        followed_threshold = threshold  # only --threshold was raised: no 可能落实 band above it
    options = DiffOptions(min_copy=min_copy, threshold=threshold, followed=followed_threshold)
    painted = _use_color(color, output) and fmt == "text"
    data = run_diff(DiffRequest(old, new, rev, fmt, output, options, painted, full))
    if output is not None:
        from lawreport.diff.run import write_result

        write_result(output, data)
        click.echo(f"已写入 {output}", err=True)
    else:
        click.echo(data, nl=False, color=True if painted else None)
    ctx.exit(ExitCode.OK)


@click.command(cls=ChineseCommand)
@click.argument("file", type=click.Path(path_type=Path), metavar="文件")
@click.pass_context
def textconv(ctx: click.Context, file: Path) -> None:
    """输出报告文件（.docx、.pdf、.txt、.md）的规范文本：每段一行，标题带序号。

    供 git 使用，让 git diff 显示 .docx 的文字差异：

    \b
    echo "*.docx diff=lawreport" >> .gitattributes
    git config diff.lawreport.textconv "lawreport textconv"
    """
    from lawreport.diff.run import find_workspace, workspace_structure
    from lawreport.diff.textconv import textconv_lines

    structure = workspace_structure(find_workspace(required=False))
    lines = textconv_lines(file, structure, warn=lambda message: click.echo(message, err=True))
    click.echo("".join(line + "\n" for line in lines).encode("utf-8"), nl=False)
    ctx.exit(ExitCode.OK)
