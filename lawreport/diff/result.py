"""The result of comparing two reports: frozen values that every output format reads.

The JSON form of these values (``lawreport.diff.jsonout``) is a stable, versioned schema,
documented in docs/diff.md; bump :data:`SCHEMA_VERSION` for any incompatible change.

They are named tuples: immutable values.
"""

from __future__ import annotations

from typing import NamedTuple

SCHEMA_VERSION = 3

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

UNCHANGED = "unchanged"
CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"

MEASURES = "measures"
PLANS = "plans"
"""The parts the follow-up reads: last year's plans against this year's measures."""
FLAGGED_PARTS = ("shortcomings", PLANS)
"""Parts where text carried over from last year is a warning sign (不足 and 安排 copied)."""


class Segment(NamedTuple):
    """A run of text that is equal on both sides, only in the new year, or only in the old."""

    op: str
    """``equal``, ``insert`` or ``delete``."""
    text: str


class UnitDiff(NamedTuple):
    """One paragraph or table row, aligned between the two years."""

    status: str
    """``unchanged``, ``changed``, ``added`` or ``removed``."""
    kind: str
    """``paragraph`` or ``row``."""
    old_index: int | None
    """Position among the old section's units (0-based), or None when added."""
    new_index: int | None
    segments: tuple[Segment, ...]
    similarity: float
    cells: tuple[tuple[Segment, ...], ...] = ()
    """A row's cells, each diffed on its own (``segments`` is them joined by `` | ``)."""
    table: int = -1
    """Which table of the new section (or, for a removed row, the old one) the row belongs to."""

    @property
    def old_text(self) -> str:
        """The old year's text."""
        return "".join(s.text for s in self.segments if s.op != INSERT)

    @property
    def new_text(self) -> str:
        """The new year's text."""
        return "".join(s.text for s in self.segments if s.op != DELETE)


class SectionRef(NamedTuple):
    """Where a section stands in one year's report."""

    label: str
    """Its number as the compiler prints it, e.g. ``（二）``."""
    title: str
    path: tuple[str, ...]
    """Titles from the top section of the part down to this one."""
    level: int
    runin: bool = False
    """Printed at the start of its first paragraph (a heading ending in 。)."""
    index: int = -1
    """Position among all sections of its part, in document order (not in the JSON)."""


class SectionDiff(NamedTuple):
    """A heading and its own text, aligned between the two years."""

    status: str
    """``unchanged``, ``changed`` (title or text), ``added`` or ``removed``."""
    renamed: bool
    """Matched by similarity although its title changed."""
    moved: bool
    """Its position among its siblings (or its parent) changed."""
    old: SectionRef | None
    new: SectionRef | None
    title_segments: tuple[Segment, ...]
    similarity: float
    """Character similarity of title and text, 0–1."""
    units: tuple[UnitDiff, ...]

    @property
    def level(self) -> int:
        """Heading level (2 = （一）, 3 = 1., 4 = （1））."""
        ref = self.new or self.old
        assert ref is not None
        return ref.level


class PartDiff(NamedTuple):
    """One part (by key), aligned between the two years."""

    key: str
    status: str
    label: str
    old_title: str | None
    new_title: str | None
    similarity: float
    old_chars: int
    new_chars: int
    equal_chars: int
    copied_chars: int
    """Characters of the new part inside passages carried over verbatim."""
    copied_passages: int
    """How many such passages the new part holds."""
    units: tuple[UnitDiff, ...]
    """Text before the first heading."""
    sections: tuple[SectionDiff, ...]
    """New order; a removed section follows the section that preceded it last year."""
    old_label: str = ""
    """The part's number in the old report ("" when it has none): ``label`` is the new report's,
    and a part moves (“二、存在的不足” last year is “四、存在的问题” this year)."""


class Location(NamedTuple):
    """A place in one year's report: part key and section path (empty: before any heading)."""

    part: str
    path: tuple[str, ...]
    label: str
    """The section's number (``（二）``), or the part's (``一、``)."""


class CopiedPassage(NamedTuple):
    """Text of the new year found verbatim in the old year's report."""

    new: Location
    old: Location
    text: str
    unit: int
    """Index of the paragraph (or row) among the units of ``new``'s section (or part)."""
    offset: int
    """Where ``text`` starts in that paragraph."""
    whole_paragraph: bool
    """The whole paragraph (or table row) is copied."""
    flagged: bool
    """In 存在的不足 or 主要安排: likely copied without rethinking."""
    counts_as: str = ""
    """The part the text is: ``new.part``, or under a divided title over several parts
    (“存在的问题和下一步打算”) the part of its share."""


