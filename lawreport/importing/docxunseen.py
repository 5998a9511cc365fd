"""Text in a received Word file that its reader does not see, and the notes that say so.

A report's reader sees neither hidden text (``w:vanish``, set on the run, its character or
paragraph style, or the document defaults), nor white text on a white page, nor text below
2 pt, nor the grey prompt of an unfilled content control ("单击或点击此处输入文字",
``w:showingPlcHdr``). None of it is imported, and each kind is counted, by paragraph, for a note.
"""

from __future__ import annotations

from lawreport.importing.lines import Received
from lawreport.model import Span
from lawreport.ooxml.styles import Props, is_on
from lawreport.ooxml.values import int_attr

HIDDEN, WHITE, TINY, PLACEHOLDER = "hidden", "white", "tiny", "placeholder"
MIN_VISIBLE_HALF_POINTS = 4
"""``w:sz`` counts half-points: text below 2 pt cannot be read on a printed or displayed page."""
_WHITE_VALUES = frozenset(("ffffff", "white"))
_WHITE_THEME = frozenset(("background1", "light1"))
_PLAIN_FILL = frozenset(("", "auto", "ffffff", "white", "none"))
_MESSAGES = {
    HIDDEN: ("含隐藏文字", "隐藏文字未导入；如需公开，请在 Word/WPS 中取消隐藏后重新导入"),
    WHITE: ("含白色文字（白底上看不见）", "未导入；如需公开，请在 Word/WPS 中把字体颜色改为黑色后重新导入"),
    TINY: ("含极小字号（小于 2 磅，看不清）的文字", "未导入；如需公开，请在 Word/WPS 中改为正常字号后重新导入"),
    PLACEHOLDER: ("含内容控件中未填写的占位提示文字（如“单击或点击此处输入文字”）", "未导入；请在 Word/WPS 中填写或删除这些控件"),
}

_KINDS = {HIDDEN: "隐藏文字", WHITE: "白色文字", TINY: "极小字号的文字", PLACEHOLDER: "内容控件的占位提示"}


def shaded(props: Props) -> bool:
    """Whether a run or paragraph has a coloured background (shading or highlight)."""
    fill = props.get("shd/fill", "").lower()
    highlight = props.get("highlight/val", "").lower()
    return fill not in _PLAIN_FILL or highlight not in _PLAIN_FILL


def _white(rpr: Props) -> bool:
    theme = rpr.get("color/themeColor", "").lower()
    if theme:
        return theme in _WHITE_THEME
    return rpr.get("color/val", "").lower() in _WHITE_VALUES


def unseen(rpr: Props, paragraph_shaded: bool, placeholder: bool) -> str | None:
    """Why a run with the effective properties ``rpr`` is not seen (HIDDEN, WHITE…), or None."""
    if placeholder:
        return PLACEHOLDER
    if is_on(rpr, "vanish") or is_on(rpr, "specVanish"):
        return HIDDEN
    size = int_attr(rpr.get("sz/val"), 0, 10**4)
    if size is not None and size < MIN_VISIBLE_HALF_POINTS:
        return TINY
    if _white(rpr) and not paragraph_shaded and not shaded(rpr):
        return WHITE
    return None


class Unseen:
    """Characters left out, by kind and paragraph number."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[int, int]] = {}

    def add(self, kind: str, paragraph: int, characters: int) -> None:
        """Count ``characters`` of ``kind`` left out of paragraph ``paragraph``."""
        by_paragraph = self.counts.setdefault(kind, {})
        by_paragraph[paragraph] = by_paragraph.get(paragraph, 0) + characters

    def described(self) -> list[str]:
        """What kinds of unseen text there are, in words."""
        return [_KINDS[kind] for kind in _MESSAGES if self.counts.get(kind)]

    def report(self, received: Received) -> None:
        """One note per kind: how many characters, in which paragraphs (the first 20)."""
        for kind, (what, done) in _MESSAGES.items():
            by_paragraph = self.counts.get(kind)
            if not by_paragraph:
                continue
            numbers = list(by_paragraph)
            where = "、".join(str(n) for n in numbers[:20]) + ("等" if len(numbers) > 20 else "")
            total = sum(by_paragraph.values())
            received.note(f"{what}（共 {total} 字，在第 {where} 段），{done}", Span(received.path, numbers[0], 1))
