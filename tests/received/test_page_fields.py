"""The audit's per-file columns the reader gives on web copies: the publication date of an article
line broken over lines or written without spaces, a breadcrumb opened by 您当前的位置, a site's tag
or a 《……》(全文) heading around the title, a 街道's kind, the kind from the report's own voice and
a joint report's two offices, the unit an untitled report's opening names as its subject. Every sentence here is invented, for fictional offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.importing.docinfo import issuer_type_of
from lawreport.received import read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
BODY = "2023年，白河镇坚持依法行政，各项工作有序推进。\n一、主要举措和成效\n（一）完善制度。白河镇修订了议事规则。\n"


def _read(text: str):
    return read_received_text(text, PATH, STRUCTURE)


@pytest.mark.parametrize("lines", [
    "时间：2024-03-28\n来源：白河镇党政办\n阅读：0",
    "• 2024-03-28\n• 来源：白河镇党政办\n• 分享到",
    "• 2024年03月28日 10时05分\n• 来源： 白河镇党政办\n• 【字体：",
    "• 日期：2024-03-28 10:05\n• 来源：白河镇党政办\n• 浏览次数：",
    "2024-03-28\n来源：本网\n【字体：大 中 小】",
])
def test_an_article_line_broken_over_lines_gives_the_publication_date(lines):
    found = _read(f"白河镇2023年法治政府建设年度报告\n{lines}\n{BODY}")
    assert found.title == "白河镇2023年法治政府建设年度报告"
    assert str(found.report.meta.published) == "2024-03-28"


@pytest.mark.parametrize("line", [
    "发布日期:2024-03-27浏览次数:字体:[ ]",
    "时间:2024年03月27日来源:青山县司法局",
])
def test_labels_written_without_a_space_between_them(line):
    found = _read(f"白河镇2023年法治政府建设年度报告\n{line}\n{BODY}")
    assert str(found.report.meta.published) == "2024-03-27"


@pytest.mark.parametrize("line", ["日期：2024-03-28", "2024-03-28", "2024/03/28", "2024年03月28日", "日期：2024年3月08日"])
def test_a_date_in_a_page_s_form_alone_under_the_title_is_the_publication_date(line):
    """Figures with hyphens or slashes, or a zero-padded month or day: how a site's software writes dates."""
    found = _read(f"白河镇2023年法治政府建设年度报告\n{line}\n{BODY}")
    assert str(found.report.meta.published)[:7] == "2024-03"


@pytest.mark.parametrize("line", ["2024年3月28日", "日期：2024年3月28日"])
def test_a_date_written_as_a_成文日期_alone_under_the_title_is_not_the_publication_date(line):
    """“2024年3月28日” is how GB/T 9704 writes a 成文日期: under a title it may be the document's."""
    found = _read(f"白河镇2023年法治政府建设年度报告\n{line}\n{BODY}")
    assert found.report.meta.published is None


def test_a_breadcrumb_opened_by_your_current_position():
    found = _read("您当前的位置 : 青山县司法局网 >> 法治工作 >> 年度报告\n"
                  f"白河镇2023年法治政府建设年度报告\n日期： 2024-03-28 09:30:00 来源： 白河镇人民政府网\n{BODY}")
    assert found.title == "白河镇2023年法治政府建设年度报告"
    assert found.issuer == "白河镇" and found.issuer_type == "government"


def test_a_site_s_tag_is_not_part_of_the_title():
    found = _read(f"【2023年】白河镇2023年度法治政府建设报告\n{BODY}")
    assert found.title == "白河镇2023年度法治政府建设报告" and found.issuer == "白河镇"


def test_a_full_text_heading_above_the_title_is_the_title_again():
    found = _read("《示例部2023年法治政府建设年度报告》(全文)\n示例部2023年法治政府建设年度报告\n"
                  "2023年，示例部坚持依法行政。\n一、主要举措和成效\n（一）完善制度。示例部修订了规章。\n")
    assert found.title == "示例部2023年法治政府建设年度报告"
    assert found.issuer == "示例部" and found.issuer_type == "department"


@pytest.mark.parametrize("issuer", ["示例街道", "示例区人民政府白河街道办事处", "示例市示例区白河街道办事处"])
def test_a_street_is_a_government(issuer):
    assert issuer_type_of(issuer) == "government"


@pytest.mark.parametrize(("opening", "kind"), [
    ("2023年，我局在县委、县政府的领导下依法履职，为我县发展提供法治保障。", "department"),
    ("根据有关要求，现将本委2023年法治政府建设情况报告如下。", "department"),
    ("2023年，我镇在县委、县政府的领导下依法履职。", "government"),
    ("2023年，我县坚持依法行政，法治政府建设取得新进展。", "government"),
    ("2023年，全市司法行政系统在市委的领导下依法履职，为我市发展提供法治保障。", None),
    ("2023年，青山县依法行政，各项工作有序推进。", None),
    ("2023年，我镇坚持依法行政，群众反映的信访事项基本办结。", "government"),
    ("2023年，全镇上下坚持依法行政，形成了依法办事的基本局面。", None),
    ("2023年，县司法局在考核中评价“我局与白河镇协作顺畅”，我镇各项工作有序推进。", "government"),
    ("2023年，我局在县委领导下依法履职，配合县政府做好我镇、我乡的法治督察。", "department"),
])
def test_without_an_issuer_the_kind_is_how_the_report_speaks_of_itself(opening, kind):
    found = _read(f"{opening}\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n")
    assert found.issuer is None and found.issuer_type == kind


