"""More shapes of a page's head the reader must set aside: a 发文字号 and its 签发人 on one 版头
line above a joint title, a 政府信息公开 label the list gives with no value and no colon, a
“- 标签：” list broken over lines (a lone bullet, values carried onto the next line, the title as
the value of 名称 with the next label after it), a WeChat share box, and a title that shares its
line with the 主送 and the text. Every sentence here is invented, for fictional offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.sources.structure import load_structure
from tests.received.shapes import codes_of as _codes_of
from tests.received.shapes import read_text as _read

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")
TITLE = "青岚县2025年度法治政府建设工作报告"
BODY = ("2025年，青岚县坚持依法行政，扎实推进各项工作，现将有关情况报告如下：\n"
        "一、主要举措和成效\n（一）完善制度。青岚县修订了议事规则。\n")




@pytest.mark.parametrize("masthead", ["岚委〔2026〕5号 签发人：周明远 李青禾", "岚委[2026]5号   签发人:周明远"])
def test_a_document_number_and_its_signer_on_one_masthead_line(masthead):
    text = (f"{masthead}\n中共青岚县委 青岚县人民政府\n关于2025年度法治政府建设工作情况的报告\n"
            f"中共岚山市委、岚山市人民政府：\n{BODY}")
    found = _read(text)
    assert found.title_lines == ("中共青岚县委 青岚县人民政府", "关于2025年度法治政府建设工作情况的报告")
    assert found.issuer == "中共青岚县委、青岚县人民政府" and found.issuer_type == "government"
    assert found.year == 2025
    assert not {code for _, code in _codes_of(text)} & {"S003", "M001"}


@pytest.mark.parametrize("label", ["公开日", "发布日", "信息类别"])
def test_a_label_with_no_value_and_no_colon_at_the_end_of_the_list(label):
    head = f"青岚县人民政府\n\n政府信息公开\n\n索 引 号 发布机构\n文  号 〔〕号 有效性\n{label}\n\n{TITLE}\n"
    found = _read(head + "\n发布时间: 2026-02-12     浏览次数:    【字体:\n\n" + BODY)
    assert found.title == TITLE and found.issuer == "青岚县" and found.issuer_type == "government"


LIST = ("- 索 引 号:qlx0012/2026-00031 分 类:\n-\n发文机关:\n青岚县教育局 发文日期:2026-02-20 10:15 - 名称:\n"
        "中共青岚县教育局党组2025年度法治政府建设年度报告 - 文号:\n")


def test_a_dash_list_broken_over_lines_with_the_title_as_the_value_of_its_name():
    found = _read(LIST + BODY)
    assert found.title == "中共青岚县教育局党组2025年度法治政府建设年度报告"
    assert found.issuer == "中共青岚县教育局党组" and found.issuer_type == "department"
    assert found.page_meta["成文日期"].startswith("2026-02-20")
    assert found.page_meta["发布机构"] == "青岚县教育局"
    codes = _codes_of(LIST + BODY)
    assert not {code for line, code in codes if line <= 5}


def test_a_lone_bullet_in_the_head_is_furniture():
    found = _read(f"- 索引号：qlx0012/2026-00031\n-\n- 发布日期：2026-02-20\n{TITLE}\n{BODY}")
    assert found.title == TITLE and len(found.furniture) == 3


def test_a_wechat_share_box_below_the_article_line():
    text = (f"您当前的位置：首页 > 专题专栏 > 法治政府建设\n{TITLE}\n时间：2026-03-20 来源：青岚县人民政府办公室\n"
            "字号：\n\n用微信扫描二维码\n分享至好友和朋友圈\n\n×\n\n" + BODY)
    found = _read(text)
    assert found.title == TITLE and len(found.furniture) == 6
    assert not {code for line, code in _codes_of(text) if line <= 10}


def test_a_title_on_one_line_with_the_addressee_and_the_text():
    text = ("中共岚溪镇委员会岚溪镇人民政府关于报送2025年度法治政府建设情况的报告 中共青岚县委、青岚县人民政府: "
            "2025年，岚溪镇坚持依法行政，扎实推进各项工作。现将有关情况汇报如下: 一、主要措施和成效 "
            "（一）完善制度。岚溪镇修订了议事规则。\n")
    found = _read(text)
    assert found.title == "中共岚溪镇委员会岚溪镇人民政府关于报送2025年度法治政府建设情况的报告"
    assert found.issuer == "中共岚溪镇委员会、岚溪镇人民政府" and found.issuer_type == "government"
    assert found.report.meta.addressee == "中共青岚县委、青岚县人民政府"


def test_a_page_label_after_the_title_on_its_line_is_no_addressee():
    found = _read(f"{TITLE} 来源：青岚县融媒体中心\n{BODY}")
    assert found.report.meta.addressee is None
