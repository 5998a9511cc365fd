"""M006 on a 规范简称 that also lost a character of its place (heldout13's shape, in invented text
for a fictional office): the issuer 青岚区市场监督管理局 written 青岚市场监管局 is a drift; its
简称 青岚区市场监管局, and 区市场监管局 without the place, are not."""

from __future__ import annotations

from lawreport.lint.metadata.issuer_drift import short_variants
from tests.received.shapes import codes_of

TITLE = "2021年度青岚区市场监督管理局法治政府建设情况报告"
TAIL = ("一、主要举措和成效\n（一）组织领导有力。局党组专题学法4次。\n"
        "二、存在的不足和原因\n执法培训形式单一。\n")


def _drifts(sentence: str) -> set[int]:
    text = f"{TITLE}\n{sentence}\n{TAIL}"
    return {line for line, code in codes_of(text) if code == "M006"}


def test_a_short_name_that_lost_its_区_is_a_drift():
    assert _drifts("2021年青岚市场监管局在区政府的领导下，坚持依法监管，推进法治机关建设。") == {2}


def test_the_short_name_with_its_place_and_the_bare_short_name_are_right():
    assert not _drifts("2021年青岚区市场监管局在区政府的领导下，坚持依法监管，区市场监管局推进法治机关建设。")


def test_short_variants_drop_a_character_of_the_place_only():
    assert short_variants("青岚区市场监督管理局") == {"青岚市场监管局": "青岚区市场监管局"}
    assert short_variants("青岚县司法局") == {}  # no 简称 for its organ
