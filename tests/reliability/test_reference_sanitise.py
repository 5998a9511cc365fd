"""A hostile templates/reference.docx: nothing active, remote or hidden of it reaches a report; what is
left out is named once in build's note; a broken or hostile package is refused with exit 2."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import hostile_templates as ht
import pytest
from click.testing import CliRunner
from lxml import etree

from lawreport.cli import cli as group

REPO = Path(__file__).resolve().parents[2]
ALLOWED_PARTS = {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/document.xml",
                 "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
                 "word/footer1.xml", "word/footer2.xml", "word/numbering.xml", "word/theme/theme1.xml"}


def _build(tmp_path: Path, template: bytes, monkeypatch: pytest.MonkeyPatch):
    root = tmp_path / "ws"
    shutil.copytree(REPO / "sections", root / "sections")
    (root / "templates").mkdir()
    (root / "templates/reference.docx").write_bytes(template)
    monkeypatch.chdir(root)
    result = CliRunner().invoke(group, ["build", "2023", "--format", "docx"], prog_name="lawreport")
    assert "Traceback" not in result.output, result.output
    return root, result


def _built(root: Path) -> dict[str, bytes]:
    (path,) = (root / "build/2023").glob("*.docx")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    document = docx.Document(str(path))  # python-docx opens it
    assert document.paragraphs[0].text.startswith("示例县教育局")
    return parts


@pytest.mark.parametrize("name", sorted(ht.HOSTILE))
def test_hostile_content_is_left_out_and_named(tmp_path, monkeypatch, name):
    root, result = _build(tmp_path, ht.HOSTILE[name](None), monkeypatch)
    assert result.exit_code == 0, result.output
    parts = _built(root)
    assert set(parts) <= ALLOWED_PARTS, set(parts) - ALLOWED_PARTS
    blob = b"".join(parts.values())
    for marker in ht.MARKERS:
        assert marker not in blob, marker
    for part, data in parts.items():
        etree.fromstring(data)  # every part is well-formed
        assert b"<!DOCTYPE" not in data, part
    notes = [line for line in result.stderr.splitlines() if "不会进入报告" in line]
    assert len(notes) == 1, result.stderr
    assert notes[0].startswith("提示：templates/reference.docx：")


def test_each_kind_is_named(tmp_path, monkeypatch):
    expected = {
        "settings": ("附加模板", "邮件合并", "文档变量", "网页设置"),
        "footer": ("嵌入或链接的对象（OLE）", "ActiveX 控件", "域 INCLUDEPICTURE", "域 INCLUDETEXT", "域 DDEAUTO",
                   "图片或图形", "超链接", "外部链接"),
        "prefix": ("域 DDEAUTO",),
        "bullets": ("图片项目符号",),
        "macro": ("宏（VBA 工程）",),
        "theme": ("主题中的图片填充", "嵌入字体", "a:extLst"),
    }
    for name, fragments in expected.items():
        _, result = _build(tmp_path / name, ht.HOSTILE[name](None), monkeypatch)
        for fragment in fragments:
            assert fragment in result.stderr, (name, fragment, result.stderr)


def test_page_numbers_and_footer_text_survive(tmp_path, monkeypatch):
    root, result = _build(tmp_path, ht.footer_active(None), monkeypatch)
    parts = _built(root)
    footer = parts["word/footer1.xml"].decode()
    assert 'w:instr=" PAGE "' in footer and "— " in footer
    assert "INCLUDED-RESULT" in footer and "LINK-TEXT" in footer  # a dropped field's shown text stays as text
    assert parts["word/_rels/document.xml.rels"].count(b"<Relationship ") == 5


def test_other_prefix_footer_keeps_its_page_number(tmp_path, monkeypatch):
    root, _ = _build(tmp_path, ht.other_prefix_footer(None), monkeypatch)
    footer = etree.fromstring(_built(root)["word/footer2.xml"])
    assert footer.nsmap.get("q") == ht.W_NS
    simple = footer.find(f".//{{{ht.W_NS}}}fldSimple")
    assert simple is not None and "PAGE" in simple.get(f"{{{ht.W_NS}}}instr")


@pytest.mark.parametrize(("make", "fragments"), [
    (ht.doctype_footer, ("word/footer1.xml", "DTD")),
    (ht.gbk_styles, ("word/styles.xml", "gbk", "UTF-8")),
    (ht.encrypted_member, ("加密", "word/styles.xml")),
    (ht.zip_bomb, ("压缩炸弹", "拒绝用作 Word 模板")),
])
def test_broken_or_hostile_package_is_refused(tmp_path, monkeypatch, make, fragments):
    root, result = _build(tmp_path, make(None), monkeypatch)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("templates/reference.docx: "), result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    assert not list((root / "build").rglob("*.docx"))


def test_default_template_gives_no_note(tmp_path, monkeypatch):
    root, result = _build(tmp_path, (REPO / "templates/reference.docx").read_bytes(), monkeypatch)
    assert result.exit_code == 0 and "不会进入报告" not in result.stderr


def test_theme_keeps_its_colours_and_fonts(tmp_path, monkeypatch):
    root, _ = _build(tmp_path, ht.theme_and_fonts(None), monkeypatch)
    parts = _built(root)
    theme = etree.fromstring(parts["word/theme/theme1.xml"])
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    assert theme.find(f".//{a}clrScheme") is not None and theme.find(f".//{a}majorFont/{a}latin") is not None
    fills = theme.find(f".//{a}bgFillStyleLst")
    assert [child.tag for child in fills] == [f"{a}solidFill", f"{a}solidFill"]  # the image fill became plain
    assert b"embedRegular" not in parts["word/fontTable.xml"]


def test_hidden_footer_text_goes_and_page_fields_carry_nothing_else(tmp_path, monkeypatch):
    """A footer's hidden runs are removed with their text (before: kept, hidden, in every report);
    a style's or a paragraph mark's hiding property is removed (the text shows); a field that
    starts with PAGE but goes on (INCLUDETEXT "http://…") keeps only its shown result."""
    root, result = _build(tmp_path, ht.hidden_footer(), monkeypatch)
    assert result.exit_code == 0, result.output
    parts = _built(root)
    footer = parts["word/footer1.xml"].decode()
    assert "HIDDEN-FOOTER" not in footer and "SHOWN-FOOTER" in footer and "STYLED-FOOTER" in footer
    assert "EVIL-HOST" not in footer and "INCLUDE" not in footer
    assert footer.count('instr=" PAGE "') == 1  # the template's own page number stays
    assert b"vanish" not in parts["word/styles.xml"].lower()
    assert "页眉页脚中的隐藏文字" in result.stderr and "域 PAGE（页码之后另有内容）" in result.stderr
