"""A thematic report (its own themes as 一、 headings) reports last year's plans under its themes."""

from __future__ import annotations

import json

OLD = """南塘县林业局2030年度法治政府建设情况报告
一、2030年法治政府建设的主要举措和成效
全年办理林木采伐许可一百四十件，查处滥伐林木案件十一件。
二、2030年法治政府建设存在的不足和原因
护林员巡护记录多为纸质，难以核查。
三、党政主要负责人履行推进法治建设第一责任人职责情况
局长主持研究法治工作三次。
四、2031年推进法治政府建设的主要安排
（一）为全县护林员配发电子巡护终端，巡护轨迹实时上传。
（二）编制古树名木保护名录，逐株挂牌建档。
（三）开展野生动物交易市场专项检查。
南塘县林业局
2031年2月10日
"""

NEW = """南塘县林业局2031年度法治政府建设情况报告
一、织密森林资源保护网，巡护管理更加精准
全县二百一十名护林员全部配发电子巡护终端，巡护轨迹实时上传县林长制平台，全年上传巡护记录四万余条。
二、守护绿色家底，古树保护有名有档
编制完成古树名木保护名录，对六百三十株古树逐株挂牌建档，落实管护责任人。
三、存在的问题
基层林业站执法人员偏少。
四、2032年工作安排
推进林区防火通道建设。
南塘县林业局
2032年2月12日
"""


def test_last_years_plans_are_traced_into_this_years_themes(cli, tmp_path):
    (tmp_path / "old.txt").write_text(OLD, "utf-8")
    (tmp_path / "new.txt").write_text(NEW, "utf-8")
    result = cli("diff", "old.txt", "new.txt", "--format", "json", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    followups = json.loads(result.stdout)["followups"]
    assert [item["verdict"] for item in followups] == ["followed", "followed", "not_seen"]
    assert [item["match"]["label"] for item in followups[:2]] == ["一、", "二、"]
    assert "古树名木保护名录" in followups[1]["excerpt"]


def test_text_carried_over_from_a_part_that_moved_is_placed_under_last_years_number(cli, tmp_path):
    """Last year's 二、存在的不足 is this year's 三、存在的问题 (after two themes): the source of a
    problem copied word for word is last year's 二、, not this year's number."""
    (tmp_path / "old.txt").write_text(OLD, "utf-8")
    (tmp_path / "new.txt").write_text(NEW.replace("基层林业站执法人员偏少。", "护林员巡护记录多为纸质，难以核查。"), "utf-8")
    text = cli("diff", "old.txt", "new.txt", "--min-copy", "10", "--color", "never", cwd=tmp_path)
    assert text.exit_code == 0, text.output
    assert "三、：整段沿用 16 字（源自 2030 年 二、）" in text.stdout
    cli("diff", "old.txt", "new.txt", "--min-copy", "10", "--format", "html", "-o", "d.html", cwd=tmp_path)
    row = next(line for line in (tmp_path / "d.html").read_text("utf-8").splitlines() if "护林员巡护记录" in line and "<tr>" in line)
    assert '<td class="where">二、</td></tr>' in row


SAME_UNDER_THEMES = """南塘县林业局2031年度法治政府建设情况报告
一、严格采伐管理，守住森林资源底线
全年办理林木采伐许可一百四十件，查处滥伐林木案件十一件。
二、2031年法治政府建设存在的不足和原因
护林员巡护记录多为纸质，难以核查。
三、党政主要负责人履行推进法治建设第一责任人职责情况
局长主持研究法治工作三次。
四、2032年推进法治政府建设的主要安排
（一）为全县护林员配发电子巡护终端，巡护轨迹实时上传。
（二）编制古树名木保护名录，逐株挂牌建档。
（三）开展野生动物交易市场专项检查。
南塘县林业局
2032年2月12日
"""


def test_measures_carried_over_under_a_theme_heading_count_for_the_similarity(cli, tmp_path):
    """Last year's 主要举措和成效 copied word for word under a theme of this year's own (a part matched
    to no statutory part): the report is as similar as if the heading had stayed."""
    (tmp_path / "old.txt").write_text(OLD, "utf-8")
    (tmp_path / "themed.txt").write_text(SAME_UNDER_THEMES, "utf-8")
    (tmp_path / "kept.txt").write_text(SAME_UNDER_THEMES.replace("一、严格采伐管理，守住森林资源底线",
                                                                 "一、2031年法治政府建设的主要举措和成效"), "utf-8")
    themed = json.loads(cli("diff", "old.txt", "themed.txt", "--format", "json", cwd=tmp_path).stdout)
    kept = json.loads(cli("diff", "old.txt", "kept.txt", "--format", "json", cwd=tmp_path).stdout)
    assert [p["status"] for p in themed["parts"] if p["label"] == "一、"] == ["removed", "added"]  # shown as written
    assert kept["summary"]["similarity"] == 1.0
    assert themed["summary"]["similarity"] == 1.0
