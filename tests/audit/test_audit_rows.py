"""Each column of the audit's row, on the fixture corpus of 青岚县."""

from __future__ import annotations

import datetime as dt

from lawreport.audit.deadline import check_deadline
from lawreport.audit.source import page_date, read


def test_one_row_per_file_recursively_without_lock_files(audited, fixture_corpus):
    names = sorted(row.path.split("/current/")[1] for row in audited.files)
    assert "乡镇/石门乡.docx" in names and "文旅局.md" in names and "旧版.doc" in names
    assert not any("~$" in name for name in names)
    assert len(names) == 26


def test_unit_type_title_year(row_of):
    justice = row_of("司法局.txt")
    assert (justice.unit, justice.issuer_type, justice.year) == ("青岚县司法局", "department", 2024)
    assert justice.title == "青岚县司法局2024年法治政府建设年度报告"
    assert row_of("县政府.docx").issuer_type == "government"
    assert row_of("青岚镇.txt").issuer_type == "government"
    assert row_of("民政局.txt").unit == "青岚县民政局"  # a GBK file
    assert row_of("文旅局.md").unit == "青岚县文化和旅游局"


def test_parts_present_missing_and_order(row_of):
    assert row_of("司法局.txt").parts == ("measures", "shortcomings", "leadership", "plans")
    assert row_of("司法局.txt").missing == () and row_of("司法局.txt").in_order
    assert row_of("财政局.docx").missing == ("shortcomings",)
    assert row_of("水利局.txt").missing == ("leadership", "plans")
    farming = row_of("农业农村局.docx")
    assert farming.parts[0] == "leadership" and not farming.in_order and farming.missing == ()


def test_signature_and_date(row_of):
    justice = row_of("司法局.txt")
    assert (justice.signature, justice.date_text) == ("青岚县司法局", "2025年2月20日")
    assert row_of("住建局.docx").date_text == "2025年2月20日"
    assert row_of("人社局网页版.txt").date_text == ""


def test_deadlines_by_issuer_type(row_of):
    assert row_of("司法局.txt").deadline.status == "on-time"
    assert row_of("审计局.txt").deadline.status == "on-time"  # 2月28日, before 3月1日
    police = row_of("公安局.txt").deadline
    assert police.status == "late" and police.limit == "2025-03-01" and police.date == "2025-03-20"
    assert police.problems == ("成文日期 2025-03-20 晚于部门报送期限 2025-03-01",)
    assert row_of("青岚镇.txt").deadline.status == "on-time"  # a government: 3月30日 is in time
    assert row_of("石门乡.docx").deadline.status == "late"


def test_publication_date_from_the_web_page(row_of):
    web = row_of("人社局网页版.txt")
    assert dict(web.page_meta)["索引号"] == "11452-2025-00031"
    assert web.deadline.published == "2025-04-10" and web.deadline.status == "late"
    assert web.deadline.problems == ("发布日期 2025-04-10 晚于公开期限 2025-04-01",)


def test_page_fields_above_the_title(tmp_path):
    import corpus

    from lawreport.sources.structure import load_structure

    lines = corpus.report_lines(corpus.UNITS[9], 2024, corpus.Shape(signed=False), 1)
    page = tmp_path / "水利局网页.txt"
    corpus.write_text(page, ["首页 > 政务公开 > 法定主动公开内容", "索引号：11452-2025-00040",
                             "成文日期：2025-02-26  发布日期：2025-03-02", *lines])
    received = read(page, load_structure(None))
    assert received.title == "青岚县水利局2024年法治政府建设年度报告"
    assert page_date(received.page_meta, "发布日期") == dt.date(2025, 3, 2)
    assert page_date(received.page_meta, "成文日期") == dt.date(2025, 2, 26)
    assert page_date({"成文日期": "2025-02-30"}, "成文日期") is None


