"""More shapes of a page's head: bars of links and buttons, a “date | source” line, and metadata
whose labels run into their values.

Split off from :mod:`lawreport.received.furniture` (which decides, line by line, where the page
ends and the report begins) so that each module stays short:

- a site bar: links to other sites and the page's switches a bar apart (“中国政府网|××省政府网|
  繁体|无障碍”);
- a toolbar of buttons in brackets, with spaces inside (“【 打印 】 【 扫一扫 】”);
- the page's date and its source a bar apart, with no label (“2026-01-20 17:01 | ××市水务局”);
- metadata rows whose labels run into their values with no colon and no space (“发文机关××县林业局
  主题词”, “主题分类其它 发布日期2025-02-26”, “标题××县林业局关于……的报告”), or, with colons, into the
  value before them (“序号：……发布机构：市司法局公开形式：主动公开……网站发布：2023-03-07”);
- a list's items without labels: its index number and its title, which the page repeats below
  (“  • 736916951/2024-000784” / “  • ××厅关于……的报告”);
- a site-group link and an air-quality widget (“站群导航”, “AQI”, “• 轻度污染”);
- an article line whose date runs into its first label (“2024-03-15来源：”), or that a path with no
  首页 runs into (“政府信息公开 > …… > 法治政府建设年度报告日期：2025-02-28 14:30 字体：[ 大 中 小 ]”);
- a column named by a 文种 alone (“工作报告”) at the top, right above the whole title;
- the site's bulleted list of links, one a line (“• 设为首页” / “• 加入收藏” / “• 无障碍阅读” / “• 长者版”).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from lawreport.cjk import HAN_CLASS
from lawreport.importing.lines import Line
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
_BYLINE_DATE = re.compile(rf"^(?P<source>[{HAN_CLASS}]{{2,20}}(?:科|处|股|室|办|中心))\s+"
                          r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")
"""A section's byline and the page's date, a space apart (“政策法规科 2023-12-29”): who in the office put the
page up, and when (a report writes its own dates with 年月日, never so)."""


_WIDGET = re.compile(r"^(?:站群导航|网站群导航|站群|AQI|空气质量(?:指数)?|优|良|(?:轻度|中度|重度|严重)污染)$")
"""A site-group link and the legend of an air-quality widget, each on a line of its own."""
_BACK_LINK = re.compile(r"^(?:<<|＜＜|«|<|＜)?\s*返回(?:主站|首页|主页|网站首页|上一页|上页|列表|上级|顶部)$")
"""A link back to the site's front page or the list above the text (“<<返回主站”, “返回首页”)."""
_LONE_CLOSER = re.compile(r"^[\]】]$")
"""A closing bracket alone on a line: the rest of a button the copy broke over two lines (“字体：[” / “]”)."""


def is_chrome(plain: str) -> bool:
    """A site bar, a toolbar, a path of columns with no 首页, a line of the site's tabs, a line of a
    site-group link or an air-quality widget, a link back to the front page, or a closing bracket alone."""
    bare = plain.strip()
    return (is_site_bar(plain) or is_toolbar(plain) or _is_path(plain) or _is_tabs(bare) or _WIDGET.match(bare) is not None
            or _BACK_LINK.match(bare) is not None or _LONE_CLOSER.match(bare) is not None)


_TAB = re.compile(rf"^[{HAN_CLASS}]{{2,6}}$")
_HOME_TABS = frozenset({"首页", "网站首页"})


def _is_tabs(plain: str) -> bool:
    """The site's navigation tabs a space apart on one line, the front page's among them (“首页 新闻中心
    信息公开 政务服务 …”): four or more short words and nothing else. Without 首页, words a space apart
    may be the report's own (a slogan of two phrases above the title)."""
    tabs = plain.split()
    return len(tabs) >= 4 and bool(_HOME_TABS & set(tabs)) and all(_TAB.match(tab) for tab in tabs)


def _is_path(plain: str) -> bool:
    """Three or more short columns a “>” or “>>” apart (“××区政府信息公开专栏 >> ××区人民政府办公室 >>
    政府信息公开基础平台”): the page's path, even without 首页 or a “>” in front."""
    if len(plain) > _MAX_PATH or "<" in plain:  # a path is short (a long line is not split from every space of a long run)
        return False
    columns = [column for column in _PATH_SEPARATOR.split(plain.strip()) if column]
    return (len(columns) >= 3 and _PATH_SEPARATOR.search(plain) is not None
            and all(len(column) <= 20 and not _CLAUSE.search(column) for column in columns))


