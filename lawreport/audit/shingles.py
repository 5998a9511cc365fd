"""A report's text as chunks of sentences, each with the hashes of its character shingles.

A shingle is ``SHINGLE`` consecutive characters of the text with all whitespace removed and
NFKC applied (so that full- and half-width forms, and line breaks inside a sentence, do not
matter); each chunk also keeps its sentences as written, so that what two units share is quoted
as they wrote it (:func:`as_written`). Its hash is a 64-bit polynomial over the code points, computed for every position at
once with numpy; the same text gives the same hashes in every process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from lawreport.audit.formulas import mask_formulas
from lawreport.model import Paragraph, Report

SHINGLE = 5
"""Characters per shingle: five Chinese characters are specific enough that two units rarely
share one by chance, short enough that a changed name breaks few of them."""
MIN_CHUNK = 24
"""Sentences shorter than this (characters) are joined to the next one."""
_BASE = np.uint64(0x100000001B3)
_MIX = np.uint64(0xFF51AFD7ED558CCD)
SENTENCE_ENDS = "。｡︒!！﹗︕?？﹖︖;；﹔︔\u037e‼⁇⁈⁉"
"""The characters a sentence ends with, as written: those whose NFKC form contains 。, !, ? or ;
(tests/audit/test_audit_shingles.py checks the list against every code point)."""
_SENTENCE_END = re.compile(f"(?<=[{SENTENCE_ENDS}])")
_SPACE = re.compile(r"\s+")


class Chunk(NamedTuple):
    """One or more sentences of a paragraph, with where they stand."""

    part: str
    """The part's title as written ("" for the preamble)."""
    line: int
    """Line (text) or paragraph number (Word) of the paragraph."""
    text: str
    """Normalised text: NFKC, no whitespace."""
    hashes: np.ndarray
    """uint64 hash of the shingle starting at each position of ``text``."""
    quote: str
    """The same sentences as written in the report."""


def normalise(text: str) -> str:
    """NFKC, without whitespace."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def shingle_hashes(text: str) -> np.ndarray:
    """The hash of each ``SHINGLE``-character window of ``text`` (empty if shorter)."""
    count = len(text) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    value = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        value = value * _BASE + codes[offset:offset + count]
    value ^= value >> np.uint64(33)
    value *= _MIX
    value ^= value >> np.uint64(29)
    return value


def _sentences(text: str) -> Iterator[tuple[str, str]]:
    """The paragraph's sentences, normalised and as written; a sentence shorter than MIN_CHUNK
    is joined to the next."""
    pending = written = ""
    for piece in _SENTENCE_END.split(text):
        pending += normalise(piece)
        written += piece
        if len(pending) >= MIN_CHUNK:
            yield pending, written.strip()
            pending = written = ""
    if pending:
        yield pending, written.strip()


def _clusters(text: str) -> Iterator[tuple[int, int]]:
    """Where each character and the combining marks after it are (“e” and U+0301): NFKC may compose
    them into one (“é”), so they are normalised together."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


def as_written(chunk: Chunk, start: int, end: int) -> str:
    """The characters ``start:end`` of the chunk's normalised text, as the report wrote them."""
    first: list[int] = []  # for each normalised character, where its cluster starts and ends in the quote
    last: list[int] = []
    normalised = []
    for left, right in _clusters(chunk.quote):
        form = normalise(chunk.quote[left:right])
        first.extend([left] * len(form))
        last.extend([right] * len(form))
        normalised.append(form)
    if "".join(normalised) != chunk.text or not 0 <= start < end <= len(first):
        return chunk.text[start:end]  # a sequence whose NFKC is not that of its clusters one by one
    return chunk.quote[first[start]:last[end - 1]]


def _paragraphs(report: Report) -> Iterator[tuple[str, Paragraph]]:
    for paragraph in report.meta.preamble:
        yield "", paragraph
    for part in report.parts:
        for block in part.blocks:
            if isinstance(block, Paragraph):
                yield part.title, block
        for section in part.walk():
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    yield part.title, block


def chunks(report: Report) -> list[Chunk]:
    """Every chunk of the report's body text, in document order (chunks too short for a shingle left out)."""
    found = []
    for part, paragraph in _paragraphs(report):
        for sentence, written in _sentences(paragraph.text):
            hashes = mask_formulas(sentence, shingle_hashes(sentence), SHINGLE)  # national slogans are no one's
            if len(hashes):
                found.append(Chunk(part, paragraph.span.line, sentence, hashes, written))
    return found
