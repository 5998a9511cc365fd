"""The GB/T 9704 fonts: which are installed, what stands in for the missing ones, and a
fontconfig configuration that makes LibreOffice use those stand-ins when it writes a PDF.

Without it LibreOffice falls back to whatever fontconfig finds first for an unknown family,
on Debian the Japanese-locale Noto Sans CJK JP face for every font, so title, 黑体, 楷体 and
仿宋 look alike. The generated configuration includes the system's own, then maps each missing
GB font to the first installed family of its kind, Simplified-Chinese forms first.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

_SYSTEM_CONFIG = Path("/etc/fonts/fonts.conf")
_FC_LIST_TIMEOUT = 30  # seconds; fc-list builds its cache on a first run


class GbFont(NamedTuple):
    """One font the template names, and the families that may stand in for it, best first."""

    name: str
    """As the Word template names it (word/styles.xml)."""
    use: str
    """Where the report uses it."""
    alternates: tuple[str, ...]
    """The same design under another name (Windows, WPS, macOS): as good as the font itself."""
    substitutes: tuple[str, ...]
    """Free families of the same kind (Simplified-Chinese forms), used when no alternate is installed."""
    bold: bool = False
    """Whether a substitute is set bold (小标宋 is a heavy Song face; a regular Song face is too light)."""


GB_FONTS: tuple[GbFont, ...] = (
    GbFont("方正小标宋简体", "标题", ("方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong"),
           ("Noto Serif CJK SC SemiBold", "Noto Serif CJK SC", "AR PL UMing CN"), bold=True),
    GbFont("黑体", "一级标题", ("SimHei", "方正黑体_GBK", "方正黑体简体"),
           ("Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")),
    GbFont("楷体_GB2312", "二级标题", ("楷体", "KaiTi", "方正楷体_GBK", "华文楷体", "STKaiti"),
           ("LXGW WenKai", "AR PL UKai CN")),
    GbFont("仿宋_GB2312", "正文", ("仿宋", "FangSong", "方正仿宋_GBK", "华文仿宋", "STFangsong"),
           ("Noto Serif CJK SC Light", "Noto Serif CJK SC", "AR PL UMing CN")),
    GbFont("宋体", "页码", ("SimSun", "NSimSun", "新宋体"), ("AR PL UMing CN", "Noto Serif CJK SC")),
)

DEBIAN_PACKAGES = ("fonts-noto-cjk", "fonts-lxgw-wenkai", "fonts-arphic-ukai", "fonts-arphic-uming")
"""Debian/Ubuntu packages with the free substitutes (apt install …). fonts-noto-cjk-extra (about
130 MB) adds the light and semi-bold weights that come closer to 仿宋 and 小标宋 (docs/fonts.md)."""


class FontStatus(NamedTuple):
    """How one GB font will be printed on this machine."""

    font: GbFont
    installed: str | None
    """The font itself or an alternate of the same design, when installed."""
    substitute: str | None
    """The free family LibreOffice will use instead, when the font is missing."""


def installed_families() -> set[str] | None:
    """Every font family fontconfig knows (all names of each), or None without fc-list."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run([fc_list, ":", "family"], capture_output=True, timeout=_FC_LIST_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    families: set[str] = set()
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        families.update(name.strip() for name in line.replace("\\,", "\0").split(",") if name.strip())
    return {name.replace("\0", ",") for name in families}


def font_status(families: set[str]) -> list[FontStatus]:
    """For each GB font: installed, replaced by a free family, or missing altogether."""
    statuses = []
    for font in GB_FONTS:
        installed = next((name for name in (font.name, *font.alternates) if name in families), None)
        substitute = None if installed else next((name for name in font.substitutes if name in families), None)
        statuses.append(FontStatus(font, installed, substitute))
    return statuses


@functools.cache
def machine_fonts() -> list[FontStatus] | None:
    """:func:`font_status` of this machine's fonts, asked once per process; None without fc-list."""
    families = installed_families()
    return None if families is None else font_status(families)


def _match(font: GbFont, family: str, bold: bool) -> str:
    weight = '<edit name="weight" mode="assign"><const>bold</const></edit>' if bold else ""
    return (f'<match target="pattern"><test name="family" compare="eq"><string>{font.name}</string></test>'
            f'<edit name="family" mode="assign" binding="strong"><string>{family}</string></edit>'
            f'<edit name="lang" mode="assign"><string>zh-cn</string></edit>{weight}</match>')


def fonts_conf(statuses: list[FontStatus], system: Path | None = _SYSTEM_CONFIG) -> str:
    """A fontconfig file: the system configuration, then each GB font mapped to its stand-in."""
    rules = []
    if system is not None and system.is_file():
        rules.append(f'<include ignore_missing="yes">{system}</include>')
    for status in statuses:
        if status.installed and status.installed != status.font.name:
            rules.append(_match(status.font, status.installed, False))
        elif status.substitute:
            rules.append(_match(status.font, status.substitute, status.font.bold))
    body = "\n  ".join(rules)
    return ('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
            f"<fontconfig>\n  {body}\n</fontconfig>\n")


def libreoffice_env(folder: Path, statuses: list[FontStatus] | None) -> dict[str, str]:
    """The environment for a LibreOffice conversion: FONTCONFIG_FILE at a configuration written
    into ``folder`` (the conversion's own temporary folder). Unchanged without fc-list."""
    env = dict(os.environ)
    if statuses is None:
        return env
    system = Path(env["FONTCONFIG_FILE"]) if env.get("FONTCONFIG_FILE") else _SYSTEM_CONFIG
    config = folder / "fonts.conf"
    config.write_text(fonts_conf(statuses, system), "utf-8")
    env["FONTCONFIG_FILE"] = str(config)
    return env


def install_hint() -> str:
    """How to get the fonts, in one sentence (docs/fonts.md has the details)."""
    return ("Debian/Ubuntu/统信 UOS/麒麟：sudo apt install " + " ".join(DEBIAN_PACKAGES)
            + "；Windows 请安装方正小标宋简体、仿宋_GB2312、楷体_GB2312（见 docs/fonts.md）")


def pdf_font_notes(statuses: list[FontStatus] | None) -> tuple[str, ...]:
    """What to tell the user about the fonts of a PDF: each stand-in and each font with none."""
    if statuses is None:  # Windows and macOS have no fontconfig: LibreOffice uses the system's fonts
        if sys.platform in ("win32", "darwin"):
            return ()
        return ("无法检查已安装的字体（没有 fc-list 命令），PDF 中的字体可能与公文要求不符；" + install_hint(),)
    replaced = [f"{s.font.name}（{s.font.use}）→ {s.substitute}" for s in statuses if s.substitute]
    missing = [f"{s.font.name}（{s.font.use}）" for s in statuses if not s.installed and not s.substitute]
    notes = []
    if replaced:
        notes.append("PDF 中以免费字体代替未安装的公文字体：" + "；".join(replaced) + "。正式印发前请在装有这些字体的电脑上核对")
    if missing:
        notes.append("未安装字体 " + "、".join(missing) + "，也没有可代替的字体，PDF 中的字形可能不对；" + install_hint())
    return tuple(notes)