_RUN_ARTICLE = re.compile(rf"^(?P<date>{labels.DATE_TIME})(?=(?:来源|信息来源|文章来源|作者|浏览|点击|阅读)[：:])")
"""A page date run into the article line's first label, with no space (“2024-03-15来源：”)."""
_PATH_INTO_DATE = re.compile(r"(?:发布日期|发布时间|日期|时间)[：:]")
_PATH_SEPARATOR = re.compile(r"\s*(?:>>|＞＞|»)\s*|\s+[>＞›]\s+")
"""Between a path's columns: “>>” or “»”, or a single “>” with spaces on both sides (not the “<…>” of markup)."""
_MAX_PATH = 120


def article_pairs(plain: str) -> list[tuple[str, str]]:
    """The pairs of an article line in one of its shapes without labels or spaces where they are
    expected: “date | source” (see ``dated_source``), a date run into the first label, or a path
    of three or more columns (no 首页, no “>” in front) whose last column runs into the line (else [])."""
    pairs = dated_source(plain)
    if pairs:
        return pairs
    run = _RUN_ARTICLE.match(plain)
    if run is not None:
        return labels.label_line(f"{run['date']} {plain[run.end():]}")
    into = _PATH_INTO_DATE.search(plain) if len(plain) <= labels.MAX_FURNITURE_LINE else None
    if into is None or into.start() == 0 or into.start() > _MAX_PATH:
        return []
    columns = [column for column in _PATH_SEPARATOR.split(plain[:into.start()]) if column]
    if len(columns) < 3 or not all(len(column) <= 20 and not _CLAUSE.search(column) for column in columns):
        return []
    pairs = labels.label_line(plain[into.start():])
    return pairs if any(label in labels.ARTICLE_LABELS for label, _ in pairs) else []


def dated_source(plain: str) -> list[tuple[str, str]]:
    """The 发布时间 and 来源 of a “date | source” line whose source is an office's or a site's name, or of
    a section's byline and date (“政策法规科 2023-12-29”; else [])."""
    from lawreport.importing.docinfo import office_name

    found = _DATED_SOURCE.match(plain.strip())
    if found is None:
        byline = _BYLINE_DATE.match(plain.strip())
        return [("发布时间", byline["date"]), ("来源", byline["source"])] if byline is not None else []
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
    if not plain or len(plain) > labels.MAX_FURNITURE_LINE:
        return []
    if _CLAUSE.search(plain):  # labels with colons: a run-on line that the label line's reading does not split
        return [] if labels.label_line(plain, in_list) else _colon_run(plain)
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


_SENTENCE = re.compile("[。，,；;！？!?]")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
"""A colon that ends a label, not one inside a time (“10:44”)."""
_FIRST_LABEL = re.compile(rf"^[{HAN_CLASS}]{{2,4}}$")
_MIN_RUN_LABELS = 3


def _colon_run(plain: str) -> list[tuple[str, str]]:
    """The pairs of a metadata line whose “label：value” items run into each other with nothing
    between a value and the next label (“序号：……发布机构：市司法局公开形式：主动公开公开时限：……”),
    else []. Three or more items, no sentence punctuation, and every label a known one (the first
    may be a short word the list does not know: “序号”), at least one of them naming a document
    field with a value (发布机构, 发布日期 …)."""
    if _SENTENCE.search(plain):
        return []
    colons = [match.start() for match in _COLON.finditer(plain)]
    if len(colons) < _MIN_RUN_LABELS:
        return []
    starts: list[tuple[int, str]] = []  # where each label starts, and the label
    for number, colon in enumerate(colons):
        before = plain[starts[-1][0] if starts else 0 : colon]
        label = max((name for name in labels.LABELS if before.endswith(name) and "/" not in name), key=len, default=None)
        if label is None and number == 0 and _FIRST_LABEL.match(plain[:colon]):
            label = plain[:colon]  # a label the list does not know, opening the line
        if label is None or (number == 0 and len(label) != colon):
            return []
        starts.append((colon - len(label), label))
    pairs = [(label, plain[colon + 1 : starts[number + 1][0] if number + 1 < len(starts) else len(plain)].strip())
             for number, ((_, label), colon) in enumerate(zip(starts, colons, strict=True))]
    strong = any(labels.LABELS.get(label) and value for label, value in pairs)
    return pairs if strong and sum(label in labels.LABELS for label, _ in pairs) >= 2 else []


