"""``lawreport lint``, ``lawreport rules`` and ``lawreport rule``: thin click commands over lawreport.lint
(``lint`` itself is lawreport.lint.command.lint_command)."""

from __future__ import annotations

from pathlib import Path

import click

from lawreport.commands.frame import ChineseCommand

FORMATS = ("text", "json", "github", "sarif")


@click.command("lint", cls=ChineseCommand)
@click.argument("targets", nargs=-1, metavar="[目标]...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="输出格式：text（带原文和 ^ 标记）、json、github（GitHub Actions 注释）、sarif（2.1.0）。")
@click.option("--strict", is_flag=True, help="有警告时也以退出码 1 结束。")
@click.option("--fix", is_flag=True, help="自动修复可安全修复的问题（原子写入，可重复执行）。")
@click.option("--select", metavar="规则", help="只运行这些规则：代码、名称或分组字母，逗号分隔，如 P,H001,stray-space；ALL 为全部。")
@click.option("--ignore", metavar="规则", help="不运行这些规则（在配置之外追加），逗号分隔。")
@click.option("--built", is_flag=True,
              help="检查 lawreport build 生成的 DOCX（build/<年份>/*.docx，或给出的 .docx）的版面、字体、页码和落款。")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="把结果写入文件而不是标准输出。")
@click.option("--year", type=click.IntRange(1949, 2100), metavar="年份",
              help="收到的报告的年度（标题、部分标题和开头语中都找不到年份时使用），如 2023。")
@click.option("--annotate", type=click.Path(dir_okay=False, path_type=Path), metavar="批注本.docx",
              help="把收到的 .docx 报告另存为 批注本.docx（名称自定），每条问题作为 Word 批注标在原文处（原文件不改）。")
@click.pass_context
def lint(ctx: click.Context, targets: tuple[str, ...], fmt: str, strict: bool, fix: bool,
         select: str | None, ignore: str | None, built: bool, output: Path | None, year: int | None,
         annotate: Path | None) -> None:
    """检查报告的结构、层级序号、标点、数字、术语和元数据。

    目标可以是年份（2023）、sections/ 下的源文件，或收到的 .txt / .docx / .pdf 报告；
    不写时检查工作区的全部年份。加 --built 时检查生成的 DOCX（目标为年份或 .docx）。退出码：0 无问题（或只有警告），1 发现问题（--strict 时含警告），
    2 无法运行。
    """
    from lawreport.lint.command import lint_command

    source: Path | None = None
    if annotate is not None:
        from lawreport.lint.annotate import check_annotation, write_annotation

        if fix or built:
            raise click.UsageError("--annotate 不能与 --fix 或 --built 同时使用")
        source = check_annotation(targets, annotate)
    status = lint_command(targets, fmt, strict, fix, select, ignore, built, output, year)
    if source is not None:
        click.echo(write_annotation(source, annotate, select, ignore, year), err=True)
    ctx.exit(status)


@click.command("rules", cls=ChineseCommand)
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="输出格式。")
def rules(fmt: str) -> None:
    """列出所有检查规则：代码、名称、默认级别、是否可自动修复、说明。"""
    from lawreport.lint.registry import ALL_RULES

    if fmt == "json":
        import json

        items = [{"code": r.code, "name": r.name, "severity": r.severity.value, "fixable": r.fixable,
                  "default_enabled": r.default_enabled, "summary": r.summary} for r in ALL_RULES]
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for r in ALL_RULES:
        flags = ("可修复" if r.fixable else "") + ("" if r.default_enabled else " 默认关闭")
        click.echo(f"{r.code}  {r.name:<24} {r.severity.label}  {r.summary}  {flags}".rstrip())


@click.command("rule", cls=ChineseCommand)
@click.argument("code", metavar="规则")
@click.pass_context
def rule(ctx: click.Context, code: str) -> None:
    """显示一条规则的说明、选项和示例。规则写代码（如 P001）或名称（如 ascii-punct-in-cjk）。"""
    from lawreport.lint.docs import rule_text
    from lawreport.lint.registry import find_rule

    found = find_rule(code)
    if found is None:
        click.echo(f"没有规则 {code}（可用 lawreport rules 查看全部规则）", err=True)
        ctx.exit(2)
        return
    click.echo(rule_text(found))
