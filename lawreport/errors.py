"""Errors that reach the user as a Chinese message, never as a traceback.

Exit codes (``ExitCode``): 0 ok, 1 problems found in the sources, 2 could not run or refused,
3 internal error (a bug: details go to a log file).
"""

from __future__ import annotations

import enum
import os
from pathlib import Path


class ExitCode(enum.IntEnum):
    """Process exit statuses shared by every command."""

    OK = 0
    PROBLEMS = 1
    REFUSED = 2
    INTERNAL = 3


def display_path(path: Path) -> str:
    """``path`` relative to the current folder when it is below it (shorter messages).

    The last component is not resolved: a symbolic link is named where it stands, not by
    its target (the target is what the message refuses to read). Bytes of the name that are not
    UTF-8 are shown as ``\\xNN`` (:func:`lawreport.text.controls.escape_undecodable`), and control,
    bidi and zero-width characters as ``<U+001B>`` (:func:`lawreport.cjk.visible`): a file name of a
    workspace someone sent may hold a terminal escape or a line break that forges a message.
    """
    from lawreport.cjk import visible
    from lawreport.text.controls import escape_undecodable

    try:
        absolute = Path(os.path.abspath(path))
        shown = str((absolute.parent.resolve() / absolute.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        shown = str(path)
    return visible(escape_undecodable(shown))


def _visible_lines(text: str) -> str:
    """``text`` with each line's invisible characters shown as ``<U+…>`` (its line breaks kept)."""
    if text.isprintable():
        return text
    from lawreport.cjk import visible

    return "\n".join(visible(line) for line in text.split("\n"))


class LawreportError(Exception):
    """A failure caused by the user's files or arguments, reported as ``path:line:col: message``."""

    exit_code: ExitCode = ExitCode.REFUSED

    def __init__(
        self,
        message: str,
        path: Path | str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        from lawreport.text.controls import escape_undecodable

        # A message or hint that quotes a file name holds the name's bytes that are not UTF-8 as
        # lone surrogates, which no output can encode: they are shown as \xNN, as in display_path.
        # A quoted name or text may hold a terminal escape or a bidi override: shown as <U+…>.
        message = _visible_lines(escape_undecodable(message))
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = _visible_lines(escape_undecodable(hint)) if hint is not None else None

    def location(self) -> str:
        """``path:line:col`` (as much of it as is known), or an empty string."""
        if self.path is None:
            return ""
        parts = [display_path(self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def render(self) -> str:
        """The full message as printed on stderr."""
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            text += f"\n  提示：{self.hint}"
        return text

    def __str__(self) -> str:
        return self.render()


class SourceError(LawreportError):
    """A defect in the report's sources (Markdown, YAML): exit 1."""

    exit_code = ExitCode.PROBLEMS


class UsageError(LawreportError):
    """The command cannot run as asked (missing year, bad option, refused overwrite): exit 2."""

    exit_code = ExitCode.REFUSED


class SourceErrors(LawreportError):
    """Several source errors found at once, reported together (mkdocs-style validation)."""

    exit_code = ExitCode.PROBLEMS

    def __init__(self, errors: list[LawreportError]) -> None:
        super().__init__("\n".join(e.render() for e in errors))
        self.errors = errors

    def render(self) -> str:
        """All messages, one per line, with a count."""
        lines = [e.render() for e in self.errors]
        lines.append(f"共 {len(self.errors)} 处错误，请修改后重试。")
        return "\n".join(lines)
