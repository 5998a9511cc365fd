"""Checks of a DOCX written by ``lawreport build`` (``lawreport lint --built``): GB/T 9704 page, fonts, page numbers, 落款."""
