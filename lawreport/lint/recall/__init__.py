"""Rules for what careful editors mark in real received reports (GB/T 15834, GB/T 15835, current
usage), and the data-driven phrasing checks (lawreport/data/*.txt)."""
