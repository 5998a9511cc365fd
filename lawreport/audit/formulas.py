"""National formulas every report may quote (lawreport/data/formulas.txt), as boilerplate shingles.

The stoplist the audit learns (lawreport.audit.copying) needs a phrase in four units' reports at
least: an audit of three units, or two of thirty that quote the same slogan (“深刻领悟“两个确立”的
决定性意义”), would take the slogan for a passage copied from one unit to the other. Every shingle
overlapping one of these formulas therefore gets the hash :data:`FORMULA`, which every year's
stoplist holds: the formula counts neither for the index nor for the check.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

FORMULA = np.uint64(0)
"""The hash of every shingle that overlaps a formula (a real shingle's hash is 0 with chance 2⁻⁶⁴)."""


def _pattern() -> re.Pattern[str]:
    text = (Path(__file__).resolve().parents[1] / "data" / "formulas.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{line})" for line in lines))


_FORMULAS = _pattern()


def mask_formulas(text: str, hashes: np.ndarray, shingle: int) -> np.ndarray:
    """``hashes`` (of each ``shingle``-character window of the normalised ``text``) with every window
    that overlaps a formula set to :data:`FORMULA`."""
    spans = [match.span() for match in _FORMULAS.finditer(text) if match.end() > match.start()]
    if not spans:
        return hashes
    masked = hashes.copy()
    for start, end in spans:
        masked[max(start - shingle + 1, 0):end] = FORMULA
    return masked
