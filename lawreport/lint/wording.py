"""The reader's refusals in the words of the command the user ran: lint (and the audit) check a
received report, they do not import it.

The Word and text readers are shared by ``lawreport import``, ``lint``, ``audit`` and ``diff``, and
their messages say what a failed *import* means (“无法直接导入”, “另存为……后再导入”). Reported
as an S000 finding those words are wrong: the user ran lint and will run lint again. The phrases
are replaced here, in the one place read errors become findings, rather than in every reader.

The tracked-changes refusal (“文档含修订痕迹……”) is left as written: its remedy
(``--accept-changes``) is worded by that refusal itself.
"""

from __future__ import annotations

_KEEP = ("修订痕迹",)
"""Messages left as written (see the module)."""

_PHRASES = (
    ("导入时也可以用 --year 指定，例如 lawreport import", "检查时也可以用 --year 指定，例如 lawreport lint"),
    ("导入时可以用 --year 指定，例如 lawreport import", "检查时可以用 --year 指定，例如 lawreport lint"),
    ("存为 .txt 导入", "存为 .txt 检查"),
    ("没有可导入的内容", "没有可检查的内容"),
    ("无法直接导入", "无法直接检查"),
    ("无法导入", "无法读取"),
    ("拒绝导入", "拒绝读取"),
    ("没有导入", "没有读取"),
    ("重新导入", "重新检查"),
    ("再导入", "再检查"),
)
"""Import wording → checking wording, longest phrases first."""


def for_checking(message: str) -> str:
    """``message``, a reader's refusal written for ``lawreport import``, worded for a check."""
    if any(keep in message for keep in _KEEP):
        return message
    for phrase, checking in _PHRASES:
        message = message.replace(phrase, checking)
    return message
