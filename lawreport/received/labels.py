"""The 政府信息公开 block's labels and the lines that give them, on a page a report was copied from.

A page lists 索引号, 发布机构, 成文日期, 文号 … as label lines (“发布时间：2024-03-28 来源：××局”),
labels in brackets (“[ 索引号 ] …”), bullets, one a line, a value under its label, table rows, and
table rows copied as text with their cells a space apart (“发文字号 豫政文〔2024〕46号 发布时间 …”).
These functions say whether a line is such a line and which values it gives; lawreport.received.furniture
decides, line by line, where the page ends and the report begins.
"""

from __future__ import annotations

import re
import unicodedata

from lawreport.cjk import HAN_CLASS
from lawreport.importing.lines import Line
from lawreport.model import Span
from lawreport.text.docnumber import is_doc_number

LABELS = {
    "索引号": "索引号", "主题分类": "", "内容分类": "", "体裁分类": "", "组配分类": "", "服务对象分类": "",
    "发布机构": "发布机构", "发布单位": "发布机构", "发文机构": "发布机构", "发文机关": "发布机构",
    "制发机构": "发布机构", "发文单位": "发布机构", "所属机构": "发布机构", "责任部门": "",
    "成文日期": "成文日期", "发文日期": "成文日期", "成文时间": "成文日期",
    "生成日期": "", "废止日期": "", "失效日期": "", "发布日期": "发布日期",
    "发布时间": "发布日期", "发表日期": "发布日期", "发表时间": "发布日期", "公开日期": "发布日期", "公开时间": "发布日期", "网站发布": "发布日期", "更新时间": "", "时间": "", "日期": "",
    "文号": "文号", "发文字号": "文号", "备注/文号": "文号", "备注": "", "公文时效": "", "时效": "",
    "公文生成日期": "", "著录时间": "", "效力状态": "", "有效性": "", "失效时间": "", "生效时间": "", "有效性/截止日期": "", "是否有效": "",
    "公开方式": "", "公开范围": "", "公开形式": "", "公开时限": "", "关键词": "", "主题词": "",
    "机构分类": "", "行业分类": "", "公文类型": "", "分类": "",
    "来源": "", "来自": "", "信息来源": "", "文章来源": "", "稿件来源": "", "作者": "", "编辑": "", "责任编辑": "",
    "浏览次数": "", "浏览量": "", "阅读次数": "", "点击数": "", "访问量": "", "字体": "", "字号": "",
    "浏览": "", "点击": "", "点击量": "", "阅读": "", "阅读量": "", "服务对象": "",
    "字体大小": "", "原文链接": "", "政策解读链接": "", "解读链接": "", "相关链接": "", "栏目": "", "标题": "", "名称": "", "内容概述": "", "分享到": "",
}
"""Label → the page metadata it names ("" for labels whose value is not kept)."""

_ARTICLE_INFO = frozenset({"来源", "来自", "信息来源", "文章来源", "稿件来源", "作者", "编辑", "责任编辑", "浏览", "浏览次数", "浏览量",
                           "点击", "点击数", "点击量", "阅读", "阅读次数", "阅读量", "访问量", "字体", "字号"})
"""Labels of a page's article line (source, author, view count): they never stand in a report."""
ARTICLE_LABELS = _ARTICLE_INFO
BARE_DATE = ("时间", "日期")
"""Labels that say only that a date follows: beside a source or a view count, the 发布日期."""


def meanings(labels: list[str]) -> list[str]:
    """The page metadata each label of one furniture line names (see ``LABELS``).

    A bare 时间/日期 names nothing on its own, but on an article line (“日期：2023年5月11日 作者：…
    来源：… 点击：”) it is the date the page was published, as 发布时间 would be. A 成文日期 on the same
    line keeps its own meaning, and a line that already gives a 发布日期 keeps that one.
    """
    keys = [LABELS.get(label, "") for label in labels]
    if "发布日期" in keys or not any(label in _ARTICLE_INFO for label in labels):
        return keys
    return ["发布日期" if label in BARE_DATE else key for label, key in zip(labels, keys, strict=True)]

