"""The bad-input catalogue (docs: ../shared/reliability.md) as data: one ``Case`` per row.

Each case starts from a copy of the example workspace that has already been built once,
writes (or deletes) some files, runs one command, and states what must come out: the exit
code, fragments of the message, and the ``file:line`` it must name. ``test_catalogue.py``
checks every case against the common guarantees (no traceback, sources untouched, previous
outputs intact on failure). Adding a row is adding one ``Case(...)`` below.

File contents: ``str`` is written as UTF-8, ``bytes`` as is, ``None`` deletes the file, and a
callable gets the workspace root and returns the bytes (hostile Word files made from the
example's built .docx, see ``hostile.py``).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import hostile_import as hi
import hostile_templates as ht
import pytest
from hostile import (
    author,
    built_docx,
    doctype,
    external,
    footnote,
    gbk_text,
    hidden,
    laughs,
    macro,
    ole2,
    strict,
    table_at_end,
    textbox,
    tracked,
    truncated,
    zip_bomb,
    zip_slip,
)
from reltools import hold_lock

Y = "sections/2023/"
META = Y + "report.yaml"
PART = Y + "measures.md"
# sections/2023/ + 249 characters = 263 > 260, within Linux's 255-byte limit on one name
LONG = Y + "长" * 3 + "a" * 243 + ".md"

# A minimal valid report.yaml; cases that break one line keep the others.
GOOD_META = "issuer: 示例县教育局\nissuer_type: department\naddressee: 示例县人民政府\ndate: \"2024-02-22\"\n"
GOOD_PART = "# 加强组织领导\n\n局党组把法治政府建设纳入全局年度重点工作。\n"
H = "# 标题\n\n"
RECEIVED_REPORT = "青岚县司法局2025年度法治政府建设情况报告\n2025年，青岚县司法局坚持依法行政。\n一、主要举措和成效\n全年集中学法6次。\n"
"""A received report (invented) with its required parts missing: S001."""
REPEATED_ROW = "| 青岚县司法局 | 开展行政执法案卷评查和法律顾问进村服务工作 | 全年完成 |"
"""A table row (invented) that a hostile received file repeats (L14, L16)."""
LONG_SENTENCE = "青岚县依法行政推进法治政府建设成效明显工作扎实" * 8_000
"""184,000 characters without a sentence end: one chunk for the audit (L17), one paragraph for diff (L18)."""


STRUCTURE = (Path(__file__).resolve().parents[2] / "lawreport/data/structure.yaml").read_text("utf-8")
"""The built-in structure file, which a workspace may replace (``structure:`` in lawreport.yaml)."""
STRUCTURE_LINE = STRUCTURE.split("\n").index("  - key: measures") + 1
"""The line of the first part's key; its title is the line after it."""
OWN_STRUCTURE = {"lawreport.yaml": "structure: structure.yaml\n"}


def _structure(old: str, new: str) -> dict[str, str]:
    assert old in STRUCTURE
    return {**OWN_STRUCTURE, "structure.yaml": STRUCTURE.replace(old, new, 1)}


def _headed(count: int, seed: int, reverse: bool = False) -> str:
    """A received Markdown report (invented) of ``count`` sub-headings of random words, each over a
    sentence (L21, L22)."""
    import random

    rng = random.Random(seed)
    words = ["".join(rng.choice(LONG_SENTENCE[:23]) for _ in range(12)) for _ in range(count)]
    year = 2024 + (seed % 2 == 0)
    body = "".join(f"### {word}\n\n全年推进{word}。\n\n" for word in (words[::-1] if reverse else words))
    return (f"# 青岚县司法局{year}年法治政府建设年度报告\n\n## 一、{year}年度推进法治政府建设的主要举措和成效\n\n"
            + body)


def _paragraphs(count: int, seed: int) -> str:
    """``count`` different paragraphs (invented, random words of the phrase above), one a line (L19)."""
    import random

    rng = random.Random(seed)
    return "".join("".join(rng.choice(LONG_SENTENCE[:23]) for _ in range(40)) + "。\n" for _ in range(count))


@dataclass(frozen=True)
class Case:
    """One catalogue row: input → command → exit code → message at ``where``."""

    id: str
    what: str
    files: Mapping[str, str | bytes | Callable[[Path], bytes] | None] = field(default_factory=dict)
    exit: int = 1
    message: tuple[str, ...] = ()
    """Fragments that must all appear in stderr (in stdout for lint, whose findings are its output)."""
    where: str | None = None
    """``path:line`` (or ``path:line:col``) that must appear in stderr."""
    args: tuple[str, ...] = ("build", "2023")
    setup: Callable[[Path], None] | None = None
    """Extra preparation in the workspace (symlinks, folders)."""
    patch: Callable[[pytest.MonkeyPatch], None] | None = None
    """Fault injection (for conditions that cannot be produced on Linux as root)."""
    html_contains: tuple[str, ...] = ()
    html_absent: tuple[str, ...] = ()
    max_seconds: float | None = None
    """Time budget of a denial-of-service row: measured by benchmarks/pathological.py, never
    asserted in a test (the machine's load decides wall time, not lawreport)."""
    creates: str | None = None
    """A folder under sections/ the command may create (import); everything else must stay."""
    stdout: tuple[str, ...] = ()
    """Fragments that must appear in stdout."""
    written_absent: tuple[str, ...] = ()
    """Fragments that must not appear in any file the command wrote under ``creates``."""
    quiet: tuple[str, ...] = ()
    """Fragments that must appear nowhere in the output (files to be ignored without a word)."""
    token: str | None = None
    """The offending text (G2): the line reported at ``where`` must contain it, and a reported
    column must point at its first character."""

    def __str__(self) -> str:
        return self.id

    def apply(self, root: Path) -> None:
        """Write (or delete) this case's files in the workspace ``root`` and run its setup."""
        for relative, content in self.files.items():
            path = root / relative
            if callable(content):
                content = content(root)
            if content is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        if self.setup is not None:
            self.setup(root)


def _symlink_out(root: Path) -> None:
    secret = root.parent / "secret.md"
    secret.write_text("# 机密\n\n不应发布的内容。\n", "utf-8")
    target = root / Y / "other.md"
    target.symlink_to(secret)


def _symlink_dir_out(root: Path) -> None:
    outside = root.parent / "elsewhere"
    outside.mkdir()
    (outside / "x.md").write_text("x", "utf-8")
    (root / Y / "other.md").symlink_to(outside, target_is_directory=True)


def _link_outside(root: Path, name: str) -> None:
    """``name`` in the workspace: a link to a file of the user's outside it (which must stay)."""
    mine = root.parent / "mine.txt"
    mine.write_text("用户自己的文件", "utf-8")
    (root / name).symlink_to(mine)


def _build_linked_out(root: Path, year: str | None = None) -> None:
    """``build/`` (or ``build/<year>``) a link to a folder of the user's outside the workspace."""
    import shutil

    outside = root.parent / "www"
    outside.mkdir()
    (outside / "index.html").write_text("用户自己的网页", "utf-8")
    link = root / "build" / year if year else root / "build"
    shutil.rmtree(link)
    link.symlink_to(outside, target_is_directory=True)


def _symlink_loop(root: Path) -> None:
    (root / Y / "loop-a.md").symlink_to("loop-b.md")
    (root / Y / "loop-b.md").symlink_to("loop-a.md")


def _broken_2022(root: Path) -> None:
    (root / "sections/2022/loop-a.md").symlink_to("loop-a.md")


def _unreadable(name: str) -> Callable[[pytest.MonkeyPatch], None]:
    """Reading ``name`` is refused (as for a file of another user; the tests may run as root)."""
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == name:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    return apply


