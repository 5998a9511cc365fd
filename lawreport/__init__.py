"""lawreport: 法治政府建设年度报告 from Markdown + YAML to GB/T 9704 DOCX and HTML.

Data flows one way: sources → model → checks, renderers, comparison. Each package's own
docstring says what is in it.

- sources/ reads a workspace's year (YAML metadata, Markdown parts) into the report model
  (model.py); importing/ and received/ read what other offices send (.docx, .txt, web copies)
  into the same model, through ooxml/ (the one safe Word reader);
- lint/ checks a model (the rule catalogue); building/ builds a year: load, lint, render
  (render/: DOCX, HTML, PDF), write (files/: atomic writes, the lock);
- diff/ compares two reports; audit/ checks a folder of received reports;
- text/ and cjk.py hold the conventions of Chinese official text everything shares;
- cli.py and commands/ are the command line (in Chinese), running/ how a command runs (exit
  status, crash log, all cores, SIGTERM), errors.py the errors users see.
"""

__version__ = "0.1.0"
