"""Text in a received Word file that its reader does not see, and the notes that say so.

A report's reader sees neither hidden text (``w:vanish``, set on the run, its character or
paragraph style, or the document defaults), nor text in (nearly) the colour of its background —
white or FEFEFE on the page, yellow on a yellow fill or highlight, black on solid black
shading —, nor text below 2 pt or squeezed below a fifth of its width (``w:w``), nor the grey prompt of an unfilled content control
("单击或点击此处输入文字", ``w:showingPlcHdr``). None of it is imported, and each kind is counted,
by paragraph, for a note. Colours are compared by their contrast ratio (WCAG's relative
luminance): light grey on white (D9D9D9, 1.4:1) is faint but seen; below ``MIN_CONTRAST`` it is not.
"""

from __future__ import annotations

import re

from lawreport.importing.lines import Received
from lawreport.model import Span
from lawreport.ooxml.styles import Props, is_on
from lawreport.ooxml.values import int_attr

HIDDEN, WHITE, BACKGROUND, TINY, PLACEHOLDER = "hidden", "white", "background", "tiny", "placeholder"
MIN_CONTRAST = 1.2
"""Contrast ratio below which text cannot be told from its background (F2F2F2 on white is 1.12)."""
MIN_VISIBLE_HALF_POINTS = 4
"""``w:sz`` counts half-points: text below 2 pt cannot be read on a printed or displayed page."""
MIN_VISIBLE_SCALE = 20
"""``w:w``, the character width in percent (1–600): below a fifth, characters run into a line."""
_WHITE_THEME = frozenset(("background1", "light1"))
_PLAIN_FILL = frozenset(("", "auto", "ffffff", "white", "none"))
_HIGHLIGHTS = {"black": "000000", "blue": "0000ff", "cyan": "00ffff", "green": "00ff00", "magenta": "ff00ff",
               "red": "ff0000", "yellow": "ffff00", "white": "ffffff", "darkblue": "000080", "darkcyan": "008080",
               "darkgreen": "008000", "darkmagenta": "800080", "darkred": "800000", "darkyellow": "808000",
               "darkgray": "808080", "lightgray": "c0c0c0"}
"""``w:highlight`` names and their colours."""
_RGB = re.compile(r"[0-9a-f]{6}")
_MESSAGES = {
    HIDDEN: ("含隐藏文字", "隐藏文字未导入；如需公开，请在 Word/WPS 中取消隐藏后重新导入"),
    WHITE: ("含白色文字（白底上看不见）", "未导入；如需公开，请在 Word/WPS 中把字体颜色改为黑色后重新导入"),
    BACKGROUND: ("含与底色相同颜色的文字（看不见）", "未导入；如需公开，请在 Word/WPS 中修改字体颜色或底纹后重新导入"),
    TINY: ("含极小字号（小于 2 磅）或极窄（缩放不到 20%）的文字，看不清", "未导入；如需公开，请在 Word/WPS 中改为正常字号和 100% 缩放后重新导入"),
    PLACEHOLDER: ("含内容控件中未填写的占位提示文字（如“单击或点击此处输入文字”）", "未导入；请在 Word/WPS 中填写或删除这些控件"),
}

_KINDS = {HIDDEN: "隐藏文字", WHITE: "白色文字", BACKGROUND: "与底色同色的文字", TINY: "极小或极窄的文字",
          PLACEHOLDER: "内容控件的占位提示"}


def shaded(props: Props) -> bool:
    """Whether a run or paragraph has a coloured background (shading or highlight)."""
    fill = props.get("shd/fill", "").lower()
    highlight = props.get("highlight/val", "").lower()
    return fill not in _PLAIN_FILL or highlight not in _PLAIN_FILL


def _text_colour(rpr: Props) -> str | None:
    """The run's text colour as six hex digits, or None (automatic, or a theme colour other than white)."""
    theme = rpr.get("color/themeColor", "").lower()
    if theme:
        return "ffffff" if theme in _WHITE_THEME else None
    value = rpr.get("color/val", "").lower()
    return "ffffff" if value == "white" else value if _RGB.fullmatch(value) else None


def _background(rpr: Props, paragraph_shaded: bool) -> str | None:
    """The colour behind the run as six hex digits: its shading (a solid pattern shows the pattern
    colour), else its highlight, else the white page; None when unknown (a shaded paragraph)."""
    pattern, colour = rpr.get("shd/val", "").lower(), rpr.get("shd/color", "").lower()
    if pattern == "solid" and colour not in ("", "auto"):
        return colour if _RGB.fullmatch(colour) else None
    fill = rpr.get("shd/fill", "").lower()
    if fill not in _PLAIN_FILL:
        return fill if _RGB.fullmatch(fill) else None
    highlight = rpr.get("highlight/val", "").lower()
    if highlight not in _PLAIN_FILL:
        return _HIGHLIGHTS.get(highlight)
    return None if paragraph_shaded else "ffffff"


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def unseen(rpr: Props, paragraph_shaded: bool, placeholder: bool) -> str | None:
    """Why a run with the effective properties ``rpr`` is not seen (HIDDEN, WHITE…), or None."""
    if placeholder:
        return PLACEHOLDER
    if is_on(rpr, "vanish") or is_on(rpr, "specVanish"):
        return HIDDEN
    size = int_attr(rpr.get("sz/val"), 0, 10**4)
    scale = int_attr(rpr.get("w/val"), 1, 600)
    if (size is not None and size < MIN_VISIBLE_HALF_POINTS) or (scale is not None and scale < MIN_VISIBLE_SCALE):
        return TINY
    colour, background = _text_colour(rpr), _background(rpr, paragraph_shaded)
    if colour is not None and background is not None and _contrast(colour, background) < MIN_CONTRAST:
        return WHITE if background == "ffffff" else BACKGROUND
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
