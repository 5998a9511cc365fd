"""Helpers of the tests on received-page shapes: a text read as a received ``.txt``, and linted as one."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from click.testing import CliRunner

from lawreport.commands.lint import lint
from lawreport.received import ReceivedReport, read_received_text
from lawreport.sources.structure import load_structure

STRUCTURE = load_structure(None)
PATH = Path("收到.txt")


def read_text(text: str) -> ReceivedReport:
    """``text`` as the reader finds the report in a received ``收到.txt``."""
    return read_received_text(text, PATH, STRUCTURE)


def codes_of(text: str) -> set[tuple[int, str]]:
    """The findings ``(line, code)`` of ``lawreport lint --select ALL`` on ``text`` received as a .txt."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "收到.txt"
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(lint, [str(path), "--format", "json", "--select", "ALL"])
    return {(item["line"], item["code"]) for item in json.loads(result.output)}