FOLLOWED = "followed"
POSSIBLY = "possibly"
NOT_SEEN = "not_seen"
VERDICTS = {FOLLOWED: "已落实", POSSIBLY: "可能落实", NOT_SEEN: "未见落实"}
"""The grades of a plan's follow-up, and how they are printed."""


class Evidence(NamedTuple):
    """A sentence of this year's measures that carries out (part of) a plan."""

    location: Location
    sentence: str
    terms: tuple[tuple[int, int], ...]
    """Spans of ``sentence`` (start, end) that are whole words standing in the plan too."""


class FollowUp(NamedTuple):
    """One item of last year's plans and where this year's measures carry it out."""

    label: str
    title: str
    text: str
    """The plan item's heading and text, as matched."""
    score: float
    """Weighted share of the plan's content words found in the best match, 0–1."""
    followed: bool
    """``verdict == "followed"``."""
    match: Location | None
    excerpt: str
    """The best-matching paragraph (or section) of this year's measures (empty if none)."""
    terms: tuple[str, ...]
    """Shared terms of the evidence (whole words), longest first."""
    verdict: str = "not_seen"
    """``followed`` (已落实), ``possibly`` (可能落实) or ``not_seen`` (未见落实)."""
    evidence: tuple[Evidence, ...] = ()
    """The sentences of the match that share most with the plan, in their order."""


class Combined(NamedTuple):
    """A part title of one of the two reports that names several required parts
    (“三、存在的问题和下一步打算”), and whether its text could be told apart."""

    side: str
    """``old`` or ``new``."""
    year: int
    key: str
    """The key the part was matched to (the part it is shown as)."""
    label: str
    """The part's number, ``三、``."""
    title: str
    parts: tuple[str, ...]
    """The keys of the parts it names, in the title's order."""
    names: tuple[str, ...]
    """Their short names (“存在的不足和原因”, “主要安排”), as S001 names them."""
    starts: tuple[str, ...]
    """For each of ``parts``, where its text begins (“（二）下一步打算”, “下一步，我镇将……”; "" for the
    first when nothing names it); empty when the text does not tell them apart."""

    @property
    def divided(self) -> bool:
        """Whether the reader told the parts apart (each part's text is checked as that part)."""
        return bool(self.starts)


class Side(NamedTuple):
    """One of the two reports compared."""

    year: int
    name: str
    """How the user named it: ``2022``, ``2023@HEAD~3``."""
    title: str
    issuer: str
    """The unit whose report it is (for a received file, as the received-report reader finds it), or ""."""


class DiffOptions(NamedTuple):
    """Settings that shape the result (recorded in it, so that the output is self-explaining)."""

    min_copy: int = 20
    """Shortest carried-over passage reported, in characters."""
    threshold: float = 0.15
    """Follow-up score below which a plan counts as not visibly carried out (未见落实)."""
    followed: float = 0.27
    """Follow-up score from which a plan counts as carried out (已落实); between the two: 可能落实.

    Both defaults are calibrated on labelled plans (tests/diff/calibration.py; docs/diff.md)."""


class ReportDiff(NamedTuple):
    """Everything ``lawreport diff`` reports."""

    old: Side
    new: Side
    options: DiffOptions
    similarity: float
    parts: tuple[PartDiff, ...]
    copied: tuple[CopiedPassage, ...]
    followups: tuple[FollowUp, ...]
    combined: tuple[Combined, ...] = ()
    """The part titles of either report over several parts, across years (where they matter)."""

    @property
    def across_years(self) -> bool:
        """Whether two different years are compared (not two versions of one year's draft).

        Carried-over passages and plan follow-up only mean something across years.
        """
        return self.old.year != self.new.year

    @property
    def different_units(self) -> bool:
        """Whether the two reports are different units' (both units known, and neither name the
        other's written shorter: 青山区 and 青岚市青山区人民政府 are one unit). Comparing two units'
        reports is usually a mistake (the wrong file), so every output says so at the top."""
        from lawreport.diff.units import different_units

        return different_units(self.old.issuer, self.new.issuer)

    @property
    def changed(self) -> bool:
        """Whether anything differs (text, titles, order or parts)."""
        return any(p.status != UNCHANGED or any(s.moved for s in p.sections) for p in self.parts)

    @property
    def unfollowed(self) -> tuple[FollowUp, ...]:
        """Last year's plans with no visible follow-up (未见落实)."""
        return tuple(f for f in self.followups if f.verdict == NOT_SEEN)

    @property
    def uncertain(self) -> tuple[FollowUp, ...]:
        """Last year's plans that may have been carried out (可能落实): a person should look."""
        return tuple(f for f in self.followups if f.verdict == POSSIBLY)
