"""``lawreport diff a.docx b.docx`` / ``.txt`` / ``.md``: two received reports, no workspace needed."""

from __future__ import annotations

import json
import shutil

from diffkit import FIXTURES

RECEIVED = FIXTURES / "received"


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_two_received_text_files_compare_like_the_workspace_years(cli, tmp_path, water):
    for year in (2030, 2031):
        shutil.copy(RECEIVED / f"water-{year}.txt", tmp_path / f"{year}.txt")
    from_files = _json(cli("diff", "2030.txt", "2031.txt", "--format", "json", cwd=tmp_path))
    from_years = _json(cli("diff", "2030", "2031", "--format", "json", cwd=water))
    assert from_files["old"]["name"] == "2030.txt" and from_files["new"]["year"] == 2031
    assert from_files["summary"] == from_years["summary"]
    assert from_files["parts"] == from_years["parts"]


def test_a_markdown_file_against_a_text_file(cli, tmp_path):
    shutil.copy(RECEIVED / "water-2030.txt", tmp_path / "old.txt")
    shutil.copy(RECEIVED / "water-2031.txt", tmp_path / "new.md")
    data = _json(cli("diff", "old.txt", "new.md", "--format", "json", cwd=tmp_path))
    assert data["summary"]["plans"] > 0 and data["summary"]["changed"]


def test_two_built_word_files(cli, water, tmp_path):
    for year in (2030, 2031):
        result = cli("build", str(year), "--format", "docx", cwd=water)
        assert result.exit_code == 0, result.output
    old, new = (next((water / "build" / str(year)).glob("*.docx")) for year in (2030, 2031))
    from_docx = _json(cli("diff", str(old), str(new), "--format", "json", cwd=tmp_path))
    from_years = _json(cli("diff", "2030", "2031", "--format", "json", cwd=water))
    assert from_docx["summary"] == from_years["summary"]


def test_a_missing_file_and_rev_with_a_file_are_refused(cli, tmp_path):
    shutil.copy(RECEIVED / "water-2030.txt", tmp_path / "old.txt")
    missing = cli("diff", "old.txt", "nothing.docx", cwd=tmp_path)
    assert missing.exit_code == 2 and "找不到文件 nothing.docx" in missing.output
    rev = cli("diff", "old.txt", "old.txt", "--rev", "HEAD", cwd=tmp_path)
    assert rev.exit_code == 2 and "--rev" in rev.output


