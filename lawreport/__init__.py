"""lawreport: 法治政府建设年度报告 from Markdown + YAML to GB/T 9704 DOCX and HTML."""

__version__ = "0.1.0"
