"""The audit's values: one row per received file, its findings, shared passages, the whole result.

Plain named tuples of strings, numbers and tuples, so that they pass between processes, compare
in tests and map one-to-one onto the JSON schema of docs/audit.md.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, NamedTuple

from lawreport.lint.annotate import Comment

if TYPE_CHECKING:
    from lawreport.audit.sameunit import Other

GROUPS: dict[str, str] = {
    "S": "结构", "H": "层级序号", "P": "标点", "N": "数字", "T": "术语和文本", "M": "元数据", "L": "检查指令",
}
"""Rule groups by the first letter of a rule's code (see docs/rules.md)."""


FindingRow = Comment
"""One lint finding in one file: the row the audit keeps, and the Word comment of its annotated copy
(``line`` is a .txt/.md file's line or a Word file's paragraph number, see ``FileAudit.unit_of_line``)."""


class GroupCount(NamedTuple):
    """Errors and warnings of one rule group in one file."""

    group: str
    """The code letter: S, H, P, N, T, M or L."""
    errors: int
    warnings: int


class PlanItem(NamedTuple):
    """One item of last year's plans that this year's measures do not visibly carry out (or only may)."""

    label: str
    title: str
    score: float


class Previous(NamedTuple):
    """The same unit's report of the previous year, compared with this one."""

    path: str
    year: int
    similarity: float
    """Character similarity of the two reports, 0–1 (lawreport diff's figure)."""
    plans: int
    """How many plan items last year's report has."""
    unfollowed: tuple[PlanItem, ...]
    """Plans this year's measures show nothing of (lawreport diff's 未见落实)."""
    possibly: tuple[PlanItem, ...] = ()
    """Plans with related work reported, for a person to check (lawreport diff's 可能落实)."""
    note: str = ""
    """Why plans were not followed up although the report has some: they stand under a title over
    several parts (“三、存在的问题和下一步打算”) whose text does not tell which are plans; "" otherwise."""
    shortcomings_similarity: float | None = None
    """Character similarity of the two years' 存在的不足 parts, 0–1 (None when either has none):
    a unit that rewrote one word in each of last year's problems copied them all the same."""
    plans_similarity: float | None = None
    """The same for the 主要安排 parts."""
    carried: int = 0
    """Passages of this year's 存在的不足 and 主要安排 carried over word for word from last year's report
    (lawreport diff's flagged passages)."""
    carried_chars: int = 0
    """Their characters."""


class Deadline(NamedTuple):
    """Whether the report was signed and published in time."""

    status: str
    """``on-time``, ``late``, ``early`` (the 成文日期 is before the year ended) or ``unknown`` (no date anywhere)."""
    limit: str
    """The 报送 deadline that applies (ISO date), by issuer type and year; "" before 2015 (none set)."""
    date: str
    """成文日期 used (ISO), or ""."""
    date_source: str
    """``document`` (the 落款), ``page`` (the web page's 成文日期) or ""."""
    published: str
    """发布日期 from the web page (ISO), or ""."""
    problems: tuple[str, ...]
    """Each missed deadline, in Chinese."""


class FileAudit(NamedTuple):
    """One received file: what it is, what it contains, and what is wrong with it."""

    path: str
    readable: bool
    reason: str
    """Why the file could not be read ("" when readable)."""
    unit: str
    issuer_type: str
    """``department``, ``government`` or "" (unreadable)."""
    title: str
    year: int | None
    parts: tuple[str, ...]
    """Keys of the required structure's parts found, in the file's order."""
    missing: tuple[str, ...]
    """Required parts not found."""
    in_order: bool
    signature: str
    date_text: str
    """The 成文日期 as written below the 落款 ("" if none)."""
    deadline: Deadline
    counts: tuple[GroupCount, ...]
    findings: tuple[FindingRow, ...]
    previous: Previous | None
    unit_of_line: str = "行"
    """How ``FindingRow.line`` counts: "行" (text lines) or "段" (Word paragraphs)."""
    page_meta: tuple[tuple[str, str], ...] = ()
    layout: str = ""
    """``statutory`` (the parts of the rules), ``thematic`` (the author's own themes as 一、 headings),
    ``excerpt`` (no title: part of a report), or "" (unreadable)."""
    annotated: str = ""
    """The copy of a Word file with its findings as comments (``--annotate``), or ""."""
    not_report: str = ""
    """What a readable file that is not a 法治政府建设年度报告 looks like (“会议通知”, “新闻” …, see
    lawreport.received.genre), or "" for a report: such a row has no parts missing, no deadline
    checked, no comparison with last year, and its text is not compared with other units'."""

    @property
    def errors(self) -> int:
        """Errors over all groups."""
        return sum(c.errors for c in self.counts)

    @property
    def warnings(self) -> int:
        """Warnings over all groups."""
        return sum(c.warnings for c in self.counts)


class Place(NamedTuple):
    """Where a passage stands in one unit's report."""

    file: str
    unit: str
    part: str
    """The part's title as written (or "" before the first part)."""
    line: int
    unit_of_line: str
    date: str = ""
    """The report's 成文日期 (ISO), when known: the earlier report is the likelier source."""


class SharedPassage(NamedTuple):
    """Text two units' reports of the same year share beyond the boilerplate every unit quotes."""

    year: int
    first: Place
    second: Place
    text: str
    """The shared text (whitespace removed), runs joined by "……"."""
    chars: int
    """Shared characters outside the boilerplate stoplist."""


class AuditResult(NamedTuple):
    """Everything one ``lawreport audit`` run found."""

    files: Collection[FileAudit]
    """One row per file, in file order: read back from the run's store (:mod:`.spool`), or a tuple."""
    shared: tuple[SharedPassage, ...]
    missing_units: tuple[str, ...]
    """Roster units with no report (empty without --roster)."""
    roster: bool
    previous: bool
    stoplist: int
    """How many shingles were taken as boilerplate."""
    year: int | None
    internal: tuple[tuple[str, str], ...] = ()
    """(path, message) of each file on which lawreport had a bug, the message naming the crash
    log (also the reason of its row): the run ends with exit code 3."""
    same_unit: Mapping[str, tuple[Other, ...]] = {}  # shared default, never mutated
    """Path → the other files of the same unit and year (lawreport.audit.sameunit), for files that have any."""
