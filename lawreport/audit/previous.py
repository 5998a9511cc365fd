"""The same unit's previous report: similarity and plans not followed up (lawreport diff's reading).

Last year's plans are read as diff reads them, also under a title over several parts
(“三、存在的问题和下一步打算”) that the reader divided; where it could not, the row says so."""

from __future__ import annotations

from pathlib import Path

from lawreport.audit.records import PlanItem, Previous
from lawreport.diff.result import FLAGGED_PARTS, PLANS, ReportDiff
from lawreport.model import Report


def compare_previous(old: Report, new: Report, old_path: Path) -> Previous:
    """How much of ``new`` repeats ``old``, which of ``old``'s plans ``new``'s measures do not carry out,
    and which they may (the two lists lawreport diff gives, in the plans' order)."""
    from lawreport.diff.compare import compare
    from lawreport.diff.notes import combined_note, undivided_plans

    result = compare(old, new)
    unfollowed = tuple(PlanItem(f.label, f.title, f.score) for f in result.unfollowed)
    possibly = tuple(PlanItem(f.label, f.title, f.score) for f in result.uncertain)
    # last year's plans under a title over two parts that could not be divided: say so, as diff does
    note = "".join(combined_note(item) for item in undivided_plans(result.combined))
    carried = [passage for passage in result.copied if passage.flagged]
    return Previous(str(old_path), old.year, round(result.similarity, 4), len(result.followups), unfollowed, possibly,
                    note, _similarity(result, FLAGGED_PARTS[0]), _similarity(result, PLANS), len(carried),
                    sum(len(passage.text) for passage in carried))


def _similarity(result: ReportDiff, key: str) -> float | None:
    """The similarity of part ``key`` of the two years (None when either lacks the part)."""
    for part in result.parts:
        if part.key == key and part.old_title is not None and part.new_title is not None:
            return round(part.similarity, 4)
    return None