def test_page_signing_date_used_when_the_report_has_none():
    deadline = check_deadline(2024, "department", None, dt.date(2025, 3, 5), None)
    assert (deadline.status, deadline.date_source) == ("late", "page")
    assert check_deadline(2024, "government", None, None, None).status == "unknown"


def test_a_report_without_a_date_published_after_the_deadline_to_send_it_is_not_called_in_time():
    """A department's web copy without its 落款 date, published 20 March: in time for publication (1 April),
    but whether it was sent by 1 March nothing shows; published by 1 March, it was."""
    unsure = check_deadline(2024, "department", None, None, dt.date(2025, 3, 20))
    assert (unsure.status, unsure.date, unsure.published) == ("unknown", "", "2025-03-20")
    assert unsure.problems == ("没有成文日期，发布日期 2025-03-20 晚于部门报送期限 2025-03-01，看不出是否按期报送，请核对报送时间",)
    assert check_deadline(2024, "department", None, None, dt.date(2025, 2, 25)).status == "on-time"
    assert check_deadline(2024, "government", None, None, dt.date(2025, 3, 20)).status == "on-time"
    late = check_deadline(2024, "department", None, None, dt.date(2025, 4, 3))
    assert late.status == "late" and late.problems == ("发布日期 2025-04-03 晚于公开期限 2025-04-01",)


def test_deadlines_are_those_of_the_report_year():
    """The same rules as lint's M005: before the 2019 规定 the first quarter, with no date to publish by."""
    late_2017 = check_deadline(2017, "department", dt.date(2018, 3, 20), None, dt.date(2018, 6, 1))
    assert (late_2017.status, late_2017.limit) == ("on-time", "2018-03-31")
    assert check_deadline(2017, "government", dt.date(2018, 4, 2), None, None).problems == (
        "成文日期 2018-04-02 晚于第一季度报送期限 2018-03-31",)
    assert check_deadline(2020, "department", dt.date(2021, 3, 20), None, dt.date(2021, 4, 2)).problems == (
        "成文日期 2021-03-20 晚于部门报送期限 2021-03-01", "发布日期 2021-04-02 晚于公开期限 2021-04-01")
    early = check_deadline(2012, "government", dt.date(2013, 9, 1), None, None)
    assert (early.status, early.limit, early.problems) == ("on-time", "", ())


def test_lint_counts_per_group_and_top_findings(row_of):
    from lawreport.audit.table import top_findings

    farming = row_of("农业农村局.docx")
    counts = {c.group: c for c in farming.counts}
    assert counts["H"].errors == sum(f.code.startswith("H") and f.severity == "error" for f in farming.findings) > 0
    assert counts["S"].warnings >= 1  # parts-order
    assert farming.errors == sum(c.errors for c in farming.counts)
    assert top_findings(farming).splitlines()[0].startswith("H004 第 ")


def test_a_problem_found_in_many_places_is_one_line_of_the_summary(row_of):
    """Twenty half-width commas are one line (“P001 第 3、5、8 行等 20 处：…”), so the other problems show too."""
    from lawreport.audit.records import FileAudit
    from lawreport.audit.table import top_findings
    from lawreport.lint.annotate import Comment

    comma = "中文中使用了半角“,”，应改为全角“，”"
    findings = (*(Comment(line, 4, "P001", "ascii-punct-in-cjk", "error", comma) for line in (3, 3, 5, 8, *range(10, 26))),
                Comment(30, 1, "M003", "signature-date", "error", "缺少落款"),
                Comment(2, 1, "P010", "stray-space", "warning", "汉字之间多了空格，请删除"))
    row = row_of("农业农村局.docx")._replace(findings=findings)
    assert isinstance(row, FileAudit)
    assert top_findings(row).splitlines() == [
        f"P001 第 3、5、8 {row.unit_of_line}等 20 处：{comma}",
        f"M003 第 30 {row.unit_of_line}：缺少落款",
        f"P010 第 2 {row.unit_of_line}：汉字之间多了空格，请删除",
    ]
    assert row_of("财政局.docx").counts[0].errors >= 1  # S001: a required part is missing
    # no 主送机关, but a plain text cannot show whether the submitted original had one (M002)
    assert not any(f.code == "M002" for f in row_of("交通运输局.txt").findings)
    assert not any(f.code == "M002" for f in row_of("司法局.txt").findings)


