"""The required structure of a report (the parts in order, and the title pattern), as the
structure data file defines it; part of the document model (``lawreport.model`` re-exports it).
This module imports nothing from the rest of lawreport.
"""

from __future__ import annotations

from typing import NamedTuple


class PartSpec(NamedTuple):
    """One part of the required structure, from the structure data file."""

    key: str
    title: str
    """Title template; ``{year}`` and ``{next_year}`` are filled in."""
    required: bool = True
    year: str = "report"
    """Which year the title must carry: "report" (Y), "next" (Y+1) or "none"."""
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    def title_for(self, year: int) -> str:
        """The part title for a report of ``year``."""
        return self.title.format(year=year, next_year=year + 1)

    def title_in(self, year: int) -> str:
        """The part title for a report of ``year``, or without a year when it is unknown (0)."""
        if year:
            return self.title_for(year)
        return self.title.replace("{year}年度", "").replace("{next_year}年度", "下一年度").replace("{year}", "")

    def expected_year(self, year: int) -> int | None:
        """The year this part's title must mention, or None."""
        return {"report": year, "next": year + 1}.get(self.year)


class Structure(NamedTuple):
    """The required structure of a report: parts in order, and the document title pattern."""

    parts: tuple[PartSpec, ...]
    title: str
    filename: str = "<内置结构>"

    def spec(self, key: str) -> PartSpec | None:
        """The part spec with ``key``, if any."""
        for spec in self.parts:
            if spec.key == key:
                return spec
        return None
