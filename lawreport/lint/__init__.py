"""lawreport lint: the rule catalogue for 法治政府建设年度报告 (see docs/lint.md)."""
