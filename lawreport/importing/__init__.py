"""Importing received reports (``.docx`` Word/WPS, ``.txt``, ``.md``) into the report model.

Public API, shared by ``lawreport import`` and by ``lint`` on received files:

- :func:`read_report` — a received file → :class:`~lawreport.model.Report` whose spans point
  into that file (``line:col`` for text, paragraph number for Word documents);
- :func:`read_received` — the same, with the notes on what could not be mapped exactly;
- :func:`write_sources` — a report → ``report.yaml`` + ``<key>.md`` in the source format.

Reading a ``.txt`` or ``.md`` file never imports the DOCX stack: the Word reader (lxml) is
imported only for Word files.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import SourceError
from lawreport.importing.lines import Note, Received
from lawreport.importing.recognise import Imported
from lawreport.model import Report, Structure

MAX_FILE_BYTES = 64 * 1024 * 1024
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".wps", ".wpt", ".dot")
MARKDOWN_SUFFIXES = (".md", ".markdown")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["Imported", "Note", "read_received", "read_report", "write_sources"]


def _read_bytes(path: Path) -> bytes:
    from lawreport.files.reading import NotRegularFile, read_limited

    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise SourceError("文件不存在", path) from None
    except IsADirectoryError:
        raise SourceError("这是一个目录，不是文件", path) from None
    except NotRegularFile as exc:
        raise SourceError(exc.strerror, path, hint="请给出 .docx、.txt 或 .md 报告文件。") from None
    except OSError as exc:
        raise SourceError(f"无法读取文件：{exc.strerror}", path) from None
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(f"文件过大（超过上限 {MAX_FILE_BYTES // (1024 * 1024)} MB）", path)
    return data


def read_file(path: Path, accept_changes: bool = False) -> Received:
    """Read a received file into lines, choosing the reader by content first, then by name."""
    data = _read_bytes(path)
    if data.startswith((_ZIP, _OLE2)) or path.suffix.lower() in WORD_SUFFIXES:
        from lawreport.importing.docxreader import read_docx

        return read_docx(path, data, accept_changes=accept_changes)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        from lawreport.importing.mdreader import read_markdown

        return read_markdown(path, data)
    from lawreport.importing.textreader import read_text

    return read_text(path, data)


def read_received(
    path: Path, structure: Structure, year: int | None = None, accept_changes: bool = False
) -> Imported:
    """Read and recognise a received report; return it with the notes import has for the user.

    The report is found by the received-report reader (lawreport.received), as ``lint`` finds
    it: page furniture set aside, the title wherever it stands, the year from the title, the
    part titles, the preamble or the dates. A report without a year cannot be imported.
    """
    from lawreport.received import find_report

    found = find_report(read_file(path, accept_changes), structure, year)
    if found.year is None:
        raise SourceError("无法识别报告年度（标题、部分标题、开头语和成文日期中都没有年份）", path,
                          hint="导入时可以用 --year 指定，例如 lawreport import 报告.docx --year 2023")
    return Imported(found.report, found.notes, found.title_lines)


def read_report(path: Path, structure: Structure, year: int | None = None) -> Report:
    """A received report (``.txt``, ``.md`` or ``.docx``) as a Report; the year defaults to the title's.

    Raises :class:`~lawreport.errors.SourceError` for files that cannot be read (exit 1).
    """
    return read_received(path, structure, year).report


def write_sources(report: Report, folder: Path, title_lines: tuple[str, ...] = ()) -> list[str]:
    """Write ``report`` into ``folder`` in the source format; return notes on what changed form.

    ``title_lines``: the title as the received file breaks it (``Imported.title_lines``).
    """
    from lawreport.importing.writer import write_report

    return write_report(report, folder, title_lines)
