"""What the pattern rules share: running a regular expression over every text unit, and reading
the phrasing data files (``pattern<TAB>suggestion<TAB>reason`` lines)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from lawreport.cjk import HAN_CLASS
from lawreport.lint.base import Document, Finding, matched
from lawreport.lint.search import holding
from lawreport.lint.text import TextUnit, units

Message = Callable[[re.Match[str], TextUnit], str | None]
HAN = r"\p{Han}"
"""How a phrasing data file writes "one Chinese character" (see :func:`phrasings`)."""


def scan(doc: Document, pattern: re.Pattern[str], message: Message, kinds: tuple[str, ...] = (),
         needs: Sequence[str] = ()) -> Iterator[Finding]:
    """A finding at every match of ``pattern`` for which ``message`` returns a message.

    ``needs``: strings (or characters) of which every match holds one; a unit without any is not
    scanned (a substring test is far cheaper than the pattern's scan), nor a document without any."""
    for unit in _holding(doc, needs):
        if kinds and unit.kind not in kinds:
            continue
        for match in pattern.finditer(unit.text):
            text = message(match, unit)
            if text is not None:
                yield Finding(unit.span_at(match.start()), text, length=matched(unit.span_at, *match.span()))


class Phrasing(NamedTuple):
    """One entry of a phrasing data file."""

    pattern: re.Pattern[str]
    suggestion: str
    """The replacement (may use the pattern's groups: \\1)."""
    reason: str


@functools.cache
def phrasings(name: str) -> tuple[Phrasing, ...]:
    """The entries of ``lawreport/data/<name>`` (``#`` comments and blank lines skipped).

    In a pattern, ``\\p{Han}`` stands for one Chinese character as :mod:`lawreport.cjk` defines
    it (``[HAN_CLASS]``), so that the data files share the project's one definition. Python's
    ``re`` refuses ``\\p``: a pattern the substitution missed fails to compile instead of
    matching something else."""
    text = (Path(__file__).resolve().parents[2] / "data" / name).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, suggestion, reason = (line.split("\t") + ["", ""])[:3]
        entries.append(Phrasing(re.compile(pattern.replace(HAN, f"[{HAN_CLASS}]")), suggestion, reason))
    return tuple(entries)


def _holding(doc: Document, needs: Sequence[str]) -> Sequence[TextUnit]:
    """The units holding one of ``needs`` (all of them without ``needs``)."""
    return holding(doc, needs) if needs else units(doc)


def phrasing_findings(doc: Document, name: str, needs: Sequence[str] = ()) -> Iterator[Finding]:
    """A finding at every wrong phrasing listed in ``name``, with its correct form; ``needs`` as
    for ``scan``, for every entry of the file."""
    entries = phrasings(name)
    for unit in _holding(doc, needs):
        for entry in entries:
            for match in entry.pattern.finditer(unit.text):
                right = match.expand(entry.suggestion)
                yield Finding(unit.span_at(match.start()),
                              f"“{match.group()}”应写作“{right}”" + (f"：{entry.reason}" if entry.reason else ""),
                              length=matched(unit.span_at, *match.span()))
