"""The DOCX file around its body: the document properties and the reproducible zip.

``docProps/core.xml`` carries the report's own metadata only (title, issuer, the 成文日期 or
``SOURCE_DATE_EPOCH``), never a template's author or a tool's name. The zip is written
reproducibly: ``[Content_Types].xml`` first, then the members by name, every member with the
same time stamp, attributes and compression, whatever the system building it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from lawreport.errors import UsageError

if TYPE_CHECKING:
    from lawreport.render.context import ReportView


_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
_ZIP_LIMIT = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.timezone.utc)


def source_date() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) as a time, or None when it is not set.

    A malformed value, or one a zip file cannot record (after 2107), is refused rather than
    ignored: a reproducible build that silently used another date would not be reproducible.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if raw.isascii() and raw.isdigit() and len(raw) <= 12:
        moment = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(seconds=int(raw))
        if moment <= _ZIP_LIMIT:
            return moment
    raise UsageError(
        f"环境变量 SOURCE_DATE_EPOCH 的值无效：{raw[:40]}",
        hint="应为 1970 年以来的秒数（不早于 0，不晚于 2107 年底），例如 SOURCE_DATE_EPOCH=1708560000；不需要固定时间时请删除该变量。",
    )


def _timestamp(view: ReportView) -> str | None:
    if view.date_iso:
        return f"{view.date_iso}T00:00:00Z"
    moment = source_date()
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else None


def core_xml(view: ReportView) -> str:
    """Document properties from the report's metadata only (no template author, no tool name)."""
    stamp = _timestamp(view)
    dates = ""
    if stamp:
        dates = (f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
                 f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(view.title)}</dc:title><dc:subject>法治政府建设年度报告</dc:subject>"
            f"<dc:creator>{escape(view.issuer)}</dc:creator><cp:lastModifiedBy>{escape(view.issuer)}</cp:lastModifiedBy>"
            f"<dc:language>zh-CN</dc:language>{dates}</cp:coreProperties>")


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           "<Application>lawreport</Application></Properties>")
"""docProps/app.xml: the application only (no template statistics, company or manager)."""


def zip_time() -> tuple[int, int, int, int, int, int]:
    """Timestamp for every zip member: SOURCE_DATE_EPOCH when set (not before 1980), else 1980-01-01."""
    moment = max(source_date() or _ZIP_EPOCH, _ZIP_EPOCH)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second - moment.second % 2)


def write_zip(members: dict[str, bytes]) -> bytes:
    """A reproducible zip: [Content_Types].xml first, then members sorted by name, every member
    with the same time stamp and attributes (whatever the system building it)."""
    stamp = zip_time()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o600 << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()
