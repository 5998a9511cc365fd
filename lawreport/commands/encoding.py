"""``lawreport fix-encoding``: convert sources saved as GBK/GB18030 or UTF-16 to UTF-8
(lawreport.importing.recode does it; this prints what was done and sets the exit status)."""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand
from lawreport.importing import recode


@click.command("fix-encoding", cls=ChineseCommand)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="路径...")
@click.pass_context
def fix_encoding(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """把 GBK/GB18030、UTF-16 或带 BOM 的源文件转换为 UTF-8（原文件保留为 .bak）。

    路径可以是文件或目录（目录中的 .md/.yaml/.txt 文件都会检查）。
    """
    left_alone = 0
    for path in recode.sources_in(paths):
        try:
            done = recode.recode(path)
        except recode.LeftAlone as exc:
            click.echo(str(exc), err=True)
            left_alone += 1
            continue
        if done is not None:
            click.echo(done)
    ctx.exit(1 if left_alone else 0)