_BULLETS = "•·●▪◆■"
"""The bullets a page lists its 政府信息公开 labels and values with."""
_SPACED_LABEL = r"\s*".join  # 索 引 号 (a table cell spaces the characters out)
LABEL = re.compile(
    r"(?:^|(?<=[\s|｜\d日" + _BULLETS + r"]))(?:[\[【]\s*)?("
    + "|".join(_SPACED_LABEL(label) for label in sorted(LABELS, key=len, reverse=True))
    + r")(?:\s*[：:|｜]|\s*[\]】])"
)
"""A label and what ends it: a colon or a bar (“索引号：”, “来源 | ”), or a bracket around it
(“[ 索引号 ] 11500000…/2021-00088”, “【发布机构】”). It follows a space, a bar or a bullet, or the end of
a date when the page left out the space (“发布日期:2023-03-27浏览次数:”, “时间:2022年02月15日来源:”)."""
_ROW_LABEL = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(_SPACED_LABEL(label) for label in sorted(LABELS, key=len, reverse=True)) + r")(?=\s|$)"
)
"""A label that only a space ends: a table of the 政府信息公开 block copied as text, a row a line,
its cells apart (“索 引 号 10001-01-2024-00122 失效时间”, “发文字号 豫政文〔2024〕46号 发布时间 …”)."""
_BRACKETED = re.compile(r"^[\[【]\s*([^\s\]】]{1,8})\s*[\]】]$")
"""A label alone in brackets (“[ 有效性 ]”), which a page may also give garbled (“[ 有性 ]”)."""
_BULLET = _BULLETS + "-*|｜ \t"
INDEX_VALUE = re.compile(r"^[0-9A-Za-z\-]{6,20}\s*/\s*\d{4}\s*[-－]\s*\d{1,10}$")
DATE_TIME = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
"""A page's date, with the time it may carry (“2024-03-29 17:13:17”, “2024年3月29日”)."""
DATE_VALUE = re.compile(f"^{DATE_TIME}$")
DATE_ANY = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_DATED_ARTICLE_LINE = re.compile(f"^(?:(?P<site>[^\\s\\d]{{2,20}})\\s+)?(?P<date>{DATE_TIME})\\s+(?=\\S)")
"""The date an article line opens with, before its labels (“2022-03-29 17:13:17 来源：××局 打印”),
also after the site's name (“××县人民政府   2026-02-05 15:38:00   来源：××县司法局”)."""
MAX_FURNITURE_LINE = 160

PAGE_DATE = re.compile(r"^(?:\S{2,20}\s+)?\d{4}年(?:(?:0\d月\d{1,2}|\d{1,2}月0\d)日(?:\s*\d{1,2}[时:]\d{2}分?)?"
                        r"|\d{1,2}月\d{1,2}日\s*\d{1,2}[时:]\d{2}分?)$"
                        r"|^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+\S{2,24}(?:网|网站)$")
"""A line in the head that is only a date with a zero-padded month or day, or with the time
(“2025年03月10日”, “2023年03月30日 09时24分”, after the source: “市司法局 2022年02月15日”), or a date
and the site's name (“2021-04-12 ××省人民政府网”):
the page's (a report does not pad its own dates, nor give them a time)."""


def unbulleted(text: str) -> str:
    """The line in NFKC, without the bullets and spaces around it."""
    return unicodedata.normalize("NFKC", text).strip(_BULLET)


