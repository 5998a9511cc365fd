"""A reproducible zip writer for the DOCX package, with members that can be compressed once.

It writes what ``zipfile`` writes for these members, byte for byte (deflate level 6, no data
descriptors, no extra fields, DOS times from one fixed stamp), but without importing ``zipfile``
and, with it, ``bz2``, ``lzma``, ``shutil`` and ``threading`` at every build; and a member's
compressed form is a value (:class:`Packed`), so the Word template's parts, the same in every
build, are compressed once and kept with the prepared template (lawreport.render.docx).

Members must be smaller than 4 GB and fewer than 65,535 (no ZIP64): a report's package is a
few dozen kilobytes.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from typing import NamedTuple

LEVEL = 6
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: deflate
_DEFLATED = 8
_UTF8_NAME = 0x800
_LIMIT = (1 << 32) - 1
_ATTRIBUTES = 0o600 << 16
"""rw------- as Unix attributes (create system 0 but what zipfile's writestr puts there)."""


class Packed(NamedTuple):
    """One member's data, deflated, with what the headers say of it."""

    crc: int
    size: int
    deflated: bytes


def pack(data: bytes) -> Packed:
    """Deflate ``data`` as zipfile does (raw deflate at level 6)."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    deflated = compressor.compress(data) + compressor.flush()
    if len(data) > _LIMIT or len(deflated) > _LIMIT:
        raise ValueError("a zip member of 4 GB or more needs ZIP64")
    return Packed(zlib.crc32(data), len(data), deflated)


def dos_time(stamp: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    """(time, date) fields of a zip header for ``(year, month, day, hour, minute, second)``."""
    year, month, day, hour, minute, second = stamp
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def write(members: Iterable[tuple[str, Packed]], stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """The zip archive of ``members`` (name, packed data), in the order given."""
    time, date = dos_time(stamp)
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, member in members:
        if member.size > _LIMIT or len(member.deflated) > _LIMIT:
            raise ValueError("a zip member of 4 GB or more needs ZIP64")
        encoded, flags = _name(name)
        local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, flags, _DEFLATED, time, date, member.crc,
                            len(member.deflated), member.size, len(encoded), 0)
        chunks += [local, encoded, member.deflated]
        central.append(_CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, flags, _DEFLATED, time, date,
                                     member.crc, len(member.deflated), member.size, len(encoded), 0, 0, 0, 0, _ATTRIBUTES,
                                     offset) + encoded)
        offset += len(local) + len(encoded) + len(member.deflated)
        if offset > _LIMIT or len(central) >= 0xFFFF:
            raise ValueError("a zip this large needs ZIP64")
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join([*chunks, directory, end])


def _name(name: str) -> tuple[bytes, int]:
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_NAME
