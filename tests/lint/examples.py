"""Linting a rule's ``bad``/``good`` examples: each becomes a small report of the fictional 样例市司法局.

"md" examples are the body of the measures part of a sources workspace; "yaml" examples are
lines that replace keys of its report.yaml; "txt" examples are the body of part 一 of a
received plain-text report, or one of the edits ``-KEY`` (drop a part), ``swap:KEY`` (move
a part first) and ``replace:OLD:NEW``; "docx" examples are edits ``part:old=>new`` of the
DOCX built from the example report ("" for none).
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from lawreport.lint.base import Diagnostic, Rule
from lawreport.lint.config import Active
from lawreport.lint.runner import lint_document
from lawreport.lint.targets import load_received, load_year
from lawreport.sources.structure import load_structure
from lawreport.sources.workspace import Workspace

REPORT_YAML = """issuer: 样例市司法局
issuer_type: department
addressee: 样例市人民政府
date: "2024-02-20"
signatory: 样例市司法局
preamble: |
  2023年，样例市司法局坚持依法行政。现将2023年度法治政府建设情况报告如下：
"""
PARTS = {
    "measures": "# 加强组织领导\n\n全年召开专题会议3次。\n",
    "shortcomings": "# 执法力量不足\n\n专职执法人员偏少。\n",
    "leadership": "# 带头学法\n\n主要负责人带头学法4次。\n",
    "plans": "# 加强执法培训\n\n每季度开展一次案卷评查。\n",
}
TXT_PARTS = (
    ("measures", "一、2023年度推进法治政府建设的主要举措和成效\n{body}\n"),
    ("shortcomings", "二、2023年度推进法治政府建设存在的不足和原因\n执法培训形式较为单一。\n"),
    ("leadership", "三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n主要负责人带头学法4次。\n"),
    ("plans", "四、2024年度推进法治政府建设的主要安排\n继续加强执法培训。\n"),
)
TXT_HEAD = "样例市司法局2023年法治政府建设年度报告\n样例市人民政府：\n2023年，样例市司法局坚持依法行政。现将2023年度法治政府建设情况报告如下：\n"
TXT_TAIL = "样例市司法局\n2024年2月20日\n"
DEFAULT_BODY = "（一）加强学习\n全年开展集中学法6次。"


def received_text(example: str) -> str:
    """The full received report for a "txt" example."""
    parts = list(TXT_PARTS)
    body = DEFAULT_BODY
    replace: tuple[str, str] | None = None
    if example.startswith("-"):
        parts = [p for p in parts if p[0] != example[1:]]
    elif example.startswith("swap:"):
        moved = [p for p in parts if p[0] == example[5:]]
        parts = moved + [p for p in parts if p[0] != example[5:]]
    elif example.startswith("replace:"):
        _, old, new = example.split(":", 2)
        replace = (old, new)
    else:
        body = example
    text = TXT_HEAD + "".join(template.format(body=body) for _, template in parts) + TXT_TAIL
    return text.replace(*replace) if replace else text


def _yaml(example: str) -> str:
    lines = REPORT_YAML.split("\n")
    for line in example.split("\n"):
        key = line.split(":", 1)[0]
        index = next((i for i, old in enumerate(lines) if old.startswith(key + ":")), None)
        if index is None:
            lines.insert(0, line)
        else:
            lines[index] = line
    return "\n".join(lines)


def edit_docx(data: bytes, edits: str) -> bytes:
    """Apply ``part:old=>new`` edits (several separated by newlines) to the parts of a DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for edit in filter(None, edits.split("\n")):
        name, change = edit.split(":", 1)
        old, new = change.split("=>", 1)
        text = parts[name].decode("utf-8")
        assert old in text, f"{old!r} not in {name}"
        parts[name] = text.replace(old, new).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def built_example(root: Path) -> bytes:
    """The DOCX that ``lawreport build`` makes of the example report (written under ``root``)."""
    from lawreport.render import docx
    from lawreport.render.context import build_view
    from lawreport.render.templates import find_template

    folder = root / "sections" / "2023"
    folder.mkdir(parents=True)
    (folder / "report.yaml").write_text(REPORT_YAML, encoding="utf-8")
    for key, text in PARTS.items():
        (folder / f"{key}.md").write_text(text, encoding="utf-8")
    loaded = load_year(Workspace(root), 2023, load_structure(None), set())
    assert loaded.document is not None
    template = find_template("reference.docx", None)
    return docx.render(build_view(loaded.document.report), docx.Template.cached(template))


def lint_received_file(path: Path, text: str, rule: Rule) -> list[Diagnostic]:
    """The diagnostics of ``rule`` alone (default options) on ``text`` written to ``path`` and read as received."""
    path.write_text(text, encoding="utf-8")
    loaded = load_received(path, load_structure(None))
    assert loaded.document is not None
    return lint_document(loaded.document, [Active(rule, None, rule.default_options())])


def lint_example(rule: Rule, example: str, kind: str | None = None) -> list[Diagnostic]:
    """The diagnostics of ``rule`` alone (default options) on ``example``."""
    kind = kind or rule.example_kind
    active = [Active(rule, None, rule.default_options())]
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        structure = load_structure(None)
        if kind == "docx":
            from lawreport.lint.built.runner import lint_built

            path = root / "built.docx"
            path.write_bytes(edit_docx(built_example(root), example))
            return lint_built(path, active)[0]
        if kind == "received-docx":
            path = root / "收到.docx"
            path.write_bytes(edit_docx(built_example(root), example))
            loaded = load_received(path, structure)
        elif kind == "received-pdf":
            from tests.received.pdfs import official

            lines = received_text(example).splitlines()
            path = root / "收到.pdf"
            path.write_bytes(official(lines[0], lines[1], [line for line in lines[2:-2] if line], lines[-2:]))
            loaded = load_received(path, structure)
        elif kind == "txt":
            path = root / "报告.txt"
            path.write_text(received_text(example), encoding="utf-8")
            loaded = load_received(path, structure)
        else:
            folder = root / "sections" / "2023"
            folder.mkdir(parents=True)
            (folder / "report.yaml").write_text(_yaml(example) if kind == "yaml" else REPORT_YAML, encoding="utf-8")
            for key, text in PARTS.items():
                body = example + "\n" if kind == "md" and key == "measures" else text
                (folder / f"{key}.md").write_text(body, encoding="utf-8")
            loaded = load_year(Workspace(root), 2023, structure, set())
        assert loaded.document is not None, [e.render() for e in loaded.errors]
        return lint_document(loaded.document, active)
