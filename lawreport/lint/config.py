"""The ``lint:`` section of ``lawreport.yaml``, validated against the registry, all errors at once.

::

    lint:
      select: [ALL]                 # codes, names, group letters (P, H …) or ALL; default: the default rules
      ignore: [stray-space, P004]
      severity:
        P004: error                 # error / warning / info
      options:
        heading-sequence:
          numbering: continuous
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from lawreport.errors import ExitCode, LawreportError
from lawreport.lint.base import Rule, Severity, option_fields
from lawreport.sources.workspace import suggest
from lawreport.sources.yamlsafe import Node

KEYS = ("select", "ignore", "severity", "options")
SEVERITIES = tuple(s.value for s in Severity)


class LintConfigError(LawreportError):
    """The lint configuration (or the ``lawreport.yaml`` holding it) is invalid: every problem listed, exit 2."""

    exit_code = ExitCode.REFUSED

    def __init__(self, errors: list[LawreportError]) -> None:
        super().__init__("\n".join(e.render() for e in errors))
        self.errors = errors

    def render(self) -> str:
        """All messages, one per line."""
        return "\n".join(e.render() for e in self.errors) + f"\n配置有 {len(self.errors)} 处错误，请修改后重试。"


class Active(NamedTuple):
    """A rule as configured for a run."""

    rule: Rule
    severity: Severity | None
    """The configured severity; None keeps the rule's own (and per-finding) severity."""
    options: Any


