"""Reading a received PDF report: the text a PDF viewer would let you copy, in paragraphs.

Offices publish their reports as PDF (Word's or WPS's "另存为 PDF", a web page printed to PDF),
and supervising offices receive them that way. A PDF has no paragraphs, only glyphs placed on
pages; :mod:`pdflayout` rebuilds lines and paragraphs from where the text stands. This module
opens the file and takes the text out, within limits, because every received file is untrusted:

- pypdf (BSD licence, actively maintained) parses the file. Unlike pdfminer, it bounds what a
  compressed stream may expand to (75 MB by default, its documented security limits), so a
  one-megabyte "PDF bomb" is refused instead of taking gigabytes of memory;
- lawreport bounds the rest: at most ``MAX_PAGES`` pages, and what their text extraction parses
  (contents, forms, character maps) by :mod:`pdfbudget`, since pypdf parses in Python at about a
  second per megabyte;
- a PDF that opens only with a password, a scan (pages of images, no text but a page number:
  :mod:`pdfscan`), one whose pages have nothing but their header and footer, and text whose font
  has no character map (glyphs that decode to nothing readable) are each refused with the reason
  and what to ask the unit for; scanned pages among pages of text are named in a note.

Positions count paragraphs, as for a Word document (``第 N 段``); the page each paragraph begins on
is kept beside them (``Received.pages``), so that findings can also say the page a PDF viewer shows.
"""

from __future__ import annotations

import io
import logging
import math
import re
import unicodedata
import warnings
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadWarning, PyPdfError

from lawreport.cjk import CJK_CLASS, is_han
from lawreport.errors import SourceError
from lawreport.importing.lines import Received, simple_line
from lawreport.importing.pdfbudget import MAX_DOCUMENT, MAX_STREAM, TooLarge, page_size
from lawreport.importing.pdflayout import Chunk, LayoutTooComplex, Page, body_lines, paragraphs
from lawreport.importing.pdfscan import draws_image, no_body, scan_note, scanned
from lawreport.importing.textables import find_tables

logging.getLogger("pypdf").addHandler(logging.NullHandler())  # its warnings are not the user's messages
_RADICALS = dict(zip("\u2e9c\u2e9d\u2e9f\u2ea0\u2ec4\u2ec5\u2ec6\u2ec9\u2ecb\u2ed1\u2ed3\u2ed4\u2ed8\u2ed9\u2eda"
                     "\u2edb\u2edc\u2edd\u2ee2\u2ee3\u2ee4\u2ee5\u2ee6\u2ee7\u2ee8\u2ee9\u2eea\u2eec\u2eee\u2ef0\u2ef3",
                     "日月母民西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟", strict=True))
"""The radicals of U+2E80–U+2EFF that stand for a whole character (CJK RADICAL CIVILIAN is 民,
C-SIMPLIFIED SEE is 见, …: Unicode's EquivalentUnifiedIdeograph data); NFKC leaves them unchanged."""
_LAYOUT_SPACE = re.compile(f"(?<=[{CJK_CLASS}])[ \u00a0\u3000]+|(?<![ \u00a0\u3000])[ \u00a0\u3000]+(?=[{CJK_CLASS}])")
"""Spaces beside a Chinese character (see _clean); the second form is tried only where a run starts,
so that a long run of spaces between Latin letters is not searched again from each of its spaces."""
MAX_PAGES = 300
_BROKEN = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, ZeroDivisionError,
           OverflowError, OSError, AssertionError)
"""What pypdf raises besides its own errors on a malformed file (it reads leniently, ``strict=False``)."""
_ASK = "请向报送单位索要 Word 文档（.docx），或用 Word/WPS“另存为 PDF”得到的、文字可以复制的 PDF。"


def _damaged(path: Path, where: str = "") -> SourceError:
    return SourceError(f"PDF 文件{where}已损坏或格式不规范，无法读取", path,
                       hint="文件可能下载或复制不完整，请重新获取；" + _ASK)


def _too_large(path: Path, exc: LimitReachedError) -> SourceError:
    """pypdf's refusal of what goes over one of its limits: a stream that expands past 75 MB, or a
    structure no writer makes (a number of over 64 digits, arrays nested hundreds deep, a loop of objects)."""
    if "decompressing" in str(exc):
        return SourceError("PDF 中有解压后异常膨胀的内容（超过 75 MB），不像一份文字报告，没有读取", path, hint=_ASK)
    return SourceError("PDF 中有超出读取上限的结构（过长的数字、过深的嵌套或循环引用的对象等），不像 Word/WPS 生成的文件，没有读取",
                       path, hint="文件可能被改动或损坏；" + _ASK)


def _open(data: bytes, path: Path) -> Any:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError
        _ = len(reader.pages)  # the page tree is read here: a broken one fails now
    except FileNotDecryptedError:
        raise SourceError("PDF 设有打开密码，无法读取", path, hint=_ASK) from None
    except LimitReachedError as exc:
        raise _too_large(path, exc) from None
    except DependencyError:  # AES needs the cryptography package, which pdfminer (a dependency) brings
        raise SourceError("PDF 用 AES 加密，读取需要 cryptography 库", path,
                          hint="请运行 pip install cryptography 后再试。") from None
    except (PyPdfError, *_BROKEN):
        raise _damaged(path) from None
    return reader


