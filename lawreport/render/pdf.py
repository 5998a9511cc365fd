"""DOCX → PDF through LibreOffice headless (``build --format pdf``; ``lint --built`` reads the pages).

LibreOffice runs with a profile of its own in a temporary folder and the font substitutes of
lawreport.render.fonts; a conversion that fails, or takes longer than ``PDF_TIMEOUT``, is a
UsageError saying what to do, and leaves the previous outputs as they were.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from lawreport.errors import UsageError

PDF_TIMEOUT = 180
"""Seconds for one conversion (LibreOffice's first start creates its profile)."""


def convert_pdf(docx_bytes: bytes, stem: str) -> Path:
    """Convert through LibreOffice headless; returns the PDF in a temporary folder.

    A DOCX that turns off the automatic spacing around digits goes through an ODT without it
    (lawreport.render.autospace), so that the PDF sets numbers as Word does."""
    from lawreport.render import autospace, fonts

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UsageError(
            "生成 PDF 需要 LibreOffice，但没有找到 soffice 命令",
            hint="请安装 LibreOffice（Debian/Ubuntu：apt install libreoffice-writer），或只生成 docx,html。",
        )
    work = Path(tempfile.mkdtemp(prefix="lawreport-pdf-"))
    source = work / f"{stem}.docx"
    source.write_bytes(docx_bytes)
    env = fonts.libreoffice_env(work, fonts.machine_fonts())
    try:
        if autospace.turned_off(docx_bytes):
            odt = _run(soffice, work, env, source, "odt")
            source = work / f"{stem}-solid.odt"
            source.write_bytes(autospace.without_autospace(odt.read_bytes()))
        pdf = _run(soffice, work, env, source, "pdf")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    final = work / f"{stem}.pdf"
    if pdf != final:
        pdf.replace(final)
    return final


def _run(soffice: str, work: Path, env: dict[str, str], source: Path, fmt: str) -> Path:
    """``source`` converted to ``fmt`` in ``work`` by LibreOffice with its own profile there."""
    profile = work / "profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
               "--outdir", str(work), str(source)]
    hint = "之前生成的文件保持不变；可以先用 --format docx,html 生成，并确认 LibreOffice 能正常启动（soffice --version）。"
    try:
        done = subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise UsageError(f"LibreOffice（{soffice}）转换 PDF 超过 {PDF_TIMEOUT} 秒仍未完成，已中止", hint=hint) from None
    except OSError as exc:
        raise UsageError(f"无法运行 LibreOffice（{soffice}）：{exc.strerror or exc}", hint=hint) from None
    result = work / f"{source.stem}.{fmt}"
    if done.returncode != 0 or not result.is_file():
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        detail = f"：{said[-1][:200]}" if said else ""
        raise UsageError(f"LibreOffice（{soffice}）没有生成 PDF（退出码 {done.returncode}）{detail}", hint=hint)
    return result


def read_pdf(pdf: Path) -> bytes:
    """The converted PDF's bytes; its temporary folder is removed."""
    try:
        return pdf.read_bytes()
    except OSError as exc:
        raise UsageError(f"无法读取 LibreOffice 生成的 PDF：{exc.strerror or exc}") from None
    finally:
        shutil.rmtree(pdf.parent, ignore_errors=True)
