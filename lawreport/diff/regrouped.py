"""Measures written under the author's own themes in one year and under 主要举措和成效 in the other.

Parts are aligned by key, so a thematic report's themes (parts of their own, each matched to no
statutory part) stand as parts added against last year's 主要举措和成效 removed, or the other way
round: a unit that carried its measures over word for word under new theme headings (“一、坚持复议为民，
……”) would share nothing with last year there, and the report's similarity would hide the copy. For
the report's similarity the measures of the two years are therefore compared as one text each: the
headings and paragraphs of the one year's parts against the other's, in order. The parts are still
shown as written (removed and added).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from lawreport.diff.align import align_units
from lawreport.diff.canonical import FlatPart
from lawreport.diff.result import MEASURES
from lawreport.diff.textdiff import equal_chars, text_diff


def _texts(parts: Sequence[FlatPart]) -> list[str]:
    """The headings and paragraphs of ``parts`` as the part diff counts them (not the part titles)."""
    texts: list[str] = []
    for part in parts:
        texts.extend(unit.text for unit in part.units)
        for section in part.sections:
            texts.append(section.title)
            texts.extend(unit.text for unit in section.units)
    return texts


def regrouped_equal(old: Sequence[FlatPart], new: Sequence[FlatPart], old_themes: Collection[str],
                    new_themes: Collection[str]) -> int:
    """Characters the measures of the two years share when only one year has them as its own part:
    the measures and themes one year has and the other lacks, compared as one text each (0 when a
    side has none of them)."""
    old_keys = {part.key for part in old}
    new_keys = {part.key for part in new}
    before = [part for part in old if part.key in {MEASURES, *old_themes} - new_keys and not part.shares]
    after = [part for part in new if part.key in {MEASURES, *new_themes} - old_keys and not part.shares]
    if not before or not after:
        return 0
    old_texts, new_texts = _texts(before), _texts(after)
    return sum(equal_chars(text_diff(old_texts[i], new_texts[j]))
               for i, j in align_units(old_texts, new_texts) if i is not None and j is not None)
