"""Characters that change how text shows instead of showing: bidirectional controls, terminal
escapes and control characters, and text with them removed. :func:`is_invisible` is the one
definition of a character that shows no glyph of its own, shared by lint's messages
(``lawreport.cjk.visible``), the outputs a person reads as plain text (:func:`printable`), the
messages that name a link's target, and the report's file name.

Text from received files may carry them: a unit name written “青岚县\u202e局法司\u202c” shows as
青岚县司法局, an escape sequence recolours a terminal. Outputs a person reads as plain text (the
canonical text of ``textconv``, the audit's tables, the HTML redline) leave them out; lint names
them (T rules) so that the author can remove them from the source.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
"""The Unicode categories without a glyph of their own: control characters (the terminal's
escapes among them), format characters (the bidi controls, zero-width spaces and joiners, the
BOM, the soft hyphen), lone surrogates, and the line and paragraph separators U+2028, U+2029.

Not among them: private-use characters (Co), which a font may draw and into which GB18030 text
decodes real characters (ḿ, 龴 …), and unassigned code points (Cn), which may be characters
newer than Python's Unicode data (ideographs of Extension H and later among them)."""

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""The marks (ALM, LRM, RLM), embeddings, overrides and isolates of Unicode's bidirectional algorithm."""
ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
"""CSI and OSC sequences (7- and 8-bit) and other escapes; each part is bounded, so matching is linear."""


def is_invisible(char: str) -> bool:
    """Whether ``char`` shows no glyph of its own (see :data:`INVISIBLE_CATEGORIES`)."""
    return unicodedata.category(char) in INVISIBLE_CATEGORIES


def printable(line: str) -> str:
    """``line`` without escape sequences or invisible characters (controls, bidi controls, zero-width
    characters: :func:`is_invisible`); a tab becomes a space."""
    line = ESCAPES.sub("", line).replace("\t", " ")
    if line.isprintable():
        return line
    return "".join(char for char in line if not is_invisible(char))
