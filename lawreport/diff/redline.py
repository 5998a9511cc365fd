"""ReportDiff → a Word document with tracked changes (修订): the new report, marked against the old.

The document is built the way ``lawreport build`` builds one (lawreport.render.docx): the same
Word template (the workspace's ``templates/reference.docx`` or the default), the same GB/T 9704
styles found by their built-in names, the same page. Only the body differs: every change is a
Word revision (``w:ins``/``w:del``, author ``lawreport``, dated the new report's 成文日期), so
“接受所有修订” gives exactly the new report's text and “拒绝所有修订” the old one's. A
paragraph or table row only one year has is itself marked inserted or deleted.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.diff.result import DELETE, INSERT, ReportDiff
from lawreport.diff.revisions import Item, Run, items
from lawreport.model import Report
from lawreport.render.columns import TABLE_WIDTH, table_layout
from lawreport.render.context import clean_text

AUTHOR = "lawreport"
UNDATED = "2000-01-01T00:00:00Z"
"""The revisions' date when the new report has no 成文日期 (a fixed one: the output is reproducible)."""
_TWIPS_PER_EM = 320


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Writer:
    def __init__(self, styles: dict[str, str | None], date: str) -> None:
        self.styles = styles
        self.date = date
        self.next_id = 0

    def _stamp(self) -> str:
        self.next_id += 1
        return f'w:id="{self.next_id}" w:author="{AUTHOR}" w:date="{self.date}"'

    def mark(self, op: str) -> str:
        """The revision mark of a paragraph mark or row (inside rPr / trPr), or ""."""
        if op == INSERT:
            return f"<w:ins {self._stamp()}/>"
        if op == DELETE:
            return f"<w:del {self._stamp()}/>"
        return ""

    def run(self, op: str, text: str, props: str = "") -> str:
        text = clean_text(text)  # a received file's control characters, left out as the build leaves them out
        if not text:
            return ""
        tag = "w:delText" if op == DELETE else "w:t"
        pieces = []
        for index, line in enumerate(text.split("\n")):
            if index:
                pieces.append("<w:br/>")
            if line:
                pieces.append(f'<{tag} xml:space="preserve">{_escape(line)}</{tag}>')
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        run = f"<w:r>{rpr}{''.join(pieces)}</w:r>"
        if op == INSERT:
            return f"<w:ins {self._stamp()}>{run}</w:ins>"
        if op == DELETE:
            return f"<w:del {self._stamp()}>{run}</w:del>"
        return run

    def _char_props(self, run: Run) -> str:
        style = self.styles.get(f"c{run.heading}") if run.heading else None
        return f'<w:rStyle w:val="{style}"/>' if style else ""

    def paragraph(self, item: Item, extra_ppr: str = "") -> str:
        role = "body" if item.role == "body" else item.role
        style = self.styles.get(role)
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        mark = self.mark(item.mark)
        rpr = f"<w:rPr>{mark}</w:rPr>" if mark else ""
        content = "".join(self.run(r.op, r.text, self._char_props(r)) for r in item.runs)
        return f"<w:p><w:pPr>{style_xml}{extra_ppr}{rpr}</w:pPr>{content}</w:p>"

    def table(self, rows: list[Item]) -> str:
        """A table laid out as the new report's (lawreport.render.columns: widths and size by the text
        each cell has once the changes are accepted), its rows and cells marked inserted or deleted."""
        columns = max((len(row.cells) for row in rows), default=1) or 1
        texts = tuple(tuple("".join(s.text for s in cell if s.op != DELETE) for cell in row.cells) for row in rows)
        layout = table_layout(texts, columns, TABLE_WIDTH)
        grid = self.styles.get("grid")
        cell_style = self.styles.get("table")
        grid_xml = f'<w:tblStyle w:val="{grid}"/>' if grid else ""
        style_xml = f'<w:pStyle w:val="{cell_style}"/>' if cell_style else ""
        cell_ppr = f"<w:pPr>{style_xml}{layout.cell_ppr()}</w:pPr>"
        size = f'<w:sz w:val="{layout.half_points}"/><w:szCs w:val="{layout.half_points}"/>' if layout.smaller else ""
        body = []
        for number, row in enumerate(rows):
            header = "<w:cantSplit/><w:tblHeader/>" if number == 0 else "<w:cantSplit/>"
            props = ("<w:b/><w:bCs/>" if number == 0 else "") + size
            cells = [*row.cells, *((),) * (columns - len(row.cells))]
            tcs = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                f"<w:p>{cell_ppr}{''.join(self.run(s.op, s.text, props) for s in cell)}</w:p></w:tc>"
                for cell, width in zip(cells, layout.widths, strict=True))
            body.append(f"<w:tr><w:trPr>{header}{self.mark(row.mark)}</w:trPr>{tcs}</w:tr>")
        grid_cols = "".join(f'<w:gridCol w:w="{width}"/>' for width in layout.widths)
        return (f'<w:tbl><w:tblPr>{grid_xml}<w:tblW w:w="{sum(layout.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
                f"{layout.margins_xml()}</w:tblPr><w:tblGrid>{grid_cols}</w:tblGrid>{''.join(body)}</w:tbl>")


