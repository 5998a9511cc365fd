"""``lawreport lint REPORT.docx --annotate OUT.docx``: the received file with each finding as a Word comment."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from tests.audit.corpus import write_docx

LINES = [
    "青岚县水务局2023年法治政府建设年度报告",
    "青岚县人民政府：",
    "2023年，县水务局坚持依法行政,全面推进法治政府建设。现将有关情况报告如下：",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "完成取水许可审查12件，开展水事执法巡查40次。",
    "二、2023年度推进法治政府建设存在的不足和原因",
    "执法人员业务培训还不够。",
    "三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "局主要负责人主持召开专题会议3次。",
    "四、2024年度推进法治政府建设的主要安排",
    "继续开展水事执法巡查。",
    "青岚县水务局",
    "2024年2月20日",
]


def test_each_finding_becomes_a_comment_and_the_original_is_untouched(cli, tmp_path: Path) -> None:
    source = tmp_path / "水务局.docx"
    write_docx(source, LINES)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "水务局-批注.docx"
    result = cli("lint", str(source), "--annotate", str(out), cwd=tmp_path)
    assert result.exit_code == 1, result.output  # the half-width comma is an error
    assert "P001" in result.stdout and "批注" in result.stderr
    with zipfile.ZipFile(out) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert 'w:author="lawreport"' in comments and "P001" in comments
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_the_copy_may_not_replace_the_received_file(cli, tmp_path: Path) -> None:
    source = tmp_path / "水务局.docx"
    write_docx(source, LINES)
    before = source.read_bytes()
    result = cli("lint", str(source), "--annotate", str(source), cwd=tmp_path)
    assert result.exit_code == 2
    assert source.read_bytes() == before


def test_annotate_needs_one_word_file(cli, tmp_path: Path) -> None:
    text = tmp_path / "报告.txt"
    text.write_text("\n".join(LINES), "utf-8")
    result = cli("lint", str(text), "--annotate", str(tmp_path / "out.docx"), cwd=tmp_path)
    assert result.exit_code == 2 and "--annotate 只能用于一个收到的 .docx 报告" in result.stderr
    assert not (tmp_path / "out.docx").exists()


def test_a_file_the_reader_refuses_is_not_opened_for_comments(cli, tmp_path: Path) -> None:
    fake = tmp_path / "旧版.docx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # a legacy .doc renamed
    out = tmp_path / "out.docx"
    result = cli("lint", str(fake), "--annotate", str(out), cwd=tmp_path)
    assert result.exit_code in (1, 2), result.output
    assert not out.exists() and "Traceback" not in result.output


def test_a_file_saved_again_while_it_is_linted_gets_no_copy(cli, tmp_path: Path, monkeypatch) -> None:
    """The findings and the comments are about the same text: a file saved again between the two
    is refused (exit 2), and no copy is written."""
    from lawreport.lint import session

    source = tmp_path / "水务局.docx"
    write_docx(source, LINES)
    linted = session.run

    def saved_meanwhile(*args, **kwargs):
        outcome = linted(*args, **kwargs)
        write_docx(source, [*LINES[:-1], "2024年2月21日"])  # the office saves a corrected date meanwhile
        return outcome

    monkeypatch.setattr(session, "run", saved_meanwhile)
    out = tmp_path / "水务局-批注.docx"
    result = cli("lint", str(source), "--annotate", str(out), cwd=tmp_path)
    assert result.exit_code == 2 and "在检查时被改动了" in result.stderr
    assert not out.exists()
