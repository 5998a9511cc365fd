"""发文机关名称前后写法不一（M006 issuer-name-drift）。

作用：以发文机关名称（源文件 report.yaml 的 issuer；收到的报告取落款，没有落款时取标题开头）
为准，查找标题、署名和正文中少写或多写了一个行政区划字的写法，如发文机关是“呼中区教育局”，
文中却写“呼中教育局”；“东城街道”写成“东城街”。规范简称同样少写了行政区划字的也算：发文机关是“西湖区
市场监督管理局”，文中写“西湖市场监管局”（“西湖区市场监管局”是规范简称，不算）。“区教育局”“我局”这样的简称不算。名称
不足 4 字或超过 40 字时不检查。
原因：真实报告中见到的问题（domain.md §6 第 42 条）；机关名称应使用全称或规范简称，并前后
一致。这是启发式检查，只作提示。
修复：不自动修复（请核对机关的规范名称）。
"""

from __future__ import annotations

from collections.abc import Iterator

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding
from lawreport.text.shortnames import SHORT_FORMS

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
        before, after = issuer[:index], issuer[index:]
        if after[0] in ADMIN:
            found.append(before + after[1:])
        found += [before + extra + after for extra in ADMIN if extra != before[-1] and extra != after[0]]
    if issuer.endswith("街道"):
        found.append(issuer[:-1])
    return [form for form in dict.fromkeys(found) if form != issuer and len(form) >= MIN_LENGTH - 1]


def short_variants(issuer: str) -> dict[str, str]:
    """The issuer's 规范简称 (“西湖区市场监督管理局” → “西湖区市场监管局”, see SHORT_FORMS) with one
    administrative character of its place dropped (“西湖市场监管局”), at least two characters of the
    place left: each such form → the 简称 it drifts from (the 简称 itself is a right form)."""
    found: dict[str, str] = {}
    for short, full in SHORT_FORMS:
        place = issuer[: -len(full)] if issuer.endswith(full) else ""
        for index in range(2, len(place)):
            if place[index] in ADMIN:
                found.setdefault(place[:index] + place[index + 1:] + short, place + short)
    return found


def _halves(issuer: str) -> tuple[str, str]:
    """A variant drops or adds one character at or after the middle, keeping the first half at
    its start, or before it, keeping the second half at its end (街道 → 街 keeps the first half)."""
    half = len(issuer) // 2
    return issuer[:half], issuer[half:]


def check(doc: Document, options: None) -> Iterator[Finding]:
    meta = doc.report.meta
    issuer = meta.issuer.strip()
    if not MIN_LENGTH <= len(issuer) <= MAX_LENGTH:
        return
    forms = variants(issuer)
    if doc.kind == "sources" and meta.signatory.strip() in forms:
        yield Finding(meta.span("signatory"), f"署名“{meta.signatory}”与发文机关“{issuer}”写法不一，请统一")
    found = set(forms)
    lengths = sorted({len(form) for form in forms}, reverse=True)
    halves = _halves(issuer)
    for unit in holding(doc, halves):  # every variant holds one of the halves
        for start, form in occurrences(unit.text, halves, found, lengths):
            yield Finding(unit.span_at(start), f"“{form}”与发文机关名称“{issuer}”写法不一，请统一")
    shorts = short_variants(issuer)
    for unit in holding(doc, shorts):  # a few forms: each looked for as it is
        for form, short in shorts.items():
            for start in _positions(unit.text, form):
                yield Finding(unit.span_at(start), f"“{form}”与发文机关名称“{issuer}”（简称“{short}”）写法不一，请统一")


def occurrences(text: str, halves: tuple[str, str], forms: set[str], lengths: list[int]) -> Iterator[tuple[int, str]]:
    """Each of ``forms`` in ``text`` and not followed by 道, left to right, the longer first where
    two start at the same place, none overlapping. Only where a form can start is looked at:
    at the first half, or where a form ending in the second half would start."""
    head, tail = halves
    starts = set(_positions(text, head))
    for at in _positions(text, tail):
        starts.update(at + len(tail) - length for length in lengths if at + len(tail) >= length)
    end = 0
    for index in sorted(starts):
        if index < end:
            continue
        for length in lengths:
            form = text[index:index + length]
            if len(form) == length and form in forms and text[index + length:index + length + 1] != "道":
                yield index, form
                end = index + length
                break


def _positions(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


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
