"""常引文件的标题写错（T003 known-titles）。

作用：报告几乎都会引用的几份文件，其书名号内的标题与规范标题接近但不一致时报告，例如年份
写错、漏了“年”、标题残缺（也包括名称中丢了几个字的：“《法治政府实施纲（2021-2025）》”）。连接号宽度和括号宽度由 P007、P001 检查，丢失的连接号（“20212025年”）
由 P008 检查，这里不重复报告。
原因：文件名称须与发布的名称一致：《法治政府建设实施纲要（2021—2025年）》、
《法治政府建设与责任落实督察工作规定》、《党政主要负责人履行推进法治建设第一责任人职责规定》、
《法治中国建设规划（2020—2025年）》等。
发文机关写进了书名号（“《中共中央、国务院法治政府建设实施纲要（2021—2025年）》”）的也报告，
在另一个文件名称中用〈〉引的（“《××区贯彻〈法治中国建设规划（2021—2025年）〉实施方案》”）也检查，
〈〉误写成“<>”的（P013 指出）也一样。
地方或部门自己的文件（《××市法治政府建设实施纲要（2021—2025年）》、《××县党政主要负责人
履行推进法治建设第一责任人职责清单》）不要求改用国家文件的名称。名称列在
lawreport/data/known_titles.txt，可以增补。
修复：不自动修复。
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lawreport.lint.base import Document, Finding, Rule, Severity
from lawreport.lint.search import holding


@functools.cache
def known_titles() -> tuple[str, ...]:
    """The titles of lawreport/data/known_titles.txt (one a line, ``#`` comments)."""
    text = (Path(__file__).resolve().parents[2] / "data" / "known_titles.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_BOOK = re.compile(r"《([^《》]{4,60})》")
_INNER_BOOK = re.compile(r"[〈<‹＜]([^〈〉<>‹›＜＞《》]{4,60})[〉>›＞]")
"""A title cited inside another (“《××区贯彻〈法治中国建设规划……〉实施方案》”), also with the angle
brackets P013 reports in place of 〈〉 (“《××区贯彻<法治政府建设实施纲要……>实施方案》”)."""
_INNER_OPENINGS = "〈<‹＜"
_NORMAL = str.maketrans({"(": "（", ")": "）", "-": "—", "~": "—", "～": "—", "－": "—", "–": "—", " ": None})
_NOT_NORMAL = re.compile("[()\\-~～－– ]")
"""What ``_NORMAL`` changes (most citations hold none of it)."""
_PERIOD = re.compile(r"[（\d]")
_LOST_CONNECTOR = re.compile(r"((?:19|20)\d{2})((?:19|20)\d{2})")
"""Two years run together (“20212025年”): the connector lost, which P008 reports."""


def _base(title: str) -> str:
    """The title without its period, in brackets or not (纲要（2021—2025年） and 纲要2021—2025年 → 纲要)."""
    return _PERIOD.split(title, maxsplit=1)[0]


_LOCAL_PREFIX = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡|街道|自治区|局|委|厅|办|院)(?:贯彻落实|贯彻|落实)?$")
_DERIVED = ("清单", "方案", "办法", "细则", "措施", "计划", "要点", "意见", "任务", "分工", "指引", "制度")


def _local(cited: str, known: str) -> bool:
    """A place's or an office's own document named after a national one: 《××市法治政府建设实施纲要
    （2021—2025年）》, 《××县党政主要负责人履行推进法治建设第一责任人职责清单》."""
    base, known_base = _base(cited), _base(known)
    position = base.find(known_base[:6])
    if position > 0 and _LOCAL_PREFIX.search(base[:position]):
        return True
    return base.endswith(_DERIVED) and not known_base.endswith(base[-2:])


@functools.cache
def _bases() -> tuple[tuple[str, str], ...]:
    return tuple((title, _base(title)) for title in known_titles())


def _may_be_near(a: str, b: str) -> bool:
    """``SequenceMatcher(None, a, b).quick_ratio() >= 0.85``, an upper bound of the ratio,
    computed the same way without importing difflib (which most citations never need)."""
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < 0.85:
        return False
    common = sum((Counter(a) & Counter(b)).values())
    return 2.0 * common / total >= 0.85


@functools.lru_cache(maxsize=512)
def _near(base: str) -> tuple[str, ...]:
    """The titles whose base is ``base`` or has ``SequenceMatcher.ratio() >= 0.85`` with it
    (remembered: the same few titles are cited in report after report)."""
    possible = [(title, title_base) for title, title_base in _bases()
                if title_base == base or _may_be_near(title_base, base)]
    if not possible:
        return ()
    import difflib  # only when a cited title is close to a known one

    matcher = difflib.SequenceMatcher(None, "", base)
    near = []
    for title, title_base in possible:
        matcher.set_seq1(title_base)
        if title_base == base or matcher.ratio() >= 0.85:
            near.append(title)
    return tuple(near)


def _ratio(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio()


_YEARS = re.compile(r"(?:19|20)\d{2}")


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(character in rest for character in short)


def _shortened(cited: str) -> tuple[str, ...]:
    """The known titles ``cited`` is with characters lost from its name (“《法治政府实施纲（2021-2025）》”:
    建设 and 要 lost), too few to be near by ratio: the same years, and a name that is the known
    name with at most a third of its characters left out, none added."""
    years, base = _YEARS.findall(cited), _base(cited)
    if not years or len(base) < 6:
        return ()
    return tuple(title for title, title_base in _bases()
                 if _YEARS.findall(title) == years and len(base) < len(title_base) <= 1.5 * len(base)
                 and _subsequence(base, title_base))


def _normalized(written: str) -> str:
    """A cited title with the widths of its brackets and connectors, and a lost connector, set
    as the known titles write them: those are P001's, P007's and P008's to report."""
    cited = written.translate(_NORMAL) if _NOT_NORMAL.search(written) else written
    return _LOST_CONNECTOR.sub(r"\1—\2", cited)


def correction(written: str) -> str | None:
    """The known title that ``written`` (a title as cited, without 《》) misquotes, or None."""
    cited = _normalized(written)
    if cited in known_titles():
        return None
    candidates = _near(_base(cited)) or _shortened(cited)
    if not candidates:
        return None
    if _base(cited) == cited and any(_base(t) == cited for t in candidates):
        return None  # cited without the period in brackets: acceptable shorthand
    if any(cited.startswith(t) for t in candidates):
        return None  # a document named after a known one (“……纲要（2021—2025年）工作方案”)
    best = max(candidates, key=lambda t: _ratio(t, cited))
    if _local(cited, best):
        return None  # a local document of its own, not a misquoted national one
    return best


_ISSUERS_INSIDE = re.compile(r"^((?:中共中央|国务院|中共中央办公厅|国务院办公厅|中央全面依法治国委员会)"
                             r"(?:[、和与](?:中共中央|国务院|中共中央办公厅|国务院办公厅))?)(?:印发的?|的)?")
"""The issuing organs written inside the 书名号 before a known title (“《中共中央、国务院法治政府……》”)."""


def issuers_inside(written: str) -> tuple[str, str] | None:
    """(the organs, the known title) when ``written`` is a known title with its issuers put inside
    the 书名号, else None."""
    match = _ISSUERS_INSIDE.match(written)
    if match is None:
        return None
    rest = written[match.end():]
    title = _normalized(rest)
    return (match.group(1), title) if title in known_titles() else None


def _inside_book_marks(text: str, position: int) -> bool:
    return text.rfind("《", 0, position) > text.rfind("》", 0, position)


def cited_titles(text: str) -> list[tuple[re.Match[str], str]]:
    """The titles cited in ``text``, in order, each with the marks it should have: those in 《》 and
    those nested in another title (in 〈〉 anywhere; in < > and their look-alikes only inside 《》,
    where they stand for 〈〉)."""
    cited = [(match, "《》") for match in _BOOK.finditer(text)]
    if any(c in text for c in _INNER_OPENINGS):
        inner = [(match, "〈〉") for match in _INNER_BOOK.finditer(text)
                 if text[match.start()] == "〈" or _inside_book_marks(text, match.start())]
        cited = sorted(cited + inner, key=lambda c: c[0].start())
    return cited


@functools.lru_cache(maxsize=8)
def _misquoted(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts of the misquoted known titles cited in ``text``, in order, and for each the
    furthest end of it and those before it; worked out once per text, as N008 asks at every match."""
    starts: list[int] = []
    ends: list[int] = []
    for match, _ in cited_titles(text):
        if correction(match.group(1)) is not None:
            starts.append(match.start())
            ends.append(max(match.end(), ends[-1]) if ends else match.end())
    return tuple(starts), tuple(ends)


def misquoted_at(text: str, position: int) -> bool:
    """Whether ``position`` is inside a cited title (in 《》 or nested in one) that T003 reports as
    a misquoted known title: other rules leave what is in it to T003."""
    starts, ends = _misquoted(text)
    before = bisect.bisect_left(starts, position)  # the titles that open before ``position``
    return before > 0 and ends[before - 1] > position


def check(doc: Document, options: None) -> Iterator[Finding]:
    for unit in holding(doc, "《"):
        for match, (opening, closing) in cited_titles(unit.text):
            written = match.group(1)
            inside = issuers_inside(written)
            if inside is not None:
                yield Finding(unit.span_at(match.start()), f"发文机关不写在书名号内：应为“{inside[0]}{opening}{inside[1]}{closing}”")
                continue
            best = correction(written)
            if best is not None:
                yield Finding(unit.span_at(match.start()),
                              f"文件名称“{match.group()}”与规范名称不一致，应为“{opening}{best}{closing}”")


RULE = Rule(
    code="T003",
    name="known-titles",
    summary="常引文件的名称与正式名称一致",
    check=check,
    doc=__doc__ or "",
    severity=Severity.WARNING,
    bad=("落实《法治政府建设实施纲要（2021—2025）》。", "落实《法治政府建设实施纲要（2020—2025年）》。",
         "执行《法治政府建设与责任落实督查工作规定》。", "落实《法治政府建设实施纲要2021—2025年》。",
         "落实《中共中央、国务院法治政府建设实施纲要（2021—2025年）》。",
         "印发《青石县贯彻〈法治中国建设规划（2021—2025年）〉实施方案》。",
         "印发《青石县贯彻<法治政府实施纲要（2021—2025年）>实施方案》。"),
    good=("落实《法治政府建设实施纲要（2021—2025年）》和《法治政府建设与责任落实督察工作规定》。",
          "落实《青石市法治政府建设实施纲要（2021—2025年）》和《青石县党政主要负责人履行推进法治建设第一责任人职责清单》。",
          "制定《青石县贯彻落实〈法治政府建设实施纲要（2021—2025年）工作方案〉》。"),
)
