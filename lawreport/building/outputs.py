"""Where a year's outputs go, what they are called, and writing them as one set.

Every output of a build is first written to a temporary file beside its target; only when
all of them are written are they renamed onto their targets, one after the other. A rename
that fails (a file open in Word on Windows, a disk that went away) stops the set: the
message says which outputs are already the new ones and which are still the previous ones.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from pathlib import Path

from lawreport.cjk import is_invisible
from lawreport.errors import SourceError, UsageError, display_path
from lawreport.files.atomic import put_in_place, reason, stage
from lawreport.model import Report
from lawreport.sources.workspace import Workspace

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*]')
MAX_STEM_BYTES = 200
"""A file name may have 255 bytes (Linux, macOS) or 255 UTF-16 units (Windows); the stem
leaves room for the extension and for a folder path on systems that limit the whole path."""


def _left_out_of_names(char: str) -> bool:
    """An invisible character (lawreport.cjk.is_invisible), or a private-use one, which each
    machine shows with another glyph or none: neither belongs in a file name."""
    return is_invisible(char) or unicodedata.category(char) == "Co"


def file_stem(report: Report) -> str:
    """The file name (without extension) for the report's title, valid on Windows, macOS and
    Linux: no control or bidi characters, no characters Windows forbids; a SourceError naming
    report.yaml's line when the title is too long for a file name."""
    visible = "".join(c for c in report.title if not _left_out_of_names(c))
    stem = _UNSAFE_NAME.sub("_", visible).strip(" .") or "report"
    size = len(stem.encode("utf-8"))
    if size > MAX_STEM_BYTES:
        key = "title" if report.meta.title else "issuer"
        span = report.meta.span(key)
        raise SourceError(
            f"报告标题过长，不能用作文件名（{len(stem)} 个字，{size} 字节；文件名最多 {MAX_STEM_BYTES} 字节，约 "
            f"{MAX_STEM_BYTES // 3} 个汉字）", span.path, span.line, span.column,
            hint="输出文件以报告标题命名：请在 report.yaml 中缩短 issuer，或用 title: 写一个较短的标题。")
    return stem


def output_dir(workspace: Workspace, year: int, out: Path | None) -> Path:
    """``--out`` or ``build/<year>``; never inside the sources. The default ``build/<year>`` must
    also stay inside the workspace: ``build/`` may come with a workspace someone sent, and a link
    there (``build -> /var/www/html``) would aim the outputs, whose names the sender chooses, at any
    folder of the user's (an explicit ``--out`` is the user's own choice)."""
    target = (out if out is not None else workspace.build / str(year)).resolve()
    if workspace.inside_sources(target):
        raise UsageError(f"输出目录 {target} 位于源目录 {workspace.sections.resolve()} 内",
                         hint="请把 --out 指向 sections/ 之外的目录，例如 build/。")
    root = workspace.root.resolve()
    if out is None and (root not in target.parents or target.is_relative_to(workspace.templates.resolve())):
        raise UsageError(f"输出目录 build/{year} 是指向工作区以外或 templates/ 内（{target}）的链接，拒绝写入",
                         workspace.build / str(year),
                         hint="请删除这个链接（build/ 应是工作区中的普通目录）；如确要写到别处，请用 --out 指定目录。")
    return target


class OutputSet:
    """Outputs written to temporaries by :meth:`add`, renamed onto their targets by :meth:`commit`.

    Used as a context manager: whatever has not been committed when the block ends (an error,
    SIGTERM, Ctrl-C) is removed, and the previous outputs stay as they were.
    """

    def __init__(self) -> None:
        self.staged: list[tuple[Path, Path]] = []  # (temporary, target)

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, *exc: object) -> None:
        for temp, _target in self.staged:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        self.staged = []

    def add(self, target: Path, data: bytes) -> None:
        """Write ``data`` for ``target`` to a temporary file (UsageError if it cannot be written).

        The data is flushed to disk (fsync) only when it will replace a file: that protects the
        previous output from a power cut. A new output has no previous one to lose, and one torn
        by a power cut no longer matches the digest in the build state, so the next build
        writes it again."""
        self.staged.append((stage(target, data, durable=target.exists()), target))

    def commit(self) -> list[Path]:
        """Rename every temporary onto its target, in the order added; the targets."""
        done: list[Path] = []
        for index, (temp, target) in enumerate(self.staged):
            try:
                put_in_place(temp, target)
            except OSError as exc:
                self.staged = self.staged[index:]
                raise _partial(target, exc, done, [t for _temp, t in self.staged]) from None
            done.append(target)
        self.staged = []
        return done


def _partial(failed: Path, exc: OSError, new: list[Path], old: list[Path]) -> UsageError:
    names = "、".join
    where = display_path(failed)
    detail = f"已是新生成的文件：{names(display_path(p) for p in new)}；" if new else ""
    previous = names(display_path(p) for p in old)
    if isinstance(exc, PermissionError):
        why, hint = "文件被占用或没有写入权限", f"如果 {where} 正在 Word/WPS 中打开，请先关闭它，再重新生成。"
    else:
        why, hint = reason(exc), "请检查磁盘空间和目录权限后重新生成。"
    return UsageError(f"无法替换 {where}：{why}。{detail}仍是上一次生成的文件：{previous}", hint=hint)