def _unlistable(folder: str) -> Callable[[pytest.MonkeyPatch], None]:
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        real = Path.iterdir

        def iterdir(self: Path):
            if self.name == folder and self.parent.name == "sections":
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "iterdir", iterdir)

    return apply


def _lock_fails(code: int) -> Callable[[pytest.MonkeyPatch], None]:
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        import filelock

        def acquire(self: object, *args: object, **kwargs: object) -> None:
            raise OSError(code, os.strerror(code), "build/2023/.lawreport.lock")

        monkeypatch.setattr(filelock.FileLock, "acquire", acquire)

    return apply


def _nfd_collision(root: Path) -> None:
    import unicodedata

    (root / Y / unicodedata.normalize("NFC", "é.md")).write_text("a", "utf-8")
    (root / Y / unicodedata.normalize("NFD", "é.md")).write_text("b", "utf-8")


def _empty_year(root: Path) -> None:
    (root / "sections/2024").mkdir()


def _replace_fails(code: int, message: str) -> Callable[[pytest.MonkeyPatch], None]:
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        from lawreport.files import atomic

        def fail(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
            raise OSError(code, message) if code != errno.EACCES else PermissionError(code, message)

        monkeypatch.setattr(atomic.os, "replace", fail)
        monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)

    return apply


def _write_fails(code: int, message: str) -> Callable[[pytest.MonkeyPatch], None]:
    def apply(monkeypatch: pytest.MonkeyPatch) -> None:
        from lawreport.files import atomic

        def fail(fd: int) -> None:
            raise OSError(code, message)

        monkeypatch.setattr(atomic.os, "fsync", fail)

    return apply


LINT = ("lint", "2023")
TPL = "templates/report.html.j2"
REF = "templates/reference.docx"


def _import(name: str = "received/报告.docx", *extra: str) -> tuple[str, ...]:
    return ("import", name, "--year", "2021", *extra)


def _alias_bomb() -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for index in range(1, 10):
        prev, cur = chr(ord("a") + index - 1), chr(ord("a") + index)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\nissuer: 示例县教育局\n"


# What Word, WPS, LibreOffice, Explorer, macOS and editors leave beside the sources.
JUNK_FILES: dict[str, str | bytes] = {
    Y + "~$报告.docx": b"\x00junk", Y + "~WRL0003.tmp": b"\x00", Y + ".~lock.报告.docx#": "lock",
    Y + ".~报告.docx": b"\x00wps", Y + "Thumbs.db": b"\x00", Y + "desktop.ini": "[.ShellClassInfo]\r\n",
    Y + ".DS_Store": b"\x00\x01", Y + "._measures.md": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ",
    Y + "报告.md~": "old", Y + ".measures.md.swp": b"b0VIM",
}
JUNK_NAMES = tuple(name.rsplit("/", 1)[1] for name in JUNK_FILES)

