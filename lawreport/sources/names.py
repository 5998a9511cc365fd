"""File-name rules for ``sections/<year>/``: the junk other programs leave there, and the
names and paths Windows cannot open (checked on every platform, so Linux CI catches them)."""

from __future__ import annotations

import re

JUNK = re.compile(
    r"^(~\$.*|~WRL\d*\.tmp"  # Word: owner file of an open document, temporary copy
    r"|\.~.*"  # LibreOffice lock (.~lock.x#), WPS owner file (.~x.docx)
    r"|\._.*|\.DS_Store"  # macOS: AppleDouble companions on USB drives and shares, folder settings
    r"|Thumbs\.db|ehthumbs\.db|desktop\.ini"  # Windows Explorer
    r"|.*~|\..*\.swp)$",  # editor backups and swap files
    re.IGNORECASE,
)
"""Files that editors and file managers leave beside the sources: ignored without a word."""
_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?$", re.IGNORECASE)
_WINDOWS_BAD_CHARS = re.compile(r'[<>:"|?*\x00-\x1f]')
WINDOWS_MAX_PATH = 260
"""Windows' MAX_PATH, in UTF-16 code units, for the whole path of a file."""


def windows_name_problem(name: str, relative: str = "") -> str | None:
    """Why ``name`` cannot exist on Windows, or None.

    ``relative`` is the file's path from the workspace root (``sections/2023/x.md``): longer than
    MAX_PATH, the file cannot be opened on Windows even before the project folder is prepended.
    """
    if _WINDOWS_RESERVED.match(name):
        return "是 Windows 的保留文件名"
    if _WINDOWS_BAD_CHARS.search(name):
        return "含有 Windows 不允许的字符（< > : \" | ? * 或控制字符）"
    if name.endswith((".", " ")):
        return "以点或空格结尾，Windows 上无法使用"
    length = len(relative) + sum(1 for char in relative if ord(char) > 0xFFFF)  # UTF-16 code units
    if length > WINDOWS_MAX_PATH:
        return (f"过长：从项目目录算起的路径已有 {length} 个字符，超过 Windows 的路径长度上限 {WINDOWS_MAX_PATH}"
                "（MAX_PATH），在 Windows 上无法打开，请改用短一些的文件名")
    return None
