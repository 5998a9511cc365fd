"""``lawreport fix-encoding``: convert sources saved as GBK/GB18030 or UTF-16 to UTF-8.

Never guesses silently: each converted file is named, the original is kept as ``.bak``,
and a file that is neither valid UTF-8 nor valid GB18030 is left untouched.
"""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand
from lawreport.errors import UsageError, display_path
from lawreport.files.atomic import atomic_write
from lawreport.sources.names import JUNK
from lawreport.sources.textfile import binary_kind, looks_like_gbk_mojibake

_SUFFIXES = (".md", ".yaml", ".yml", ".txt")


def convert(data: bytes) -> tuple[str, str] | None:
    """(text, encoding it was in) for bytes that need converting; None if already UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030"), "GBK/GB18030"
    if looks_like_gbk_mojibake(data, text):
        return data.decode("gb18030"), "GBK/GB18030（恰好也是合法的 UTF-8）"
    return None


def _files(paths: tuple[Path, ...]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in _SUFFIXES and not JUNK.match(p.name)))
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{path} 不存在")
    return found


@click.command("fix-encoding", cls=ChineseCommand)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="路径...")
@click.pass_context
def fix_encoding(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """把 GBK/GB18030、UTF-16 或带 BOM 的源文件转换为 UTF-8（原文件保留为 .bak）。

    路径可以是文件或目录（目录中的 .md/.yaml/.txt 文件都会检查）。
    """
    problems = 0
    for path in _files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            click.echo(f"{display_path(path)}: 无法读取（{exc.strerror or exc}），未转换。", err=True)
            problems += 1
            continue
        binary = binary_kind(data)
        if binary is not None:
            click.echo(f"{display_path(path)}: 不是文本文件（{binary}），未转换。", err=True)
            problems += 1
            continue
        try:
            result = convert(data)
        except UnicodeDecodeError:
            click.echo(f"{path}: 既不是 UTF-8 也不是 GBK/GB18030，未转换；请在编辑器中确认编码。", err=True)
            problems += 1
            continue
        if result is None:
            continue
        text, encoding = result
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            click.echo(f"{path}: 已有备份 {backup.name}，为避免覆盖未转换；请先移走备份文件。", err=True)
            problems += 1
            continue
        atomic_write(backup, data)
        atomic_write(path, text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8"))
        click.echo(f"{path}: 已从 {encoding} 转换为 UTF-8（原文件：{backup.name}）")
    ctx.exit(1 if problems else 0)
