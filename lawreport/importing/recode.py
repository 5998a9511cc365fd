"""Convert a source saved as GBK/GB18030 or UTF-16 to UTF-8, keeping the original (``lawreport fix-encoding``).

Never guesses silently: each converted file is named, the original is kept as ``.bak`` (both
keep the file's permissions), and a file that is neither valid UTF-8 nor valid GB18030 is left
untouched. So are a file in Big5 or Shift-JIS (their bytes nearly always decode as GBK, into
garbage: the encoding is named, as import names it), a read-only file and a symbolic link (which
may lead out of ``sections/``: converting it would put a copy of the file it leads to in its place),
and a file saved again while it was being converted. A folder is searched without its hidden
folders (.git), Python's caches and virtual environments.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lawreport.errors import UsageError, display_path
from lawreport.files.atomic import atomic_write, memo_key
from lawreport.importing.legacy import BIG5, NAMES, SHIFT_JIS, UTF16BE, UTF16LE, guess
from lawreport.sources.names import JUNK
from lawreport.sources.textfile import binary_kind, looks_like_gbk_mojibake

SUFFIXES = (".md", ".yaml", ".yml", ".txt")
"""The sources a folder is searched for."""


class LeftAlone(Exception):
    """A file that may need converting, left as it is: the message names it and says what to do."""


class NotConverted(Exception):
    """Bytes in an encoding lawreport names but does not convert (Big5, Shift-JIS)."""


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of UTF-16 data without a BOM (NUL bytes beside ASCII characters), else None."""
    guessed = guess(data) if b"\x00" in data else None
    if guessed is None or guessed.encoding not in (UTF16LE, UTF16BE):
        return None
    return guessed.text, NAMES[guessed.encoding]


def convert(data: bytes) -> tuple[str, str] | None:
    """(text, encoding it was in) for bytes that need converting; None if already UTF-8.

    Raises UnicodeDecodeError for bytes that are neither UTF-8 nor GB18030, and
    :class:`NotConverted` for Big5 and Shift-JIS.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    binary = binary_kind(data)
    if binary is not None:
        raise LeftAlone(f"不是文本文件（{binary}），未转换。")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        guessed = guess(data)
        if guessed is not None and guessed.encoding in (BIG5, SHIFT_JIS):
            raise NotConverted(NAMES[guessed.encoding]) from None
        return data.decode("gb18030"), "GBK/GB18030"
    if looks_like_gbk_mojibake(data, text):
        return data.decode("gb18030"), "GBK/GB18030（恰好也是合法的 UTF-8）"
    return None


def _skipped(folder: Path) -> bool:
    """A folder no source is in: hidden (.git), Python's caches and virtual environments."""
    return folder.name.startswith(".") or folder.name in ("__pycache__", "node_modules") \
        or (folder / "pyvenv.cfg").is_file()


def _in_folder(folder: Path) -> list[Path]:
    """The .md/.yaml/.txt files under ``folder``, the folders of :func:`_skipped` left out."""
    found = []
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not _skipped(Path(top, name)))
        found.extend(Path(top, name) for name in sorted(names)
                     if Path(name).suffix.lower() in SUFFIXES and not JUNK.match(name) and Path(top, name).is_file())
    return found


def sources_in(paths: tuple[Path, ...]) -> list[Path]:
    """The files named and the sources in the folders named, in order; UsageError for a path that
    is neither."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_in_folder(path))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise UsageError(f"{path} 不是普通文件或文件夹", hint="请给出要转换的文件或其所在的文件夹")
        else:
            raise UsageError(f"{path} 不存在")
    return found


def recode(path: Path) -> str | None:
    """Convert ``path`` to UTF-8 in place, the original kept beside it as ``.bak``: the message
    saying so, or None when it already is UTF-8. Raises :class:`LeftAlone` (its message names
    the file) when it is left as it is."""
    shown = display_path(path)
    try:
        read_at = memo_key(path)
        data = path.read_bytes()
    except OSError as exc:
        raise LeftAlone(f"{shown}: 无法读取（{exc.strerror or exc}），未转换。") from None
    try:
        result = convert(data)
    except LeftAlone as exc:
        raise LeftAlone(f"{shown}: {exc}") from None
    except UnicodeDecodeError:
        raise LeftAlone(f"{path}: 既不是 UTF-8 也不是 GBK/GB18030，未转换；请在编辑器中确认编码。") from None
    except NotConverted as exc:
        raise LeftAlone(f"{shown}: 看起来是 {exc} 编码，按 GBK 转换会得到乱码，未转换；"
                        "请在记事本或 WPS 中打开，“另存为”时编码选择 UTF-8。") from None
    if result is None:
        return None
    text, encoding = result
    refusal = _refusal(path)
    if refusal is not None:
        raise LeftAlone(f"{shown}: {refusal}")
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        raise LeftAlone(f"{path}: 已有备份 {backup.name}，为避免覆盖未转换；请先移走备份文件。")
    if memo_key(path) != read_at:
        raise LeftAlone(f"{shown}: 转换时文件被改动了，未转换；请保存后再运行一次。")
    mode = stat.S_IMODE(path.stat().st_mode)
    atomic_write(backup, data, mode)
    atomic_write(path, text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8"), mode)
    return f"{path}: 已从 {encoding} 转换为 UTF-8（原文件：{backup.name}）"


def _refusal(path: Path) -> str | None:
    """Why ``path`` (which needs converting) is left as it is: a link or a read-only file; None to convert it."""
    if path.is_symlink():
        return "是符号链接，未转换（转换会用它所指文件的副本替换这个链接）；请转换它所指的文件，或用文件本身替换链接后再运行。"
    if not path.stat().st_mode & stat.S_IWUSR:
        return "是只读文件，未转换；如确要转换，请先取消只读属性后再运行。"
    return None
