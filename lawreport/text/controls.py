"""Characters that change how text shows instead of showing: bidirectional controls, terminal
escapes and control characters, and text with them removed (:func:`printable`, by
the one definition of a character without a glyph: :func:`lawreport.cjk.is_invisible`).

Text from received files may carry them: a unit name written “青岚县\u202e局法司\u202c” shows as
青岚县司法局, an escape sequence recolours a terminal. Outputs a person reads as plain text (the
canonical text of ``textconv``, the audit's tables, the HTML redline) leave them out; lint names
them (T rules) so that the author can remove them from the source.
"""

from __future__ import annotations

import re

from lawreport.cjk import is_invisible

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""The marks (ALM, LRM, RLM), embeddings, overrides and isolates of Unicode's bidirectional algorithm."""
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
"""CSI and OSC sequences (7- and 8-bit) and other escapes; each part is bounded, so matching is linear."""


def escape_undecodable(text: str) -> str:
    """``text`` (a file name) with the bytes the file system holds that are not UTF-8 shown as
    ``\\xNN``: Python reads them into lone surrogates (U+DC80–U+DCFF), which no output can encode
    (the audit's JSON and lint's SARIF stopped with an internal error) and which :func:`printable`
    would drop, naming another file (“\\xff\\xfe.txt” shown as “.txt”)."""
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte (only a Windows name can hold one)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def printable(line: str) -> str:
    """``line`` without escape sequences or invisible characters (controls, bidi controls, zero-width
    characters: :func:`lawreport.cjk.is_invisible`); a tab becomes a space."""
    line = ESCAPES.sub("", line).replace("\t", " ")
    if line.isprintable():
        return line
    return "".join(char for char in line if not is_invisible(char))
