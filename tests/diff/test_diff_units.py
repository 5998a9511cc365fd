"""``lawreport diff`` of two different units' reports: every output says so at the top, and still compares."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from diffkit import FIXTURES

from lawreport.diff.units import different_units

OLD = (FIXTURES / "received" / "water-2030.txt").read_text(encoding="utf-8")  # 青禾县水务局's
OTHER = OLD.replace("青禾县水务局", "青禾县林业局")  # the same text as another unit's (a wrong file picked)


def _pair(tmp_path, new_text: str) -> None:
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new_text, encoding="utf-8")


def test_text_warns_at_the_top_and_still_compares(cli, tmp_path):
    _pair(tmp_path, OTHER)
    result = cli("diff", "old.txt", "new.txt", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].startswith("［注意］两份报告不是同一单位的：旧的是“青禾县水务局”，新的是“青禾县林业局”")
    assert lines[2].startswith("总体相似度")  # the comparison is still there


def test_json_has_the_field_and_html_the_note(cli, tmp_path):
    _pair(tmp_path, OTHER)
    data = json.loads(cli("diff", "old.txt", "new.txt", "--format", "json", cwd=tmp_path).stdout)
    assert data["different_units"] is True and "青禾县林业局" in data["units_warning"]
    assert (data["old"]["issuer"], data["new"]["issuer"]) == ("青禾县水务局", "青禾县林业局")
    page = cli("diff", "old.txt", "new.txt", "--format", "html", cwd=tmp_path).stdout
    assert re.search(r'<p class="units" role="alert"><span class="badge warn">注意</span>两份报告不是同一单位的', page)


def test_docx_redline_carries_the_warning_as_a_comment(cli, tmp_path):
    _pair(tmp_path, OTHER)
    result = cli("diff", "old.txt", "new.txt", "--format", "docx", "-o", "修订稿.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "修订稿.docx") as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert "两份报告不是同一单位的" in comments


def test_one_unit_s_two_years_have_no_warning(cli, tmp_path):
    _pair(tmp_path, (FIXTURES / "received" / "water-2031.txt").read_text(encoding="utf-8"))
    result = cli("diff", "old.txt", "new.txt", cwd=tmp_path)
    assert "不是同一单位" not in result.stdout
    data = json.loads(cli("diff", "old.txt", "new.txt", "--format", "json", cwd=tmp_path).stdout)
    assert data["different_units"] is False and data["units_warning"] == ""
    page = cli("diff", "old.txt", "new.txt", "--format", "html", cwd=tmp_path).stdout
    assert 'class="units"' not in page


@pytest.mark.parametrize(("old", "new", "differ"), [
    ("青禾县水务局", "青禾县林业局", True),
    ("青山区", "青岚市青山区人民政府", False),  # one unit, written shorter
    ("中共青禾县委、青禾县人民政府", "青禾县人民政府", False),  # a joint report and the government's
    ("青禾县 水务局", "青禾县水务局", False),
    ("青禾县人社局", "青禾县人力资源和社会保障局", False),  # a 规范简称: the audit's unit_key says one unit too
    ("", "青禾县林业局", False),  # a unit not known: nothing to say
])
def test_which_names_are_different_units(old, new, differ):
    assert different_units(old, new) is differ
