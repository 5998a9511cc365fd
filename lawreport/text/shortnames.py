"""The common short forms of department names (规范简称), shared by the audit's matching of roster
names (lawreport.audit.names) and lint's check that the issuer is written one way (M006)."""

from __future__ import annotations

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
