"""Rule documentation from the rules themselves: ``lawreport rule CODE`` and docs/rules.md."""

from __future__ import annotations

from lawreport.lint.base import Rule, option_fields

_KINDS = {"md": "Markdown 源文件正文", "yaml": "report.yaml", "txt": "收到的 .txt 报告",
          "docx": "对示例报告生成的 DOCX 的修改，部件:原文=>新文",
          "received-docx": "对示例报告生成的 DOCX 的修改，部件:原文=>新文，改后作为收到的 .docx 报告检查",
          "received-pdf": "收到的报告中的一段文字，排成 PDF（Word 的版式）后作为收到的 .pdf 报告检查"}


def _options(rule: Rule) -> list[str]:
    if rule.options is None:
        return []
    lines = []
    for item in option_fields(rule.options):
        choices = item.choices
        extra = f"（可选：{' / '.join(choices)}）" if choices else ""
        lines.append(f"{item.name}: {item.default}{extra}")
    return lines


def _example(text: str) -> str:
    return text.replace("\x0b", "\\x0b").replace("\u200b", "\\u200b").replace("\u00a0", "\\u00a0").replace(
        "\u202e", "\\u202e").replace("\u202c", "\\u202c")


def _listed(examples: tuple[str, ...]) -> list[str]:
    out = []
    for example in examples:
        lines = _example(example).split("\n")
        out.append("  - " + lines[0])
        out.extend("    " + line for line in lines[1:])
    return out


def _block(examples: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for index, example in enumerate(examples):
        if index:
            out.append("")
        out.extend(_example(example).split("\n"))
    return out


def rule_text(rule: Rule) -> str:
    """The rule's documentation as plain text."""
    out = [f"{rule.code} {rule.name}（{rule.severity.label}{'，可自动修复' if rule.fixable else ''}"
           f"{'，默认关闭' if not rule.default_enabled else ''}）", "", rule.doc.strip()]
    options = _options(rule)
    if options:
        out += ["", "选项（lawreport.yaml 的 lint.options." + rule.name + "）："] + [f"  {o}" for o in options]
    if rule.bad:
        out += ["", f"错误示例（{_KINDS[rule.example_kind]}）："] + _listed(rule.bad)
    if rule.good:
        out += ["", "正确示例："] + _listed(rule.good)
    return "\n".join(out)


def rules_markdown(rules: tuple[Rule, ...]) -> str:
    """docs/rules.md: an index table, then one section per rule."""
    out = ["# lint 规则一览", "", "本文件由 `python scripts/build_rule_docs.py` 根据各规则模块的说明生成，请勿手工编辑。", "",
           "| 代码 | 名称 | 默认级别 | 可自动修复 | 说明 |", "|---|---|---|---|---|"]
    for rule in rules:
        name = rule.name + ("（默认关闭）" if not rule.default_enabled else "")
        out.append(f"| [{rule.code}](#{rule.code.lower()}) | {name} | {rule.severity.label} | "
                   f"{'是' if rule.fixable else ''} | {rule.summary} |")
    for rule in rules:
        out += ["", f"## {rule.code}", "", f"**{rule.name}** · {rule.severity.label}"
                f"{' · 可自动修复' if rule.fixable else ''}{' · 默认关闭' if not rule.default_enabled else ''}", ""]
        out += [line.strip() for line in rule.doc.strip().splitlines()]
        options = _options(rule)
        if options:
            out += ["", f"选项（`lint.options.{rule.name}`）：", ""] + [f"- `{o}`" for o in options]
        if rule.bad:
            out += ["", f"错误示例（{_KINDS[rule.example_kind]}）：", "", "```text"]
            out += _block(rule.bad) + ["```"]
        if rule.good:
            out += ["", "正确示例：", "", "```text"] + _block(rule.good) + ["```"]
    return "\n".join(out) + "\n"