CASES: tuple[Case, ...] = (
    # ---- F: encodings and file contents -------------------------------------------------
    Case("F1", "GBK section", {PART: GOOD_PART.encode("gbk")}, 1,
         ("不是 UTF-8", "GBK", "lawreport fix-encoding"), PART + ":1"),
    Case("F1-yaml", "GBK report.yaml", {META: GOOD_META.encode("gbk")}, 1, ("不是 UTF-8", "fix-encoding"), META + ":1"),
    Case("F1-late", "GBK bytes on line 3 only", {PART: "# 标题\n\n".encode() + "正文。".encode("gbk")}, 1,
         ("不是 UTF-8",), PART + ":3:1"),
    Case("F2", "UTF-8 with BOM, front matter still seen", {PART: "\ufeff---\ntitle: 自定义的标题\n---\n" + GOOD_PART}, 0,
         html_contains=("自定义的标题",)),
    Case("F2-yaml", "report.yaml with BOM", {META: "\ufeff" + GOOD_META}, 0),
    Case("F3", "UTF-16 LE", {PART: "\ufeff".encode("utf-16-le") + GOOD_PART.encode("utf-16-le")}, 1,
         ("UTF-16", "UTF-8"), PART + ":1"),
    Case("F3-be", "UTF-16 BE", {META: GOOD_META.encode("utf-16")[:2][::-1] + GOOD_META.encode("utf-16-be")}, 1,
         ("UTF-16",), META + ":1"),
    Case("F4", "CRLF line endings", {PART: GOOD_PART.replace("\n", "\r\n"), META: GOOD_META.replace("\n", "\r\n")}, 0),
    Case("F4-lines", "CRLF: error line counted correctly",
         {PART: "# 一\r\n\r\n正文。\r\n\r\n#### 太深\r\n"}, 1, ("标题层级过深",), PART + ":5"),
    Case("F4-cr", "lone CR: error line counted correctly",
         {META: "issuer: 示例县教育局\rdate: 2024-02-30\r"}, 1, ("日期无效",), META + ":2"),
    Case("F5", "truncated in the middle of a character", {PART: GOOD_PART.encode()[:-2]}, 1,
         ("末尾不完整", "重新复制"), PART + ":3:21"),
    Case("F6", "empty required section", {PART: ""}, 1, ("空", "measures.md"), PART),
    Case("F6-blank", "whitespace-only required section", {PART: "  \n\n\u3000\n"}, 1, ("空",), PART),
    Case("F6-optional", "empty optional section: built, with a warning", {Y + "other.md": "\n\n"}, 0,
         ("空章节", "删除这一部分", "只有标题"), "提示：" + Y + "other.md"),
    Case("F7", "a .docx renamed to .md", {PART: b"PK\x03\x04\x14\x00\x06\x00" + bytes(40)}, 1,
         ("不是文本文件", "lawreport import"), PART + ":1"),
    Case("F7-png", "a PNG renamed to .md", {PART: b"\x89PNG\r\n\x1a\n" + bytes(20)}, 1, ("不是文本文件", "PNG"), PART),
    Case("F7-ole", "a .doc renamed to .md", {PART: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40)}, 1,
         ("不是文本文件", ".doc"), PART),
    Case("F8", "file above the 2 MB cap", {PART: "# 标题\n\n" + "很长的段落。" * 120_000}, 1,
         ("文件过大", "上限"), PART, max_seconds=5),
    Case("F8-brackets", "pathological Markdown: deep brackets", {PART: "# 标题\n\n" + "[" * 100_000 + "x" + "]" * 100_000}, 1,
         ("标记符号", "过多", "全角"), PART + ":3:10001", max_seconds=3),
    Case("F8-emphasis", "pathological Markdown: emphasis runs", {PART: "# 标题\n\n" + "*a **b " * 30_000}, 1,
         ("标记符号", "过多"), PART + ":3", max_seconds=3),
    Case("F8-star", "pathological Markdown: *a ×900k under the size cap", {PART: "# 标题\n\n" + "*a" * 900_000}, 1,
         ("标记符号", "过多"), PART + ":3:20001", max_seconds=3),
    Case("F8-backslash", "pathological Markdown: a run of backslashes", {PART: "# 标题\n\n" + "\\" * 1_800_000}, 1,
         ("标记符号", "过多"), PART + ":3:10001", max_seconds=3),
    Case("F8-open", "pathological Markdown: a run of [", {PART: "# 标题\n\n" + "[" * 1_800_000}, 1,
         ("标记符号", "过多"), PART + ":3:10001", max_seconds=3),
    Case("F8-lines", "pathological Markdown: 200k headings", {PART: "# 题\n" * 200_000}, 1,
         ("文件过长", "20000 行"), PART + ":20001", max_seconds=3),
    Case("F8-table", "pathological Markdown: a table of 400k cells",
         {PART: "# 标题\n\n|" + "a|" * 2000 + "\n|" + "-|" * 2000 + "\n" + ("|" + "1|" * 2000 + "\n") * 200}, 1,
         ("表格竖线", "过多"), PART, max_seconds=3),
    Case("F8-linear", "many bold spans and links within the limits", {PART: "# 标题\n\n" + "**加粗**与[链接](a_b)。" * 900}, 0,
         max_seconds=10),
    Case("F9", "GBK file that happens to be valid UTF-8", {PART: "媒".encode("gbk")}, 1,
         ("GBK", "fix-encoding"), PART + ":1"),
    # ---- Y: YAML metadata ---------------------------------------------------------------
    Case("Y1", "full-width colon", {META: GOOD_META + "标题：二〇二三年度报告\n"}, 1, ("全角冒号",), META + ":5", token="："),
    Case("Y2", "full-width colon then a normal line (front matter)",
         {PART: "---\ntitle：x\norder: 1\n---\n" + GOOD_PART}, 1, ("全角冒号",), PART + ":2", token="："),
    Case("Y3", "tab indentation", {META: GOOD_META + "preamble: |\n\t正文\n"}, 1, ("Tab", "空格"), META + ":6", token="\t"),
    Case("Y3-map", "tab before a key", {META: GOOD_META + "\tsignatory: x\n"}, 1, ("Tab",), META + ":5", token="\t"),
    Case("Y4", "unquoted ': ' in a value", {META: GOOD_META + "signatory: 局长: 张三\n"}, 1, ("冒号", "引号"), META + ":5", token=": 张"),
    Case("Y5", "' #' in a value: build keeps going (lint warns)", {META: GOOD_META + "signatory: 示例县 #教育局\n"}, 0),
    Case("Y6-at", "value starting with @", {META: GOOD_META + "signatory: @张三\n"}, 1, ("引号",), META + ":5", token="@"),
    Case("Y6-backtick", "value starting with `", {META: GOOD_META + "signatory: `张三`\n"}, 1, ("引号",), META + ":5", token="`"),
    Case("Y6-bracket", "value starting with an unclosed [", {META: GOOD_META + "signatory: [张三\n"}, 1, ("引号",), META, token="["),
    Case("Y6-list", "value that is a list", {META: GOOD_META + "signatory: [张三, 李四]\n"}, 1,
         ("signatory 应为一段文字",), META + ":5", token="["),
    Case("Y6-star", "value starting with *", {META: GOOD_META + "signatory: *张三\n"}, 1, ("别名", "引号"), META + ":5", token="*"),
    Case("Y6-amp", "value starting with &", {META: GOOD_META + "signatory: &张三 李四\n"}, 1, ("锚点",), META + ":5", token="&"),
    Case("Y6-bang", "value starting with !", {META: GOOD_META + "signatory: !张三\n"}, 1, ("标签", "引号"), META + ":5", token="!"),
    Case("Y6-percent", "value starting with %", {META: GOOD_META + "signatory: %张三\n"}, 1, ("引号",), META + ":5", token="%"),
    Case("Y7", "no/010/12:30/1.10 stay strings", {META: GOOD_META.replace("示例县人民政府", "010") + "signatory: no\n"}, 0,
         html_contains=("010", ">no<")),
    Case("Y7-bool", "issuer_type: yes is not a boolean", {META: GOOD_META.replace("department", "yes")}, 1,
         ("issuer_type 应为",), META + ":2"),
    Case("Y8", "impossible date", {META: GOOD_META.replace('"2024-02-22"', "2024-02-30")}, 1, ("日期无效", "2024-02-30"),
         META + ":4"),
    Case("Y8-month", "month 13", {META: GOOD_META.replace('"2024-02-22"', "2024-13-01")}, 1, ("日期无效",), META + ":4"),
    Case("Y9", "duplicate key", {META: GOOD_META + "issuer: 另一个局\n"}, 1, ("第 1、5 行重复定义了 issuer",), META + ":5"),
    Case("Y-surrogate", "a lone surrogate from a YAML escape",
         {META: GOOD_META.replace("issuer: 示例县教育局", 'issuer: "示例\\ud800局"')}, 1, ("无效的字符", "\\ud800", "转义"),
         META + ":1:9"),
    Case("Y10", "alias bomb", {META: _alias_bomb()}, 1, ("锚点", "别名"), META + ":1", max_seconds=2),
    Case("Y11", "deep flow nesting", {META: "issuer: " + "[" * 5000 + "]" * 5000 + "\n"}, 1, ("嵌套过深",), META + ":1",
         max_seconds=5),
    Case("Y11-block", "deep block nesting", {META: "".join(" " * i + f"k{i}:\n" for i in range(40)) + " " * 40 + "v\n"}, 1,
         ("嵌套过深",), META),
    Case("Y11-size", "front matter above the size cap", {META: GOOD_META + "preamble: " + "长" * 40_000 + "\n"}, 1,
         ("过长", "上限"), META + ":1"),
    Case("Y12", "python object tag", {META: GOOD_META + "signatory: !!python/object/apply:os.system [\"echo pwned\"]\n"}, 1,
         ("不支持的 YAML 标签",), META + ":5"),
    Case("Y13", "front matter never closed", {PART: "---\ntitle: 加强组织领导\n\n" + GOOD_PART}, 1, ("没有结束行",),
         PART + ":1"),
    Case("Y14", "report.yaml is a list", {META: "- issuer\n- 示例县教育局\n"}, 1, ("键: 值",), META + ":1"),
    Case("Y14-scalar", "front matter is a scalar", {PART: "---\n只是一句话\n---\n" + GOOD_PART}, 1, ("键: 值",), PART + ":2"),
    Case("Y15", "misspelt key", {META: GOOD_META + "titel: 报告\n"}, 1, ("未知字段 titel", "title"), META + ":5"),
    Case("Y15-missing", "missing required key", {META: GOOD_META.replace("issuer: 示例县教育局\n", "")}, 1,
         ("缺少必填字段 issuer",), META),
    Case("Y15-part", "misspelt key in part front matter", {PART: "---\ntitel: x\n---\n" + GOOD_PART}, 1,
         ("未知字段 titel",), PART + ":2"),
    Case("Y16", "NUL in YAML", {META: GOOD_META + "signatory: a\x00b\n"}, 1, ("空字符",), META + ":5:13", token="\x00"),
    Case("Y16-bom", "NUL on the first line after a BOM: the column does not count the BOM",
         {META: "\ufeffsignatory: a\x00b\n" + GOOD_META}, 1, ("空字符",), META + ":1:13", token="\x00"),
    Case("Y16-cr", "NUL after lone-CR line endings: lines counted as the text is read",
         {META: (GOOD_META + "signatory: a\x00b\n").replace("\n", "\r")}, 1, ("空字符",), META + ":5:13", token="\x00"),
    Case("Y16-bel", "control character in YAML", {META: GOOD_META + "signatory: a\x07b\n"}, 1, ("控制字符",), META + ":5:13", token="\x07"),
    # ---- M: Markdown (what build must survive; lint reports the rest) -------------------
    Case("M1", "raw HTML is text, not markup", {PART: GOOD_PART + "\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n"
                                                "\n<iframe src=\"https://evil\"></iframe>\n"}, 0,
         html_contains=("&lt;script&gt;",), html_absent=("<script>alert", "<img src=x", "<iframe")),
    Case("M2", "javascript:/data:/file: links are not links",
         {PART: GOOD_PART + "\n[点我](javascript:alert(1)) [数据](data:text/html,<b>x</b>) [文件](file:///etc/passwd)"
          " [v](vbscript:msgbox) [好](https://example.org)\n"}, 0,
         html_contains=('href="https://example.org"',), html_absent=('href="javascript', 'href="data:', 'href="file:',
                                                                     'href="vbscript')),
    Case("M3", "image paths outside the folder are never read", {PART: GOOD_PART + "\n![x](../../../../etc/passwd)"
                                                                 " ![y](C:\\Windows\\win.ini) ![z](\\\\server\\share\\a.png)\n"},
         0, html_absent=("<img", "root:")),
    Case("M6", "control characters pasted from Word",
         {PART: GOOD_PART + "\n第一行\x0b第二行\x07响铃\x0c换页\ufffe非字符\x1b转义。\n"}, 0,
         html_contains=("第二行",), html_absent=("\x07", "\x0c", "\ufffe", "\x1b")),
    Case("M6-nul", "NUL pasted into text", {PART: GOOD_PART + "\n正文\x00。\n"}, 1, ("空字符", "删除第 5 行第 3 列"),
         PART + ":5:3", token="\x00"),
    Case("M6-surrogate", "lone surrogate (CESU bytes): not GBK either, so no fix-encoding hint",
         {PART: GOOD_PART.encode() + b"\n\xed\xa0\x80\n"}, 1, ("不是 UTF-8", "乱码", "fix-encoding 无法转换"), PART + ":5"),
    Case("M7", "inconsistent numbering: build goes on (lint reports)",
         {PART: "# 一\n\n## （二）小标题\n\n### （1）再下一级\n\n##### 更深\n"}, 1, ("标题层级过深",), PART + ":7"),
    Case("M7-jump", "heading level jump: build goes on", {PART: "# 一\n\n### 跳过一级\n\n正文。\n"}, 0),
    Case("M8", "table column mismatch, footnotes, HTML table",
         {PART: GOOD_PART + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n\n脚注[^1]\n\n[^1]: 注\n\n<table><tr><td>x</td></tr></table>\n"},
         0, html_absent=("<td>x</td>",)),
    # ---- S: structure --------------------------------------------------------------------
    Case("S1", "required part missing", {Y + "plans.md": None}, 1, ("缺少必需的部分", "请新建 plans.md"), Y + "plans.md"),
    Case("S2", "unknown part file name", {Y + "02-measures.md": GOOD_PART}, 1, ("未知的部分文件 02-measures.md",),
         Y + "02-measures.md"),
    Case("S3", "junk files are ignored without a word", JUNK_FILES, 0, quiet=JUNK_NAMES),
    Case("S3-lint", "junk files: lint says nothing either", JUNK_FILES, 0, args=LINT, quiet=JUNK_NAMES),
    Case("S3-fix-encoding", "junk files: fix-encoding of the folder skips them", JUNK_FILES, 0,
         args=("fix-encoding", "sections/2023"), quiet=JUNK_NAMES),
    Case("S3-txt", "unknown .txt/.docx: build goes on and says so", {Y + "新建文本文档.txt": "草稿", Y + "旧报告.docx": b"PK\x03\x04"}, 0,
         ("新建文本文档.txt：不是报告的源文件", "旧报告.docx：不是报告的源文件", "lawreport import")),
    Case("S5", "year folder missing", {}, 2, ("不存在", "可用年份", "2022", "2023"), args=("build", "2024")),
    Case("S5-typo", "typo in the year", {}, 2, ("四位数字",), args=("build", "20233")),
    Case("S5-empty", "year folder empty", {}, 2, ("sections/2024", "没有"), args=("build", "2024"), setup=_empty_year),
    Case("S6", "names differing by case", {Y + "Measures.md": GOOD_PART}, 1, ("文件名冲突",), Y),
    Case("S6-nfd", "names differing by Unicode normalisation", setup=_nfd_collision, exit=1, message=("文件名冲突",), where=Y),
    # ---- T: invisible characters (build survives; lint reports) ---------------------------
    Case("T1", "zero-width space, NBSP, ideographic space", {PART: GOOD_PART + "\n零\u200b宽\u00a0空\u3000格。\n"}, 0),
    Case("T2", "bidi controls", {PART: GOOD_PART + "\n文字\u202e倒序\u202c与\u2066隔离\u2069。\n"}, 0),
    # ---- L: hostile text for the lint rules (each linear or bounded; budgets in benchmarks/pathological.py)
    Case("L1-brackets", "P001: nested ASCII brackets", {PART: H + "法" + "(" * 30_000 + "治" + ")" * 30_000 + "\n"}, 1,
         ("半角括号",), PART + ":3", LINT, max_seconds=5),
    Case("L2-email", "a long word before an @ (URL and e-mail search)", {PART: H + "法" * 150_000 + ",@\n"}, 1,
         ("半角“,”",), PART + ":3", LINT, max_seconds=5),
    Case("L3-marks", "many marks in a paragraph holding an address", {PART: H + "法." * 80_000 + "a@b.cn\n"}, 0,
         args=LINT, max_seconds=5),
    Case("L4-unclosed", "repeated unclosed suppression comments",
         {PART: H + "法治" + "<!-- lawreport-enable " * 40_000 + "\n"}, 0, args=LINT, max_seconds=5),
    Case("L4-build", "repeated unclosed suppression comments, built", {PART: H + "法治" + "<!-- lawreport-enable " * 40_000 + "\n"},
         0, args=("build", "2023", "--force"), max_seconds=10),
    Case("L5-comments", "many comments and findings on one line", {PART: H + "法治,<!-- x -->" * 20_000 + "\n"}, 1,
         ("半角“,”",), PART + ":3", LINT, max_seconds=8),
    Case("L6-issuer", "M006: a 1,200-character issuer", {META: GOOD_META.replace("示例县教育局", "示例县" * 400 + "教育局")}, 0,
         args=LINT, max_seconds=3),
    Case("L7-closers", "P003: item-number closers over a deep stack of openers",
         {PART: H + "法" + "《" * 20_000 + "，1）" * 20_000 + "》" * 20_000 + "\n"}, 0, args=LINT, max_seconds=5),
    Case("L8-quoted", "P010: a space after each of many quotations in one paragraph",
         {PART: H + "“法治” " * 30_000 + "。\n"}, 0, args=LINT, max_seconds=5),
    Case("L9-slogans", "P010: spaces between long runs of characters with no punctuation",
         {PART: H + ("法治政府" * 10 + " ") * 12_000 + "。\n"}, 0, args=LINT, max_seconds=5),
    Case("L10-doubled", "T002: a paragraph of two characters written twice, over and over (each one cut into words)",
         {PART: H + "".join(chr(0x4E00 + n % 3000) + chr(0x4E01 + n % 2999) for n in range(20_000) for _ in (0, 1))
          + "。\n"}, 0, args=LINT, max_seconds=10),
    Case("L11-head-spaces", "a received page's head line of 300,000 spaces (searched for a breadcrumb's separators)",
         {"received/报告.txt": "青" + " " * 300_000 + "岚\n" + RECEIVED_REPORT}, 1, ("S001",), args=("lint", "received/报告.txt"),
         max_seconds=5),
    Case("L11-tail-tabs", "a received page's last line of 300,000 tabs", {"received/报告.txt": RECEIVED_REPORT + "青" + "\t" * 300_000 + "岚\n"},
         1, ("S001",), args=("lint", "received/报告.txt"), max_seconds=5),
    Case("L12-md-heading", "a received Markdown heading with 300,000 spaces in it (searched for closing #s)",
         {"received/报告.md": "# 青岚县司法局" + " " * 300_000 + "报告\n\n2025年，青岚县司法局坚持依法行政。\n"}, 1, ("S001",),
         args=("lint", "received/报告.md"), max_seconds=5),
    Case("L13-pdf-spaces", "a received PDF line of 100,000 spaces between Latin letters (the layout's spaces taken out)",
         {"received/报告.pdf": hi.pdf_spaces}, 1, ("S001",), args=("lint", "received/报告.pdf"), max_seconds=5),
    Case("L15-pdf-baselines", "a received PDF page of 32,000 one-word lines, each on its own baseline (each piece "
         "was compared with every line before it: 80 s)", {"received/报告.pdf": hi.pdf_baselines}, 1, ("乱码",),
         "received/报告.pdf", ("lint", "received/报告.pdf"), max_seconds=5),
    Case("L14-audit-repeats", "audit: a received report repeating one table row 10,000 times, beside another unit's "
         "report with that row (each copy was compared with every copy before it in its own file)",
         {"received/甲.txt": "青岚县司法局2025年法治政府建设年度报告\n" + (REPEATED_ROW + "\n") * 10_000,
          "received/乙.txt": "岚溪镇2025年法治政府建设年度报告\n" + REPEATED_ROW + "\n"},
         0, args=("audit", "received", "-o", "audit-out", "--format", "json"), stdout=("雷同段落 1 处",),
         max_seconds=15),
    Case("L16-audit-both-repeat", "audit: two units' reports each repeating one table row 3,000 times (each copy was "
         "paired with each copy of the other: 9 million passages)",
         {"received/甲.txt": "青岚县司法局2025年法治政府建设年度报告\n" + (REPEATED_ROW + "\n") * 3_000,
          "received/乙.txt": "岚溪镇2025年法治政府建设年度报告\n" + (REPEATED_ROW + "\n") * 3_000},
         0, args=("audit", "received", "-o", "audit-out", "--format", "json"), stdout=("雷同段落 1 处",),
         max_seconds=10),
    Case("L17-audit-long-sentence", "audit: two units' reports of one 184,000-character sentence repeating a phrase "
         "(difflib aligned them whole: quadratic, 85 s)",
         {"received/甲.txt": "青岚县司法局2025年法治政府建设年度报告\n" + LONG_SENTENCE + "\n",
          "received/乙.txt": "岚溪镇2025年法治政府建设年度报告\n" + LONG_SENTENCE + "\n"},
         0, args=("audit", "received", "-o", "audit-out", "--format", "json"), stdout=("雷同段落 1 处",),
         max_seconds=10),
    Case("L18-diff-long-paragraph", "diff: two received reports of one 184,000-character paragraph repeating a phrase "
         "(difflib aligned it whole: quadratic, minutes)",
         {"received/旧.txt": "青岚县司法局2024年法治政府建设年度报告\n甲" + LONG_SENTENCE[:184_000] + "乙\n",
          "received/新.txt": "青岚县司法局2025年法治政府建设年度报告\n丙" + LONG_SENTENCE[:184_000] + "丁\n"},
         0, args=("diff", "received/旧.txt", "received/新.txt"), stdout=("总体相似度 100.0%",), max_seconds=10),
    Case("L19-diff-changed-paragraphs", "diff: 3,000 paragraphs changed on each side (every old one was scored against "
         "every new one: 9 million scores)",
         {"received/旧.txt": "青岚县司法局2024年法治政府建设年度报告\n" + _paragraphs(3_000, 1),
          "received/新.txt": "青岚县司法局2025年法治政府建设年度报告\n" + _paragraphs(3_000, 2)},
         0, args=("diff", "received/旧.txt", "received/新.txt"), stdout=("总体相似度",), max_seconds=10),
    Case("L20-diff-repeated-paragraphs", "diff: 30,000 copies of one paragraph on each side, a paragraph added at "
         "each end (difflib tried each against every copy)",
         {"received/旧.txt": "青岚县司法局2024年法治政府建设年度报告\n" + (REPEATED_ROW + "\n") * 30_000,
          "received/新.txt": "青岚县司法局2025年法治政府建设年度报告\n新增一段。\n" + (REPEATED_ROW + "\n") * 30_000
          + "再加一段。\n"},
         0, args=("diff", "received/旧.txt", "received/新.txt"), stdout=("总体相似度",), max_seconds=10),
    Case("L21-diff-renamed-headings", "diff: 2,000 headings on each side, all reworded (every new one was scored "
         "against every old one for a rename: 4 million scores)",
         {"received/旧.md": _headed(2_000, 1), "received/新.md": _headed(2_000, 2)},
         0, args=("diff", "received/旧.md", "received/新.md"), stdout=("总体相似度",), max_seconds=10),
    Case("L22-diff-reordered-headings", "diff: 30,000 headings, the new report's in reverse order (each compared "
         "with every old one by path and title, then with every one before it for the order)",
         {"received/旧.md": _headed(30_000, 3), "received/新.md": _headed(30_000, 3, reverse=True)},
         0, args=("diff", "received/旧.md", "received/新.md"), stdout=("总体相似度",), max_seconds=15),
    # ---- FS: file system -------------------------------------------------------------------
    Case("FS1", "output open in Word (replace refused)", exit=2, message=("请先关闭", "Word"), args=("build", "2023", "--force"),
         patch=_replace_fails(errno.EACCES, "Permission denied")),
    Case("FS3", "disk full", exit=2, message=("磁盘已满",), args=("build", "2023", "--force"),
         patch=_write_fails(errno.ENOSPC, "No space left on device")),
    Case("FS3-rofs", "read-only build/", exit=2, message=("只读",), args=("build", "2023", "--force"),
         patch=_replace_fails(errno.EROFS, "Read-only file system")),
    Case("FS-loop", "symlink loop in a year folder", setup=_symlink_loop, exit=1, message=("无法打开的链接", "删除这个链接"),
         where=Y + "loop-a.md"),
    Case("FS-loop-all", "build --all: a broken year does not stop the others", setup=_broken_2022, exit=1,
         message=("2022 年", "无法打开的链接"), args=("build", "--all"), stdout=("build/2023",)),
    Case("FS-perm", "a part the user may not read", exit=1, message=("没有读取权限", "权限"), where=Y + "plans.md",
         patch=_unreadable("plans.md")),
    Case("FS-perm-dir", "a year folder the user may not read", exit=1, message=("无法读取这个年份目录", "没有读取权限"),
         where="sections/2023", patch=_unlistable("2023")),
    Case("FS-lock-full", "disk full while creating the lock: a message, no lock left", exit=2,
         message=("锁文件", "磁盘已满"), args=("build", "2023", "--force"), patch=_lock_fails(errno.ENOSPC)),
    Case("FS-name-long", "a title too long for a file name", {META: GOOD_META.replace("示例县教育局", "很长的单位名称" * 12)}, 1,
         ("标题过长", "文件名", "issuer"), META + ":1"),
    Case("FS-name-bidi", "a title with U+202E and control characters: file name without them",
         {META: GOOD_META.replace("示例县教育局", "示例\u202e县\u200b教育局")}, 0, stdout=("已生成", "示例县教育局2023年"),
         quiet=("\u202e", "\u200b"), args=("build", "2023", "--force")),
    Case("C1-default-file", "a wrong default in lawreport.yaml is reported there, not in report.yaml (was: "
         "report.yaml at lawreport.yaml's line)",
         {"lawreport.yaml": "# 全县各部门共用\nreport:\n  issuer_type: boss\n", META: GOOD_META.replace("issuer_type: department\n", "")},
         1, ("issuer_type 应为",), "lawreport.yaml:3:16", quiet=(META + ":3",)),
    Case("C2-default-type", "a list as a default in lawreport.yaml, overridden by every year: still an error (was "
         "ignored)", {"lawreport.yaml": "report:\n  signatory: [张三, 李四]\n"}, 1, ("report.signatory 应为一段文字",),
         "lawreport.yaml:2:14"),
    Case("C3-formats-nested", "build.formats of nested lists: a message, not Python's repr of the parser's nodes",
         {"lawreport.yaml": "build:\n  formats: [[docx], {html: 1}]\n"}, 1, ("formats 应为输出格式的列表",),
         "lawreport.yaml:2:12", quiet=("node(",)),
    Case("FS-structure", "structure: in lawreport.yaml pointing outside the workspace",
         {"lawreport.yaml": "structure: /etc/passwd\n"}, 1, ("不在工作区内", "拒绝读取"), "lawreport.yaml:1:12"),
    Case("FS-structure-up", "structure: with .. out of the workspace", {"lawreport.yaml": "structure: ../s.yaml\n"}, 1,
         ("不在工作区内",), "lawreport.yaml:1:12"),
    Case("ST1-key-path", "a part key that is a path (import wrote sections/escaped.md, outside the year folder)",
         {**_structure("  - key: measures", "  - key: ../../escaped"), "received/报告.docx": built_docx}, 1,
         ("不能用作文件名",), f"structure.yaml:{STRUCTURE_LINE}:10", _import()),
    Case("ST2-brace", "a lone brace in the document title (exit 3 before: ValueError of str.format)",
         _structure('title: "{issuer}{year}年', 'title: "{issuer}{year}年{'), 1, ("不成对的花括号",), "structure.yaml:"),
    Case("ST3-unknown", "an unknown placeholder (exit 3 before: KeyError)",
         _structure('title: "{issuer}{year}年', 'title: "{issuer}{unit}年'), 1, ("{unit} 不是可用的占位符",),
         "structure.yaml:"),
    Case("ST4-attribute", "a placeholder reaching a Python attribute (its repr was published in the part title)",
         _structure('title: "{year}年度推进', 'title: "{year.__class__}{year}年度推进'), 1,
         ("{year.__class__} 不是可用的占位符",), f"structure.yaml:{STRUCTURE_LINE + 1}:"),
    Case("ST5-width", "a placeholder padded to a billion characters (hung, gigabytes)",
         _structure('title: "{issuer}{year}年', 'title: "{issuer:>1000000000}{year}年'), 1, ("不是可用的占位符",),
         "structure.yaml:", max_seconds=2),
    Case("FS4", "symlink to a file outside", setup=_symlink_out, exit=1, message=("指向目录外的链接",), where=Y + "other.md"),
    Case("FS4-dir", "symlink to a folder outside", setup=_symlink_dir_out, exit=1, message=("指向目录外的链接",),
         where=Y + "other.md"),
    Case("FS5", "Windows reserved name", {Y + "CON.md": GOOD_PART}, 1, ("保留文件名",), Y + "CON.md"),
    Case("FS5-aux", "Windows reserved name with extension", {Y + "aux.txt": "x"}, 1, ("保留文件名",), Y + "aux.txt"),
    Case("FS5-dot", "trailing dot", {Y + "other.md.": GOOD_PART}, 1, ("点或空格",), Y + "other.md."),
    Case("FS5-char", "character invalid on Windows", {Y + "a?b.md": GOOD_PART}, 1, ("不允许的字符",), Y + "a?b.md"),
    Case("FS5-escape", "a terminal escape in a file name is shown as <U+001B>, never sent to the terminal",
         {Y + "b\x1b]0;forged title\x07\x1b[31mred.md": GOOD_PART}, 1, ("<U+001B>]0;forged title<U+0007>",),
         Y + "b<U+001B>]0;", quiet=("\x1b", "\x07")),
    Case("FS5-newline", "a line break in a file name cannot forge a line of output (a CI annotation)",
         {Y + "a\n::error file=x::forged.md": GOOD_PART}, 1, ("a<U+000A>::error",), Y + "a<U+000A>::error",
         quiet=("\n::error",)),
    Case("FS5-long", "path longer than MAX_PATH (260)", {LONG: GOOD_PART}, 1, ("过长", "263 个字符", "260", "MAX_PATH"), LONG),
    Case("FS5-long-lint", "path longer than MAX_PATH, reported by lint", {LONG: GOOD_PART}, 1, ("过长", "MAX_PATH"),
         LONG + ":1:1", LINT),
    Case("FS6", "--out inside sections/", exit=2, message=("源目录",), args=("build", "2023", "--out", "sections/out")),
    Case("FS6-same", "--out is sections/", exit=2, message=("源目录",), args=("build", "2023", "--out", "sections")),
    Case("FS6-file", "--out is a source file", exit=2, args=("build", "2023", "--out", META)),
    Case("FS6-diff", "diff -o onto a source file", exit=2, message=("源目录",),
         args=("diff", "2022", "2023", "--format", "html", "-o", PART)),
    Case("FS6-diff-link", "diff -o through a link into sections/", exit=2, message=("源目录",),
         args=("diff", "2022", "2023", "-o", "into/x.txt"), setup=lambda root: (root / "into").symlink_to(root / Y)),
    Case("FS6-lint", "lint -o onto a source file", exit=2, message=("源目录",), args=(*LINT, "-o", PART)),
    Case("FS6-lint-new", "lint -o a new file inside sections/", exit=2, message=("源目录",), args=(*LINT, "-o", Y + "lint.txt")),
    Case("FS6-lint-link", "lint -o through a link into sections/", exit=2, message=("源目录",),
         args=(*LINT, "-o", "into/x.txt"), setup=lambda root: (root / "into").symlink_to(root / Y)),
    Case("FS6-lint-symlink", "lint -o onto a symbolic link to a file outside", exit=2, message=("符号链接",),
         args=(*LINT, "-o", "lint.txt"), setup=lambda root: _link_outside(root, "lint.txt")),
    Case("FS6-lint-received", "lint -o onto the received report it reads", {"received/报告.txt": "报告"}, 2,
         ("本次读取的源文件",), args=("lint", "received/报告.txt", "-o", "received/报告.txt")),
    Case("FS6-diff-symlink", "diff -o onto a symbolic link", exit=2, message=("符号链接",),
         args=("diff", "2022", "2023", "-o", "diff.txt"), setup=lambda root: _link_outside(root, "diff.txt")),
    Case("FS8-build-link", "build/ a link out of the workspace (the outputs, named by the sender, went there)",
         exit=2, message=("指向工作区以外", "--out"), args=("build", "2023", "--force"), setup=_build_linked_out),
    Case("FS8-year-link", "build/2023 a link out of the workspace", exit=2, message=("指向工作区以外",),
         where="build/2023", args=("build", "2023", "--force"), setup=lambda root: _build_linked_out(root, "2023")),
    Case("FS7", "another build holds the lock", exit=2, message=("另一个", "正在生成", f"进程 {os.getpid()}"),
         where="build/2023/.lawreport.lock", args=("build", "2023", "--force"),
         setup=lambda root: hold_lock(root / "build/2023")),
    Case("FS7-stale", "a lock file left by a killed build does not refuse the next",
         {"build/2023/.lawreport.lock": "999999999\n"}, 0, args=("build", "2023", "--force")),
    # ---- lint: the rows build survives are reported by lawreport lint, at file:line:col -------
    Case("M1-lint", "raw HTML reported", {PART: GOOD_PART + "\n<script>alert(1)</script>\n"}, 0, ("HTML 标签",),
         PART + ":5:1", LINT),
    Case("M1-strict", "raw HTML is an error under --strict", {PART: GOOD_PART + "\n<script>alert(1)</script>\n"}, 1,
         ("HTML 标签",), PART + ":5:1", (*LINT, "--strict")),
    Case("M2-lint", "javascript: link reported", {PART: GOOD_PART + "\n[点我](javascript:alert(1))\n"}, 1,
         ("不安全的链接",), PART + ":5:", LINT),
    Case("M6-lint", "pasted control character reported", {PART: GOOD_PART + "\n第一行\x0b第二行。\n"}, 1,
         ("控制字符", "U+000B"), PART + ":5:4", LINT, token="\x0b"),
    Case("M7-lint", "typed numbering reported", {PART: "# 一、加强组织领导\n\n正文。\n\n## （二）小标题\n\n正文。\n"}, 1,
         ("（二）",), PART + ":5:4", LINT),
    Case("T1-lint", "zero-width space and NBSP reported", {PART: GOOD_PART + "\n零\u200b宽\u00a0空格。\n"}, 0,
         ("零宽", "不换行空格"), PART + ":5:2", LINT),
    Case("F6-lint", "empty required section reported by lint", {PART: "\n"}, 1, ("空章节", "必需部分"), PART + ":1:1",
         LINT),
    Case("F6-lint-optional", "empty optional section is a warning", {Y + "other.md": ""}, 0, ("空章节", "警告"),
         Y + "other.md:1:1", LINT),
    Case("S4-lint", "title of another year", {META: GOOD_META + "title: 示例县教育局2022年法治政府建设年度报告\n"}, 1,
         ("2022", "报告年度2023年"), META + ":5:", LINT),
    Case("S4-part", "part title of another year", {PART: "---\ntitle: 2022年度推进法治政府建设的主要举措和成效\n---\n" + GOOD_PART},
         1, ("年份应为报告年度2023年",), PART + ":2:", LINT),
    Case("Y5-lint", "' #' in a value reported", {META: GOOD_META + "signatory: 示例县 #教育局\n"}, 0, ("注释", "引号"),
         META + ":5:", LINT, token="#"),
    Case("M3-lint", "image syntax reported (images are never read)", {PART: GOOD_PART + "\n![x](../../../etc/passwd)\n"}, 0,
         ("图片",), PART + ":5:1", LINT),
    Case("M8-lint", "table column mismatch and footnote reported",
         {PART: GOOD_PART + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n脚注[^1]\n"}, 0, ("3 个单元格", "脚注"),
         PART + ":7:1", LINT),
    Case("T3-lint", "half-width comma and full-width digits", {PART: GOOD_PART + "\n全年办理２０件,按时办结。\n"}, 1,
         ("P001", "N001"), PART + ":5:", LINT),
    Case("T2-lint", "bidi control is an error", {PART: GOOD_PART + "\n文字\u202e倒序。\n"}, 1, ("U+202E",), PART + ":5:3",
         LINT),
    # ---- I: import (lawreport import) -----------------------------------------------------
    Case("I1", "legacy .doc / encrypted (OLE2)", {"received/报告.docx": ole2}, 1, ("旧版", "另存为"), "received/报告.docx",
         _import()),
    Case("I2", "truncated .docx", {"received/报告.docx": truncated}, 1, ("损坏",), "received/报告.docx", _import()),
    Case("I3", "macro-enabled document", {"received/报告.docx": macro}, 1, ("含宏文档", "另存为 .docx"), "received/报告.docx",
         _import()),
    Case("I4", "Strict OOXML", {"received/报告.docx": strict}, 1, ("Strict Open XML", "另存为"), "received/报告.docx",
         _import()),
    Case("I5", "zip bomb", {"received/报告.docx": zip_bomb}, 1, ("压缩炸弹", "30.0 MB"), "received/报告.docx", _import(),
         max_seconds=3),
    Case("I6", "DOCTYPE with an external entity", {"received/报告.docx": doctype}, 1,
         ("DTD",), "received/报告.docx", _import()),
    Case("I7", "billion laughs", {"received/报告.docx": laughs}, 1, ("DTD",), "received/报告.docx", _import(),
         max_seconds=3),
    Case("I8", "external relationship ignored", {"received/报告.docx": external}, 0, args=_import(), creates="2021",
         stdout=("外部关系", "不会被访问")),
    Case("I9", "zip-slip member name", {"received/报告.docx": zip_slip}, 1, ("上级目录",), "received/报告.docx", _import()),
    Case("I10", "tracked changes", {"received/报告.docx": tracked}, 1, ("修订", "--accept-changes"), "received/报告.docx",
         _import()),
    Case("I11", "hidden text excluded", {"received/报告.docx": hidden}, 0, args=_import(), creates="2021",
         stdout=("隐藏文字",), written_absent=("HIDDEN-SECRET",)),
    Case("I12-textbox", "text box: not imported, and said so", {"received/报告.docx": textbox}, 0, args=_import(),
         creates="2021", stdout=("文本框",), written_absent=("TEXTBOX-TEXT",)),
    Case("I12-footnote", "footnote: not imported, and said so", {"received/报告.docx": footnote}, 0, args=_import(),
         creates="2021", stdout=("脚注",)),
    Case("I12-table-end", "a received .docx whose last block is a table (a 附表 after the 落款): linted, no crash "
         "(exit 3 before: the table's cells stood after the last paragraph lint kept a line for); the 落款 is looked "
         "for at the end only, so the table after it hides it (M003)",
         {"received/报告.docx": table_at_end}, 1, ("M003",), args=("lint", "received/报告.docx")),
    Case("I13", "author metadata is not carried over", {"received/报告.docx": author}, 0, args=_import(), creates="2021",
         written_absent=("AUTHOR-LEAK",)),
    Case("I14", "import target exists", {"received/报告.docx": built_docx}, 2, ("已存在", "--force"),
         args=("import", "received/报告.docx", "--year", "2023")),
    Case("I15", "GBK .txt converted on the fly (and said so)", {"received/报告.txt": gbk_text}, 0,
         args=_import("received/报告.txt"), creates="2021", stdout=("GBK",)),
    # ---- I16–I21: import names or refuses what it cannot read -----------------------------
    Case("I16-big5", "Big5 .txt: named and refused, never converted as GBK", {"received/报告.txt": hi.big5_text}, 1,
         ("Big5", "另存为"), "received/报告.txt:1", _import("received/报告.txt")),
    Case("I16-sjis", "Shift-JIS .txt: named and refused", {"received/报告.txt": hi.shift_jis_text}, 1,
         ("Shift-JIS",), "received/报告.txt:1", _import("received/报告.txt")),
    Case("I17", "UTF-16 without BOM: converted, and said so", {"received/报告.txt": hi.utf16_no_bom}, 0,
         args=_import("received/报告.txt"), creates="2021", stdout=("UTF-16", "没有 BOM")),
    Case("I18", "UTF-32 BOM is not read as UTF-16", {"received/报告.txt": hi.utf32_bom}, 0,
         args=_import("received/报告.txt"), creates="2021", stdout=("UTF-32",), quiet=("UTF-16",)),
    Case("I19-white", "white text: reported, not imported", {"received/报告.docx": hi.white}, 0, args=_import(),
         creates="2021", stdout=("白色文字",), written_absent=("WHITE-SECRET",)),
    Case("I19-tiny", "1-pt text: reported, not imported", {"received/报告.docx": hi.tiny}, 0, args=_import(),
         creates="2021", stdout=("极小字号",), written_absent=("TINY-SECRET",)),
    Case("I19-placeholder", "content-control placeholder: reported, not imported",
         {"received/报告.docx": hi.placeholder}, 0, args=_import(), creates="2021", stdout=("占位提示文字",),
         written_absent=("PLACEHOLDER-PROMPT",)),
    Case("I19-style", "text hidden by its style: reported, not imported", {"received/报告.docx": hi.style_hidden}, 0,
         args=_import(), creates="2021", stdout=("隐藏文字",), written_absent=("STYLE-SECRET",)),
    Case("I20", "altChunk (an embedded web page): reported", {"received/报告.docx": hi.with_chunk}, 0, args=_import(),
         creates="2021", stdout=("altChunk", "网页"), written_absent=("CHUNK-TEXT",)),
    Case("I21", "body-level mc:AlternateContent: read through its Fallback", {"received/报告.docx": hi.alternate}, 0,
         args=_import(), creates="2021", written_absent=("CHOICE-ONLY",)),
    Case("I22", "list numbering whose labels would be gigabytes (level text of 50,000 %1, huge counters)",
         {"received/报告.docx": hi.numbering_bomb}, 0, args=_import(), creates="2021", max_seconds=5),
    Case("I23-pdf-bomb", "PDF whose content stream expands to 200 MB", {"received/报告.pdf": hi.pdf_bomb}, 1,
         ("异常膨胀",), "received/报告.pdf", _import("received/报告.pdf"), max_seconds=3),
    Case("I23-pdf-operators", "PDF pages of megabytes of drawing operators", {"received/报告.pdf": hi.pdf_operators}, 1,
         ("超过上限",), "received/报告.pdf", _import("received/报告.pdf"), max_seconds=10),
    Case("I24-pdf-scan", "scanned PDF (no text)", {"received/报告.pdf": hi.pdf_scan}, 1, ("扫描件", "Word 文档"),
         "received/报告.pdf", _import("received/报告.pdf")),
    # ---- U: a workspace's HTML template is untrusted ------------------------------------------
    Case("U1", "template reaches os through cycler", {TPL: "{{ cycler.__init__.__globals__.os.popen('id').read() }}\n"}, 2,
         ("HTML 模板",), TPL + ":1", quiet=("uid=",)),
    Case("U1-file", "template opens a file through __builtins__",
         {TPL: "{{ joiner.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}\n"}, 2, ("HTML 模板",),
         TPL + ":1", quiet=("root:",)),
    Case("U2", "include of an absolute path", {TPL: "<p>\n{% include '/etc/passwd' %}\n"}, 2, ("templates/ 以外",),
         TPL + ":2", quiet=("root:",)),
    Case("U2-link", "include of a symlink leading out of templates/", {TPL: "{% include 'part.html' %}\n"}, 2,
         ("templates/ 以外",), TPL + ":1", setup=lambda root: (root / "templates/part.html").symlink_to("/etc/passwd"),
         quiet=("root:",)),
    Case("U3", "{{ 1/0 }}", {TPL: "<p>\n{{ 1/0 }}\n"}, 2, ("计算出错", "ZeroDivisionError"), TPL + ":2"),
    Case("U4", "recursive include", {TPL: "<p>\n{% include 'report.html.j2' %}\n"}, 2, ("无限递归",), TPL),
    Case("U5", "huge nested ranges are bounded", {TPL: "{% for i in range(99999) %}{% for j in range(99999) %}"
                                                       "{% endfor %}{% endfor %}\n"}, 2, ("计算量超过上限",), TPL + ":1",
         max_seconds=5),
    Case("U5-range", "a range above the sandbox's limit", {TPL: "{{ range(10**9)|list }}\n"}, 2, ("超过上限",), TPL + ":1",
         max_seconds=2),
    Case("U5-strings", "nested loops over long strings: no call, no range (hung: loop items were not counted)",
         {TPL: "{% for a in 'x' * 4000000 %}{% for b in 'x' * 4000000 %}{% endfor %}{% endfor %}\n"}, 2,
         ("计算量超过上限",), TPL + ":1", max_seconds=5),
    Case("U5-filtered", "a loop whose if filters out every item, and a recursive loop (hung)",
         {TPL: "{% for a in 'x' * 4000000 %}{% for b in 'x' * 4000000 if false %}{% endfor %}{% endfor %}\n"
               "{% for a in 'x' * 4000000 recursive %}{% for b in 'x' * 4000000 recursive %}{% endfor %}{% endfor %}\n"},
         2, ("计算量超过上限",), TPL + ":1", max_seconds=5),
    Case("U5-plus", "text doubled with + (was unchecked: gigabytes)",
         {TPL: "{% set s = 'x' * 4000000 %}" + "{% set s = s + s %}" * 12 + "{{ s|length }}\n"}, 2, ("超过上限",),
         TPL + ":1", max_seconds=3),
    Case("U5-tilde", "text doubled with ~ (was unchecked: gigabytes)",
         {TPL: "{% set s = 'x' * 4000000 %}" + "{% set s = s ~ s %}" * 12 + "{{ s|length }}\n"}, 2, ("超过上限",),
         TPL + ":1", max_seconds=3),
    Case("U5-captured", "megabytes output many times inside {% set %} (the page limit never saw it: gigabytes)",
         {TPL: "{% set s = 'x' * 4000000 %}{% set t %}{% for i in range(100000) %}{{ s }}{% endfor %}{% endset %}"
               "{{ t|length }}\n"}, 2, ("计算量超过上限",), TPL + ":1", max_seconds=3),
    Case("U6", "template saved as GBK", {TPL: "<p>\n页脚：{{ view.issuer }}\n".encode("gbk")}, 2, ("UTF-8", "GBK"),
         TPL + ":2"),
    Case("U7", "template syntax error", {TPL: "<p>\n{% for b in view.blocks %}\n"}, 2, ("语法错误",), TPL),
    Case("U8", "undefined variable", {TPL: "<p>\n{{ secrets }}\n"}, 2, ("不存在的变量",), TPL + ":2"),
    # ---- R: a workspace's reference.docx is untrusted -------------------------------------------
    Case("R1", "settings: attachedTemplate (another prefix), mailMerge, docVars, webSettings frames",
         {REF: ht.settings_links}, 0, ("不会进入报告", "附加模板", "邮件合并", "文档变量", "网页设置"), "提示：" + REF),
    Case("R2", "footer: OLE, ActiveX, linked OLE, INCLUDEPICTURE/INCLUDETEXT/DDEAUTO, remote image",
         {REF: ht.footer_active}, 0, ("嵌入或链接的对象（OLE）", "ActiveX 控件", "域 INCLUDEPICTURE", "域 INCLUDETEXT",
                                     "域 DDEAUTO", "外部链接"), "提示：" + REF),
    Case("R3", "footer written with another namespace prefix", {REF: ht.other_prefix_footer}, 0, ("域 DDEAUTO",),
         "提示：" + REF),
    Case("R4", "picture bullets in numbering", {REF: ht.picture_bullets}, 0, ("图片项目符号",), "提示：" + REF),
    Case("R5", "VBA project (a .docm as reference.docx)", {REF: ht.macro_template}, 0, ("宏（VBA 工程）",), "提示：" + REF),
    Case("R6", "DOCTYPE in a footer", {REF: ht.doctype_footer}, 2, ("DTD", "word/footer1.xml"), REF),
    Case("R7", "GBK-declared styles.xml", {REF: ht.gbk_styles}, 2, ("word/styles.xml", "gbk", "UTF-8"), REF),
    Case("R8", "encrypted member", {REF: ht.encrypted_member}, 2, ("加密",), REF),
    Case("R9", "zip bomb as reference.docx", {REF: ht.zip_bomb}, 2, ("压缩炸弹",), REF, max_seconds=3),
    Case("R10", "theme with a remote image fill, an embedded font", {REF: ht.theme_and_fonts}, 0,
         ("主题中的图片填充", "嵌入字体"), "提示：" + REF),
    Case("R12", "footer: hidden runs, a hiding style, PAGE fields that go on with INCLUDETEXT/INCLUDEPICTURE",
         {REF: ht.hidden_footer}, 0, ("页眉页脚中的隐藏文字", "隐藏文字格式", "域 PAGE（页码之后另有内容）"), "提示：" + REF),
    Case("R11", "reference.docx is a symlink out of templates/", {}, 2, ("templates/ 以外",), REF,
         setup=lambda root: ((root / "templates").mkdir(exist_ok=True),
                             (root / REF).symlink_to(ht.REFERENCE))),
)
