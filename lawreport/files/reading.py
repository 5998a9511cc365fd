"""Reading a file the user names (a received report, a roster): a regular file, and no more of it than a limit.

A named pipe, ``/dev/zero`` or a terminal given by mistake would otherwise make the read wait
forever or fill the memory. The file is opened without blocking (opening a named pipe
waits for a writer) and checked on the open descriptor, so a file swapped after a check
cannot slip through.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """The path names a named pipe, a device or a socket."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit + 1`` of them (more than ``limit``: too large).

    Raises OSError: FileNotFoundError, IsADirectoryError, :class:`NotRegularFile` (its
    ``strerror`` says what the path is), or whatever reading raises.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "这是一个目录，不是文件", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(errno.EINVAL, "这不是普通文件（是命名管道、设备或套接字）", str(path))
        return handle.read(limit + 1)
