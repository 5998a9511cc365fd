"""The OOXML namespaces lawreport reads, and Clark names (``{namespace}tag``) built from them."""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

W = f"{{{W_NS}}}"
R = f"{{{R_NS}}}"
REL = f"{{{REL_NS}}}"
CT = f"{{{CT_NS}}}"
MC = f"{{{MC_NS}}}"


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute."""
    return W + tag


def local(name: object) -> str:
    """``{namespace}tag`` → ``tag`` (comments and processing instructions give "")."""
    return name.rsplit("}", 1)[-1] if isinstance(name, str) else ""


def namespace(name: object) -> str:
    """``{namespace}tag`` → ``namespace`` ("" for a name without one)."""
    return name[1:].split("}", 1)[0] if isinstance(name, str) and name.startswith("{") else ""
