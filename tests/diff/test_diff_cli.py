"""``lawreport diff`` through click's CliRunner: formats, options, files and errors."""

from __future__ import annotations

import json
from pathlib import Path


def test_text_by_default_and_plain_when_not_a_terminal(cli, water):
    result = cli("diff", "2030", "2031", cwd=water)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("比较 2030 → 2031")
    assert "\x1b[" not in result.stdout and "{+5+}" in result.stdout


def test_color_always_and_no_color(cli, water, monkeypatch):
    assert "\x1b[" in cli("diff", "2030", "2031", "--color", "always", cwd=water).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("diff", "2030", "2031", cwd=water).stdout
    assert "\x1b[" not in cli("diff", "2030", "2031", "--color", "never", cwd=water).stdout


def test_full_shows_every_copied_passage(cli, water):
    short = cli("diff", "2030", "2031", cwd=water).stdout
    full = cli("diff", "2030", "2031", "--full", cwd=water).stdout
    assert full.count("沿用 ") > short.count("沿用 ")


def test_json_format_and_options(cli, water):
    result = cli("diff", "2030", "2031", "--format", "json", "--min-copy", "30", "--threshold", "0.5", cwd=water)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["options"] == {"min_copy": 30, "threshold": 0.5, "followed": 0.5}
    assert all(c["length"] >= 30 for c in data["copied"])
    assert data["summary"]["plans_unfollowed"] == 2


def test_html_to_a_file(cli, water):
    target = water / "out" / "diff.html"
    result = cli("diff", "2030", "2031", "--format", "html", "-o", str(target), cwd=water)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "已写入" in result.stderr
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<del>4</del><ins>5</ins>" in page
    assert [p.name for p in target.parent.iterdir()] == ["diff.html"]


def test_json_to_a_file_replaces_it(cli, water):
    target = water / "diff.json"
    target.write_text("old", "utf-8")
    assert cli("diff", "2030", "2031", "--format", "json", "--output", str(target), cwd=water).exit_code == 0
    assert json.loads(target.read_text("utf-8"))["schema"] == "lawreport-diff"


def test_same_year_is_no_change(cli, water):
    data = json.loads(cli("diff", "2031", "2031", "--format", "json", cwd=water).stdout)
    assert data["summary"]["changed"] is False and data["summary"]["similarity"] == 1.0


def test_bad_input_gets_a_chinese_message(cli, water):
    missing = cli("diff", "2030", "2035", cwd=water)
    assert missing.exit_code == 2 and "可用年份：2030、2031" in missing.stderr
    bad = cli("diff", "二〇三〇", "2031", cwd=water)
    assert bad.exit_code == 2 and "应写年份" in bad.stderr
    alone = cli("diff", "2031", cwd=water)
    assert alone.exit_code == 2 and "只给了一个年份" in alone.stderr
    both = cli("diff", "2031@HEAD", "--rev", "HEAD", cwd=water)
    assert both.exit_code == 2 and "不能同时使用" in both.stderr
    assert cli("diff", "2030", "2031", "--min-copy", "2", cwd=water).exit_code == 2
    assert cli("diff", "2030", "2031", "--threshold", "1.5", cwd=water).exit_code == 2
    assert cli("diff", "2030", "2031", "--format", "pdf", cwd=water).exit_code == 2
    assert "Traceback" not in missing.output + bad.output + alone.output


def test_broken_sources_exit_1(cli, water):
    path = water / "sections" / "2031" / "report.yaml"
    path.write_text(path.read_text("utf-8").replace('"2032-02-12"', '"2032-02-30"'), "utf-8")
    result = cli("diff", "2030", "2031", cwd=water)
    assert result.exit_code == 1 and "report.yaml" in result.stderr


def test_example_workspace(cli):
    repo = Path(__file__).resolve().parents[2]
    result = cli("diff", "2022", "2023", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "未见落实的安排：1 项：建设“教育法治资源库”平台\n" in result.stdout
