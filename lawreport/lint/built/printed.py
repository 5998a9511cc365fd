"""排版后的页面不符合 GB/T 9704（D005 docx-printed）。

作用：用 LibreOffice 把 lawreport build 生成的 DOCX 排版为 PDF（与 build --format pdf 相同），
逐页检查读者看到的结果：文字在版心之内（上 37 mm、下 35 mm、左 28 mm、右 26 mm，各 ±1 mm；
句末标点可悬挂在右边距内一字）；每页不超过 22 行，行距 28–29.5 磅；满行 28 字；落款（署名和
成文日期）在同一页，且这一页还有正文，不会只剩署名或只剩日期（GB/T 9704 7.3.5 “调整行距、字距”
而不是单独成页）；署名和成文日期的右空字数（署名右空二字，日期首字比署名首字右移二字）；每页
都有“— 页码 —”，单页居右、双页居左，各空一字；DOCX 中的每个字都排了出来（LibreOffice 7.4 会漏排两端对齐的行末悬挂的“。”，如果后面紧接数字）。
没有安装 LibreOffice 时只给出提示，不作检查。
原因：GB/T 9704-2012 5.2、7.3.5、7.5（domain.md §2）。D001–D004 检查的是 DOCX 中写的数值，
落款是否单独成页、字体回退后每行多少字，只有排版之后才看得出来。
修复：不自动修复。落款单独成页时，请删减或调整最后几段正文，或在 Word 中微调行距、字距后
另存；排版后少了字时，请在 Word/WPS 中打开 DOCX 另存为 PDF；其他问题请检查模板
（templates/reference.docx）后重新构建。
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lawreport.cjk import em_width
from lawreport.errors import LawreportError
from lawreport.lint.base import Finding, Rule, Severity
from lawreport.lint.built import signature
from lawreport.lint.built.page import CHARS, LINES

if TYPE_CHECKING:
    from lawreport.lint.built.package import BuiltDocx, BuiltParagraph
    from lawreport.lint.built.pdfread import PrintedLine, PrintedPage

POINTS_PER_MM = 72 / 25.4
TOP, BOTTOM, LEFT, RIGHT = 37.0, 35.0, 28.0, 26.0
TOLERANCE = 1.0 * POINTS_PER_MM
BODY_SIZE, NUMBER_SIZE = 16.0, 14.0
PITCH_RANGE = (28.0, 29.5)
_HANGING = "，。、；：？！”’）》」』"


class Frame:
    """The type area of a page, in PDF points (origin at the bottom left)."""

    def __init__(self, page: PrintedPage) -> None:
        self.top = page.height - TOP * POINTS_PER_MM
        self.bottom = BOTTOM * POINTS_PER_MM
        self.left = LEFT * POINTS_PER_MM
        self.right = page.width - RIGHT * POINTS_PER_MM

    def holds(self, line: PrintedLine) -> bool:
        """Whether the line is text of the page (not the footer below the type area)."""
        return line.baseline > self.bottom - TOLERANCE


def _plain(text: str) -> str:
    return "".join(text.split())


def _margins(page: PrintedPage, frame: Frame, body: list[PrintedLine]) -> Iterator[str]:
    if not body:
        return
    if min(line.left for line in body) < frame.left - TOLERANCE:
        yield f"第 {page.number} 页有文字超出左边距（订口 {LEFT:g} mm）"
    hang = BODY_SIZE + TOLERANCE
    wide = [line for line in body if line.right > frame.right + (hang if line.text[-1] in _HANGING else TOLERANCE)]
    if wide:
        yield f"第 {page.number} 页有文字超出右边距（{RIGHT:g} mm）：“{wide[0].text[-12:]}”"
    first = body[0]
    if first.baseline + first.size * 0.8 > frame.top + TOLERANCE:
        yield f"第 {page.number} 页的文字超出天头（上边距 {TOP:g} mm）"
    if body[-1].baseline < frame.bottom - TOLERANCE:
        yield f"第 {page.number} 页的文字超出下边距（{BOTTOM:g} mm）"


def _grid(page: PrintedPage, body: list[PrintedLine], last: bool) -> Iterator[str]:
    # the 22 lines are lines of 3号 text: a table's 4号 cells, centred in rows of unequal height,
    # stand on more baselines than the grid has lines
    text = [line for line in body if abs(line.size - BODY_SIZE) < 0.5]
    if len(text) > LINES:
        yield f"第 {page.number} 页排了 {len(text)} 行正文，超过每页 {LINES} 行"
    gaps = [a.baseline - b.baseline for a, b in zip(text, text[1:], strict=False)]
    gaps = [gap for gap in gaps if gap < PITCH_RANGE[1] * 1.5]  # a blank line or a heading gap is not a pitch
    if not last and len(gaps) >= 5:
        import statistics  # here: only a built PDF's pages need it, not every lint of the sources

        pitch = statistics.median(gaps)
        if not PITCH_RANGE[0] - 0.2 <= pitch <= PITCH_RANGE[1] + 0.2:
            yield f"第 {page.number} 页的行距为 {pitch:.1f} 磅，每页 {LINES} 行应为 {PITCH_RANGE[0]:g}–{PITCH_RANGE[1]:g} 磅"


def _characters(pages: list[PrintedPage]) -> Iterator[str]:
    """Full lines (flush with both margins) of body text hold 28 characters."""
    counts = []
    for page in pages:
        frame = Frame(page)
        for line in page.lines:
            full = abs(line.left - frame.left) < 2 and abs(line.right - frame.right) < BODY_SIZE / 2
            if full and abs(line.size - BODY_SIZE) < 0.5 and line.text.isascii() is False:
                text = line.text[:-1] if line.text[-1] in _HANGING and line.right > frame.right + 2 else line.text
                counts.append(round(em_width(text)))
    if len(counts) >= 5:
        import statistics

        common = statistics.mode(counts)
        if common != CHARS:
            yield f"满行排了 {common} 字，每行应为 {CHARS} 字（请检查正文字号、字距和字体）"


def _find(pages: list[PrintedPage], wanted: str, before: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """(page index, line index) of the last line reading ``wanted`` (before ``before``)."""
    wanted = _plain(wanted)
    for p in range(len(pages) - 1, -1, -1):
        lines = pages[p].lines
        for i in range(len(lines) - 1, -1, -1):
            if before is not None and (p, i) >= before:
                continue
            if wanted and _plain(lines[i].text) == wanted:
                return p, i
    return None


def _closing(built: BuiltDocx, pages: list[PrintedPage]) -> Iterator[tuple[str, BuiltParagraph]]:
    """The 落款: on one page, with body text above it on that page, ending 2 characters from the margin."""
    signed, dated = signature.find_closing(built)
    if signed is None:
        return
    last_line = signed.text.split("\n")[-1]
    date_at = _find(pages, dated.text) if dated is not None else None
    sig_at = _find(pages, last_line, date_at)
    if sig_at is None or (dated is not None and date_at is None):
        return
    if date_at is not None and sig_at[0] != date_at[0]:
        yield (f"署名在第 {sig_at[0] + 1} 页，成文日期单独排在第 {date_at[0] + 1} 页：落款应与正文最后几行在同一页", dated)
    page = pages[sig_at[0]]
    frame = Frame(page)
    closing = {_plain(t) for t in (*signed.text.split("\n"), dated.text if dated is not None else "")}
    others = [line for line in page.lines if frame.holds(line) and _plain(line.text) not in closing]
    if not others:
        yield f"第 {page.number} 页只有落款，没有正文：应调整前面的行距或字距，使落款与正文最后几行同页", signed
    if dated is None:
        return
    # Both lines are set flush right, so their right gaps do not depend on the font: the date's first
    # character lands 2 characters right of the 署名's when its digits are half a character wide, as in
    # 仿宋_GB2312 (a stand-in font's wider digits move it left, docs/fonts.md), not when a gap is wrong.
    wants = signature.expected(last_line.strip(), dated.text.strip())
    if date_at is None:
        return
    for (at, want), what, paragraph in (((sig_at, wants[0]), "署名", signed), ((date_at, wants[1]), "成文日期", dated)):
        line = pages[at[0]].lines[at[1]]
        actual = (Frame(pages[at[0]]).right - line.right) / BODY_SIZE
        if abs(actual - want) > 0.6:
            yield f"{what}排在右空约 {actual:.1f} 字处，应右空 {want:g} 字", paragraph


def _page_numbers(page: PrintedPage, frame: Frame) -> Iterator[str]:
    footer = [line for line in page.lines if not frame.holds(line)]
    expected = f"—{page.number}—"
    number = next((line for line in footer if _plain(line.text) == expected), None)
    if number is None:
        shown = "、".join(f"“{line.text}”" for line in footer) or "没有"
        yield f"第 {page.number} 页的页码应为“— {page.number} —”（版心下方），实际为 {shown}"
        return
    inset = NUMBER_SIZE
    if page.number % 2:
        if abs(frame.right - number.right - inset) > NUMBER_SIZE * 0.6:
            yield f"第 {page.number} 页（单页）的页码应居右空一字"
    elif abs(number.left - frame.left - inset) > NUMBER_SIZE * 0.6:
        yield f"第 {page.number} 页（双页）的页码应居左空一字"


def check(built: BuiltDocx, options: None) -> Iterator[Finding]:
    from lawreport.lint.built.pdfread import libreoffice_available, print_docx

    where = built.span(None)
    if not libreoffice_available():
        yield Finding(where, "没有安装 LibreOffice，未检查排版后的页面（安装后重新运行 lawreport lint --built；"
                             "见 lawreport doctor）", severity=Severity.INFO)
        return
    try:
        pages = print_docx(built.path)
    except LawreportError as exc:  # LibreOffice failed or timed out: the other D rules still report
        yield Finding(where, f"无法用 LibreOffice 排版检查页面：{exc.message}", severity=Severity.WARNING)
        return
    for number, page in enumerate(pages):
        frame = Frame(page)
        body = [line for line in page.lines if frame.holds(line)]
        for message in (*_margins(page, frame, body), *_grid(page, body, number == len(pages) - 1),
                        *_page_numbers(page, frame)):
            yield Finding(where, message)
    for message in _characters(pages):
        yield Finding(where, message)
    for message, paragraph in _closing(built, pages):
        yield Finding(built.span(paragraph), message)
    yield from _missing(built, pages)


def _missing(built: BuiltDocx, pages: list[PrintedPage]) -> Iterator[Finding]:
    """Characters of the DOCX's text that the pages leave out (:mod:`printedtext`)."""
    from lawreport.lint.built.printedtext import missing_in_print

    body = [(line.text, page.number) for page in pages for line in page.lines if Frame(page).holds(line)]
    for missing in missing_in_print([paragraph.text for paragraph in built.paragraphs], body):
        paragraph = built.paragraphs[missing.paragraph] if missing.paragraph is not None else None
        yield Finding(built.span(paragraph), f"排版后的页面少了{missing.describe()}：{MISSING_ADVICE}")


MISSING_ADVICE = ("DOCX 中的文字是完整的，是 LibreOffice 没有排出这些字符（如两端对齐的行末悬挂的句号后面紧接数字时）；"
                  "请在 Word/WPS 中打开 DOCX 另存为 PDF，或改动这一句使它不落在行末")
"""What to do about characters the print left out (build --format pdf says the same)."""


RULE = Rule(
    code="D005",
    name="docx-printed",
    summary="排版后的页面：版心、每页 22 行 28 字、落款不单独成页、页码",
    check=check,
    doc=__doc__ or "",
    example_kind="docx",
    target="built",
    bad=('word/document.xml:w:left="1588"=>w:left="600"',
         'word/footer1.xml:<w:t xml:space="preserve">— </w:t>=><w:t xml:space="preserve">第 </w:t>'),
    good=("",),
)
