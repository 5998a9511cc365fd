"""A progress line on a terminal: ``label 3/10``, rewritten in place; nothing in CI or through a pipe."""

from __future__ import annotations

import os
import sys


class Progress:
    """``label 3/10`` rewritten in place on a terminal's stderr; silent when not a terminal,
    in CI (``CI`` set), without a label, or for a single item."""

    def __init__(self, label: str | None, total: int, stream: object = None) -> None:
        self.label = label or ""
        self.total = total
        self.done = 0
        self.shown = ""
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(label) and bool(isatty and isatty()) and total > 1 and not os.environ.get("CI")

    def step(self) -> None:
        """One more item finished."""
        self.done += 1
        if self.enabled:
            self.shown = f"{self.label} {self.done}/{self.total}"
            self.stream.write("\r" + self.shown)  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]

    def close(self) -> None:
        """Clear the progress line."""
        if self.enabled and self.shown:
            from lawreport.cjk import display_width

            self.stream.write("\r" + " " * display_width(self.shown) + "\r")  # type: ignore[attr-defined]
            self.stream.flush()  # type: ignore[attr-defined]
