"""Property: a generated report, printed as text with the build's numbering, imports back unchanged.

Generated reports have run-in headings, tab-separated tables, titles over one or two lines and
a 落款 over one or two lines. Two paths: text → import → sources → load, and, closing the
circle of issue 4 item 3, sources → ``build`` (.docx) → import again.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from helpers import STRUCTURE, report_text, round_trip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.received import read_dated as read_received
from lawreport.text.numbering import label

YEAR = 2023
_CJK = "法治政府建设推进工作组织领导监督执法制度审查决策公开培训服务群众权益水务河道巡查"
_INNER = _CJK + "，、；0123456789*_#[]|\\<>!&~"
words = st.text(alphabet=_CJK, min_size=2, max_size=12)
cells = st.text(alphabet=_CJK + "0123456789%", min_size=1, max_size=6)
tables = st.lists(st.lists(cells, min_size=2, max_size=4), min_size=2, max_size=4).map(
    lambda rows: [row + ["0"] * (len(rows[0]) - len(row)) if len(row) < len(rows[0]) else row[: len(rows[0])]
                  for row in rows])
FRAMES = [
    (["示例县水务局2023年法治政府建设年度报告"], ["示例县水务局"]),
    (["示例县水务局2023年法治政府建设", "年度报告"], ["示例县水务局"]),
    (["中共示例县委 示例县人民政府关于2023年法治政府建设情况的报告"], ["中共示例县委", "示例县人民政府"]),
]
inner = st.text(alphabet=_INNER, min_size=0, max_size=30)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    return draw(words) + draw(inner) + draw(words) + "。"


@st.composite
def section(draw: st.DrawFn, level: int) -> dict:
    runin = level >= 3 and draw(st.booleans())
    # A title may itself start with a marker ("（一）1.加强…"); not a digit at level 3, where "1." + "2…"
    # prints as a decimal number ("1.2…"), which no reader can tell from body text.
    prefixes = ["", "", "（2）", "(一)"] + ([] if level == 3 else ["1.", "3、"])
    title = draw(st.sampled_from(prefixes)) + draw(words) + ("。" if runin else "")
    paragraphs = draw(st.lists(sentence(), min_size=1 if runin else 0, max_size=2))
    table = draw(st.one_of(st.none(), tables))
    children = draw(st.lists(section(level + 1), max_size=2)) if level < 4 else []
    return {"level": level, "title": title, "runin": runin, "paragraphs": paragraphs, "table": table,
            "children": children}


@st.composite
def report(draw: st.DrawFn) -> dict:
    specs = draw(st.lists(st.sampled_from(STRUCTURE.parts), min_size=1, max_size=5, unique_by=lambda s: s.key))
    specs.sort(key=lambda s: STRUCTURE.parts.index(s))
    parts = []
    for spec in specs:
        title = draw(st.sampled_from([spec.title_for(YEAR), *spec.aliases]))
        parts.append({
            "key": spec.key, "title": title,
            "paragraphs": draw(st.lists(sentence(), max_size=2)),
            "sections": draw(st.lists(section(2), max_size=3)),
        })
    preamble = draw(st.lists(sentence(), min_size=1, max_size=2))
    return {"parts": parts, "preamble": preamble, "frame": draw(st.sampled_from(FRAMES))}


def _print(node: dict, number: int, out: list[str]) -> None:
    marker = label(node["level"], number)
    if node["runin"]:
        out.append(marker + node["title"] + node["paragraphs"][0])
        out.extend(node["paragraphs"][1:])
    else:
        out.append(marker + node["title"])
        out.extend(node["paragraphs"])
    if node["table"]:
        out.extend("\t".join(row) for row in node["table"])
    for index, child in enumerate(node["children"], 1):
        _print(child, index, out)


def render(data: dict) -> str:
    """The report as the build prints it: title, 主送机关, preamble, numbered parts, 落款, date."""
    title, signature = data["frame"]
    out = [*title, "县政府：", *data["preamble"]]
    for index, part in enumerate(data["parts"], 1):
        out.append(label(1, index) + part["title"])
        out.extend(part["paragraphs"])
        for number, node in enumerate(part["sections"], 1):
            _print(node, number, out)
    out += [*signature, "2024年2月18日"]
    return "\n".join(out) + "\n"


def expected(data: dict) -> list[str]:
    title, signature = data["frame"]
    out = ["".join(title), "县政府", *data["preamble"]]

    def walk(node: dict) -> None:
        out.append(node["title"])
        out.extend(node["paragraphs"])
        out.extend(cell for row in node["table"] or () for cell in row)
        for child in node["children"]:
            walk(child)

    for part in data["parts"]:
        out.append(part["title"])
        out.extend(part["paragraphs"])
        for node in part["sections"]:
            walk(node)
    return out + ["\n".join(signature), "2024-02-18"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report())
def test_generated_reports_round_trip(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.txt"
        path.write_text(render(data), encoding="utf-8")
        imported = read_received(path, STRUCTURE)
        assert [p.key for p in imported.report.parts] == [p["key"] for p in data["parts"]]
        assert report_text(imported.report) == expected(data)
        assert not any("不连续" in n.message or "混用" in n.message or "跳跃" in n.message for n in imported.notes)
        loaded = round_trip(imported.report, Path(folder))
        assert report_text(loaded) == expected(data)
        levels = [h.level for h in loaded.headings()]
        assert levels == [h.level for h in imported.report.headings()]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report())
def test_generated_reports_survive_build_then_import(data):
    """sources → build (.docx) → import: same text, same heading levels, same tables."""
    from lawreport.building.year import render_docx
    from lawreport.render.context import build_view
    from lawreport.render.templates import find_template

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.txt"
        path.write_text(render(data), encoding="utf-8")
        loaded = round_trip(read_received(path, STRUCTURE).report, Path(folder))
        built = Path(folder) / "built.docx"
        built.write_bytes(render_docx(build_view(loaded), find_template("reference.docx", None)))
        again = read_received(built, STRUCTURE)
        assert report_text(again.report) == expected(data)
        assert [h.level for h in again.report.headings()] == [h.level for h in loaded.headings()]
        assert [p.key for p in again.report.parts] == [p["key"] for p in data["parts"]]