def _page_chunks(page: Any, number: int, path: Path, budget: list[int]) -> Page:
    """One page's pieces of text with their places, in the order the page draws them."""
    try:
        budget[0] -= page_size(page)
    except TooLarge as exc:
        raise SourceError(f"PDF 第 {number} 页中有一段内容过大（解压后 {exc.size // 1024} KB，上限 {MAX_STREAM // 1024} KB），"
                          "不像文字报告的一页，没有读取", path, hint=_ASK) from None
    if budget[0] < 0:
        raise SourceError(f"PDF 到第 {number} 页为止要解析的内容已超过上限（{MAX_DOCUMENT // (1024 * 1024)} MB），"
                          "不像一份文字报告，没有读取", path, hint=_ASK)
    chunks: list[Chunk] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        vertical = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        size = abs(font_size * vertical) or 1.0
        if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(size)):
            return  # drawn through a matrix that overflows (inf, NaN): no place on the page shows it
        for index, piece in enumerate(text.split("\n")):  # pypdf joins what it read as lines by \n
            if piece.strip():
                chunks.append(Chunk(x if index == 0 else None, y, size, piece))

    page.extract_text(visitor_text=visit)
    box = page.mediabox
    return Page(number, float(box.width), float(box.height), tuple(chunks), draws_image(page.get("/Resources")))


def _readable(text: str) -> float:
    """The share of non-space characters that are Chinese characters, ASCII or ordinary punctuation."""
    total = good = 0
    for char in text:
        if char.isspace():
            continue
        total += 1
        if is_han(char) or (char.isascii() and char.isprintable()) or "\u3000" <= char <= "\u303f" \
                or "\uff01" <= char <= "\uff5e" or char in "“”‘’…—":
            good += 1
    return good / total if total else 0.0


def _clean(text: str) -> tuple[str, int]:
    """A paragraph's text with what the PDF's fonts, not the author, put in it undone, and how many
    characters were radicals.

    - A font may map a character's glyph to the radical that looks the same (⼈ U+2F08 for 人,
      ⺠ U+2EA0 for 民): browsers' and some converters' PDFs do this for dozens of common
      characters. Kangxi radicals fold by NFKC; the simplified radicals of the supplement, which
      have no fold, by ``_RADICALS``.
    - U+2015 (horizontal bar) is how such fonts give the dash — (U+2014).
    - Spaces beside a Chinese character or mark are gaps a justified line put between glyphs
      (GB/T 9704 text has none); they are taken out, so that no rule reports the layout's spaces.
    """
    radicals = 0
    out = []
    for char in text:
        if "\u2f00" <= char <= "\u2fd5" or char in _RADICALS:
            radicals += 1
            char = _RADICALS.get(char) or unicodedata.normalize("NFKC", char)
        out.append("\u2014" if char == "\u2015" else char)
    return _LAYOUT_SPACE.sub("", "".join(out)), radicals


def read_pdf(path: Path, data: bytes) -> Received:
    """Read a received PDF into paragraphs numbered from the start of the document."""
    with warnings.catch_warnings():  # pypdf warns of every irregularity it reads past; the refusals say what matters
        warnings.simplefilter("ignore", PdfReadWarning)
        return _read(path, data)


def _read(path: Path, data: bytes) -> Received:
    reader = _open(data, path)
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise SourceError(f"PDF 有 {count} 页，超过上限 {MAX_PAGES} 页，不像一份年度报告，没有读取", path,
                          hint="请确认选对了文件（一份年度报告通常不超过几十页）。")
    budget = [MAX_DOCUMENT]
    pages: list[Page] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            pages.append(_page_chunks(page, number, path, budget))
    except LimitReachedError as exc:
        raise _too_large(path, exc) from None
    except (PyPdfError, *_BROKEN):
        raise _damaged(path, f"第 {len(pages) + 1} 页") from None
    try:
        lines = body_lines(pages)
        laid_out = paragraphs(lines)
    except LayoutTooComplex as exc:
        raise SourceError(f"PDF 第 {exc.page} 页的文字排布异常（字号相差数千倍的文字叠在一起），不像文字报告的一页，没有读取",
                          path, hint=_ASK) from None
    cleaned = [(text, count, paragraph.page) for paragraph in laid_out
               for text, count in (_clean(paragraph.text),) if text]
    texts = [text for text, _, _ in cleaned]
    radicals = sum(count for _, count, _ in cleaned)
    if not count:
        raise _damaged(path)
    scans = scanned(pages, {line.page for line in lines})
    if not texts:
        raise no_body(path, pages, scans, _ASK)
    joined = "".join(texts)
    if _readable(joined) < 0.8 or not any(is_han(char) for char in joined):
        raise SourceError("PDF 中的文字无法还原（字体没有字符对照表，提取出来是乱码），无法检查", path, hint=_ASK)
    received = Received(path, [], unit="段")
    received.pages = tuple(page for _, _, page in cleaned)
    received.lines = find_tables([simple_line(text, path, number, 1) for number, text in enumerate(texts, 1)],
                                 received)
    received.note(f"从 PDF 的 {count} 页中按版面还原出 {len(texts)} 段文字；段落的分合以版面推断，请对照原件核对")
    if scans:
        received.note(scan_note(scans))
    if radicals:
        first = next(number for number, (_, count, _) in enumerate(cleaned, 1) if count)
        received.radicals = (radicals, first)
        received.note(f"PDF 的字体把 {radicals} 个汉字编成了形状相同的部首字符（如“⼈”“⺠”），已按正常汉字读取；"
                      "从这份 PDF 复制或检索文字会得到这些字符，公开前宜用 Word/WPS 重新“另存为 PDF”")
    return received
