"""Aligning sections (identity, renamed, moved, added, removed) and paragraphs."""

from __future__ import annotations

from diffkit import report

from lawreport.diff.align import align_sections, align_units, longest_increasing
from lawreport.diff.canonical import flatten
from lawreport.diff.compare import diff_part
from lawreport.diff.result import ADDED, CHANGED, REMOVED, UNCHANGED

OLD = [
    (2, "加强测绘资质管理", ["对全市测绘单位开展资质巡查，核查单位36家，注销资质2家。"]),
    (2, "规范地图审核", ["受理地图审核申请58件，均在法定时限内办结。"]),
    (2, "开展测绘法宣传", ["在测绘法宣传日组织专题活动，发放宣传册两千份，覆盖全部乡镇。"]),
    (2, "清理规范性文件", ["清理本局规范性文件9件，废止1件。"]),
    (2, "接受社会监督", ["公开行政许可结果，办理群众来信来访15件。"]),
]
NEW = [
    (2, "加强测绘资质管理", ["对全市测绘单位开展资质巡查，核查单位40家，注销资质1家。"]),
    (2, "接受社会监督", ["公开行政许可结果，办理群众来信来访15件。"]),
    (2, "规范地图审核", ["受理地图审核申请61件，均在法定时限内办结。"]),
    (2, "深化测绘法治宣传教育", ["在测绘法宣传日组织专题活动，发放宣传册三千份，覆盖全部乡镇和社区。"]),
    (2, "推行电子测绘成果", ["全面推行测绘成果电子化交付，减少纸质材料。"]),
]


def _parts(old, new):
    return (flatten(report(2030, {"measures": old}))[1], flatten(report(2031, {"measures": new}))[1])


def test_sections_are_matched_renamed_moved_added_and_removed():
    old, new = _parts(OLD, NEW)
    rows = {(p.old, p.new): p for p in align_sections(old.sections, new.sections)}
    assert rows[(0, 0)].renamed is False and rows[(0, 0)].moved is False
    assert rows[(4, 1)].moved is True
    assert rows[(1, 2)].moved is False
    assert rows[(2, 3)].renamed is True
    assert (3, None) in rows and (None, 4) in rows


def test_removed_section_stays_where_it_stood():
    old, new = _parts(OLD, NEW)
    order = [(p.old, p.new) for p in align_sections(old.sections, new.sections)]
    assert order.index((3, None)) == order.index((2, 3)) + 1


def test_part_diff_statuses():
    old, new = _parts(OLD, NEW)
    part = diff_part(old, new)
    statuses = [(s.status, s.renamed, s.moved) for s in part.sections]
    assert (CHANGED, True, False) in statuses
    assert (UNCHANGED, False, True) in statuses
    assert (ADDED, False, False) in statuses and (REMOVED, False, False) in statuses
    assert part.status == CHANGED
    assert 0 < part.similarity < 1


def test_children_follow_their_renamed_parent():
    old = [(2, "规范执法", []), (3, "开展巡查。", ["巡查测绘标志120处。"])]
    new = [(2, "严格规范执法", []), (3, "开展巡查。", ["巡查测绘标志130处。"])]
    o, n = _parts(old, new)
    rows = align_sections(o.sections, n.sections)
    assert [(p.old, p.new, p.moved) for p in rows] == [(0, 0, False), (1, 1, False)]


def test_paragraphs_are_paired_by_similarity():
    old = ["全年受理地图审核申请58件。", "组织测绘法宣传活动3场。", "这一段将被删除，内容与其他段落完全不同。"]
    new = ["全年受理地图审核申请61件。", "新增的一段说明电子证照的推行情况。", "组织测绘法宣传活动4场。"]
    pairs = align_units(old, new)
    assert (0, 0) in pairs and (1, 2) in pairs
    assert (2, None) in pairs and (None, 1) in pairs


def test_longest_increasing_marks_the_moved_one():
    assert longest_increasing([0, 4, 1, 2, 3]) == {0, 2, 3, 4}
    assert longest_increasing([]) == set()
