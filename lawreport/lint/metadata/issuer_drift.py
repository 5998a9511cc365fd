"""发文机关名称前后写法不一（M006 issuer-name-drift）。

作用：以发文机关名称（源文件 report.yaml 的 issuer；收到的报告取落款，没有落款时取标题开头）
为准，查找标题、署名和正文中少写或多写了一个行政区划字的写法，如发文机关是“呼中区教育局”，
文中却写“呼中教育局”；“东城街道”写成“东城街”。“区教育局”“我局”这样的简称不算。名称
不足 4 字或超过 40 字时不检查。
原因：真实报告中见到的问题（domain.md §6 第 42 条）；机关名称应使用全称或规范简称，并前后
一致。这是启发式检查，只作提示。
修复：不自动修复（请核对机关的规范名称）。
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.text import units

ADMIN = "省市区县旗镇乡"
MIN_LENGTH = 4
MAX_LENGTH = 40
"""Longest issuer checked: real office names are far shorter (中共某某自治州委员会全面依法治州委员会
办公室 has 21 characters). A longer "issuer" is not a name, and the pattern of its variants
would grow with the square of its length."""


def variants(issuer: str) -> list[str]:
    """Forms of ``issuer`` with one administrative character dropped or added."""
    found: list[str] = []
    for index in range(1, len(issuer) - 1):
        if issuer[index] in ADMIN:
            found.append(issuer[:index] + issuer[index + 1:])
        found.extend(issuer[:index] + extra + issuer[index:] for extra in ADMIN
                     if extra not in (issuer[index - 1], issuer[index]))
    if issuer.endswith("街道"):
        found.append(issuer[:-1])
    return [form for form in dict.fromkeys(found) if form != issuer and len(form) >= MIN_LENGTH - 1]


def _may_hold_a_variant(issuer: str) -> Callable[[str], bool]:
    """A quick test a text must pass to hold a variant: one character dropped or added at or
    after the middle keeps the first half, before it the second half (and 街道 → 街 keeps all
    but the last character)."""
    half = len(issuer) // 2
    head, tail = issuer[:half], issuer[half:]
    return lambda text: head in text or tail in text


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    issuer = meta.issuer.strip()
    if not MIN_LENGTH <= len(issuer) <= MAX_LENGTH:
        return
    forms = variants(issuer)
    if doc.kind == "sources" and meta.signatory.strip() in forms:
        yield Finding(meta.span("signatory"), f"署名“{meta.signatory}”与发文机关“{issuer}”写法不一，请统一")
    candidate = _may_hold_a_variant(issuer)
    pattern: re.Pattern[str] | None = None
    for unit in units(doc):
        if not candidate(unit.text):
            continue
        if pattern is None:  # escaped literals, at most 7 × 40 of them
            pattern = re.compile("(?:" + "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
                                 + ")(?!道)")
        for match in pattern.finditer(unit.text):
            yield Finding(unit.span_at(match.start()), f"“{match.group()}”与发文机关名称“{issuer}”写法不一，请统一")


RULE = Rule(
    code="M006",
    name="issuer-name-drift",
    summary="发文机关名称前后写法一致",
    check=check,
    doc=__doc__ or "",
    severity=Severity.INFO,
    example_kind="txt",
    bad=("（一）加强学习\n样例司法局全年开展集中学法6次。", "replace:样例市司法局2023年:样例司法局2023年"),
    good=("（一）加强学习\n样例市司法局全年开展集中学法6次，局党组带头学法。",
          "（一）加强学习\n市司法局全年开展集中学法6次。"),
)
