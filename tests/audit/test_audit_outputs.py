"""Each output format: XLSX, CSV, JSON (against docs/audit.md), the HTML dashboard; and the command."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest

from lawreport.audit.csvout import render_csv, safe_text
from lawreport.audit.htmlout import render_html
from lawreport.audit.jsonout import render_json
from lawreport.audit.perfile import unreadable_row
from lawreport.audit.records import AuditResult
from lawreport.audit.table import SUMMARY_HEADER, sheets, summary
from lawreport.audit.xlsxout import render_xlsx
from lawreport.cli import main

DOCS = Path(__file__).resolve().parents[2] / "docs" / "audit.md"


def _hostile_result(audited: AuditResult) -> AuditResult:
    row = unreadable_row('=HYPERLINK("http://example.invalid/","x").docx', "@SUM(1+1)\x07<b>加粗</b>")
    return audited._replace(files=(*audited.files, row))


def test_xlsx_sheets_frozen_header_filters(audited):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(render_xlsx(sheets(audited))))
    assert book.sheetnames == ["汇总", "问题", "雷同段落", "未报送"]
    for page in book.worksheets:
        assert page.freeze_panes == "A2"
        assert page.auto_filter.ref.startswith("A1:")
    main_sheet = book["汇总"]
    assert tuple(c.value for c in main_sheet[1]) == SUMMARY_HEADER
    assert main_sheet.max_row == len(audited.files) + 1
    units = [c.value for c in main_sheet["B"][1:]]
    assert "青岚县司法局" in units
    assert book["雷同段落"].max_row == 2 and book["未报送"]["A2"].value == "青岚县医疗保障局"
    errors = SUMMARY_HEADER.index("错误") + 1
    assert all(isinstance(c.value, int) for c in main_sheet.iter_cols(errors, errors, 2).__next__() if c.value is not None)


def test_xlsx_prints_on_a4_landscape_legibly(audited):
    """Every sheet prints its header row on each page; the forty-column 汇总 at the smallest legible
    scale with the file column on each page (one page wide it would be too small to read), the
    narrower 问题 at the scale that makes it one page wide; a long 说明 wraps in a taller row."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(render_xlsx(sheets(audited))))
    for page in book.worksheets:
        assert page.page_setup.orientation == "landscape"
        assert str(page.page_setup.paperSize) == page.PAPERSIZE_A4
        assert page.print_title_rows == "$1:$1"
    summary, findings = book["汇总"], book["问题"]
    assert summary.page_setup.scale == 55 and summary.print_title_cols == "$A:$A"
    widths = sum(findings.column_dimensions[column].width for column in "ABCDEFGH")
    assert 55 <= findings.page_setup.scale < 100
    assert findings.page_setup.scale * widths <= 100 * 105 and findings.print_title_cols is None
    explained = next(row for row in findings.iter_rows(min_row=2) if len(row[-1].value) > 60)
    assert explained[-1].alignment.wrap_text
    assert findings.row_dimensions[explained[-1].row].height >= 2 * 15


def test_xlsx_never_writes_formulas_or_control_characters(audited):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(render_xlsx(sheets(_hostile_result(audited)))))
    last = book["汇总"][book["汇总"].max_row]
    assert last[0].value.startswith("=HYPERLINK") and last[0].data_type == "s"
    assert last[SUMMARY_HEADER.index("无法读取的原因")].value == "@SUM(1+1)<b>加粗</b>"


def test_csv_is_utf8_with_bom_and_defuses_formulas(audited):
    data = render_csv(summary(_hostile_result(audited)))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert tuple(rows[0]) == SUMMARY_HEADER and len(rows) == len(audited.files) + 2
    assert rows[-1][0].startswith("'=HYPERLINK")
    assert safe_text("-1") == "'-1" and safe_text(3) == 3 and safe_text("县司法局") == "县司法局"


def test_json_follows_the_documented_schema(audited):
    data = json.loads(render_json(audited))
    assert (data["schema"], data["version"]) == ("lawreport-audit", 2)
    assert len(data["files"]) == len(audited.files) and len(data["shared"]) == 1
    documented = DOCS.read_text(encoding="utf-8")
    keys = set(data) | set(data["files"][0]) | set(data["files"][0]["deadline"]) | set(data["shared"][0])
    keys |= set(data["shared"][0]["first"]) | {k for f in data["files"] if f["previous"] for k in f["previous"]}
    keys |= set(data["files"][0]["findings"][0] if data["files"][0]["findings"] else {}) | set(data["files"][0]["counts"][0])
    missing = sorted(k for k in keys if f"`{k}`" not in documented)
    assert missing == []
    justice = next(f for f in data["files"] if f["path"].endswith("司法局.txt"))
    assert justice["previous"]["unfollowed"][0]["title"] == "上线掌上执法监督小程序"


