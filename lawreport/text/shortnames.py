"""The common short forms of department names (规范简称), shared by the audit's matching of roster
names (lawreport.audit.names), lint's check that the issuer is written one way (M006) and diff's
check that it compares one unit's reports (lawreport.diff.units); and a unit's name as all of
them compare it (:func:`unit_key`)."""

from __future__ import annotations

import re
import unicodedata

SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("人社局", "人力资源和社会保障局"),
    ("市场监管局", "市场监督管理局"),
    ("卫健局", "卫生健康局"),
    ("卫健委", "卫生健康委员会"),
    ("发改局", "发展和改革局"),
    ("发改委", "发展和改革委员会"),
    ("住建局", "住房和城乡建设局"),
)
"""Common short forms of department names and their full names (docs/audit.md lists the same)."""


_NOT_NAME = re.compile(r"[\s·•、，,（）()]")
"""What does not make two names different: spaces, separators, brackets."""


def unit_key(name: str) -> str:
    """A unit's name as compared across files, years and the roster: NFKC, without spaces,
    separators or brackets, the short forms of SHORT_FORMS written out in full (县人社局 and
    县人力资源和社会保障局 are one unit)."""
    key = _NOT_NAME.sub("", unicodedata.normalize("NFKC", name))
    for short, full in SHORT_FORMS:
        key = key.replace(short, full)
    return key
