"""More shapes of a page's head: bars of links and buttons, a “date | source” line, and metadata
whose labels run into their values.

Split off from :mod:`lawreport.received.furniture` (which decides, line by line, where the page
ends and the report begins) so that each module stays short:

- a site bar: links to other sites and the page's switches a bar apart (“中国政府网|××省政府网|
  繁体|无障碍”);
- a toolbar of buttons in brackets, with spaces inside (“【 打印 】 【 扫一扫 】”);
- the page's date and its source a bar apart, with no label (“2026-01-20 17:01 | ××市水务局”);
- metadata rows whose labels run into their values with no colon and no space (“发文机关××县林业局
  主题词”, “主题分类其它 发布日期2025-02-26”, “标题××县林业局关于……的报告”).
"""

from __future__ import annotations

import re
import unicodedata

from lawreport.cjk import HAN_CLASS
from lawreport.received import labels

_BAR = re.compile(r"(?<!\s)\s*[|｜]\s*")
"""A bar and the spaces around it, tried only where a run of spaces starts (not again from each space of a long run)."""
_SITE_LINK = re.compile(rf"^[{HAN_CLASS}]{{1,12}}(?:网|网站|门户|政务网|政府网)$")
"""A link to a site by its name (“中国政府网”, “××省人民政府门户网站”)."""
_BAR_SWITCHES = frozenset({"无障碍", "简体", "繁体", "简", "繁", "关怀版", "關懷版", "长者模式", "适老化", "English",
                           "手机版", "网站地图", "登录", "注册", "返回首页", "智能问答", "个人中心", "邮箱"})
"""The page's switches and account links, as they stand in a bar among the links to other sites."""


def is_site_bar(plain: str) -> bool:
    """A bar of two or more items, each a link to a site by its name or one of the page's switches,
    with at least one link (a bar of switches alone is the furniture module's)."""
    items = [item for item in _BAR.split(plain.strip("|｜ ")) if item]
    if len(items) < 2 or not _BAR.search(plain):
        return False
    links = [item for item in items if _SITE_LINK.match(item)]
    return bool(links) and all(item in _BAR_SWITCHES or _SITE_LINK.match(item) for item in items)


_BUTTON = re.compile(r"[【\[]\s*([^【】\[\]]{0,8}?)\s*[】\]]")
_BUTTON_WORDS = re.compile(r"^(?:打印|关闭|扫一扫|分享|收藏|朗读|纠错|下载|保存|返回|顶部|返回顶部|关闭窗口|打印本页|"
                           r"打印此页|字体[：:]?|字号[：:]?|大|中|小|默认|放大|缩小|推荐|转发|评论)?$")
"""The words a page's buttons carry (“打印”, “扫一扫”, “关闭”, the font switch's “字体：”); an empty
pair of brackets is a button whose word the copy lost."""


def is_toolbar(plain: str) -> bool:
    """A line of buttons in brackets and nothing else, each a button's word (“【 打印 】 【 扫一扫 】”),
    at least one not empty."""
    buttons = _BUTTON.findall(plain)
    rest = _BUTTON.sub("", plain).strip()
    return (bool(buttons) and not rest and any(buttons)
            and all(_BUTTON_WORDS.match(re.sub(r"\s+", "", word)) for word in buttons))


_SOURCE = rf"[{HAN_CLASS}（）()]{{2,30}}"
_DATED_SOURCE = re.compile(rf"^(?P<date>{labels.DATE_TIME})\s*[|｜]\s*(?P<source>{_SOURCE})$"
                           rf"|^(?P<source2>{_SOURCE})\s*[|｜]\s*(?P<date2>{labels.DATE_TIME})$")
"""The page's date and the office or site it comes from, a bar apart and without labels
(“2026-01-20 17:01 | ××市水务局”, also the other way round)."""


def dated_source(plain: str) -> list[tuple[str, str]]:
    """The 发布时间 and 来源 of a “date | source” line whose source is an office's or a site's name
    (else [])."""
    from lawreport.importing.docinfo import office_name

    found = _DATED_SOURCE.match(plain.strip())
    if found is None:
        return []
    date, source = found["date"] or found["date2"], found["source"] or found["source2"]
    if office_name(source) is None and not source.endswith(("网", "网站")):
        return []
    return [("发布时间", date), ("来源", source)]


_RUN_LABEL = re.compile("|".join(sorted((label for label in labels.LABELS if "/" not in label), key=len, reverse=True)))
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_CLAUSE = re.compile("[。，,；;：:！？!?]")


def run_together(text: str, in_list: bool) -> list[tuple[str, str]]:
    """The ``(label, value)`` pairs of a metadata row whose labels run into their values without a
    colon (“发文机关××县林业局 主题词”, “主题分类其它 发布日期2025-02-26”), else [].

    Every item (the row's cells, a space apart) opens with a known label, at least one runs into
    its value, and the row names a document field (发布日期, 发布机构 …) or comes right below
    another row of the list (``in_list``: a lone “标题……” row). A sentence is never such a row.
    """
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain or len(plain) > labels.MAX_FURNITURE_LINE or _CLAUSE.search(plain):
        return []
    pairs: list[tuple[str, str]] = []
    for item in plain.split():
        label = _RUN_LABEL.match(item)
        if label is None:
            if pairs and pairs[-1][1] and _TIME.match(item):  # the time of the date before it
                pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {item}")
                continue
            return []
        pairs.append((label.group(), item[label.end():]))
    if not any(value for _, value in pairs):
        return []
    strong = any(labels.LABELS[label] and value for label, value in pairs)
    return pairs if strong or in_list else []


_BULLET_CHARS = "•·●▪◆■-*"
_ITEM_WORD = re.compile(rf"^[{HAN_CLASS}]{{2,8}}$")


def next_bulleted_label(text: str, label_above: str) -> bool:
    """A bulleted item that is a label the list does not know (“• 时效性”): a short word with the
    bullet of the list's label two lines up (``label_above``, whose value stands between them)."""
    item, above = (unicodedata.normalize("NFKC", line).strip() for line in (text, label_above))
    bullet = item[:1]
    return (bullet in _BULLET_CHARS and above[:1] == bullet
            and _ITEM_WORD.match(item[1:].strip()) is not None)
