"""``lawreport build``: a thin click command over lawreport.building.command."""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand


@click.command(cls=ChineseCommand)
@click.argument("years", nargs=-1, metavar="年份...")
@click.option("--all", "all_years", is_flag=True, help="生成 sections/ 下的所有年份。")
@click.option("--format", "formats", metavar="格式", default=None,
              help="输出格式，逗号分隔：docx、html、pdf（默认 docx,html，可在 lawreport.yaml 的 build.formats 中设置）。")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="输出目录（默认 build/<年份>/）；不能位于 sections/ 内。")
@click.option("--force", is_flag=True, help="即使输入和 lawreport 的代码都没有变化也重新生成。")
@click.option("--strict", is_flag=True,
              help="lawreport lint 发现错误时不生成任何文件，退出码 1（也可在 lawreport.yaml 中写 build: {strict: true}）。")
@click.pass_context
def build(ctx: click.Context, years: tuple[str, ...], all_years: bool, formats: str | None,
          out: Path | None, force: bool, strict: bool) -> None:
    """生成年度报告：GB/T 9704 格式的 DOCX 和独立 HTML（可选 PDF）。

    在工作区中运行，例如 lawreport build 2023，输出写入 build/2023/<标题>.docx 和 .html。
    """
    from lawreport.building.command import build_command

    ctx.exit(build_command(years, all_years, formats, out, force, strict))
