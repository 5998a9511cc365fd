"""Reading Office Open XML (.docx) safely: one package opener, one XML parser, one style model.

- :mod:`lawreport.ooxml.package` opens a Word file within size, member and compression-ratio
  limits and refuses legacy, encrypted, Strict, macro-enabled and DTD-carrying files;
- :mod:`lawreport.ooxml.xml` is the one hardened lxml parser every part goes through;
- :mod:`lawreport.ooxml.styles` is the one model of ``styles.xml`` (docDefaults ← basedOn chain).

Import, ``lint --built``, diff's Word text and the Word-template sanitiser all read through it.
"""
