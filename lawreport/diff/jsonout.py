"""ReportDiff → JSON (schema ``lawreport-diff``, version :data:`SCHEMA_VERSION`).

Written field by field rather than with ``dataclasses.asdict`` so that renaming a Python
attribute can never silently change the published schema (docs/diff.md describes it; a test
pins its keys).
"""

from __future__ import annotations

import json
from typing import Any

from lawreport.diff.notes import combined_note
from lawreport.diff.result import (
    ADDED,
    CHANGED,
    REMOVED,
    SCHEMA_VERSION,
    UNCHANGED,
    Combined,
    CopiedPassage,
    FollowUp,
    Location,
    PartDiff,
    ReportDiff,
    SectionDiff,
    SectionRef,
    Segment,
    Side,
    UnitDiff,
)
from lawreport.diff.units import units_warning

SCHEMA_NAME = "lawreport-diff"


def _ratio(value: float) -> float:
    return round(value, 4)


def _segments(segments: tuple[Segment, ...]) -> list[dict[str, str]]:
    return [{"op": s.op, "text": s.text} for s in segments]


def _unit(unit: UnitDiff) -> dict[str, Any]:
    return {"kind": unit.kind, "status": unit.status, "old_index": unit.old_index, "new_index": unit.new_index,
            "similarity": _ratio(unit.similarity), "segments": _segments(unit.segments), "table": unit.table,
            "cells": [_segments(cell) for cell in unit.cells]}


def _ref(ref: SectionRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"label": ref.label, "title": ref.title, "path": list(ref.path), "level": ref.level, "runin": ref.runin}


def _section(section: SectionDiff) -> dict[str, Any]:
    return {"status": section.status, "renamed": section.renamed, "moved": section.moved, "level": section.level,
            "old": _ref(section.old), "new": _ref(section.new), "similarity": _ratio(section.similarity),
            "title_segments": _segments(section.title_segments), "units": [_unit(u) for u in section.units]}


def _part(part: PartDiff) -> dict[str, Any]:
    return {"key": part.key, "label": part.label, "status": part.status, "old_title": part.old_title,
            "new_title": part.new_title, "similarity": _ratio(part.similarity), "old_chars": part.old_chars,
            "new_chars": part.new_chars, "equal_chars": part.equal_chars, "copied_chars": part.copied_chars,
            "copied_passages": part.copied_passages,
            "units": [_unit(u) for u in part.units], "sections": [_section(s) for s in part.sections]}


def _location(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {"part": location.part, "path": list(location.path), "label": location.label}


def _copied(passage: CopiedPassage) -> dict[str, Any]:
    return {"new": _location(passage.new), "old": _location(passage.old), "text": passage.text,
            "length": len(passage.text), "unit": passage.unit, "offset": passage.offset,
            "whole_paragraph": passage.whole_paragraph, "flagged": passage.flagged,
            "counts_as": passage.counts_as or passage.new.part}


def _combined(item: Combined) -> dict[str, Any]:
    return {"side": item.side, "year": item.year, "key": item.key, "label": item.label, "title": item.title,
            "parts": list(item.parts), "divided": item.divided, "starts": list(item.starts),
            "note": combined_note(item)}


def _followup(item: FollowUp) -> dict[str, Any]:
    return {"label": item.label, "title": item.title, "text": item.text, "score": item.score,
            "verdict": item.verdict, "followed": item.followed, "match": _location(item.match),
            "excerpt": item.excerpt, "terms": list(item.terms),
            "evidence": [{"location": _location(e.location), "sentence": e.sentence,
                          "terms": [list(span) for span in e.terms]} for e in item.evidence]}


def _side(side: Side) -> dict[str, Any]:
    return {"year": side.year, "name": side.name, "title": side.title, "issuer": side.issuer}


def summary(diff: ReportDiff) -> dict[str, Any]:
    """Counts a reader (or a CI job) usually wants first."""
    sections = [s for p in diff.parts for s in p.sections]
    return {
        "changed": diff.changed,
        "similarity": _ratio(diff.similarity),
        "sections": {
            UNCHANGED: sum(s.status == UNCHANGED for s in sections),
            CHANGED: sum(s.status == CHANGED for s in sections),
            ADDED: sum(s.status == ADDED for s in sections),
            REMOVED: sum(s.status == REMOVED for s in sections),
            "renamed": sum(s.renamed for s in sections),
            "moved": sum(s.moved for s in sections),
        },
        "copied_passages": len(diff.copied),
        "copied_chars": sum(len(c.text) for c in diff.copied),
        "copied_flagged": sum(c.flagged for c in diff.copied),
        "plans": len(diff.followups),
        "plans_unfollowed": len(diff.unfollowed),
        "plans_uncertain": len(diff.uncertain),
    }


def to_data(diff: ReportDiff) -> dict[str, Any]:
    """The JSON document as Python values."""
    return {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "old": _side(diff.old),
        "new": _side(diff.new),
        "options": {"min_copy": diff.options.min_copy, "threshold": diff.options.threshold,
                    "followed": diff.options.followed},
        "summary": summary(diff),
        "parts": [_part(p) for p in diff.parts],
        "copied": [_copied(c) for c in diff.copied],
        "followups": [_followup(f) for f in diff.followups],
        "combined": [_combined(c) for c in diff.combined],
        "different_units": diff.different_units,
        "units_warning": units_warning(diff.old.issuer, diff.new.issuer) if diff.different_units else "",
    }


def render_json(diff: ReportDiff) -> str:
    """The diff as pretty-printed UTF-8 JSON (Chinese kept readable), ending in a newline."""
    return json.dumps(to_data(diff), ensure_ascii=False, indent=2) + "\n"
