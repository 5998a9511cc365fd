"""Checks of a DOCX written by ``lawreport build`` (``lawreport lint --built``): GB/T 9704 page, fonts, page numbers, 落款.

The rule modules are imported by every ``lawreport lint`` (the registry lists them); they import
the DOCX reader (lawreport.lint.built.package) for type annotations only.
"""

TWIPS_PER_MM = 1440 / 25.4
