"""The lint, rules and rule commands through click's CliRunner: formats, exit codes, --strict, --fix, config."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lawreport.cli import cli as group
from lint.examples import received_text

from .conftest import CASES, REPO, split_expectations


def _received(tmp_path: Path, name: str = "received.txt") -> Path:
    text, _ = split_expectations((CASES / name).read_text(encoding="utf-8"))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_workspace_is_clean(workspace):
    result = CliRunner().invoke(group, ["lint"])
    assert result.exit_code == 0, result.output
    assert "未发现问题" in result.output


def test_text_format_shows_line_and_caret(tmp_path):
    path = _received(tmp_path)
    result = CliRunner().invoke(group, ["lint", str(path)])
    assert result.exit_code == 1
    assert "received.txt:7:" in result.output and "P001" in result.output
    assert "^" in result.output and "共 " in result.output


def test_json_format(tmp_path):
    result = CliRunner().invoke(group, ["lint", str(_received(tmp_path)), "--format", "json"])
    assert result.exit_code == 1
    items = json.loads(result.output)
    assert items == sorted(items, key=lambda i: (i["path"], i["line"], i["column"], i["code"], i["message"]))
    for item in items:
        assert {"path", "line", "column", "code", "name", "severity", "message"} <= set(item)
    fixable = [i for i in items if "fix" in i]
    assert fixable and all(i["fix"]["edits"] for i in fixable)
    comma = next(i for i in items if i["code"] == "P001")
    assert (comma["line"], comma["column"]) == (7, 11)


def test_github_format(tmp_path):
    result = CliRunner().invoke(group, ["lint", str(_received(tmp_path)), "--format", "github"])
    lines = result.output.strip().splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any(",line=7,col=11,title=P001 ascii-punct-in-cjk::" in line for line in lines)


def test_sarif_format(tmp_path):
    out = tmp_path / "lint.sarif"
    result = CliRunner().invoke(group, ["lint", str(_received(tmp_path)), "--format", "sarif", "-o", str(out)])
    assert result.exit_code == 1
    log = json.loads(out.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result_item in run["results"]:
        assert ids[result_item["ruleIndex"]] == result_item["ruleId"]
        assert result_item["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_sarif_uris_are_valid_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    named = _received(tmp_path)
    named = named.rename(tmp_path / "报告 1.txt")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_bytes(named.read_bytes())
    result = CliRunner().invoke(group, ["lint", "报告 1.txt", str(outside), "--format", "sarif"])
    run = json.loads(result.stdout)["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {"%E6%8A%A5%E5%91%8A%201.txt", outside.as_uri()}
    outside.unlink()


def test_warnings_pass_unless_strict(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(received_text("（一）加强学习\n学习《宪法》、《民法典》。"), encoding="utf-8")
    relaxed = CliRunner().invoke(group, ["lint", str(path)])
    assert relaxed.exit_code == 0 and "P004" in relaxed.output
    assert CliRunner().invoke(group, ["lint", str(path), "--strict"]).exit_code == 1


def test_cannot_run_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(group, ["lint", "nosuchfile.txt"])
    assert result.exit_code == 2
    assert CliRunner().invoke(group, ["lint"]).exit_code == 2
    assert CliRunner().invoke(group, ["lint", "x.txt", "--select", "nosuchrule"]).exit_code == 2


def test_select_and_ignore(tmp_path):
    path = _received(tmp_path)
    only = json.loads(CliRunner().invoke(group, ["lint", str(path), "--format", "json", "--select", "P"]).output)
    assert only and {i["code"][0] for i in only} == {"P"}
    rest = json.loads(CliRunner().invoke(group, ["lint", str(path), "--format", "json", "--ignore", "P001,H"]).output)
    assert not [i for i in rest if i["code"] == "P001" or i["code"].startswith("H")]


def test_fix_is_idempotent_and_atomic(tmp_path):
    path = _received(tmp_path)
    first = CliRunner().invoke(group, ["lint", str(path), "--fix", "--format", "json"])
    fixed_once = path.read_text(encoding="utf-8")
    assert "（二）健全制度体系" in fixed_once and "3次，研究" in fixed_once and "1.完善规则" in fixed_once
    remaining = json.loads(first.stdout)
    assert not [i for i in remaining if "fix" in i]
    CliRunner().invoke(group, ["lint", str(path), "--fix"])
    assert path.read_text(encoding="utf-8") == fixed_once
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_fix_keeps_gbk_and_crlf(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(received_text("（一）加强学习\n全年学法6次,覆盖全员。").replace("\n", "\r\n").encode("gb18030"))
    CliRunner().invoke(group, ["lint", str(path), "--fix"])
    data = path.read_bytes()
    assert "6次，覆盖".encode("gb18030") in data and b"\r\n" in data


def test_fix_in_sources(workspace):
    target = workspace / "sections" / "2023" / "measures.md"
    target.write_text(target.read_text(encoding="utf-8").replace("同部署、", "同部署,"), encoding="utf-8")
    assert CliRunner().invoke(group, ["lint", "2023"]).exit_code == 1
    assert CliRunner().invoke(group, ["lint", "2023", "--fix"]).exit_code == 0
    assert "同部署、" not in target.read_text(encoding="utf-8") and "同部署，" in target.read_text(encoding="utf-8")


def test_markdown_file_target_limits_findings(workspace):
    target = workspace / "sections" / "2023" / "plans.md"
    target.write_text(target.read_text(encoding="utf-8").replace("局党组重要", "局党组,重要"), encoding="utf-8")
    assert CliRunner().invoke(group, ["lint", str(workspace / "sections" / "2023" / "measures.md")]).exit_code == 0
    result = CliRunner().invoke(group, ["lint", str(target)])
    assert result.exit_code == 1 and "plans.md:3:" in result.output


def test_config_validation(workspace):
    (workspace / "lawreport.yaml").write_text(
        "lint:\n  selekt: [P001]\n  severity:\n    P004: fatal\n  options:\n    heading-sequence:\n"
        "      numbering: sometimes\n      colour: red\n", encoding="utf-8")
    result = CliRunner().invoke(group, ["lint"])
    assert result.exit_code == 2
    for expected in ("lawreport.yaml:2:", "selekt", "是否为 select", "lawreport.yaml:4:", "fatal" if False else "级别",
                     "restart / continuous", "colour"):
        assert expected in result.output


def test_config_errors_point_at_the_key_and_name_no_rule_list(workspace):
    (workspace / "lawreport.yaml").write_text(
        "lint:\n  ignorre: [P004]\n  select: [P001, nosuch, stray-spaces]\n", encoding="utf-8")
    result = CliRunner().invoke(group, ["lint"])
    assert result.exit_code == 2
    assert "lawreport.yaml:2:3: lint 中未知的配置项 ignorre（是否为 ignore？）" in result.output
    assert "lawreport.yaml:3:18: lint.select 中的规则 nosuch 不存在（可用 lawreport rules 查看" in result.output
    assert "stray-spaces 不存在（是否为 stray-space？）" in result.output
    assert "ascii-punct-in-cjk" not in result.output  # no dump of every code and name


def test_unknown_top_level_keys_all_reported_and_lint_cannot_run(workspace):
    (workspace / "lawreport.yaml").write_text("issuer: 示例县教育局\nlintt:\n  select: [P001]\nbuild:\n  format: docx\n",
                                              encoding="utf-8")
    result = CliRunner().invoke(group, ["lint"])
    assert result.exit_code == 2
    for expected in ("lawreport.yaml:1:1: 未知的配置项 issuer", "lawreport.yaml:2:1: 未知的配置项 lintt（是否为 lint？）",
                     "lawreport.yaml:5:3: 未知的配置项 format（是否为 formats？）", "配置有 3 处错误"):
        assert expected in result.output
    assert "Traceback" not in result.output


def test_config_applies(workspace):
    target = workspace / "sections" / "2023" / "measures.md"
    target.write_text(target.read_text(encoding="utf-8") + "\n学习《宪法》、《民法典》。\n", encoding="utf-8")
    (workspace / "lawreport.yaml").write_text("lint:\n  severity:\n    dunhao-between-titles: error\n", encoding="utf-8")
    assert CliRunner().invoke(group, ["lint"]).exit_code == 1
    (workspace / "lawreport.yaml").write_text("lint:\n  ignore: [P004]\n", encoding="utf-8")
    assert CliRunner().invoke(group, ["lint", "--strict"]).exit_code == 0


def test_rules_and_rule_commands():
    listing = CliRunner().invoke(group, ["rules"])
    assert listing.exit_code == 0 and "P001" in listing.output and "ascii-punct-in-cjk" in listing.output
    assert json.loads(CliRunner().invoke(group, ["rules", "--format", "json"]).output)[0]["code"] == "S000"
    shown = CliRunner().invoke(group, ["rule", "heading-sequence"])
    assert shown.exit_code == 0 and "H004" in shown.output and "numbering" in shown.output and "错误示例" in shown.output
    assert CliRunner().invoke(group, ["rule", "X999"]).exit_code == 2


def test_lint_does_not_import_the_docx_stack(tmp_path):
    path = _received(tmp_path)
    copy = path.with_name("copy.txt")
    copy.write_bytes(path.read_bytes())
    code = ("import sys; from lawreport.cli import main; main(['lint', *sys.argv[1:], '--format', 'json']); "
            "print(sorted(m for m in ('docx', 'lxml', 'jinja2') if m in sys.modules))")
    for targets in ([str(path)], ["2023"], [str(path), str(copy)], ["2022", "2023"]):
        done = subprocess.run([sys.executable, "-c", code, *targets], capture_output=True, text=True, cwd=REPO,
                              check=False)
        assert done.stdout.strip().endswith("[]"), done.stdout[-200:] + done.stderr[-500:]


def test_lint_imports_only_what_its_mode_needs(tmp_path):
    """A text-format lint imports no json, no fixer, no DOCX reader."""
    path = _received(tmp_path)
    optional = ("json", "lawreport.lint.fix", "lawreport.lint.built.package", "lawreport.lint.docs")
    code = ("import sys; from lawreport.cli import main; main(['lint', *sys.argv[1:]]); "
            f"print(sorted(m for m in {optional!r} if m in sys.modules))")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    for targets in ([str(path)], ["2023"]):
        done = subprocess.run([sys.executable, "-c", code, *targets], capture_output=True, text=True, cwd=REPO,
                              env=env, check=False)
        assert done.stdout.strip().endswith("[]"), done.stdout[-300:] + done.stderr[-500:]


def test_source_errors_are_findings(workspace):
    (workspace / "sections" / "2023" / "report.yaml").write_text("issuer: [\n", encoding="utf-8")
    result = CliRunner().invoke(group, ["lint", "--format", "json"])
    assert result.exit_code == 1
    assert any(i["code"] == "S000" and i["path"].endswith("report.yaml") for i in json.loads(result.output))
    shutil.rmtree(workspace / "sections" / "2022")


def test_docx_target_reports_paragraph_numbers(tmp_path):
    from docx import Document as WordDocument

    text, expected = split_expectations((CASES / "received.txt").read_text(encoding="utf-8"))
    word = WordDocument()
    word.add_paragraph("")
    for line in text.split("\n"):
        if line.strip():
            word.add_paragraph(line)
    path = tmp_path / "received.docx"
    word.save(str(path))
    before = path.read_bytes()
    result = CliRunner().invoke(group, ["lint", str(path), "--format", "json", "--fix"])
    items = json.loads(result.stdout)
    # paragraph numbers count the empty first paragraph, so every line moves down by one
    assert {(i["line"] - 1, i["code"]) for i in items} == expected
    assert not [i for i in items if "fix" in i]
    assert path.read_bytes() == before


def test_table_cells_are_linted_at_their_paragraph_in_a_docx(tmp_path):
    from docx import Document as WordDocument

    text = received_text("（一）加强学习\n全年学法6次，情况如下。")
    word = WordDocument()
    lines = text.split("\n")
    for line in lines[:6]:
        word.add_paragraph(line)
    table = word.add_table(rows=2, cols=2)
    for (row, column), value in {(0, 0): "事项", (0, 1): "数量", (1, 0): "集中学法,专题讲座", (1, 1): "6"}.items():
        table.cell(row, column).text = value
    for line in lines[6:]:
        if line.strip():
            word.add_paragraph(line)
    path = tmp_path / "table.docx"
    word.save(str(path))
    items = json.loads(CliRunner().invoke(group, ["lint", str(path), "--format", "json"]).stdout)
    # paragraphs 1-6, then one paragraph per cell: 7 事项, 8 数量, 9 集中学法,专题讲座, 10 6
    assert [(i["line"], i["column"], i["code"]) for i in items] == [(9, 5, "P001")]
    shown = CliRunner().invoke(group, ["lint", str(path)]).output
    assert "    9 | 集中学法,专题讲座" in shown


def test_fix_keeps_utf16_and_each_line_ending(tmp_path):
    text = received_text("（一）加强学习\n全年学法6次,覆盖全员。")
    lines = text.split("\n")
    mixed = "\r\n".join(lines[:5]) + "\n" + "\r".join(lines[5:8]) + "\r\n" + "\n".join(lines[8:])
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(b"\xff\xfe" + mixed.encode("utf-16-le"))
    plain = tmp_path / "mixed.txt"
    plain.write_bytes(mixed.encode("utf-8"))
    for path, encode in ((utf16, lambda t: b"\xff\xfe" + t.encode("utf-16-le")), (plain, lambda t: t.encode("utf-8"))):
        result = CliRunner().invoke(group, ["lint", str(path), "--fix"])
        assert result.exit_code == 0, result.output
        assert path.read_bytes() == encode(mixed.replace("6次,覆盖", "6次，覆盖"))


def test_fix_writes_utf16_without_a_bom_back_as_it_was(tmp_path):
    """Notepad's “Unicode” without its BOM: lint read it as UTF-16, but --fix decoded it as UTF-8 or
    GB18030, found other characters and fixed nothing, while the summary still said --fix would."""
    text = received_text("（一）加强学习\n全年学法6次,覆盖全员。")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        result = CliRunner().invoke(group, ["lint", str(path), "--fix"])
        assert "已自动修复 1 处" in result.output, result.output
        assert path.read_bytes() == text.replace("6次,覆盖", "6次，覆盖").encode(encoding)



def test_text_caret_sits_under_the_character_with_wide_cjk_characters(tmp_path):
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    body = "（一）加强学习\n全年学法6次（含Word培训2次）,覆盖全员。\n组织“法治讲堂”活动12场，参加人员达到1,200人次，全年共发放宣传资料3000余份;覆盖全部学校。"
    path = tmp_path / "r.txt"
    path.write_text(received_text(body), encoding="utf-8")
    output = CliRunner().invoke(group, ["lint", str(path)]).output.split("\n")
    marks = []
    for number, line in enumerate(output):
        if line.rstrip().endswith("^"):
            source = output[number - 1]
            gutter = source.index("| ") + 2
            shown, column = source[gutter:], line.index("^") - gutter
            # the caret's display column is the display width of what precedes the flagged character
            prefix = next(i for i in range(len(shown) + 1) if width(shown[:i]) >= column)
            assert width(shown[:prefix]) == column
            marks.append(shown[prefix])
    assert marks == [",", ";"]


def test_output_that_cannot_be_written_exits_2_with_a_message(tmp_path):
    path = _received(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = CliRunner().invoke(group, ["lint", str(path), "-o", str(blocker / "lint.json"), "--format", "json"])
    assert result.exit_code == 2
    assert "无法写入" in result.output and "Traceback" not in result.output
    nested = tmp_path / "reports" / "lint.json"
    assert CliRunner().invoke(group, ["lint", str(path), "-o", str(nested), "--format", "json"]).exit_code == 1
    assert json.loads(nested.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_run_stopped_midway_leaves_a_well_formed_document(tmp_path, monkeypatch, fmt):
    """An error that stops the run after some files were written out (a folder removed meanwhile)
    is reported on standard error with exit status 2, and the JSON or SARIF written so far is closed."""
    from lawreport.errors import UsageError
    from lawreport.lint import session

    folders = [tmp_path / str(number) for number in range(3)]
    for folder in folders:
        folder.mkdir()
    paths = [_received(folder) for folder in folders]
    linted = session.chunks

    def stopping(prepared, fmt, label=None):
        done = linted(prepared, fmt, label)
        yield next(done)
        raise UsageError("检查时文件夹被删除了")

    monkeypatch.setattr(session, "chunks", stopping)
    result = CliRunner().invoke(group, ["lint", "--format", fmt, *map(str, paths)])
    assert result.exit_code == 2, result.output
    assert "检查时文件夹被删除了" in result.stderr
    document = json.loads(result.stdout)
    findings = document if fmt == "json" else document["runs"][0]["results"]
    assert findings and {Path(item["path"] if fmt == "json" else
                              item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).parent.name
                         for item in findings} == {"0"}


def test_an_unreadable_source_is_one_message_then_what_to_do(workspace):
    """S000 carries the read error's hint as a sentence of its own, not inside a second pair of brackets."""
    part = Path("sections/2023/measures.md")
    part.write_bytes(part.read_text("utf-8").encode("gbk"))
    result = CliRunner().invoke(group, ["lint", "--format", "json", "2023"])
    [message] = [f["message"] for f in json.loads(result.output) if f["code"] == "S000"]
    assert message.endswith("）。运行 lawreport fix-encoding sections/2023/measures.md 转换为 UTF-8（原文件保留为 .bak）。")
    assert "。）" not in message
