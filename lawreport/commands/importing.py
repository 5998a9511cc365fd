"""``lawreport import``: bring a received Word/WPS/text report into ``sections/<year>/``."""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand
from lawreport.errors import ExitCode


@click.command("import", cls=ChineseCommand)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), metavar="文件")
@click.option("--year", type=click.IntRange(1990, 2100), default=None, metavar="年份",
              help="报告年度（写入 sections/<年份>/）；不写时取标题中的年份。")
@click.option("--force", is_flag=True, help="sections/<年份>/ 已存在时用导入结果替换它（写好新目录后，原目录改名保留为 sections/<年份>.bak/）。")
@click.option("--accept-changes", is_flag=True,
              help="Word 文档含修订痕迹时，按“接受所有修订”导入（保留插入，去掉删除）；默认拒绝导入。")
@click.pass_context
def import_(ctx: click.Context, file: Path, year: int | None, force: bool, accept_changes: bool) -> None:
    """把现有的 .docx（Word/WPS）、.pdf、.txt 或 .md 报告导入为 sections/<年份>/ 下的源文件。

    识别标题、主送机关、开头语、各部分、各级标题（一、（一）1.（1）及 Word 自动编号）、
    段首标题、表格、落款和成文日期。无法准确对应的内容照原样保留，并逐条列出提示（行号或段号）。
    已有的 sections/<年份>/ 不会被覆盖，除非加 --force。详见 docs/import.md。
    """
    from lawreport.importing.install import install, recover
    from lawreport.received import read_dated
    from lawreport.sources.structure import load_structure
    from lawreport.sources.workspace import load_workspace

    workspace = load_workspace()
    for message in recover(workspace.sections):
        click.echo(message, err=True)
    if year is not None and (workspace.sections / str(year)).exists() and not force:
        from lawreport.errors import UsageError

        raise UsageError(f"{workspace.sections / str(year)} 已存在，未做任何修改",
                         hint="如确要用导入结果替换它，请加 --force（新目录写好后，原目录改名保留为 <年份>.bak）。")
    structure = load_structure(workspace.structure_path)
    imported = read_dated(file, structure, year, accept_changes=accept_changes)
    if imported.genre is not None:  # still imported: the file is the user's own choice, and the guess may be wrong
        click.echo(f"注意：{file} 不像法治政府建设年度报告，像是{imported.genre}；已照常导入，"
                   "请确认选对了文件（不是年度报告时，删除导入的目录即可）", err=True)
    report = imported.report
    result = install(workspace, report.year, report, force=force, title_lines=imported.title_lines)
    parts = "、".join(part.key for part in report.parts) or "无"
    click.echo(f"已导入 {file} → {result.folder}（{report.year} 年度；部分：{parts}）")
    if result.backup is not None:
        click.echo(f"被替换的原目录已保留为 {result.backup}（确认不再需要后可以删除）")
    ordered = sorted(imported.notes, key=lambda n: (n.span is not None, n.span.line if n.span else 0,
                                                     n.span.column if n.span else 0))
    notes = [note.render() for note in ordered] + result.notes
    if notes:
        click.echo(f"请核对以下 {len(notes)} 条提示：")
        for note in notes:
            click.echo(f"  {note}")
    if result.problems is not None:
        click.echo("导入的源文件还需修改后才能构建：", err=True)
        click.echo(result.problems.render(), err=True)
        ctx.exit(int(ExitCode.PROBLEMS))
