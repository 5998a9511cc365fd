"""Building small reports for diff tests directly from model values (no files needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from lawreport.model import Heading, Metadata, Paragraph, Part, Report, Run, Section, Span, Table
from lawreport.sources.structure import load_structure

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
_PATH = Path("fixture.md")
_SPAN = Span(_PATH, 1, 1)

# (level, title, paragraphs) with level 2 = （一）, 3 = 1., 4 = （1）
Outline = Sequence[tuple[int, str, Sequence[str]]]


def paragraph(text: str) -> Paragraph:
    return Paragraph((Run(text),), _SPAN)


def table(rows: Sequence[Sequence[str]]) -> Table:
    return Table(tuple(tuple(row) for row in rows), _SPAN)


def sections(outline: Outline) -> tuple[Section, ...]:
    """Nest a flat outline (levels must not jump by more than one) into sections."""

    def build(start: int, level: int) -> tuple[list[Section], int]:
        built: list[Section] = []
        index = start
        while index < len(outline) and outline[index][0] >= level:
            own_level, title, texts = outline[index]
            children, index = build(index + 1, own_level + 1)
            heading = Heading(own_level, title, _SPAN, runin=title.endswith("。"))
            built.append(Section(heading, tuple(paragraph(t) for t in texts), tuple(children)))
        return built, index

    result, _ = build(0, 2)
    return tuple(result)


def report(year: int, parts: dict[str, Outline], preamble: Sequence[str] = (),
           part_text: dict[str, Sequence[str]] | None = None, issuer: str = "样例市测绘局") -> Report:
    structure = load_structure(None)
    meta = Metadata(issuer=issuer, issuer_type="department", addressee="样例市人民政府", title=None,
                    date=dt.date(year + 1, 2, 1), signatory=issuer, preamble=tuple(paragraph(t) for t in preamble),
                    published=None, path=_PATH)
    built = []
    for spec in structure.parts:
        if spec.key not in parts:
            continue
        blocks = tuple(paragraph(t) for t in (part_text or {}).get(spec.key, ()))
        built.append(Part(spec.key, spec.title_for(year), _SPAN, blocks, sections(parts[spec.key]), _PATH))
    return Report(year=year, meta=meta, parts=tuple(built), structure=structure, directory=HERE)
