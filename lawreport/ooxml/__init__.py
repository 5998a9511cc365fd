"""Reading Office Open XML (.docx) safely: one package opener, one XML parser, one style model.

- :mod:`lawreport.ooxml.limits` judges a file's bytes and zip directory before anything is
  decompressed (legacy and encrypted files, zip bombs, member names, DTDs);
- :mod:`lawreport.ooxml.package` opens a Word package within those limits and refuses
  macro-enabled, Strict and non-Word packages; every part is read with a bound;
- :mod:`lawreport.ooxml.xml` is the one hardened lxml parser every part goes through;
- :mod:`lawreport.ooxml.styles` is the one model of ``styles.xml`` (docDefaults ← basedOn chain);
- :mod:`lawreport.ooxml.names` and :mod:`lawreport.ooxml.values`: namespaces, attribute values;
- :mod:`lawreport.ooxml.tables`: a table's rows, cells and cell paragraphs through content controls;
- :mod:`lawreport.ooxml.compat`: which branch of ``mc:AlternateContent`` the readers read;
- :mod:`lawreport.ooxml.comments` writes a copy of an opened package with Word comments added.

Import, ``lint --built``, diff's Word text and the Word-template sanitiser all read through it;
``--annotate`` reads the received file through it and writes its copy with it.
"""