def labels_in(text: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a furniture line such as “来源：××局 发布时间：2024-03-28”; a
    label that only spaces set apart, among others with colons, counts too (“作者： 发布时间 2025年9月5日”)."""
    plain = unicodedata.normalize("NFKC", text)
    matches = list(LABEL.finditer(plain))
    pairs = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(plain)
        label = re.sub(r"\s+", "", match.group(1))
        value = re.split(r"\s*[|｜]\s*", plain[match.end():end].strip(_BULLET + "：:"))[0]
        inner = _ROW_LABEL.search(value)  # at the start or after a space, a space after it
        if inner is not None:
            pairs += [(label, value[:inner.start()].strip()), *row_pairs(value[inner.start():])]
        else:
            pairs.append((label, value))
    return pairs


_LONE_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:时]\s*\d{2}\s*分?(?::\d{2})?)?$")


def lone_date(text: str) -> str | None:
    """The date of a line that gives only a date, bare or after 时间/日期 (“• 2024-03-28”,
    “时间：2024-03-28”, “2024年03月28日 10时05分”), else None."""
    plain = unbulleted(text)
    if _LONE_DATE.match(plain):
        return plain
    pairs = label_line(text)
    if len(pairs) == 1 and pairs[0][0] in BARE_DATE and _LONE_DATE.match(pairs[0][1]):
        return pairs[0][1]
    return None


def is_article_info(text: str) -> bool:
    """A line of a page's article line that names its source, author or view count (“来源：××局”)."""
    return any(label in _ARTICLE_INFO for label, _ in label_line(text))


def cell_pairs(cells: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a table row of the 政府信息公开 block (label, value, label, value …)."""
    return [(re.sub(r"\s+", "", unicodedata.normalize("NFKC", label)).rstrip("：:"), value.strip())
            for label, value in zip(cells[::2], cells[1::2], strict=False)]


def row_pairs(text: str) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a copied table row whose cells only spaces part (else [])."""
    matches = list(_ROW_LABEL.finditer(text))
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        pairs.append((re.sub(r"\s+", "", match.group(1)), text[match.end():end].strip()))
    return pairs


def bar_row_pairs(text: str, in_list: bool = False) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a table row copied as text with its bars when its first cell is
    a known label, or, below a row of the list (``in_list``), when any cell is (“| 信息目录 | 法治政府建设 |
    发布日期 | 2026-01-26 |”); else []. A table of the report's own opens with its column names
    (“| 序号 | 名称 | 完成情况 |”): a weak label among them does not make it the page's."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if plain[:1] not in "|｜":
        return []
    cells = [re.sub(r"\s+", " ", cell).strip() for cell in re.split(r"[|｜]", plain.strip("|｜ "))]
    if len(cells) < 2:
        return []
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(cells):  # a cell the copy left out shifts the rest: a label is never a value
        label = re.sub(r"\s+", "", cells[index]).rstrip("：:")
        after = cells[index + 1] if index + 1 < len(cells) else None
        taken = after is not None and re.sub(r"\s+", "", after) not in LABELS
        pairs.append((label, after if taken and after is not None else ""))
        index += 2 if taken else 1
    return pairs if pairs[0][0] in LABELS or (in_list and any(label in LABELS for label, _ in pairs)) else []


def label_line(text: str, in_list: bool = False) -> list[tuple[str, str]]:
    """The pairs of ``text`` when the whole line is label: value furniture (else []).

    ``in_list``: the line above is a label line of the same list, where a weak label may carry a
    long value (the whole title as the page's “- 标题： ……” field).
    """
    plain = unicodedata.normalize("NFKC", text).lstrip(_BULLET)
    if len(plain) > MAX_FURNITURE_LINE or "。" in plain:
        return []
    bar_row = bar_row_pairs(text, in_list)
    if bar_row:
        return bar_row
    dated = _DATED_ARTICLE_LINE.match(plain)
    if dated is not None and (dated["site"] is None or _site_name(dated["site"])):
        # the publication date, then the source and the switches
        pairs = labels_in(plain[dated.end():])
        if pairs and LABEL.match(plain[dated.end():]) and any(label in _ARTICLE_INFO for label, _ in pairs):
            return [("发布时间", dated["date"]), *pairs]
        return []
    pairs = labels_in(plain)
    if not pairs or LABEL.match(plain) is None:
        pairs = row_pairs(plain)
        if len(pairs) < 2 and not (pairs and pairs[0][1] and LABELS[pairs[0][0]]):
            return []  # one label a space ends names a document field only with a value (“标  题 ……” is weak)
    if len(pairs) == 1 and pairs[0][0] in ("时间", "日期", "标题", "名称", "来源", "作者", "栏目") and pairs[0][1]:
        value = pairs[0][1]
        # a single weak label: furniture only with a furniture-like value (a date, a short name)
        if not (DATE_ANY.search(value) or len(value) <= 30 or (in_list and pairs[0][0] in _TITLE_LABELS)):
            return []
    return pairs


_TITLE_LABELS = ("标题", "名称")
"""The weak labels whose value is the document's title: long, but furniture inside the list."""
_LIST_LABEL = re.compile(rf"^([{HAN_CLASS}]{{2,8}})\s*[：:]\s*([^。，,；;！？!?]{{0,30}})$")
"""An unknown label and its value, which has no clause in it (“载体类别：文件”, not the report's
“• 加强组织领导：全年召开党组会4次，研究法治工作”)."""
_LABEL_ENDINGS = ("分类", "种类", "类别", "类型", "日期", "时间", "机构", "单位", "字号", "编号", "名称", "来源",
                  "次数", "状态", "时效", "范围", "方式", "目录", "载体")
"""How the name of a label of the 政府信息公开 list ends (“信息种类”, “载体类别”, “公开目录”)."""


def list_label(text: str, above: str) -> tuple[str, str] | None:
    """A label the list of ``LABELS`` does not know, with or without its value (“• 信息种类：”,
    “载体类别：文件”), on the line below ``above``, a label line of the same list: bulleted as
    ``above`` is, or named as labels are. An addressee (“县委：”) is neither."""
    stripped, upper = (unicodedata.normalize("NFKC", line).strip() for line in (text, above))
    bullet = stripped[:1] if stripped[:1] in _BULLETS + "-*" else ""
    found = _LIST_LABEL.match(stripped[1:].strip() if bullet else stripped)
    if found is None:
        return None
    same_bullet = bool(bullet) and upper[:1] == bullet
    return (found[1], found[2].strip()) if same_bullet or found[1].endswith(_LABEL_ENDINGS) else None


def _site_name(text: str) -> bool:
    """The name of the office or site a page belongs to (“××县人民政府”, “××市司法局网”), not a title."""
    from lawreport.importing.docinfo import office_name

    return text.endswith(("网", "网站")) or office_name(text) is not None


def bare_label(text: str) -> str | None:
    """The label of a bulleted line that is a 政府信息公开 label alone (“• 体裁分类”, “• 文号”).

    The page lists its labels and values as bullets, one a line, and leaves a value out when
    it has none, so the label stands without a colon and without a value. A label alone in
    brackets (“• [ 有效性 ]”) is one even when the page garbled it (“• [ 有性 ]”): its value is not kept.
    """
    stripped = unicodedata.normalize("NFKC", text).strip()
    if not stripped or stripped[0] not in _BULLETS:
        return None
    label = re.sub(r"\s+", "", stripped.strip(_BULLET).rstrip("：:"))
    if label in LABELS:
        return label
    bracketed = _BRACKETED.match(stripped.strip(_BULLET))
    if bracketed is None or not re.fullmatch(f"[{HAN_CLASS}/]+", bracketed.group(1)):
        return None
    return bracketed.group(1) if bracketed.group(1) in LABELS else ""  # "": a label the page garbled


def label_alone(text: str) -> str | None:
    """A line that is only a 政府信息公开 label, without bullet or colon (“发文单位”, “索引号”): the page
    lists its labels one a line, each value on the line below. A weak label of two characters
    (时间, 标题, 来源 …) does not count alone."""
    label = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return label if label in LABELS and (LABELS[label] or len(label) >= 3) else None


def short_value(text: str) -> bool:
    """A short line without a full stop: the value below a label standing alone (“区人民政府”, “有效”)."""
    plain = unbulleted(text)
    return 0 < len(plain) <= 30 and "。" not in plain


def bulleted_value(text: str, label_line: str = "") -> bool:
    """A short bulleted line: the value under a bare label (“• 主题分类” / “• 法治政府建设”). A dash
    or a star is a bullet too when ``label_line``, the label's line above, opens with the same one
    (“- 发布单位：” / “- ××县水务局”: the page's list written as a text list)."""
    stripped, label = (unicodedata.normalize("NFKC", line).strip() for line in (text, label_line))
    listed = stripped[:1] in _BULLETS or (stripped[:1] in "-*" and label[:1] == stripped[:1])
    return bool(stripped) and listed and short_value(stripped)


def value_line(text: str) -> bool:
    """A value standing on its own line under its label (“索引号：” / “6107280000/2024-001005”)."""
    plain = unbulleted(text)
    return bool(INDEX_VALUE.match(plain) or DATE_VALUE.match(plain)
                or is_doc_number(plain))


def keep(meta: dict[str, str], pairs: list[tuple[str, str]], where: dict[str, Span], line: Line) -> None:
    for (_, value), key in zip(pairs, meanings([label for label, _ in pairs]), strict=True):
        if key and value and key not in meta:
            meta[key] = value.split("  ")[0].strip()
            where[key] = line.span
