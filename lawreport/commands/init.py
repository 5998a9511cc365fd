"""``lawreport init``: create a new workspace for an office."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand
from lawreport.errors import UsageError

_PARTS = {
    "measures": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "leadership": "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "plans": "下一年度的主要安排",
}

_PART_GUIDE = """---
# {title}（部分标题由 lawreport 按年份自动生成，不要在这里写“一、”等序号）
# 写法：“# 标题”为（一）级标题，“## 标题”为 1. 级标题，“### 标题”为（1）级标题；
# 以“。”结尾的标题与下一段合并为段首标题；段落之间空一行。写好后删除这几行说明。
---
"""

_GITIGNORE = "/build/\n*.bak\n"
"""The outputs (made again from the sources) and the copies fix-encoding keeps of the files it converts."""
_GITATTRIBUTES = "*.docx diff=lawreport\nsections/**/*.md diff=cjk\n"
"""The diff drivers docs/diff.md configures: a DOCX as its text, and the sources word by word."""


def _config(issuer: str, issuer_type: str) -> str:
    return (
        "# lawreport 工作区配置：各年度共用的默认值、检查规则和输出格式。\n"
        "report:\n"
        f"  issuer: {issuer}\n"
        f"  issuer_type: {issuer_type}\n"
        "build:\n"
        "  formats: [docx, html]\n"
    )


def _report_yaml(year: int) -> str:
    return (
        "# 报告元数据；发文机关等默认值见工作区根目录的 lawreport.yaml。\n"
        f'date: "{year + 1}-02-20"   # 成文日期，定稿时请改为实际日期\n'
        "addressee: \n"
        "preamble: |\n"
        f"  现将{year}年度法治政府建设情况报告如下：\n"
    )


@click.command(cls=ChineseCommand)
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False), default=".", metavar="[目录]")
@click.option("--year", type=int, default=None, metavar="年份", help="第一个报告年份（默认：去年）。")
@click.option("--issuer", default="", metavar="名称", help="发文机关名称，例如 某县司法局。")
@click.option("--issuer-type", type=click.Choice(["department", "government", "party-government"]),
              default="department", show_default=True, help="发文机关类型：部门、政府或党委政府联合。")
@click.pass_context
def init(ctx: click.Context, directory: Path, year: int | None, issuer: str, issuer_type: str) -> None:
    """新建工作区：lawreport.yaml、sections/<年份>/ 的空白源文件、可修改的模板、.gitignore。

    已有 sections/ 或 lawreport.yaml 的目录不会被改动。
    """
    from lawreport.render.templates import default_dir

    year = year or dt.date.today().year - 1
    if not 2000 <= year <= 2100:
        raise UsageError(f"年份不合理：{year}")
    for existing in ("sections", "lawreport.yaml"):
        if (directory / existing).exists():
            raise UsageError(f"{directory / existing} 已存在，拒绝覆盖", hint="请在空目录中运行 lawreport init。")
    folder = directory / "sections" / str(year)
    folder.mkdir(parents=True)
    (directory / "lawreport.yaml").write_text(_config(issuer or "（请填写发文机关）", issuer_type), "utf-8")
    (folder / "report.yaml").write_text(_report_yaml(year), "utf-8")
    for key, title in _PARTS.items():
        (folder / f"{key}.md").write_text(_PART_GUIDE.format(title=title), "utf-8")
    templates = directory / "templates"
    templates.mkdir(exist_ok=True)
    for name in ("reference.docx", "report.html.j2"):
        if not (templates / name).exists():
            shutil.copyfile(default_dir() / name, templates / name)
    for name, text in ((".gitignore", _GITIGNORE), (".gitattributes", _GITATTRIBUTES)):
        path = directory / name
        if not path.exists():
            path.write_text(text, "utf-8")
    click.echo(f"已新建工作区 {directory.resolve()}")
    click.echo(f"下一步：编辑 {folder}/ 中的文件，然后运行 lawreport build {year}")
    ctx.exit(0)