class LintConfig(NamedTuple):
    """Validated lint settings."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = {}  # shared defaults, never mutated
    options: Mapping[str, Any] = {}

    def active(self, rules: Sequence[Rule], select: Sequence[str] | None = None,
               ignore: Sequence[str] = ()) -> list[Active]:
        """The rules to run: ``select``/``ignore`` (already resolved codes) override and extend the config."""
        chosen = select if select is not None else self.select
        skipped = set(self.ignore) | set(ignore)
        result = []
        for rule in rules:
            on = rule.default_enabled if chosen is None else rule.code in chosen
            if on and rule.code not in skipped:
                options = self.options.get(rule.code, rule.default_options())
                result.append(Active(rule, self.severity.get(rule.code), options))
        return result


def resolver(rules: Sequence[Rule]) -> dict[str, str]:
    """Codes and names → code."""
    table: dict[str, str] = {}
    for rule in rules:
        table[rule.code] = rule.code
        table[rule.code.lower()] = rule.code
        table[rule.name] = rule.code
    return table


def expand(selectors: Sequence[str], rules: Sequence[Rule]) -> tuple[tuple[str, ...], list[str]]:
    """Selectors (code, name, group letter, ALL) → codes, and the selectors that matched nothing."""
    table = resolver(rules)
    codes: list[str] = []
    unknown: list[str] = []
    for selector in selectors:
        selector = selector.strip()
        if not selector:
            continue
        if selector.upper() == "ALL":
            codes.extend(r.code for r in rules)
        elif selector in table:
            codes.append(table[selector])
        elif selector.upper().isalpha() and any(r.code.startswith(selector.upper()) for r in rules):
            codes.extend(r.code for r in rules if r.code.startswith(selector.upper()))
        else:
            unknown.append(selector)
    return tuple(dict.fromkeys(codes)), unknown


def _list(node: Node) -> list[tuple[str, Node]]:
    if isinstance(node.value, list):
        return [(str(item.value), item) for item in node.value if isinstance(item.value, str)]
    if isinstance(node.value, str):
        return [(part.strip(), node) for part in node.value.split(",")]
    return []


def _convert(value: Node, kind: Any, choices: tuple[str, ...] | None) -> tuple[Any, str | None]:
    if not isinstance(value.value, str):
        return None, "应为单个值"
    text = value.value.strip()
    if kind in (bool, "bool"):
        if text.lower() not in ("true", "false"):
            return None, "应为 true 或 false"
        return text.lower() == "true", None
    if kind in (int, "int"):
        if not text.lstrip("-").isdigit():
            return None, "应为整数"
        return int(text), None
    if choices and text not in choices:
        return None, f"应为 {' / '.join(choices)} 之一"
    return text, None


def parse_config(node: Node | None, path: Path | None, rules: Sequence[Rule]) -> LintConfig:
    """Validate the ``lint:`` node; raise LintConfigError listing every problem."""
    if node is None:
        return LintConfig()
    where = path or Path("lawreport.yaml")
    errors: list[LawreportError] = []

    def error(message: str, at: Node, key: bool = False) -> None:
        """Report ``message`` at the value ``at`` (or, with ``key``, at the key it belongs to)."""
        line, column = (at.key_line, at.key_column) if key and at.key_line else (at.line, at.column)
        errors.append(LawreportError(message, where, line, column))

    if not isinstance(node.value, dict):
        error("lint 应写成缩进的“键: 值”若干行（select、ignore、severity、options）", node)
        raise LintConfigError(errors)
    table = resolver(rules)
    by_code = {r.code: r for r in rules}
    values = node.value
    for key, value in values.items():
        if key not in KEYS:
            error(f"lint 中未知的配置项 {key}{suggest(key, KEYS)}", value, key=True)
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    for key in ("select", "ignore"):
        if key not in values:
            continue
        items = _list(values[key])
        if not items and not isinstance(values[key].value, list):
            error(f"lint.{key} 应为规则列表，例如 [P001, stray-space]", values[key])
        codes, unknown = expand([text for text, _ in items], rules)
        for name in unknown:
            at = next(n for t, n in items if t.strip() == name)
            error(f"lint.{key} 中的规则 {name} 不存在{_rule_hint(name, rules)}", at)
        if key == "select":
            select = codes
        else:
            ignore = codes
    severity: dict[str, Severity] = {}
    options: dict[str, Any] = {}
    if "severity" in values:
        mapping = values["severity"]
        if not isinstance(mapping.value, dict):
            error("lint.severity 应写成“规则: 级别”若干行，例如 P004: error", mapping)
        else:
            for name, value in mapping.value.items():
                if name not in table:
                    error(f"lint.severity 中的规则 {name} 不存在{_rule_hint(name, rules)}", value, key=True)
                elif not isinstance(value.value, str) or value.value not in SEVERITIES:
                    error(f"{name} 的级别应为 error / warning / info 之一", value)
                else:
                    severity[table[name]] = Severity(value.value)
    if "options" in values:
        mapping = values["options"]
        if not isinstance(mapping.value, dict):
            error("lint.options 应写成“规则: 选项”若干行", mapping)
        else:
            for name, value in mapping.value.items():
                if name not in table:
                    error(f"lint.options 中的规则 {name} 不存在{_rule_hint(name, rules)}", value, key=True)
                    continue
                rule = by_code[table[name]]
                parsed = _options(rule, value, error)
                if parsed is not None:
                    options[rule.code] = parsed
    if errors:
        raise LintConfigError(errors)
    return LintConfig(select, ignore, severity, options)


def _rule_hint(name: str, rules: Sequence[Rule]) -> str:
    """"（是否为 X？）" for a near miss of a code or name, else where to find the list (not all 100 of them)."""
    import difflib

    choices = [r.code for r in rules] + [r.name for r in rules]
    close = difflib.get_close_matches(name.upper() if len(name) == 4 else name, choices, n=1, cutoff=0.6)
    return f"（是否为 {close[0]}？）" if close else "（可用 lawreport rules 查看全部规则的代码和名称）"


def _options(rule: Rule, node: Node, error: Any) -> Any:
    if rule.options is None:
        error(f"规则 {rule.code} {rule.name} 没有可配置的选项", node)
        return None
    if not isinstance(node.value, dict):
        error(f"{rule.name} 的选项应写成“选项: 值”若干行", node)
        return None
    fields = {f.name: f for f in option_fields(rule.options)}
    values: dict[str, Any] = {}
    for key, value in node.value.items():
        if key not in fields:
            error(f"规则 {rule.name} 没有选项 {key}{suggest(key, list(fields))}", value, key=True)
            continue
        spec = fields[key]
        converted, problem = _convert(value, spec.kind, spec.choices)
        if problem:
            error(f"{rule.name} 的选项 {key} {problem}", value)
        else:
            values[key] = converted
    return rule.options(**values)