def _same_table(a: Item, b: Item) -> bool:
    return ((a.new_table is not None and a.new_table == b.new_table)
            or (a.old_table is not None and a.old_table == b.old_table)
            or (a.new_table is None and b.old_table is None and a.old_table is not None and b.new_table is not None)
            or (a.old_table is None and b.new_table is None and a.new_table is not None and b.old_table is not None))


def _right(ems: float) -> str:
    return f'<w:ind w:right="{round(ems * _TWIPS_PER_EM)}" w:rightChars="{round(ems * 100)}"/><w:jc w:val="right"/>'


def _layout(role: str, placement: tuple[float, float], has_date: bool) -> str:
    """Paragraph properties lawreport build sets itself: the title off the line grid, the 落款
    right-aligned and kept together (lawreport.render.docx)."""
    if role == "title":
        return '<w:snapToGrid w:val="0"/>'
    if role == "signature":
        return ("<w:keepNext/><w:keepLines/>" if has_date else "<w:keepLines/>") + _right(placement[0])
    if role == "date":
        return "<w:keepLines/>" + _right(placement[1])
    return ""


def body_xml(sequence: list[Item], writer: _Writer, placement: tuple[float, float]) -> str:
    """The paragraphs and tables of the redline, in order."""
    has_date = any(item.role == "date" and item.new is not None for item in sequence)
    texts = [n for n, item in enumerate(sequence) if item.role not in ("row", "signature", "date") and item.new]
    last_text = texts[-1] if texts else -1  # kept with the 落款, as build keeps it
    body: list[str] = []
    position = 0
    while position < len(sequence):
        item = sequence[position]
        if item.role == "row":
            rows = [item]
            while position + len(rows) < len(sequence) and sequence[position + len(rows)].role == "row" \
                    and _same_table(rows[-1], sequence[position + len(rows)]):
                rows.append(sequence[position + len(rows)])
            body.append(writer.table(rows))
            position += len(rows)
            continue
        keep = "<w:keepNext/>" if position == last_text else ""
        body.append(writer.paragraph(item, keep + _layout(item.role, placement, has_date)))
        position += 1
    return "".join(body)


def _lines(report: Report) -> tuple[tuple[str, str, str, str], str]:
    from lawreport.render.context import build_view

    view = build_view(report)
    return (("\n".join(view.title_lines), view.addressee, view.signatory, view.date_text),
            f"{view.date_iso}T00:00:00Z" if view.date_iso else UNDATED)


def render_redline(diff: ReportDiff, old: Report, new: Report, workspace_templates: Path | None = None) -> bytes:
    """The new report as a .docx with Word tracked changes against the old one."""
    from lawreport.render import docx
    from lawreport.render.context import build_view, place_signature
    from lawreport.render.templates import find_template

    template = docx.Template.cached(find_template("reference.docx", workspace_templates))
    view = build_view(new)
    old_lines, _ = _lines(old)
    new_lines, date = _lines(new)
    roles = ("title", "addressee", "body", "signature", "date", "table", "grid",
             *(f"h{n}" for n in range(1, 5)), *(f"c{n}" for n in range(1, 5)))
    writer = _Writer({role: template.style(role) for role in roles}, date)
    placement = place_signature(view.signatory, view.date_text)
    body = body_xml(items(diff, old, new, old_lines, new_lines), writer,
                    (placement.signatory_right, placement.date_right))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f"{template.root_tag}<w:body>{body}{template.sect_pr}</w:body></w:document>")
    data = docx.package_document(view, template, document)
    if diff.different_units:  # two units' reports: said in a comment on the title, the text left as it is
        from lawreport.diff.units import units_warning

        data = _with_comment(data, "［注意］" + units_warning(diff.old.issuer, diff.new.issuer), date)
    return data


def _with_comment(data: bytes, text: str, date: str) -> bytes:
    """The .docx ``data`` with ``text`` as a Word comment on its first run (the title)."""
    from lawreport.lint.annotate import AUTHOR, INITIALS
    from lawreport.ooxml.comments import Note, add_comments
    from lawreport.ooxml.names import w
    from lawreport.ooxml.package import open_package

    package = open_package(data, Path("修订稿.docx"))  # the tree as written: its tracked changes stay
    document = package.xml(package.main)
    run = next(document.iter(w("r")))  # the title is the body's first paragraph and has text
    return add_comments(package, document, [Note(run, run, text)], AUTHOR, INITIALS, date)
