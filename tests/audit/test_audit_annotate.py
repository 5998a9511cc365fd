"""--annotate: a copy of each received Word file with its findings as comments; LibreOffice reads them back."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from lawreport.cli import main

SOFFICE = shutil.which("soffice")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _comments_by_paragraph(path: Path) -> dict[int, list[str]]:
    """Paragraph number (every ``w:p`` of the body in order) → the texts of the comments anchored in it,
    read with lxml from the package's parts (a file python-docx cannot open is read too)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        comments = etree.fromstring(archive.read("word/comments.xml"))
    texts = {c.get(f"{_W}id"): "".join(t.text or "" for t in c.iter(f"{_W}t")) for c in comments.iter(f"{_W}comment")}
    found: dict[int, list[str]] = {}
    for number, paragraph in enumerate(document.iter(f"{_W}p"), start=1):
        for start in paragraph.iter(f"{_W}commentRangeStart"):
            found.setdefault(number, []).append(texts[start.get(f"{_W}id")])
    return found


@pytest.fixture(scope="module")
def annotated(fixture_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("annotated") / "out"
    before = _digest(fixture_corpus["current"])
    assert main(["audit", str(fixture_corpus["current"]), "--annotate", "--format", "json", "-o", str(out)]) == 0
    assert _digest(fixture_corpus["current"]) == before  # the received files are untouched
    return out / "批注" / fixture_corpus["current"].name


def test_each_finding_is_a_comment_at_its_paragraph(annotated, row_of):
    farming = row_of("农业农村局.docx")
    comments = _comments_by_paragraph(annotated / "农业农村局.docx")
    expected: dict[int, list[str]] = {}
    for f in farming.findings:
        expected.setdefault(f.line, []).append(f.code)
    assert {n: sorted(t.split()[0] for t in texts) for n, texts in comments.items()} == \
        {n: sorted(codes) for n, codes in expected.items()}
    assert any("序号倒退" in t for t in comments[6])


def test_only_word_files_with_findings_get_a_copy(annotated):
    names = sorted(p.relative_to(annotated).as_posix() for p in annotated.rglob("*.docx"))
    assert "农业农村局.docx" in names and "财政局.docx" in names and "乡镇/石门乡.docx" in names
    assert "教育局.docx" not in names  # no findings
    assert not any(name.endswith(".txt") for name in names)


def test_the_author_is_lawreport(annotated):
    import docx

    authors = {c.author for c in docx.Document(str(annotated / "财政局.docx")).comments}
    assert authors == {"lawreport"}


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice")
def test_libreoffice_reads_the_comments_back(annotated, tmp_path):
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "lo"),
                    str(annotated / "农业农村局.docx")], capture_output=True, timeout=180, check=True)
    original = _comments_by_paragraph(annotated / "农业农村局.docx")
    again = _comments_by_paragraph(tmp_path / "lo" / "农业农村局.docx")
    assert sorted(t for texts in again.values() for t in texts) == sorted(t for texts in original.values() for t in texts)


def test_annotating_into_the_received_folder_is_refused(fixture_corpus, capsys):
    inside = fixture_corpus["current"] / "审查结果"
    assert main(["audit", str(fixture_corpus["current"]), "--annotate", "-o", str(inside)]) == 2
    assert "下次审查会把副本当作收到的报告" in capsys.readouterr().err
    assert not inside.exists()


def test_a_word_file_without_a_styles_part_gets_its_copy(fixture_corpus, tmp_path):
    """Word opens a file without styles.xml, and so does the reader: its copy is written too (the
    copy used to be python-docx's work, which refused such a file, and the audit silently went
    without it)."""
    import json
    import zipfile

    folder = tmp_path / "in"
    folder.mkdir()
    source = fixture_corpus["current"] / "农业农村局.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(folder / source.name, "w") as stripped:
        for item in original.infolist():
            if item.filename != "word/styles.xml":
                stripped.writestr(item, original.read(item.filename))
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--annotate", "--format", "json", "-o", str(out)]) == 0
    [row] = json.loads((out / "audit.json").read_text("utf-8"))["files"]
    assert row["readable"] and row["unit"] and row["year"] and row["annotated"]
    codes = sorted(text.split()[0] for texts in _comments_by_paragraph(Path(row["annotated"])).values() for text in texts)
    assert codes == sorted(f["code"] for f in row["findings"])