def test_the_output_may_not_overwrite_a_compared_file(cli, tmp_path):
    shutil.copy(RECEIVED / "water-2030.txt", tmp_path / "old.txt")
    shutil.copy(RECEIVED / "water-2031.txt", tmp_path / "new.txt")
    before = (tmp_path / "new.txt").read_bytes()
    result = cli("diff", "old.txt", "new.txt", "-o", "new.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "覆盖" in result.output
    assert (tmp_path / "new.txt").read_bytes() == before


def test_a_word_redline_of_two_received_files(cli, tmp_path):
    from revisionkit import read
    from test_diff_redline import _built, _text

    from lawreport.diff.received import read_received_report
    from lawreport.sources.structure import load_structure

    result = cli("diff", str(RECEIVED / "water-2030.txt"), str(RECEIVED / "water-2031.txt"), "--format", "docx",
                 "-o", "修订稿.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    redline = (tmp_path / "修订稿.docx").read_bytes()
    structure = load_structure(None)
    for accept, name in ((True, "water-2031.txt"), (False, "water-2030.txt")):
        expected = _built(read_received_report(RECEIVED / name, structure))
        assert _text(read(redline, accept)) == _text(read(expected))


def test_a_word_redline_of_received_text_with_control_characters(cli, tmp_path):
    """Control characters a received text file may hold (pasted from Word or a terminal: \\x01,
    \\x07, ESC, U+FFFE, a vertical tab for Shift+Enter) cannot be written into Word's XML: they are
    left out as the build leaves them out (the vertical tab is a line break), not an internal error."""
    from revisionkit import read
    from test_diff_redline import _built, _text

    from lawreport.diff.received import read_received_report
    from lawreport.sources.structure import load_structure

    shutil.copy(RECEIVED / "water-2030.txt", tmp_path / "old.txt")
    text = (RECEIVED / "water-2031.txt").read_text("utf-8")
    text = text.replace("全年召开专题会议5次", "全年召开\x01专题\x07会议\x1b[31m5次\ufffe\x0b另起一行", 1)
    (tmp_path / "new.txt").write_text(text, "utf-8")
    result = cli("diff", "old.txt", "new.txt", "--format", "docx", "-o", "修订稿.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    accepted = _text(read((tmp_path / "修订稿.docx").read_bytes(), True))
    assert accepted == _text(read(_built(read_received_report(tmp_path / "new.txt", load_structure(None)))))
    assert any("全年召开专题会议[31m5次\n另起一行" in line for line in accepted), accepted


def test_a_part_left_out_is_named_once_and_not_taken_for_the_part_renumbered_into_its_place(cli, tmp_path):
    """Without 三、, this year's 四、 becomes 三、: the summary must not read '三、 0.0%；三、 100.0%', and
    the removed part is one line above its struck text, not a heading of its own beside it."""
    old = (RECEIVED / "water-2031.txt").read_text("utf-8")
    lines = old.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("三、"))
    end = next(i for i, line in enumerate(lines) if line.startswith("四、"))
    new = "\n".join(lines[:start] + [line.replace("四、", "三、", 1) for line in lines[end:]])
    (tmp_path / "old.txt").write_text(old, "utf-8")
    (tmp_path / "new.txt").write_text(new, "utf-8")
    result = cli("diff", "old.txt", "new.txt", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    summary = result.stdout.splitlines()[1]
    assert "三、（2031 年）已删除" in summary and "三、 0.0%" not in summary
    removed = [line for line in result.stdout.splitlines() if lines[start].removeprefix("三、")[:8] in line]
    assert len(removed) == 1 and removed[0].startswith("[删除部分] 三、")


def _archives_report(year: int, shortcomings: list[str]) -> str:
    """A received text report of the fictional 北河县档案局, its shortcomings as numbered sentences."""
    return "\n".join([
        f"北河县档案局{year}年度法治政府建设情况报告",
        "县人民政府：",
        f"{year}年，县档案局认真落实法治政府建设各项任务。现将有关情况报告如下：",
        f"一、{year}年度推进法治政府建设的主要举措和成效",
        "（一）加强组织领导",
        f"局党组全年专题研究法治工作{year - 2027}次。",
        "二、存在的不足和原因",
        *shortcomings,
        f"三、{year}年度党政主要负责人履行推进法治建设第一责任人职责情况",
        "局主要负责人带头学法，主持召开专题会议2次。",
        f"四、{year + 1}年度推进法治政府建设的主要安排",
        "（一）修订局内合法性审查办法，明确审查时限和责任人。",
        f"（二）组织执法人员轮训，确保每人全年培训不少于{year - 2028}次。",
        "北河县档案局",
        f"{year + 1}年2月10日",
        "",
    ])


def test_a_numbered_shortcoming_copied_from_last_year_is_counted(cli, tmp_path):
    repeated = "个别科室对依法行政重视不够，制度执行仍有偏差，考核压力没有传导到基层站所。"
    (tmp_path / "old.txt").write_text(_archives_report(2030, [
        "（一）档案执法人员培训偏少，全年只组织了1次集中培训。", f"（二）{repeated}"]), encoding="utf-8")
    (tmp_path / "new.txt").write_text(_archives_report(2031, [
        f"（一）{repeated}", "（二）新进人员尚未取得执法证件，执法力量仍显不足。"]), encoding="utf-8")
    data = _json(cli("diff", "old.txt", "new.txt", "--format", "json", cwd=tmp_path))
    copied = [p for p in data["copied"] if p["new"]["part"] == "shortcomings"]
    assert [p["text"] for p in copied] == [repeated.rstrip("。")]
    assert copied[0]["flagged"] and copied[0]["whole_paragraph"]
    text = cli("diff", "old.txt", "new.txt", cwd=tmp_path)
    assert "存在的不足和原因" in text.output and "沿用上年原文 1 处" in text.output
