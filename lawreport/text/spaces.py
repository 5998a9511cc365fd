"""The spaces of Chinese official text: two sets, each named for what it is used for.

A writer types the ASCII space, the tab and the full-width ideographic space U+3000 (the
Chinese input method's space key); these are :data:`MARKER_SPACE`. Text received from other
offices also carries characters that look like nothing at the edges of a line: the no-break
space U+00A0 that Word puts in indents, the byte-order mark U+FEFF that a file saved again
leaves at the start of a line, and the zero-width space U+200B of text copied from web pages.
Import strips all of them at the edges of a line (:data:`EDGE_SPACE`); inside the text they
are kept, and lint names them (T005 invisible-chars).
"""

from __future__ import annotations

MARKER_SPACE = " \t\u3000"
"""The spaces that may follow a heading marker (一、 标题) as part of the marker (``Marker.space``).
Only what a writer types: a no-break or zero-width space after a marker is not taken for the
marker's space but stays in the title, where lint names it as the character it is (T005
invisible-chars) instead of H006 marker-space calling it a space."""

EDGE_SPACE = MARKER_SPACE + "\u00a0\ufeff\u200b"
"""What import strips at the start and end of a received line or paragraph (.txt, .md, .docx)."""
