"""Page shapes the sixteenth held-out set showed, each in invented sentences for fictional offices: an office
named as the opening's very first words (with or without its place), a street's 领导班子 as the subject, an issuer
printed in brackets before the title's year, a zone's 管理委员会, and a closing that announces “我县”'s report."""

from __future__ import annotations

from tests.received.shapes import read_text

PARTS = "一、推进法治政府建设的主要举措和成效\n（一）组织领导不断加强。每季度学法1次。\n"


def test_an_office_named_in_full_as_the_first_words_is_the_issuer():
    """“青岚市审计局按照……部署，坚持……”: no year and no 根据 before the subject."""
    found = read_text("青岚市审计局按照《青岚市法治政府建设实施方案》部署，坚持依法审计，推进审计工作法治化。"
                      "现将2024年度法治政府建设工作情况报告如下：\n" + PARTS)
    assert found.issuer == "青岚市审计局" and found.issuer_type == "department"


def test_an_office_without_its_place_as_the_first_words_is_a_department():
    """“区财政局认真贯彻……”: the office is typed, not named (which district's the text does not say)."""
    found = read_text("区财政局认真贯彻上级关于法治政府建设的部署，依法理财，推动各项工作取得新进展。现将有关情况报告如下：\n"
                      + PARTS)
    assert found.issuer is None and found.issuer_type == "department"
    found = read_text("县水务局坚持依法治水，扎实推进水利法治建设。现将有关情况报告如下：\n" + PARTS)
    assert found.issuer is None and found.issuer_type == "department"


def test_a_streets_leadership_as_the_subject_is_the_street():
    """“2025年，青岚街道领导班子始终以……”: the street whose 领导班子 it is."""
    found = read_text("2025年，青岚街道领导班子始终以法治思维推动基层治理，扎实履行法治建设职责。现将年度法治工作情况报告如下：\n"
                      + PARTS)
    assert found.issuer == "青岚街道" and found.issuer_type == "government"


def test_an_issuer_in_brackets_before_the_titles_year_is_the_issuer():
    """“（青岚街道）2024年法治政府建设年度报告”: the name without its brackets; the title as written."""
    found = read_text("（青岚街道）2024年法治政府建设年度报告\n"
                      "2024年，青岚街道坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
    assert found.issuer == "青岚街道" and found.issuer_type == "government"
    assert found.title == "（青岚街道）2024年法治政府建设年度报告"


def test_a_zones_management_committee_is_a_government():
    """A 开发区's 管理委员会 reports as a government, also named without its place; an office of it does not."""
    for title in ("青岚经济技术开发区管理委员会关于2022年度法治政府建设情况的报告",
                  "经济技术开发区管理委员会关于2022年度法治政府建设情况的报告",
                  "青岚高新区管委会2022年度法治政府建设情况报告"):
        found = read_text(f"{title}\n2022年，经开区坚持依法行政，推动法治建设取得新进展。现将有关情况报告如下：\n" + PARTS)
        assert found.issuer_type == "government", title
    found = read_text("青岚新区管理委员会审计局2022年度法治政府建设情况报告\n"
                      "2022年，我局坚持依法审计。现将有关情况报告如下：\n" + PARTS)
    assert found.issuer_type == "department"


def test_a_closing_that_announces_the_places_own_report_is_a_government():
    """“根据……要求，现将我县2020年度法治政府建设情况报告如下。”: the county's report; not “我县交通运输局”'s."""
    found = read_text("根据《法治政府建设与责任落实督察工作规定》要求，现将我县2020年度法治政府建设情况报告如下。\n" + PARTS)
    assert found.issuer_type == "government"
    found = read_text("根据《法治政府建设与责任落实督察工作规定》要求，现将我县交通运输局2020年度法治政府建设情况报告如下。\n"
                      + PARTS)
    assert found.issuer_type != "government"