def test_previous_year_similarity_and_plans_not_followed(row_of):
    justice = row_of("司法局.txt").previous
    assert justice is not None and justice.year == 2023 and 0.3 < justice.similarity < 1
    assert justice.plans == 2
    assert [p.title for p in justice.unfollowed] == ["上线掌上执法监督小程序"]
    assert row_of("交通运输局.txt").previous is None


def test_unreadable_files_get_a_row_with_the_reason(row_of):
    for name in ("损坏.docx", "旧版.doc", "加密.docx"):
        row = row_of(name)
        assert not row.readable and row.reason and row.unit == ""
    assert "损坏" in row_of("损坏.docx").reason
    assert ".doc" in row_of("旧版.doc").reason


def test_roster_units_without_a_report(audited):
    assert audited.missing_units == ("青岚县医疗保障局",)


def test_parallel_and_sequential_runs_agree(audited, fixture_corpus, monkeypatch):
    from lawreport.audit.roster import read_roster
    from lawreport.audit.run import run_audit
    from lawreport.audit.spool import Spool
    from lawreport.sources.structure import load_structure

    monkeypatch.setenv("LAWREPORT_JOBS", "1")
    with Spool() as spool:
        alone = run_audit([fixture_corpus["current"]], load_structure(None), spool, previous=fixture_corpus["previous"],
                          roster=read_roster(fixture_corpus["roster"]))
        assert tuple(alone.files) == tuple(audited.files)
    assert alone._replace(files=()) == audited._replace(files=())


def test_a_file_too_large_or_not_a_report_gets_its_row(tmp_path):
    from lawreport.audit.perfile import Settings, audit_file
    from lawreport.sources.structure import load_structure

    settings = Settings(load_structure(None), None, {})
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    row = audit_file(str(empty), settings).row
    assert not row.readable and row.reason
    binary = tmp_path / "乱码.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    row = audit_file(str(binary), settings).row
    assert not row.readable and row.reason


def test_a_report_without_any_year_is_still_audited(tmp_path):
    import corpus

    from lawreport.audit.perfile import Settings, audit_file
    from lawreport.sources.structure import load_structure

    lines = [line.replace("2024年度", "本年度").replace("2025年度", "下一年度").replace("2024年", "今年")
             for line in corpus.report_lines(corpus.UNITS[0], 2024, corpus.Shape(signed=False), 3)]
    path = tmp_path / "无年份.txt"
    corpus.write_text(path, lines)
    row = audit_file(str(path), Settings(load_structure(None), None, {})).row
    assert row.readable and row.year is None and row.title == "青岚县司法局今年法治政府建设年度报告"
    assert row.deadline.status == "unknown" and row.deadline.problems == ("无法识别报告年度，未检查期限",)
    assert any(f.code == "S000" for f in row.findings)


def test_files_found_recursively_without_links_hidden_or_lock_files(tmp_path):
    from lawreport.audit.run import find_files

    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/报告.txt", "a/b/报告.docx", "a/报告.md", "a/.隐藏.txt", "a/~$报告.docx", "a/表格.xlsx", "a/旧.DOC"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    outside = tmp_path / "外部.txt"
    outside.write_text("x", encoding="utf-8")
    (tmp_path / "a" / "链接.txt").symlink_to(outside)
    (tmp_path / "a" / "链接目录").symlink_to(tmp_path / "a" / "b")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path / "a"])]
    assert found == ["a/b/报告.docx", "a/报告.md", "a/报告.txt", "a/旧.DOC"]
