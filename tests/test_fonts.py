"""The GB fonts: substitution data in the DOCX, fontconfig aliases for LibreOffice, notes and ``lawreport doctor``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from lawreport.render import fonts

REPO = Path(__file__).resolve().parents[1]


def test_font_table_names_the_substitutes_word_and_wps_use() -> None:
    with zipfile.ZipFile(REPO / "templates/reference.docx") as archive:
        table = archive.read("word/fontTable.xml").decode("utf-8")
    for name, alt in (("仿宋_GB2312", "仿宋"), ("楷体_GB2312", "楷体"), ("黑体", "SimHei"), ("宋体", "SimSun"),
                      ("方正小标宋简体", "宋体")):
        entry = table.split(f'<w:font w:name="{name}">', 1)[1].split("</w:font>", 1)[0]
        assert f'<w:altName w:val="{alt}"/>' in entry and '<w:charset w:val="86"/>' in entry
        assert '<w:panose1 w:val="' in entry


def test_the_template_keeps_widows_and_the_title_off_the_grid() -> None:
    with zipfile.ZipFile(REPO / "templates/reference.docx") as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert '<w:widowControl w:val="0"/>' not in styles and "<w:widowControl/>" in styles
    title = styles.split('w:styleId="Title"', 1)[1].split("</w:style>", 1)[0]
    assert '<w:snapToGrid w:val="0"/>' in title and 'w:lineRule="exact"' in title


NOTO = {"Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans CJK JP", "AR PL UKai CN"}


def test_missing_fonts_map_to_simplified_chinese_substitutes(tmp_path: Path) -> None:
    statuses = fonts.font_status(NOTO)
    chosen = {s.font.name: s.substitute for s in statuses}
    assert chosen == {"方正小标宋简体": "Noto Serif CJK SC", "黑体": "Noto Sans CJK SC", "楷体_GB2312": "AR PL UKai CN",
                      "仿宋_GB2312": "Noto Serif CJK SC", "宋体": "Noto Serif CJK SC"}
    system = tmp_path / "system.conf"
    system.write_text("<fontconfig/>", "utf-8")
    conf = fonts.fonts_conf(statuses, system)
    assert f'<include ignore_missing="yes">{system}</include>' in conf
    assert "JP" not in conf
    title_rule = conf.split("<string>方正小标宋简体</string>", 1)[1].split("</match>", 1)[0]
    assert "<string>Noto Serif CJK SC</string>" in title_rule and "<const>bold</const>" in title_rule
    assert conf.count("<match ") == 5


def test_installed_fonts_and_alternates_need_no_substitute() -> None:
    statuses = fonts.font_status({"仿宋_GB2312", "KaiTi", "SimHei", "SimSun", "方正小标宋简体"})
    assert all(s.installed and not s.substitute for s in statuses)
    conf = fonts.fonts_conf(statuses, None)
    assert conf.count("<match ") == 3 and "<string>KaiTi</string>" in conf  # 楷体_GB2312 → KaiTi, same design
    assert fonts.pdf_font_notes(statuses) == ()


def test_notes_name_substitutes_and_missing_fonts() -> None:
    notes = fonts.pdf_font_notes(fonts.font_status({"Noto Serif CJK SC"}))
    assert any("仿宋_GB2312（正文）→ Noto Serif CJK SC" in note for note in notes)
    missing = next(note for note in notes if note.startswith("未安装字体"))
    assert "黑体（一级标题）" in missing and "楷体_GB2312（二级标题）" in missing and "apt install" in missing
    assert "fc-list" in fonts.pdf_font_notes(None)[0]


def test_libreoffice_gets_the_generated_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    env = fonts.libreoffice_env(tmp_path, fonts.font_status(NOTO))
    assert env["FONTCONFIG_FILE"] == str(tmp_path / "fonts.conf")
    assert "方正小标宋简体" in (tmp_path / "fonts.conf").read_text("utf-8")
    assert "FONTCONFIG_FILE" not in fonts.libreoffice_env(tmp_path / "x", None)


def test_doctor_says_what_is_missing(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "machine_fonts", lambda: fonts.font_status({"Noto Sans CJK SC"}))
    result = cli("doctor")
    assert "✗ 楷体_GB2312（二级标题）：未安装，也没有可代替的字体" in result.stdout
    assert "~ 黑体（一级标题）：未安装，PDF 中以免费字体 Noto Sans CJK SC 代替" in result.stdout
    assert "apt install" in result.stdout and result.exit_code == 1


def test_doctor_is_content_when_everything_is_there(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(fonts, "machine_fonts", lambda: fonts.font_status({f.name for f in fonts.GB_FONTS}))
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    result = cli("doctor")
    assert result.exit_code == 0, result.output
    assert "✓ 仿宋_GB2312（正文）：已安装" in result.stdout and "安装字体" not in result.stdout


def test_the_extra_weights_come_first_when_installed() -> None:
    chosen = {s.font.name: s.substitute for s in fonts.font_status(
        NOTO | {"Noto Serif CJK SC Light", "Noto Serif CJK SC SemiBold"})}
    assert chosen["仿宋_GB2312"] == "Noto Serif CJK SC Light" and chosen["方正小标宋简体"] == "Noto Serif CJK SC SemiBold"


def test_the_html_kaiti_stack_names_the_free_kai_faces_the_pdf_uses() -> None:
    """Without them a Linux browser set level-2 headings in Noto Serif, like the body (seen at 1280 px)."""
    import re

    from lawreport.render.fonts import GB_FONTS

    css = (Path(__file__).resolve().parents[1] / "templates/report.html.j2").read_text("utf-8")
    stack = re.search(r"--kaiti: ([^;]+);", css)
    assert stack is not None
    families = [name.strip().strip('"') for name in stack.group(1).split(",")]
    kai = next(font for font in GB_FONTS if font.name == "楷体_GB2312")
    for substitute in kai.substitutes:
        assert substitute in families and families.index(substitute) < families.index("Noto Serif CJK SC"), families


def test_the_html_title_falls_back_to_the_heavy_song_the_pdf_uses() -> None:
    """Without 小标宋 a browser set the title in regular Noto Serif, lighter than the PDF's bold stand-in
    (seen at 1280 px). The page names the heavy faces, installed ones only (local()), before the regular face."""
    import re

    css = (Path(__file__).resolve().parents[1] / "templates/report.html.j2").read_text("utf-8")
    stack = re.search(r"--xiaobiaosong: ([^;]+);", css)
    assert stack is not None
    families = [name.strip().strip('"') for name in stack.group(1).split(",")]
    alias = families[families.index("Noto Serif CJK SC") - 1]
    face = re.search(r'@font-face \{ font-family: "' + alias + r'"; src: ([^;]+);', css)
    assert face is not None, alias
    sources = re.findall(r'(\w+)\("([^"]+)"\)', face.group(1))
    assert {kind for kind, _ in sources} == {"local"}  # nothing is fetched
    assert ("local", "Noto Serif CJK SC SemiBold") in sources and ("local", "Noto Serif CJK SC Bold") in sources
    assert families.index("FZXiaoBiaoSong-B05S") < families.index(alias)
