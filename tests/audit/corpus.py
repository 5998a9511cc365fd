"""A fixture corpus of received reports from the fictional 青岚县 (departments and townships), written at test time.

Every sentence is the fixture's own. All units share the same sentence frames (so that the
frames are boilerplate by construction) and fill them with their own work; the county's
opening formula and slogans appear in every report. On top of that the corpus plants what an
office meets: a web copy with page furniture and a late 发布日期, a report without 落款, missing
parts, parts in another order, late 成文日期, a pair of units sharing a paragraph, a GBK text,
a Markdown file, a damaged .docx, a legacy .doc, an encrypted file, a hostile text, a folder
of townships, the previous year's folder and a roster.

``generate`` makes larger corpora of the same shape for the benchmark.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import NamedTuple

COUNTY = "青岚县"
YEAR = 2024


class Unit(NamedTuple):
    name: str
    kind: str  # department / government
    topics: tuple[str, str, str]
    place: str
    law: str


UNITS = (
    Unit("青岚县司法局", "department", ("行政复议规范化", "公共法律服务站点建设", "人民调解员队伍培养"), "县城中心广场", "《中华人民共和国行政复议法》"),
    Unit("青岚县教育局", "department", ("校外培训机构监管", "校园欺凌防治", "教师法治素养提升"), "各中小学校门口", "《中华人民共和国教育法》"),
    Unit("青岚县公安局", "department", ("执法办案中心运行", "交通违法非现场处罚", "警情通报制度"), "汽车客运站", "《中华人民共和国治安管理处罚法》"),
    Unit("青岚县财政局", "department", ("政府采购合同公开", "预算绩效评价", "惠民补贴一卡通"), "各乡镇财政所", "《中华人民共和国预算法》"),
    Unit("青岚县人力资源和社会保障局", "department", ("欠薪线索快速处置", "劳动仲裁要素式办案", "技能补贴发放核查"), "工业园区", "《保障农民工工资支付条例》"),
    Unit("青岚县自然资源局", "department", ("耕地卫片图斑核查", "不动产登记一窗受理", "矿山复绿验收"), "县政务服务中心", "《中华人民共和国土地管理法》"),
    Unit("青岚县住房和城乡建设局", "department", ("老旧小区加装电梯", "建筑工地扬尘管控", "物业服务合同备案"), "城东新区", "《物业管理条例》"),
    Unit("青岚县交通运输局", "department", ("农村公路路长制", "超限运输源头治理", "出租汽车服务投诉"), "国道沿线治超站", "《中华人民共和国公路法》"),
    Unit("青岚县农业农村局", "department", ("种子市场抽检", "农村宅基地审批", "渔政联合巡查"), "青岚河沿岸", "《中华人民共和国种子法》"),
    Unit("青岚县水利局", "department", ("河湖库管理范围划界", "取水许可电子证照", "山洪灾害预警演练"), "云台水库", "《中华人民共和国水法》"),
    Unit("青岚县文化和旅游局", "department", ("演出市场内容审核", "文物安全巡查", "景区投诉先行赔付"), "古镇景区", "《中华人民共和国文物保护法》"),
    Unit("青岚县卫生健康委员会", "department", ("医疗机构依法执业检查", "职业病危害专项治理", "无偿献血宣传"), "县人民医院", "《中华人民共和国基本医疗卫生与健康促进法》"),
    Unit("青岚县应急管理局", "department", ("危化品企业分级监管", "安全生产举报奖励", "森林防灭火队伍拉练"), "化工集中区", "《中华人民共和国安全生产法》"),
    Unit("青岚县市场监督管理局", "department", ("食品小作坊登记", "价格监督检查", "特种设备定期检验"), "农贸市场", "《中华人民共和国食品安全法》"),
    Unit("青岚县民政局", "department", ("低保对象动态核查", "殡葬领域专项整治", "社会组织年检"), "县福利院", "《社会救助暂行办法》"),
    Unit("青岚县统计局", "department", ("统计造假举报核查", "经济普查数据质量", "统计执法双随机"), "规模以上企业", "《中华人民共和国统计法》"),
    Unit("青岚县审计局", "department", ("专项资金跟踪审计", "审计整改销号", "领导干部经济责任审计"), "县行政中心", "《中华人民共和国审计法》"),
    Unit("青岚县人民政府", "government", ("重大行政决策目录管理", "乡镇综合执法改革", "政务诚信评价"), "县行政中心", "《重大行政决策程序暂行条例》"),
    Unit("青岚镇人民政府", "government", ("村规民约修订", "集镇占道经营整治", "法律明白人培养"), "青岚镇集贸街", "《中华人民共和国村民委员会组织法》"),
    Unit("石门乡人民政府", "government", ("山林权属纠纷调处", "宅基地违建巡查", "村级财务公开"), "石门乡便民服务中心", "《中华人民共和国农村土地承包法》"),
    Unit("柳河镇人民政府", "government", ("河道采砂巡查", "移民安置矛盾化解", "网格员法治培训"), "柳河镇码头", "《中华人民共和国人民调解法》"),
    Unit("云台乡人民政府", "government", ("高山蔬菜基地用工合同", "乡村旅游民宿备案", "留守老人法律援助"), "云台乡卫生院", "《中华人民共和国老年人权益保障法》"),
)

OPENING = ("{year}年，{who}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
           "认真落实《法治政府建设实施纲要（2021—2025年）》和县委、县政府关于法治政府建设的部署要求，"
           "现将{year}年度法治政府建设情况报告如下：")
SLOGAN = "坚持把法治政府建设作为全面依法治县的重点任务和主体工程，推动各项工作在法治轨道上运行。"
COPIED = ("针对群众反映集中的问题，我们逐户上门听取意见，把每一户的诉求登记在册，形成一户一策的协商办法，"
          "全年促成和解四十七件，没有发生一起因处置不当引发的重复信访。")


def _measure(unit: Unit, topic: str, rng: random.Random) -> str:
    a, b, c = rng.randint(3, 30), rng.randint(40, 900), rng.randint(2, 19)
    return (f"{topic}：全年制定工作细则{c}项，在{unit.place}开展现场检查{a}次，"
            f"发现并督促整改问题{b}个，群众满意度达到{rng.randint(90, 99)}%。")


def _shortcomings(unit: Unit, rng: random.Random) -> str:
    t = unit.topics
    return (f"一是{t[0]}的制度衔接还不够顺畅，{unit.place}一带的问题反复出现。"
            f"二是{t[1]}的人员配备偏少，{rng.randint(2, 9)}名执法人员承担全部任务。"
            f"三是学习宣传{unit.law}的形式比较单一。")


def _leadership(unit: Unit, who: str, rng: random.Random) -> str:
    return (f"主要负责人带头学习{unit.law}，全年主持召开专题会议{rng.randint(2, 9)}次，"
            f"听取{unit.topics[2]}工作汇报，对{unit.topics[0]}中的难点问题逐项明确责任人和完成时限。")


def _plans(unit: Unit, rng: random.Random) -> list[tuple[str, str]]:
    t = unit.topics
    return [(f"深化{t[0]}", f"把{t[0]}纳入年度考核，计划在{unit.place}新增示范点{rng.randint(2, 6)}个。"),
            (f"抓好{t[1]}", f"{t[1]}每季度通报一次，对排名靠后的单位约谈提醒。"),
            (f"建设{t[2]}数字台账", f"{t[2]}数据年内全部录入县级平台，做到一案一档、全程留痕。")]


class Shape(NamedTuple):
    """How one planted report differs from a plain one."""

    date: str = "{next}年2月20日"
    drop: tuple[str, ...] = ()
    leadership_first: bool = False
    signed: bool = True
    furniture: tuple[str, ...] = ()
    """Lines of the web page below the title."""
    page_head: tuple[str, ...] = ()
    """Lines of the web page above the title (the site's navigation)."""
    addressee: bool = True
    extra: tuple[str, ...] = ()
    """Paragraphs added at the end of the measures."""


def report_lines(unit: Unit, year: int, shape: Shape, seed: int) -> list[str]:
    """The report's text, one paragraph a line."""
    rng = random.Random(seed)
    who = "我局" if unit.kind == "department" else "我" + ("镇" if unit.name.endswith("镇人民政府") else "乡" if unit.name.endswith("乡人民政府") else "县")
    parts: dict[str, list[str]] = {}
    measures = [f"（{n}）{topic}" for n, topic in zip("一二三", unit.topics, strict=True)]
    body = []
    for heading, topic in zip(measures, unit.topics, strict=True):
        body += [heading, _measure(unit, topic, rng)]
    body += list(shape.extra)
    parts["measures"] = [f"一、{year}年度推进法治政府建设的主要举措和成效", SLOGAN, *body]
    parts["shortcomings"] = [f"二、{year}年度推进法治政府建设存在的不足和原因", _shortcomings(unit, rng)]
    parts["leadership"] = [f"三、{year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                           _leadership(unit, who, rng)]
    plans = [f"四、{year + 1}年度推进法治政府建设的主要安排"]
    for n, (title, text) in zip("一二三", _plans(unit, rng), strict=True):
        plans += [f"（{n}）{title}", text]
    parts["plans"] = plans
    order = ["leadership", "measures", "shortcomings", "plans"] if shape.leadership_first else list(parts)
    lines = [*shape.page_head, f"{unit.name}{year}年法治政府建设年度报告", *shape.furniture]
    if shape.addressee:
        lines.append("青岚县人民政府：" if unit.kind == "department" else "中共青岚县委、青岚县人民政府：")
    lines.append(OPENING.format(year=year, who=who))
    for key in order:
        if key not in shape.drop:
            lines += parts[key]
    if shape.signed:
        lines += [unit.name, shape.date.format(next=year + 1)]
    return lines


def write_docx(path: Path, lines: list[str]) -> None:
    """A Word file: the first line centred as the title, the others as plain paragraphs."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for number, text in enumerate(lines):
        paragraph = document.add_paragraph(text)
        if number == 0:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.save(str(path))


def write_text(path: Path, lines: list[str], encoding: str = "utf-8") -> None:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))


WEB_FURNITURE = ("索引号：11452-2025-00031  发布机构：青岚县人力资源和社会保障局", "发布日期：2025-04-10  文号：无")
"""The page fields a government website prints below the title of a report it publishes."""
HOSTILE_TITLE = "青岚县林业局<script>alert(1)</script>2024年法治政府建设年度报告"
HOSTILE_LINE = '=HYPERLINK("http://example.invalid/","点击查看")<img src=x onerror=alert(2)>'

PLAN = {
    # file name → (unit index, format, shape)
    "司法局.txt": (0, "txt", Shape()),
    "教育局.docx": (1, "docx", Shape()),
    "公安局.txt": (2, "txt", Shape(date="{next}年3月20日")),
    "财政局.docx": (3, "docx", Shape(drop=("shortcomings",))),
    "人社局网页版.txt": (4, "txt", Shape(signed=False, addressee=False, furniture=WEB_FURNITURE,
                                                 page_head=("首页 > 政务公开 > 法定主动公开内容",))),
    "自然资源局.txt": (5, "txt", Shape(extra=("（四）信访积案化解", COPIED))),
    "住建局.docx": (6, "docx", Shape(extra=("（四）加装电梯协商", COPIED))),
    "交通运输局.txt": (7, "txt", Shape(addressee=False)),
    "农业农村局.docx": (8, "docx", Shape(leadership_first=True)),
    "水利局.txt": (9, "txt", Shape(drop=("leadership", "plans"))),
    "文旅局.md": (10, "md", Shape()),
    "卫健委.txt": (11, "txt", Shape()),
    "应急管理局.docx": (12, "docx", Shape()),
    "市场监管局.txt": (13, "txt", Shape()),
    "民政局.txt": (14, "gbk", Shape()),
    "统计局.docx": (15, "docx", Shape()),
    "审计局.txt": (16, "txt", Shape(date="{next}年2月28日")),
    "县政府.docx": (17, "docx", Shape(date="{next}年3月28日")),
    "乡镇/青岚镇.txt": (18, "txt", Shape(date="{next}年3月30日")),
    "乡镇/石门乡.docx": (19, "docx", Shape(date="{next}年4月8日")),
    "乡镇/柳河镇.txt": (20, "txt", Shape()),
    "乡镇/云台乡.txt": (21, "txt", Shape()),
}
PREVIOUS = ("司法局.txt", "教育局.docx", "公安局.txt")
ROSTER = [unit.name for unit in UNITS] + ["青岚县林业局", "青岚县医疗保障局"]


def _write(path: Path, kind: str, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "docx":
        write_docx(path, lines)
    elif kind == "gbk":
        write_text(path, lines, "gb18030")
    elif kind == "md":
        write_text(path, [f"# {lines[0]}", *lines[1:]])
    else:
        write_text(path, lines)


def _previous_lines(unit: Unit, seed: int) -> list[str]:
    """Last year's report: its plans name this year's first topic (followed up) and a platform never mentioned again."""
    lines = report_lines(unit, YEAR - 1, Shape(), seed)
    start = next(i for i, line in enumerate(lines) if line.startswith("四、"))
    end = len(lines) - 2
    lines[start + 1:end] = [f"（一）推进{unit.topics[0]}", f"{unit.topics[0]}：制定工作细则，在{unit.place}开展现场检查。",
                            "（二）上线掌上执法监督小程序", "开发移动端执法监督小程序，向社会公开投诉渠道和办理时限。"]
    return lines


def build(root: Path) -> dict[str, Path]:
    """Write the corpus under ``root``: ``current`` (this year), ``previous``, ``roster.csv``; return those paths."""
    current = root / "current"
    for number, (name, (index, kind, shape)) in enumerate(PLAN.items()):
        _write(current / name, kind, report_lines(UNITS[index], YEAR, shape, number))
    docx_bytes = (current / "教育局.docx").read_bytes()
    (current / "损坏.docx").write_bytes(docx_bytes[: len(docx_bytes) // 2])
    (current / "旧版.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    (current / "加密.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EncryptedPackage" + b"\x00" * 512)
    forestry = Unit("青岚县林业局", "department", ("林木采伐许可", "古树名木挂牌保护", "林区野外用火管控"), "国有林场",
                    "《中华人民共和国森林法》")
    hostile = report_lines(forestry, YEAR, Shape(), 99)
    hostile[0] = HOSTILE_TITLE
    hostile.insert(4, HOSTILE_LINE)
    _write(current / "林业局.txt", "txt", hostile)
    (current / "~$教育局.docx").write_bytes(b"lock")
    previous = root / "previous"
    for number, name in enumerate(PREVIOUS):
        index, kind, _ = PLAN[name]
        _write(previous / name, kind, _previous_lines(UNITS[index], 100 + number))
    roster = root / "roster.csv"
    roster.write_bytes(("单位名称\r\n" + "\r\n".join(ROSTER[:-2] + ["青岚县医疗保障局"]) + "\r\n").encode("gb18030"))
    return {"current": current, "previous": previous, "roster": roster}


def generate(root: Path, count: int, planted_every: int = 50, seed: int = 7) -> dict[str, int]:
    """``count`` plain-text reports of made-up units (for the benchmark), a copied paragraph planted
    between each ``planted_every``-th unit and the next; return what was planted."""
    rng = random.Random(seed)
    nouns = ["执法", "审批", "调解", "普法", "复议", "监管", "巡查", "备案", "公示", "听证", "评查", "督办"]
    objects = ["养老机构", "校车", "电梯", "燃气", "渣土车", "农家乐", "网约车", "药店", "水库", "古树", "民宿",
               "加油站", "冷库", "快递网点", "菜市场", "幼儿园", "停车场", "充电桩", "砂石场", "屠宰场"]
    places = ["城区", "开发区", "北部山区", "沿河片区", "南部镇街", "高铁站片区"]
    settings = ["城郊", "农村", "景区", "园区", "校园周边", "社区", "集镇", "库区", "林区", "口岸", "商圈", "老街"]
    root.mkdir(parents=True, exist_ok=True)
    planted = 0
    passage = ""
    for number in range(count):
        chosen = rng.sample(objects, 3)
        topics = tuple(f"{rng.choice(settings)}{obj}{rng.choice(nouns)}" for obj in chosen)
        government = rng.random() < 0.25
        name = f"试点{number + 1}{rng.choice('镇乡')}人民政府" if government else f"试点{number + 1}县{chosen[0]}管理局"
        unit = Unit(name, "government" if government else "department", topics,  # type: ignore[arg-type]
                    rng.choice(places), f"《{chosen[1]}管理条例》")
        extra: tuple[str, ...] = ()
        if number % planted_every == 0:
            passage = "".join(f"{rng.choice(places)}{rng.choice(objects)}{rng.choice(nouns)}{rng.randint(10, 99)}处，"
                              for _ in range(6)) + "全部建立台账并逐一销号。"
        if number % planted_every in (0, 1) and number + 1 < count + (number % planted_every):
            extra = ("（四）典型做法", passage)
            planted += number % planted_every == 1
        write_text(root / f"{number:05d}.txt", report_lines(unit, YEAR, Shape(extra=extra), number))
    return {"reports": count, "planted_pairs": planted}
