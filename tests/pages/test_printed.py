"""The example and a long-issuer variant, laid out by LibreOffice: clean pages, an unbroken name, distinct faces."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pagehelpers import LONG_ISSUER, build_docx, needs_libreoffice, printed_findings, workspace

from lawreport.render import fonts


@needs_libreoffice
@pytest.mark.parametrize("issuer", ["", LONG_ISSUER])
def test_pages_are_clean(tmp_path: Path, issuer: str) -> None:
    path = build_docx(workspace(tmp_path, issuer), ("docx", "pdf"))
    assert [d.message for d in printed_findings(path)] == []
    if issuer:
        assert docx.Document(str(path)).paragraphs[0].text == f"{LONG_ISSUER}\n2023年法治政府建设年度报告"


def _faces(pdf: Path) -> dict[float, set[str]]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        chars = document.pages[0].chars
    faces: dict[float, set[str]] = {}
    for char in chars:
        faces.setdefault(round(char["size"]), set()).add(char["fontname"].split("+")[-1])
    return faces


@needs_libreoffice
def test_pdf_uses_a_face_of_each_kind(tmp_path: Path) -> None:
    """Title, 黑体 heading and 仿宋 body are not one sans face (the Japanese-locale fallback)."""
    statuses = fonts.machine_fonts()
    if statuses is None or not all(s.installed or s.substitute for s in statuses):
        pytest.skip("the GB fonts or their free substitutes are not installed")
    path = build_docx(workspace(tmp_path), ("docx", "pdf"))
    pdf = path.with_suffix(".pdf")
    faces = _faces(pdf)
    title, body = faces[22], faces[16]
    assert len(title) == 1 and len(body) >= 2, faces  # body size holds 仿宋, 黑体 and 楷体 lines
    by_kind = {s.font.name: s.installed or s.substitute for s in statuses}
    if by_kind["黑体"] == "Noto Sans CJK SC" and by_kind["仿宋_GB2312"] == "Noto Serif CJK SC":
        assert any("Sans" in face for face in body) and any("Serif" in face for face in body), body
        assert any("Bold" in face for face in title), title  # 小标宋 stands in as a bold Song face


def test_without_libreoffice_the_page_check_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    path = build_docx(workspace(tmp_path))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    (finding,) = printed_findings(path)
    assert finding.severity.value == "info" and "没有安装 LibreOffice" in finding.message


def test_a_failed_layout_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lawreport.errors import UsageError
    from lawreport.lint.built import pdfread

    path = build_docx(workspace(tmp_path))

    def fail(docx: Path) -> list[object]:
        raise UsageError("LibreOffice（soffice）没有生成 PDF（退出码 1）")

    monkeypatch.setattr(pdfread, "libreoffice_available", lambda: True)
    monkeypatch.setattr(pdfread, "print_docx", fail)
    (finding,) = printed_findings(path)
    assert finding.severity.value == "warning" and "没有生成 PDF" in finding.message
