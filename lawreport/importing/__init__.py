"""Received files (``.docx`` Word/WPS, ``.txt``, ``.md``) → lines → the report model, and back to sources.

- :func:`read_file` — a received file → its lines (:mod:`.lines`), positions pointing into that
  file (``line:col`` for text, paragraph number for Word documents);
- :func:`~lawreport.importing.recognise.recognise` — lines → :class:`~lawreport.model.Report`
  (title, parts, headings, 落款), with notes on what could not be mapped exactly;
- :func:`write_sources` — a report → ``report.yaml`` + ``<key>.md`` in the source format;
- :mod:`.recode` — a source saved as GBK/GB18030 or UTF-16 → UTF-8 (``lawreport fix-encoding``),
  with the encoding guesses the text reader makes (:mod:`.legacy`).

The received-report reader (:mod:`lawreport.received`) is built on these: it sets a web copy's
page furniture aside and finds the title and the year before recognising; lint, diff, audit
and ``lawreport import`` read received files through it.

Reading a ``.txt`` or ``.md`` file never imports the DOCX stack: the Word reader (lxml) is
imported only for Word files.
"""

from __future__ import annotations

from pathlib import Path

from lawreport.errors import SourceError
from lawreport.importing.lines import Received
from lawreport.model import Report

MAX_FILE_BYTES = 64 * 1024 * 1024
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".wps", ".wpt", ".dot")
MARKDOWN_SUFFIXES = (".md", ".markdown")
_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
"""A PDF's header, which the format lets stand anywhere in the first 1024 bytes."""
_ARCHIVES = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["read_bytes", "read_file", "write_sources"]


def read_bytes(path: Path) -> bytes:
    """A received file's bytes, at most MAX_FILE_BYTES (a missing, special or too large file is a SourceError)."""
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


def _refuse_named_formats(path: Path, data: bytes) -> None:
    """Refuse, naming it, a format a report arrives in that no reader here reads: OFD (the national
    fixed-layout format, a ZIP whose root holds OFD.xml) and archives."""
    suffix = path.suffix.lower()
    if suffix == ".ofd" or (data.startswith(_ZIP) and b"OFD.xml" in data[:65536] and b"[Content_Types].xml" not in data[:65536]):
        raise SourceError("这是 OFD 版式文件，lawreport 不能读取", path,
                          hint="请用数科、福昕等 OFD 阅读器把它“另存为”PDF（文字可以复制的），"
                               "或向报送单位索要 Word 文档（.docx）后再试。")
    if suffix in (".zip", ".rar", ".7z") or data.startswith(_ARCHIVES):
        raise SourceError("这是压缩包，不是报告文件", path, hint="请先解压，再检查其中的报告文件。")


def read_file(path: Path, accept_changes: bool = False) -> Received:
    """Read a received file into lines, choosing the reader by content first, then by name."""
    data = read_bytes(path)
    _refuse_named_formats(path, data)
    if not data.startswith((_ZIP, _OLE2)) and (_PDF in data[:1024] or path.suffix.lower() == ".pdf"):
        from lawreport.importing.pdfreader import read_pdf

        return read_pdf(path, data)
    if data.startswith((_ZIP, _OLE2)) or path.suffix.lower() in WORD_SUFFIXES:
        from lawreport.importing.docxreader import read_docx

        return read_docx(path, data, accept_changes=accept_changes)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        from lawreport.importing.mdreader import read_markdown

        return read_markdown(path, data)
    from lawreport.importing.textreader import read_text

    return read_text(path, data)


def write_sources(report: Report, folder: Path, title_lines: tuple[str, ...] = ()) -> list[str]:
    """Write ``report`` into ``folder`` in the source format; return notes on what changed form.

    ``title_lines``: the title as the received file breaks it (``Imported.title_lines``).
    """
    from lawreport.importing.writer import write_report

    return write_report(report, folder, title_lines)
