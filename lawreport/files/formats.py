"""Which files are received reports: the one list that lint, diff, audit and import go by.

The reader chooses how to read a file by its content (a PDF header, a ZIP or OLE2 signature)
before its name; these suffixes only say which files in a folder, or which command-line
arguments, are reports rather than years or other files.
"""

from __future__ import annotations

READ_SUFFIXES = (".docx", ".docm", ".pdf", ".txt", ".md", ".markdown")
"""Reports the received-report reader reads."""
NAMED_SUFFIXES = (".doc", ".wps", ".ofd", ".zip", ".rar", ".7z")
"""Files a report arrives as that the reader cannot read (legacy Word and WPS, OFD, archives): it
names the format and what to do, and the audit gives each its own row with that reason."""
RECEIVED_SUFFIXES = READ_SUFFIXES + NAMED_SUFFIXES
