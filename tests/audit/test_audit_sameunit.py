"""A unit's report sent twice, or a draft beside it: each row names the unit's other files."""

from __future__ import annotations

import json

from lawreport.audit.jsonout import render_json
from lawreport.audit.table import SUMMARY_HEADER, summary


def _report(unit: str, work: str) -> str:
    return "\n".join([f"{unit}2024年度法治政府建设情况报告", "北坪县人民政府：",
                      "一、2024年法治政府建设的主要举措和成效", work,
                      "二、2024年法治政府建设存在的不足和原因", "执法人员偏少。",
                      "三、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人研究法治工作三次。",
                      "四、2025年推进法治政府建设的主要安排", "继续加强执法检查。", unit, "2025年2月20日"]) + "\n"


def test_each_file_of_a_unit_sent_twice_names_the_other(tmp_path):
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    final = _report("北坪县粮食局", "全年检查粮库十四个，清理陈粮六百吨。")
    (tmp_path / "粮食局.txt").write_text(final, encoding="utf-8")
    (tmp_path / "粮食局(1).txt").write_text(final, encoding="utf-8")
    (tmp_path / "粮食局-初稿.txt").write_text(final.replace("十四个", "十二个"), encoding="utf-8")
    (tmp_path / "林业局.txt").write_text(_report("北坪县林业局", "全年办理采伐许可九十件。"), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([tmp_path], load_structure(None), spool)
        rows = {row[0].rsplit("/", 1)[-1]: row for row in summary(result).rows}
        data = {item["path"].rsplit("/", 1)[-1]: item for item in json.loads(render_json(result))["files"]}
    column = SUMMARY_HEADER.index("同一单位的其他文件")
    assert rows["林业局.txt"][column] == ""
    named = rows["粮食局.txt"][column].split("\n")
    assert [line.rsplit("/", 1)[-1] for line in named] == ["粮食局(1).txt（内容相同）", "粮食局-初稿.txt"]
    assert [(o["path"].rsplit("/", 1)[-1], o["identical"]) for o in data["粮食局-初稿.txt"]["same_unit"]] == [
        ("粮食局(1).txt", False), ("粮食局.txt", False)]
    assert data["林业局.txt"]["same_unit"] == []