_BULLET_CHARS = "•·●▪◆■-*"
_ITEM_WORD = re.compile(rf"^[{HAN_CLASS}]{{2,8}}$")


def next_bulleted_label(text: str, label_above: str) -> bool:
    """A bulleted item that is a label the list does not know (“• 时效性”): a short word with the
    bullet of the list's label two lines up (``label_above``, whose value stands between them)."""
    item, above = (unicodedata.normalize("NFKC", line).strip() for line in (text, label_above))
    bullet = item[:1]
    return (bullet in _BULLET_CHARS and above[:1] == bullet
            and _ITEM_WORD.match(item[1:].strip()) is not None)


_REPEATS_WITHIN = 4


def listed(lines: list[Line], index: int, found: set[int]) -> bool:
    """``lines[index]`` is an item of the page's list without a label: an 索引号 value, or a bulleted
    item under another bulleted item of the list whose text the page repeats within the next lines
    (the list's title item: the document's title stands below it)."""
    text = lines[index].text
    value = labels.unbulleted(text)
    if labels.INDEX_VALUE.match(value):
        return True
    above = unicodedata.normalize("NFKC", lines[index - 1].text).strip() if index else ""
    item = unicodedata.normalize("NFKC", text).strip()
    if index - 1 not in found or not item or item[0] not in _BULLET_CHARS or above[:1] != item[0] or not value:
        return False
    return any(labels.unbulleted(below.text) == value for below in lines[index + 1 : index + 1 + _REPEATS_WITHIN])


_GENRE_COLUMN = re.compile(rf"^[{HAN_CLASS}]{{0,4}}报告$")
"""A column named by a 文种 alone (“工作报告”, “年度报告”): no office, no year, no subject."""
_A_YEAR = re.compile(r"(?:19|20)\d{2}")


def genre_column(lines: list[Line], index: int, found: set[int]) -> bool:
    """``lines[index]`` is the page's column name standing above the title (“工作报告” over “××局
    2022年度法治政府建设工作报告”): a bare 文种 as the first line of the text or right under other
    furniture, with a whole title on the next line (法治, a year, ending in 报告). Below the first
    line of a title (“××局2022年度法治政府建设” / “工作报告”) it is the title's end, and it is kept."""
    if not _GENRE_COLUMN.match(labels.unbulleted(lines[index].text)) or (index and index - 1 not in found):
        return False
    if index + 1 >= len(lines) or lines[index + 1].table is not None:
        return False
    below = labels.unbulleted(lines[index + 1].text)
    return (len(below) <= 60 and "。" not in below and below.endswith("报告") and "法治" in below
            and _A_YEAR.search(below) is not None)


_LINK_BULLETS = "•·●▪◆■"
_LINK_ITEM = re.compile(rf"^[{HAN_CLASS}A-Za-z]{{1,8}}[|｜]?$")
"""A site link's text: a short word, nothing else (“长者版”; a bar after it: “繁体版|”)."""
_MIN_LINKS = 3


def _link_item(line: Line) -> str | None:
    """The word of a bulleted line that may be a site link (“  • 设为首页”), or None."""
    item = unicodedata.normalize("NFKC", line.text).strip()
    if line.table is not None or item[:1] not in _LINK_BULLETS:
        return None
    word = item[1:].strip()
    return word if _LINK_ITEM.match(word) else None


def in_link_list(lines: list[Line], index: int, is_switch: Callable[[str], bool]) -> bool:
    """``lines[index]`` is an item of the site's bulleted list of links (“• 设为首页” / “• 加入收藏” /
    “• 无障碍阅读” / “• 长者版”): three or more bulleted short words in a row, at least one of them one
    of the page's switches (``is_switch``: 收藏, 无障碍 …). Every item is furniture, a link the switches
    do not know (“长者版”) too; a list of other words (a page's 标签: “• 法制” / “• 工作报告”) is not."""
    if _link_item(lines[index]) is None:
        return False
    start = end = index
    while start > 0 and _link_item(lines[start - 1]) is not None:
        start -= 1
    while end + 1 < len(lines) and _link_item(lines[end + 1]) is not None:
        end += 1
    words = [_link_item(line) or "" for line in lines[start : end + 1]]
    return len(words) >= _MIN_LINKS and any(is_switch(word) for word in words)
