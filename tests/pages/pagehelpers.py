"""Building a variant of the example and laying it out with LibreOffice, for the page tests."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from lawreport.building.year import build_year
from lawreport.lint.base import Diagnostic
from lawreport.lint.built import printed
from lawreport.lint.built.runner import lint_built
from lawreport.lint.config import Active
from lawreport.sources.workspace import load_workspace

EXAMPLE = Path(__file__).resolve().parents[2] / "sections"

needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                       reason="LibreOffice is not installed (CI installs it in .ci/run)")
LONG_ISSUER = "青岭省云泽市白沙河区人民政府办公室"
"""A fictional office whose name is as long as the longest real ones (province, city, district, office)."""
FILLER = "坚持依法行政推进法治政府建设落实各项工作任务"


def workspace(root: Path, issuer: str = "", extra_lines: int = 0) -> Path:
    """A copy of the example under ``root``: another issuer, and a closing paragraph of ``extra_lines`` full lines."""
    shutil.copytree(EXAMPLE, root / "sections")
    meta = root / "sections/2023/report.yaml"
    if issuer:
        meta.write_text(meta.read_text("utf-8").replace("示例县教育局", issuer), "utf-8")
    if extra_lines:
        plans = root / "sections/2023/plans.md"
        text = (FILLER * 40)[: 28 * extra_lines - 3] + "。"  # indent 2 + text + 。 fill the lines
        plans.write_text(plans.read_text("utf-8").rstrip("\n") + "\n\n" + text + "\n", "utf-8")
    return root


def build_docx(root: Path, formats: tuple[str, ...] = ("docx",)) -> Path:
    result = build_year(load_workspace(root), 2023, formats)
    return next(path for path in result.written if path.suffix == ".docx")


def printed_findings(path: Path) -> list[Diagnostic]:
    """What D005 finds in the DOCX at ``path`` once LibreOffice has laid it out."""
    return lint_built(path, [Active(printed.RULE, None, None)])[0]


def without_keeps(path: Path) -> Path:
    """The same DOCX with keep-with-next, keep-lines and widow control taken out (as before issue 17)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:keepNext/>", b"").replace(b"<w:keepLines/>", b"")
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(b"<w:widowControl/>", b'<w:widowControl w:val="0"/>')
    target = path.with_name("without-keeps.docx")
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target
