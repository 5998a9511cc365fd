"""National formulas are no one's copied passage, however few units an audit holds."""

from __future__ import annotations

from lawreport.audit.formulas import FORMULA, mask_formulas
from lawreport.audit.shingles import SHINGLE, normalise, shingle_hashes

OPENING = ("2024年，{who}坚持以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，"
           "增强“四个意识”、坚定“四个自信”、做到“两个维护”，深入学习贯彻习近平法治思想，"
           "全面贯彻党的二十大和二十届二中、三中全会精神，认真落实县委、县政府关于法治政府建设的部署要求，"
           "现将2024年度法治政府建设情况报告如下：")
COPIED = "我们在渡口、集市和客运站分别设立了流动普法点，由两名执法人员轮流值守，每逢赶集日现场解答群众提出的法律问题。"
WORK = {"档案局": "全年接收进馆档案三千二百卷，开展档案执法检查十一次。",
        "气象局": "全年发布灾害性天气预警四十六期，查处违法施放气球活动两起。",
        "供销社": "全年检查农资经营网点八十七个，下架过期化肥一点二吨。"}


def _report(who: str, extra: str) -> str:
    return "\n".join([f"南溪县{who}2024年度法治政府建设情况报告", "南溪县人民政府：", OPENING.format(who="县" + who),
                      "一、2024年法治政府建设的主要举措和成效", WORK[who] + extra,
                      "二、2024年法治政府建设存在的不足和原因", "执法人员偏少。",
                      "三、党政主要负责人履行推进法治建设第一责任人职责情况", "主要负责人研究法治工作三次。",
                      "四、2025年推进法治政府建设的主要安排", "继续加强执法检查。", f"南溪县{who}", "2025年2月20日"]) + "\n"


def test_three_units_quoting_the_same_national_formulas_share_only_the_paragraph_one_copied(tmp_path):
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    for who in WORK:
        (tmp_path / f"{who}.txt").write_text(_report(who, COPIED if who != "供销社" else ""), encoding="utf-8")
    with Spool() as spool:
        result = run_audit([tmp_path], load_structure(None), spool)
    assert len(result.shared) == 1  # three units are too few to learn that the opening is boilerplate
    passage = result.shared[0]
    assert {passage.first.unit, passage.second.unit} == {"南溪县档案局", "南溪县气象局"}
    assert "流动普法点" in passage.text and "习近平" not in passage.text


def test_every_shingle_overlapping_a_formula_is_boilerplate():
    text = normalise("全县坚持以习近平新时代中国特色社会主义思想为指导，建成调解室十二个。")
    masked = mask_formulas(text, shingle_hashes(text), SHINGLE)
    start = text.index("坚持")
    end = text.index("导") + 1
    assert all(masked[max(start - SHINGLE + 1, 0):end] == FORMULA)
    assert masked[end] != FORMULA and masked[start - SHINGLE] != FORMULA
