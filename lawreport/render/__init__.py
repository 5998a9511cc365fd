"""The renderers: one ``ReportView`` (context), written as DOCX, HTML and PDF.

- context.py: Report → ReportView, everything presentational computed once (numbering labels,
  run-in headings, the title's lines from titlebreak.py, the 落款's place);
- docx.py and docxfile.py: the view into the Word template, as a reproducible DOCX; the template
  is reduced to what a report may carry first (package.py, allowlist.py);
- html.py: the view through the page template ``report.html.j2``, run in sandbox.py; templates.py
  finds the workspace's templates before lawreport's own; wordunits.py marks what a page keeps on
  one line (a number with its unit, the parts of an office's name; also used by the audit page);
- pdf.py: the DOCX through LibreOffice, with the font stand-ins of fonts.py.
"""