def test_json_written_a_file_at_a_time_is_laid_out_as_one_dump(audited):
    data = render_json(audited)
    assert data == (json.dumps(json.loads(data), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    empty = render_json(audited._replace(files=(), shared=(), missing_units=()))
    assert empty == (json.dumps(json.loads(empty), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert b'"files": []' in empty


def test_html_is_self_contained_and_escapes_everything_from_reports(audited):
    page = render_html(_hostile_result(audited)).decode("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>加粗</b>" not in page
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page and "default-src 'none'" in page
    assert not re.search(r"\b(src|href)=", page)
    assert 'class="sortable"' in page and 'data-type="number"' in page


def test_html_counts_per_rule_group_come_from_the_data(audited):
    page = render_html(audited).decode("utf-8")
    errors = sum(c.errors for f in audited.files for c in f.counts if c.group == "H")
    warnings = sum(c.warnings for f in audited.files for c in f.counts if c.group == "H")
    assert f"层级序号：错误 {errors}，警告 {warnings}" in page and errors > 0


def test_command_writes_the_chosen_formats(fixture_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    status = main(["audit", str(fixture_corpus["current"]), "--format", "csv,json", "-o", str(out),
                   "--roster", str(fixture_corpus["roster"])])
    assert status == 0
    assert sorted(p.name for p in out.iterdir()) == ["audit-findings.csv", "audit-missing.csv", "audit-shared.csv",
                                                     "audit.csv", "audit.json"]
    said = capsys.readouterr().out
    assert "审查了 26 个文件（无法读取 3 个，逾期 3 个），雷同段落 1 处，未报送 1 个单位。" in said


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "pdf"], "不是可用的格式"),
    (["--previous", "/nonexistent-folder"], "不是文件夹"),
])
def test_command_refuses_bad_options(fixture_corpus, tmp_path, capsys, args, message):
    status = main(["audit", str(fixture_corpus["current"]), "-o", str(tmp_path / "o"), *args])
    assert status == 2 and message in capsys.readouterr().err


def test_command_refuses_a_missing_folder(tmp_path, capsys):
    assert main(["audit", str(tmp_path / "nothing"), "-o", str(tmp_path / "o")]) == 2
    assert "不存在" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["audit", str(tmp_path / "empty"), "-o", str(tmp_path / "o")]) == 2
    assert "没有 .docx/.pdf/.txt/.md 报告" in capsys.readouterr().err


def test_year_option_sets_the_report_year(fixture_corpus, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "司法局.txt").write_bytes((fixture_corpus["current"] / "司法局.txt").read_bytes())
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--year", "2023", "--format", "json", "-o", str(out)]) == 0
    row = json.loads((out / "audit.json").read_text(encoding="utf-8"))["files"][0]
    assert row["year"] == 2023 and row["deadline"]["limit"] == "2024-03-01"
    assert row["deadline"]["status"] == "late"  # signed 2025-02-20, a year after a 2023 report was due


def test_bidi_and_control_characters_never_reach_the_spreadsheets_or_the_dashboard(audited):
    """A unit name written with U+202E (RLO) shows in a viewer as another unit's name
    (“青岚县\u202e局法司\u202c” looks like 青岚县司法局); BEL and terminal escapes are noise. The tables
    show the text in its real order without them, and a formula hidden behind a bidi control is
    still defused once the control is gone."""
    from openpyxl import load_workbook

    first = next(iter(audited.files))
    row = first._replace(path="外地\x1b[31m.docx", unit="青岚县\u202e局法司\u202c", title="\u2066=1+1\u2069标题\x07")
    passage = audited.shared[0]
    passage = passage._replace(first=passage.first._replace(unit="青岚县\u202e局法司\u202c"))
    result = audited._replace(files=(*audited.files, row), shared=(passage, *audited.shared[1:]),
                              missing_units=("青岚县\u202e局法司\u202c",))
    rows = list(csv.reader(io.StringIO(render_csv(summary(result))[3:].decode("utf-8"))))
    assert rows[-1][:2] == ["外地.docx", "青岚县局法司"] and rows[-1][3] == "'=1+1标题"
    page = load_workbook(io.BytesIO(render_xlsx(sheets(result))))["汇总"]
    assert page.cell(page.max_row, 2).value == "青岚县局法司"
    html = render_html(result).decode("utf-8")
    assert "青岚县局法司" in html and not re.search("[\u202a-\u202e\u2066-\u2069\x07\x1b]", html)
    for sheet in sheets(result):
        for values in sheet.rows:
            assert not any(isinstance(v, str) and re.search("[\u202a-\u202e\u2066-\u2069\x00-\x09\x0b-\x1f]", v)
                           for v in values), values
