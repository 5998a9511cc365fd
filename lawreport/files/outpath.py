"""Where a command may write its ``-o`` output, and writing it there.

The rules, shared by ``lint -o`` and ``diff -o``:

- never a source: nothing inside ``sections/`` or ``templates/``, not ``lawreport.yaml`` or
  the structure file, nor a file the command reads (a received report given to ``lint``).
  A path is compared after following links and by file identity, so another spelling of
  the same file (a link, a hard-linked name, another letter case on Windows or macOS) is
  refused too;
- a symbolic link to a regular file (or a dangling one) is refused: replacing the file would
  drop the link, and writing through it would let a workspace someone sent aim the output
  at any file of the user's;
- a character device or a named pipe (``-o /dev/stdout``, ``/dev/null``, a FIFO) is written
  through, as it stands: it cannot be replaced and has nothing to keep;
- a folder, a block device or a socket is refused;
- anything else (a regular file, or a new one) is written atomically: into a temporary file
  beside it, renamed over it when complete, so a reader sees the old file or the whole new
  one, and an interrupted run leaves the old one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TextIO

from lawreport.cjk import is_invisible
from lawreport.errors import UsageError, display_path
from lawreport.files.atomic import TEMP_PREFIX, write_error

if TYPE_CHECKING:
    from lawreport.sources.workspace import Workspace


class Writer(Protocol):
    """What ``open_output`` yields: a stream that takes text."""

    def write(self, text: str, /) -> int: ...


class OutputPath(NamedTuple):
    """An output path that passed the checks, and how it is written."""

    path: Path
    through: bool
    """Write straight into it (a device or a pipe), rather than by a temporary and a rename."""
    mode: int | None = None
    """The permissions of the file it replaces (None: a new file, the umask's default)."""


def _refuse(path: Path, why: str, hint: str) -> UsageError:
    try:
        shown = display_path(path)
    except RuntimeError:  # it resolves the folder: a loop of links (Python before 3.13)
        shown = str(path)
    return UsageError(f"不能写入输出文件 {_shown(shown)}：{why}", hint=hint)


def _same(one: Path, other: Path) -> bool:
    with contextlib.suppress(OSError):
        return os.path.samefile(one, other)
    return False


def _protected(workspace: Workspace | None, sources: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(folders, files) an output must stay out of."""
    folders: list[Path] = []
    files = [Path(source) for source in sources]
    if workspace is not None:
        folders += [workspace.sections, workspace.templates]
        files += [path for path in (workspace.config_path, workspace.structure_path) if path is not None]
    return folders, files


def _resolved(path: Path) -> Path:
    """``path`` with its links followed; a UsageError for a loop of links."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python before 3.13)
        raise _refuse(path, "路径中有循环的符号链接", "请检查该路径中的链接，或写到别的文件。") from None


def _shown(text: str) -> str:
    """A link's target as it may be printed: invisible characters (terminal escapes, bidi
    overrides: :func:`lawreport.cjk.is_invisible`) as ``?``."""
    return "".join("?" if is_invisible(char) else char for char in text)


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or below it: by resolved names, and by the identity of each
    existing ancestor (a case-insensitive file system spells a folder several ways)."""
    resolved, root = _resolved(path), _resolved(folder)
    if resolved == root or root in resolved.parents:
        return True
    if not root.is_dir():
        return False
    return any(_same(ancestor, root) for ancestor in (resolved, *resolved.parents) if ancestor.exists())


def check_output(path: Path, workspace: Workspace | None, sources: Iterable[Path] = ()) -> OutputPath:
    """``path`` as an output, or a UsageError (exit 2) saying why it is refused (see the module)."""
    hint = "请写到 sections/ 之外的新文件，例如 -o build/lint.txt。"
    folders, files = _protected(workspace, sources)
    for folder in folders:
        if _inside(path, folder):
            raise _refuse(path, f"它位于源目录 {display_path(folder)} 内，会覆盖或混入源文件", hint)
    if any(_resolved(path) == _resolved(source) or _same(path, source) for source in files):
        raise _refuse(path, "它是本次读取的源文件，写入会覆盖源文件", "请换一个文件名，例如 -o build/lint.txt。")
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise _refuse(path, f"它是指向不存在位置 {_shown(os.readlink(path))} 的符号链接", "请删除该链接，或写到别的文件。") from None
        return OutputPath(path, False)
    except OSError as exc:
        raise write_error(path, exc) from None
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return OutputPath(path, True)
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(path, "它是一个目录", "请在 -o 后写文件名，例如 -o build/lint.txt。")
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(path, "它不是普通文件（块设备或套接字）", "请写到普通文件。")
    if path.is_symlink():
        raise _refuse(path, f"它是指向 {_shown(os.readlink(path))} 的符号链接",
                      "为免写到链接所指的别处文件，lawreport 不写入符号链接；请删除该链接，或写到别的文件。")
    return OutputPath(path, False, stat.S_IMODE(info.st_mode))


@contextlib.contextmanager
def open_output(output: OutputPath) -> Iterator[Writer]:
    """A UTF-8 text stream onto a checked output. A regular file is replaced only when the
    block ends without an error; on an error the old file stays and the temporary is removed.
    An OSError while writing is a UsageError (exit 2) naming the output."""
    path = output.path
    if output.through:
        try:
            handle = open(path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise write_error(path, exc) from None
        with handle:
            yield _Guarded(handle, path)
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder,
                                             prefix=TEMP_PREFIX, delete=False)
    except OSError as exc:
        raise write_error(path, exc) from None
    temp = Path(handle.name)
    try:
        with handle:
            yield _Guarded(handle, path)
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise write_error(path, exc) from None
        try:
            os.chmod(temp, _default_mode() if output.mode is None else output.mode)
            os.replace(temp, path)
        except OSError as exc:
            raise write_error(path, exc) from None
    finally:
        temp.unlink(missing_ok=True)


class _Guarded:
    """A text stream whose write errors (disk full) are UsageErrors naming the output."""

    def __init__(self, handle: TextIO, path: Path) -> None:
        self._handle = handle
        self._path = path

    def write(self, text: str) -> int:
        """Write ``text``; an OSError becomes a UsageError naming the output."""
        try:
            return self._handle.write(text)
        except OSError as exc:
            raise write_error(self._path, exc) from None


def write_output(output: OutputPath, text: str) -> None:
    """Write ``text`` onto a checked output (see ``open_output``)."""
    with open_output(output) as handle:
        handle.write(text)


def _default_mode() -> int:
    """The mode a new file gets under the current umask (a temporary file starts as 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
