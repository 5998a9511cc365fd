"""``lawreport doctor``: what this machine has for building the report (LibreOffice, fonts)."""

from __future__ import annotations

import shutil

import click

from lawreport.render import fonts


def _tools() -> list[tuple[str, str | None, str]]:
    """(what, the program found or None, what it is for and how to get it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    return [
        ("LibreOffice", soffice, "用于 --format pdf 和 lint --built 的版面检查；Debian/Ubuntu：sudo apt install libreoffice-writer"),
        ("fc-list（fontconfig）", shutil.which("fc-list"), "用于查找已安装的字体；Debian/Ubuntu：sudo apt install fontconfig"),
    ]


def doctor_lines() -> tuple[list[str], bool]:
    """The report, line by line, and whether everything a PDF needs is there."""
    lines = ["程序："]
    ready = True
    for name, found, purpose in _tools():
        if found:
            lines.append(f"  ✓ {name}：{found}")
        else:
            ready = False
            lines.append(f"  ✗ {name}：未安装（{purpose}）")
    lines.append("公文字体（Word 模板使用的字体；PDF 由 LibreOffice 按下列字体排版）：")
    statuses = fonts.machine_fonts()
    if statuses is None:
        lines.append("  ? 无法列出已安装的字体（没有 fc-list）；Windows、macOS 请在系统的“字体”设置中查看，"
                     "需要的字体见 docs/fonts.md")
        return lines, False
    for status in statuses:
        font = status.font
        if status.installed == font.name:
            lines.append(f"  ✓ {font.name}（{font.use}）：已安装")
        elif status.installed:
            lines.append(f"  ✓ {font.name}（{font.use}）：未安装，使用同一字形的 {status.installed}")
        elif status.substitute:
            lines.append(f"  ~ {font.name}（{font.use}）：未安装，PDF 中以免费字体 {status.substitute} 代替")
        else:
            ready = False
            lines.append(f"  ✗ {font.name}（{font.use}）：未安装，也没有可代替的字体（可用：{'、'.join(font.substitutes)}）")
    if not all(status.installed for status in statuses):
        lines.append("安装字体：" + fonts.install_hint())
    return lines, ready


@click.command()
def doctor() -> None:
    """检查生成 PDF 所需的程序和公文字体：哪些已安装，哪些缺少，如何安装。

    全部就绪时退出码为 0；缺少 LibreOffice 或某种字体既未安装也无可代替的字体时为 1。
    """
    lines, ready = doctor_lines()
    for line in lines:
        click.echo(line)
    click.get_current_context().exit(0 if ready else 1)
