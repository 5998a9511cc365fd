"""The same unit's previous report: similarity and plans not followed up (lawreport diff's reading)."""

from __future__ import annotations

from pathlib import Path

from lawreport.audit.records import PlanItem, Previous
from lawreport.model import Report


def compare_previous(old: Report, new: Report, old_path: Path) -> Previous:
    """How much of ``new`` repeats ``old``, which of ``old``'s plans ``new``'s measures do not carry out,
    and which they may (the two lists lawreport diff gives, in the plans' order)."""
    from lawreport.diff.compare import compare

    result = compare(old, new)
    unfollowed = tuple(PlanItem(f.label, f.title, f.score) for f in result.unfollowed)
    possibly = tuple(PlanItem(f.label, f.title, f.score) for f in result.uncertain)
    return Previous(str(old_path), old.year, round(result.similarity, 4), len(result.followups), unfollowed, possibly)
