"""``lawreport build``."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import click

from lawreport.errors import UsageError

if TYPE_CHECKING:
    from lawreport.building import BuildResult
    from lawreport.config import Workspace


def parse_years(values: tuple[str, ...]) -> list[int]:
    """Four-digit years from the command line, or a UsageError."""
    years = []
    for value in values:
        if not (value.isdigit() and len(value) == 4):
            raise UsageError(f"年份应为四位数字：{value}", hint="例如 lawreport build 2023")
        years.append(int(value))
    return years


@click.command()
@click.argument("years", nargs=-1, metavar="YEAR...")
@click.option("--all", "all_years", is_flag=True, help="生成 sections/ 下的所有年份。")
@click.option("--format", "formats", metavar="FORMATS", default=None,
              help="输出格式，逗号分隔：docx、html、pdf（默认 docx,html，可在 lawreport.yaml 的 build.formats 中设置）。")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="输出目录（默认 build/<年份>/）；不能位于 sections/ 内。")
@click.option("--force", is_flag=True, help="即使源文件和模板都没有变化也重新生成。")
@click.pass_context
def build(ctx: click.Context, years: tuple[str, ...], all_years: bool, formats: str | None,
          out: Path | None, force: bool) -> None:
    """生成年度报告：GB/T 9704 格式的 DOCX 和独立 HTML（可选 PDF）。

    在工作区中运行，例如 lawreport build 2023，输出写入 build/2023/<标题>.docx 和 .html。
    """
    from lawreport.building import build_year
    from lawreport.config import load_workspace, parse_formats
    from lawreport.fsutil import orderly_sigterm

    workspace = load_workspace()
    wanted = parse_years(years)
    if all_years:
        wanted = workspace.years()
    if not wanted:
        raise UsageError("请指定年份，例如 lawreport build 2023，或使用 --all", hint=f"可用年份：{'、'.join(map(str, workspace.years())) or '无'}")
    if out is not None and len(wanted) > 1:
        raise UsageError("--out 只能用于单个年份")
    chosen = parse_formats(formats) if formats else workspace.formats
    with orderly_sigterm():  # SIGTERM unwinds: temporaries removed, lock released, outputs untouched
        if len(wanted) == 1:
            _report(build_year(workspace, wanted[0], chosen, out, force, prefork_html=True))
            ctx.exit(0)
        from lawreport.batch import run_all

        preload(chosen)
        status = 0
        job = functools.partial(_build_one, workspace, chosen, force)
        for outcome in run_all(job, wanted, "生成中"):
            if outcome.value is not None:
                _report(outcome.value)
            else:
                click.echo(f"{outcome.item} 年：{outcome.error}", err=True)
                status = max(status, outcome.exit_code)
    ctx.exit(status)


def _build_one(workspace: Workspace, formats: tuple[str, ...], force: bool, year: int) -> BuildResult:
    from lawreport.building import build_year

    return build_year(workspace, year, formats, None, force)


def preload(formats: tuple[str, ...]) -> None:
    """Import the renderers once before forking workers, so no worker imports them again."""
    import lawreport.sources.markdown
    import lawreport.sources.yamlsafe

    if "docx" in formats or "pdf" in formats:
        import lawreport.render.docx
    if "html" in formats:
        import lawreport.render.html  # noqa: F401


def _report(result: BuildResult) -> None:
    for note in result.notes:
        click.echo(f"提示：{note}", err=True)
    for path in result.written:
        click.echo(f"已生成 {_relative(path)}")
    for path in result.unchanged:
        click.echo(f"未变化 {_relative(path)}")


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