def test_a_copy_that_cannot_be_written_leaves_the_row_without_it(fixture_corpus, tmp_path):
    """A folder stands where the copy would go: the report is still audited, only its copy is missing."""
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(fixture_corpus["current"] / "农业农村局.docx", folder / "农业农村局.docx")
    out = tmp_path / "out"
    (out / "批注" / "in" / "农业农村局.docx").mkdir(parents=True)
    assert main(["audit", str(folder), "--annotate", "--format", "json", "-o", str(out)]) == 0
    [row] = json.loads((out / "audit.json").read_text("utf-8"))["files"]
    assert row["readable"] and row["findings"] and not row["annotated"]


def _findings_docx(fixture_corpus, place: Path) -> str:
    """A received Word file with findings (so that --annotate writes its copy), copied to ``place``."""
    place.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture_corpus["current"] / "财政局.docx", place)
    return hashlib.sha256(place.read_bytes()).hexdigest()


@pytest.mark.parametrize("given", ["file", "subfolder", "linked-folder"])
def test_a_copy_never_replaces_the_received_file(fixture_corpus, tmp_path, capsys, given):
    """The received file given by itself, or a folder inside 批注/ (directly or through a link):
    its copy would land on the file itself. Refused before anything is written."""
    out = tmp_path / "out"
    if given == "linked-folder":
        received = tmp_path / "received" / "current" / "财政局.docx"
        (out / "批注").mkdir(parents=True)
        (out / "批注" / "current").symlink_to(received.parent, target_is_directory=True)
    else:
        received = out / "批注" / ("财政局.docx" if given == "file" else "current/财政局.docx")
    before = _findings_docx(fixture_corpus, received)
    argument = received if given == "file" else received.parent
    assert main(["audit", str(argument), "--annotate", "--format", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "财政局.docx" in err and "覆盖" in err and "-o" in err, err
    assert hashlib.sha256(received.read_bytes()).hexdigest() == before
    assert not (out / "audit.json").exists()


def test_two_received_files_whose_copies_would_collide_are_refused(fixture_corpus, tmp_path, capsys):
    """Two files of the same name given from two folders: one copy would silently replace the other."""
    first, second = tmp_path / "甲" / "财政局.docx", tmp_path / "乙" / "财政局.docx"
    _findings_docx(fixture_corpus, first)
    _findings_docx(fixture_corpus, second)
    out = tmp_path / "out"
    assert main(["audit", str(first), str(second), "--annotate", "--format", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(first) in err and str(second) in err and "同一个" in err, err
    assert not out.exists()


def test_the_audit_copy_marks_the_matched_text_as_lint_does(tmp_path):
    """``audit --annotate`` writes the comments ``lint --annotate`` writes: a finding with no fix marks
    the text its rule matched (the second “现将……报告如下”, the part title's wrong year, the missing part
    the opening announces), not one character. The report is tests/lint/test_annotate_matched's."""
    import json

    from docx import Document

    from tests.lint.annotate_check import marked
    from tests.lint.test_annotate_matched import WANTED, _by_code, _received

    folder = tmp_path / "in"
    folder.mkdir()
    _received(folder)
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--annotate", "--format", "json", "-o", str(out)]) == 0
    [row] = json.loads((out / "audit.json").read_text("utf-8"))["files"]
    copy = Document(row["annotated"])
    found = _by_code({str(c.comment_id): c.text for c in copy.comments}, marked(copy.element))
    assert {code: ranges for code, ranges in found.items() if code in WANTED} == {code: [text] for code, text in WANTED.items()}
