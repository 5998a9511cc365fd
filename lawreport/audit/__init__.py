"""``lawreport audit``: the supervising office's check of every report it received.

Data flows one way:

- :mod:`.source` reads one received file (the one place that knows the received-report reader);
- :mod:`.perfile` turns one file into a :class:`~.records.FileAudit` (a pure function of the
  file, its previous year's file and the settings): metadata, parts, deadline, lint counts,
  follow-up of last year's plans, and the text chunks the copy index needs (with ``--annotate``, also
  a copy of a Word file with its findings as comments, :mod:`lawreport.lint.annotate`);
- :mod:`.copying` builds the cross-unit index (shingle frequencies → boilerplate stoplist,
  MinHash/LSH over chunks) and names shared passages;
- :mod:`.spool` stores each file's row and chunks on disk as they arrive (the main process
  keeps the copy index, not the rows);
- :mod:`.run` runs the per-file stage over all files in parallel into the store and assembles an
  :class:`~.records.AuditResult` that reads its rows back from there;
- :mod:`.table` flattens the result into the columns every output shares, and
  :mod:`.xlsxout`, :mod:`.csvout`, :mod:`.jsonout`, :mod:`.htmlout` write it.
"""