@pytest.mark.parametrize("title", [
    "中共青山县委 青山县人民政府关于2023年法治政府建设情况的报告",
    "中共青山县委\n青山县人民政府\n关于2023年法治政府建设情况的报告",
])
def test_a_joint_report_names_both_offices(title):
    found = _read(f"{title}\n2023年，我县坚持依法行政。\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n")
    assert found.issuer == "中共青山县委、青山县人民政府" and found.issuer_type == "government"


def test_the_labels_of_a_ministry_s_information_list_one_a_line():
    found = _read("示例部2023年度法治政府部门建设工作情况\n索引号\n000012345X00/2024-00321\n公开日期\n2024年03月29日\n"
                  "机构分类\n法规司\n行业分类\n其他\n公文类型\n部文件\n"
                  "2023年，示例部坚持依法行政。\n一、主要举措和成效\n（一）完善制度。示例部修订了规章。\n")
    assert found.title == "示例部2023年度法治政府部门建设工作情况"
    assert str(found.report.meta.published) == "2024-03-29"


def test_a_joint_report_signed_one_office_a_line_names_both_offices():
    found = _read("2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n"
                  "中共白河镇委员会\n白河镇人民政府\n2024年3月15日\n")
    assert found.issuer == "中共白河镇委员会、白河镇人民政府" and found.issuer_type == "government"


def test_one_office_s_name_the_title_spaced_out_stays_one_office():
    found = _read("中共青山县委 政法委员会2023年法治政府建设情况报告\n2023年，我委坚持依法履职。\n一、主要举措和成效\n"
                  "（一）完善制度。修订了议事规则。\n中共青山县委政法委员会\n2024年2月15日\n")
    assert found.issuer == "中共青山县委政法委员会" and found.issuer_type == "department"


@pytest.mark.parametrize("lines", [
    "索引号\n11330000/2024-00012\n成文日期\n2024年02月20日\n来源：白河镇人民政府",
    "成文日期：\n2024-02-20\n浏览次数：35",
    "废止日期\n2029-12-31\n来源：白河镇人民政府",
])
def test_another_label_s_date_beside_the_source_is_not_the_publication_date(lines):
    """A ministry-style list gives a label and its value one a line; the 成文日期 (or 废止日期) below its label
    is that label's, though the source line follows it."""
    found = _read(f"白河镇2023年法治政府建设年度报告\n{lines}\n{BODY}")
    assert found.report.meta.published is None and "发布日期" not in found.page_meta


def test_a_date_below_a_bare_time_label_beside_the_source_is_the_publication_date():
    found = _read(f"白河镇2023年法治政府建设年度报告\n时间：\n2024-03-28\n来源：白河镇人民政府\n{BODY}")
    assert str(found.report.meta.published) == "2024-03-28"


@pytest.mark.parametrize(("opening", "unit", "kind"), [
    ("2025年，青岚县市场监督管理局坚持依法行政，各项工作有序推进。", "青岚县市场监督管理局", "department"),
    ("2025年青岚县应急管理局深入推进依法行政。", "青岚县应急管理局", "department"),
    ("2025年，在县委、县政府的坚强领导下，在县司法局的有力指导下，白河街道办事处认真履行法治建设职责。",
     "白河街道办事处", "government"),
    ("2025年，在区委的领导下，市司法局的指导下，青岚区城市管理局持续规范执法。", "青岚区城市管理局", "department"),
    ("2025年，青岚县以习近平法治思想为指导，扎实推进法治政府建设。", "青岚县", "government"),
])
def test_an_untitled_report_s_unit_is_the_subject_of_its_opening(opening, unit, kind):
    found = _read(f"{opening}\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n")
    assert (found.issuer, found.issuer_type) == (unit, kind)


@pytest.mark.parametrize("opening", [
    "2025年，县司法局坚持依法行政。",  # which county's, the text does not say
    "2025年，全县各级各部门坚持依法行政。",
    "2025年，得益于县委、县政府的坚强领导和县委依法治县委员会的指导，我乡各项工作在法治轨道上运行。",
    "2025年是法治政府建设实施纲要收官之年，全镇坚持依法行政。",
    "2025年，在区委的领导下，各项工作有序推进。",
])
def test_an_opening_that_names_no_office_as_its_subject_gives_no_unit(opening):
    found = _read(f"{opening}\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n")
    assert found.issuer is None


def test_lint_holds_a_report_to_the_deadline_of_the_kind_the_audit_shows(tmp_path):
    """A town's untitled report (“我镇……”) signed on 20 March: a government's deadline is 1 April, so
    neither lint's M005 nor the audit calls it late (before, lint took it for a department's)."""
    from lawreport.audit.source import read
    from lawreport.lint.config import Active
    from lawreport.lint.metadata import deadline
    from lawreport.lint.runner import lint_document
    from lawreport.lint.targets import load_received

    path = tmp_path / "白河镇.txt"
    path.write_text("2025年，我镇坚持依法行政，各项工作有序推进。\n一、主要举措和成效\n（一）完善制度。修订了议事规则。\n"
                    "2026年3月20日\n", "utf-8")
    loaded = load_received(path, STRUCTURE)
    assert loaded.document is not None
    assert lint_document(loaded.document, [Active(deadline.RULE, None, deadline.RULE.default_options())]) == []
    assert read(path, STRUCTURE).issuer_type == "government"
