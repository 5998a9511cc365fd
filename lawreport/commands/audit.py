"""``lawreport audit``: a thin click command over lawreport.audit."""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand

ANNOTATED = "批注"


@click.command("audit", cls=ChineseCommand)
@click.argument("folders", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="文件夹...")
@click.option("--year", type=click.IntRange(1990, 2100), metavar="年份",
              help="报告年度（不写时按各报告标题中的年份）。")
@click.option("--previous", type=click.Path(path_type=Path), metavar="文件夹",
              help="上一年度报告所在的文件夹：与同一单位上年报告比较相似度，并查上年安排是否落实。")
@click.option("--roster", type=click.Path(dir_okay=False, path_type=Path), metavar="名单.csv",
              help="应报送单位名单（CSV，第一列为单位名称；UTF-8 或 GBK）：列出未报送的单位。")
@click.option("--format", "formats", default="xlsx,csv,json,html", show_default=True, metavar="格式",
              help="输出格式，逗号分隔：xlsx、csv、json、html。")
@click.option("--annotate", is_flag=True,
              help="把每个有问题的 Word 报告另存一份到结果文件夹的 批注/ 下，每条问题作为批注标在原文处（原文件不变）。")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("audit"),
              show_default=True, metavar="文件夹", help="结果写入的文件夹。")
@click.pass_context
def audit(ctx: click.Context, folders: tuple[Path, ...], year: int | None, previous: Path | None,
          roster: Path | None, formats: str, annotate: bool, output: Path) -> None:
    """审查收到的报告：文件夹中（含子文件夹）的每个 .docx/.pdf/.txt/.md 报告一行。

    列出单位、类型、标题、年度，四个部分是否齐全、顺序，落款和成文日期是否按期，各规则组的错误和警告，
    与其他单位同年度报告的雷同段落；加 --previous 时与同一单位上年报告比较，加 --roster 时列出未报送的单位。
    无法读取的文件（损坏、旧版 .doc、加密）单列一行并写明原因。退出码：0 完成审查，2 无法运行，3 某些文件因 lawreport 内部错误没有审查完（其余照常审查）。
    """
    from lawreport.audit.outputs import parse_formats, write_outputs
    from lawreport.audit.roster import read_roster
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.audit.table import tally
    from lawreport.running.stopping import orderly_sigterm
    from lawreport.sources.structure import load_structure

    chosen = parse_formats(formats)
    names = read_roster(roster) if roster is not None else None
    with orderly_sigterm(), Spool() as spool:  # SIGTERM unwinds: the store on disk is removed
        result = run_audit(list(folders), load_structure(None), spool, year, previous, names,
                           output / ANNOTATED if annotate else None)
        written = write_outputs(result, chosen, output)
        counts = tally(result.files)
    others = f"，不像年度报告 {counts.not_reports} 个" if counts.not_reports else ""
    click.echo(f"审查了 {counts.files} 个文件（无法读取 {counts.unreadable} 个{others}，逾期 {counts.late} 个），"
               f"雷同段落 {len(result.shared)} 处" + (f"，未报送 {len(result.missing_units)} 个单位" if names else "") + "。")
    for path in written:
        click.echo(f"已写入 {path}")
    if annotate:
        click.echo(f"已在 {output / ANNOTATED} 写入 {counts.annotated} 份带批注的 Word 报告副本")
    if result.internal:
        from lawreport.errors import ExitCode
        from lawreport.running.guard import echo_err

        for path, message in result.internal:
            echo_err(f"{path}：{message}")
        ctx.exit(ExitCode.INTERNAL)
