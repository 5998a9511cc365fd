"""The HTML page: the same numbering and text as the DOCX, escaped, no active content."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.building.year import build_year
from lawreport.sources.workspace import load_workspace


class _Audit(HTMLParser):
    """Collects tags, attributes and visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def audit(html: str) -> _Audit:
    parser = _Audit()
    parser.feed(html)
    return parser


def assert_no_active_content(html: str) -> None:
    parsed = audit(html)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "iframe", "object", "embed", "form", "img", "svg", "math", "base")
        for name, value in attrs.items():
            assert not name.startswith("on")
            if name in ("href", "src", "action"):
                assert re.match(r"^(https?:|mailto:|[^:]*$)", value or ""), value


def build(root: Path, year: int = 2023) -> tuple[str, Path]:
    result = build_year(load_workspace(root), year, ("docx", "html"), force=True)
    html_path = next(p for p in result.written if p.suffix == ".html")
    docx_path = next(p for p in result.written if p.suffix == ".docx")
    return html_path.read_text("utf-8"), docx_path


def test_html_structure(workspace: Path) -> None:
    html, _ = build(workspace)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="zh-CN">' in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<h1><span>示例县教育局<wbr>2023年<wbr>法治政府建设<wbr>年度报告</span></h1>" in html
    assert re.search(r'<h2 id="lr-\d+" class="level-1">一、<wbr>2023年度<wbr>推进<wbr>法治政府建设<wbr>的主要举措<wbr>和成效</h2>', html)
    assert re.search(r'<h3 id="lr-\d+" class="level-2">（一）<wbr>加强组织领导，<wbr>压实<wbr>法治建设<wbr>责任</h3>', html)
    assert '<span class="runin level-2">（一）<wbr>持续压实<wbr>法治建设<wbr>第一责任人<wbr>职责。</span>' in html
    assert "@media print" in html and "@page" in html and "@media (max-width" in html
    assert "2024年2月22日" in html
    assert_no_active_content(html)


def test_html_and_docx_have_the_same_text(workspace: Path) -> None:
    html, docx_path = build(workspace)
    body = html.split("<body>", 1)[1]
    html_text = "".join(audit(body).text)
    html_text = re.sub(r"\s+", "", html_text)
    document = docx.Document(str(docx_path))
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        paragraphs.extend(cell.text for row in table.rows for cell in row.cells)
    docx_text = re.sub(r"\s+", "", "".join(paragraphs))
    assert sorted(html_text) == sorted(docx_text)
    assert html_text.startswith(docx_text[:200])


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[点我](javascript:alert(1))",
    "[点我](JaVaScRiPt:alert(1))",
    "[数据](data:text/html;base64,PHNjcmlwdD4=)",
    "<iframe src=//evil.example></iframe>",
    '"><svg onload=alert(1)>',
    "{{ 7*7 }} {% raw %}",
    "[链接](vbscript:msgbox(1))",
    "![图](file:///etc/passwd)",
]


def _write_hostile(root: Path, text: str) -> None:
    path = root / "sections/2023/measures.md"
    path.write_text(path.read_text("utf-8") + f"\n# {text}\n\n正文{text}正文。\n", "utf-8")


def test_hostile_markdown_is_escaped(workspace: Path) -> None:
    for text in HOSTILE:
        _write_hostile(workspace, text)
    html, _ = build(workspace)
    assert_no_active_content(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("{{ 7*7 }}") == 2  # printed as text, never evaluated


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("<>\"'&=:/()[]!*#`javascript onerror字法治（）")), min_size=1, max_size=60))
def test_generated_hostile_text_never_becomes_markup(tmp_path_factory, text: str) -> None:
    root = tmp_path_factory.mktemp("ws")
    shutil.copytree(Path(__file__).resolve().parents[1] / "sections", root / "sections")
    _write_hostile(root, text.replace("\n", " "))
    html, _ = build(root)
    assert_no_active_content(html)


def test_two_line_signatory(workspace: Path) -> None:
    path = workspace / "sections/2023/report.yaml"
    text = path.read_text("utf-8").replace("signatory: 示例县教育局", 'signatory: "中共示例县委员会\\n示例县人民政府"')
    path.write_text(text, "utf-8")
    html, docx_path = build(workspace)
    assert "中共示例县委员会<br>示例县人民政府" in html
    document = docx.Document(str(docx_path))
    assert document.paragraphs[-2].text == "中共示例县委员会\n示例县人民政府"


@pytest.mark.parametrize(("title", "words"), [
    ("示例县教育局2023年法治政府建设年度报告", ("示例县教育局", "2023年", "法治政府建设", "年度报告")),
    ("示例县人民政府办公室关于2023年度法治政府建设情况的报告",
     ("示例县人民政府", "办公室", "关于2023年度", "法治政府建设情况", "的报告")),
    ("示例县卫生健康委员会2023年度法治政府建设工作报告",
     ("示例县卫生健康委员会", "2023年度", "法治政府建设", "工作报告")),
])
def test_title_wraps_on_a_phone_only_between_words(title: str, words: tuple[str, ...]) -> None:
    """GB/T 9704 7.3.1 keeps words intact when a title is broken; a narrow screen gets <wbr> at the same places."""
    from lawreport.render.context import title_lines, title_words

    assert title_words(title) == words
    lines = title_lines(title)
    assert "".join(lines) == title and all(line in title for line in lines)
    for line in lines:  # the print break (DOCX) falls between two of those words
        assert "".join(title_words(line)) == line and set(title_words(line)) <= set(words)


def test_long_title_is_broken_between_words_in_docx_and_html(workspace: Path) -> None:
    path = workspace / "sections/2023/report.yaml"
    path.write_text(path.read_text("utf-8") + 'title: "示例县人民政府办公室关于2023年度法治政府建设情况的报告"\n', "utf-8")
    html, docx_path = build(workspace)
    assert "<h1><span>示例县人民政府<wbr>办公室<wbr>关于2023年度</span>" in html
    assert "<span>法治政府建设情况<wbr>的报告</span></h1>" in html
    assert docx.Document(str(docx_path)).paragraphs[0].text == "示例县人民政府办公室关于2023年度\n法治政府建设情况的报告"


def test_headings_wrap_between_words_and_ranges_stay_whole(workspace: Path) -> None:
    """Before: a phone set 一、2023年度推进法治政府建设的主要举 / 措和成效 and the preamble's
    （2021— / 2025年）: a heading had no word marks and a range in running text no keep mark."""
    html, _ = build(workspace)
    assert re.search(r"h2, h3, h4, h5, \.runin \{ word-break: keep-all;", html)
    headings = re.findall(r"<h[2-5][^>]*>(.*?)</h[2-5]>", html)
    assert headings and all("<wbr>" in h for h in headings if len(re.sub("<[^>]+>", "", h)) > 12), headings
    assert not [h for h in headings if re.search("法治<wbr>|<wbr>建设|举<wbr>措", h)], headings
    assert "实施纲要（<span class=\"keep\">2021—2025年</span>）》" in html
    assert "<span class=\"keep\">2023年度</span>" not in html.split("<article>")[1].split("<table")[0]
