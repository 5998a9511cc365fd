"""The parts of a workspace's Word template that a report may carry, and nothing else.

A template made from a real document brings what must not reach a published report: the
comments and their authors, the body's images and links, custom document properties, a
thumbnail of the template's first page, document variables, building blocks, macros, and
links to the author's own files (the attached template or a mail-merge source, which Word
would fetch when the report is opened). The report keeps the template's styles, numbering,
theme, fonts, settings, and the headers and footers its section properties use; every other
part is dropped, and the package's relationships and content types are rewritten to match.
"""

from __future__ import annotations

import posixpath
import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from xml.etree import ElementTree

_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN = "word/document.xml"
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
_PROPERTIES = {
    CORE: ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
           "application/vnd.openxmlformats-package.core-properties+xml"),
    APP: (_OFFICE + "extended-properties", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
}
# Parts the main document uses by type rather than by an r:id in its text.
_DOCUMENT_PARTS = frozenset(_OFFICE + name for name in (
    "styles", "stylesWithEffects", "settings", "webSettings", "fontTable", "theme", "numbering", "footnotes", "endnotes",
))
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_SETTINGS_DROP = re.compile(
    r"<w:attachedTemplate\b[^>]*/>|<w:mailMerge\b.*?</w:mailMerge>|<w:docVars\b.*?</w:docVars>|<w:docVars\s*/>", re.S)
_NOTES = re.compile(r"<w:(footnote|endnote)\b(?:(?!w:type=)[^>])*>.*?</w:\1>", re.S)
_SECT_PR_CHANGE = re.compile(r"<w:sectPrChange\b.*?</w:sectPrChange>", re.S)


class BrokenPart(ValueError):
    """A part of the template that is not well-formed XML (the template file is damaged)."""

    def __init__(self, part: str, detail: str) -> None:
        super().__init__(f"{part}: {detail}")
        self.part = part
        self.detail = detail


def parse(part: str, data: bytes) -> ElementTree.Element:
    """The XML of ``part``, or BrokenPart."""
    from xml.etree import ElementTree  # only when a template is read, not when it comes from the cache

    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise BrokenPart(part, str(exc)) from None


def _text(part: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BrokenPart(part, f"not UTF-8 at byte {exc.start}") from None


class Relationship:
    """One ``<Relationship>`` of a part."""

    __slots__ = ("ident", "kind", "target", "external")

    def __init__(self, ident: str, kind: str, target: str, external: bool) -> None:
        self.ident, self.kind, self.target, self.external = ident, kind, target, external

    def xml(self) -> str:
        mode = ' TargetMode="External"' if self.external else ""
        return (f'<Relationship Id="{_attr(self.ident)}" Type="{_attr(self.kind)}" '
                f'Target="{_attr(self.target)}"{mode}/>')


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def rels_name(part: str) -> str:
    """The relationships part of ``part`` ("" for the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _read_rels(name: str, data: bytes | None) -> list[Relationship]:
    if not data:
        return []
    root = parse(name, data)
    return [Relationship(r.get("Id", ""), r.get("Type", ""), r.get("Target", ""), r.get("TargetMode") == "External")
            for r in root.iter(f"{_RELS_NS}Relationship")]


def _write_rels(rels: list[Relationship]) -> bytes:
    body = "".join(r.xml() for r in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>').encode()


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def body_section(document: str) -> str | None:
    """The body's own (last) ``<w:sectPr>``, without tracked changes of it; None when there is none."""
    end = document.rfind("</w:sectPr>")
    if end < 0:
        return None
    depth, position = 0, end
    for match in reversed(list(re.finditer(r"<w:sectPr\b[^>]*?(/?)>|</w:sectPr>", document[:end]))):
        if match.group(0) == "</w:sectPr>":
            depth += 1
        elif not match.group(1):
            if depth == 0:
                position = match.start()
                break
            depth -= 1
    else:
        return None
    return _SECT_PR_CHANGE.sub("", document[position : end + len("</w:sectPr>")])


def _kept_relationships(part: str, text: str, rels: list[Relationship]) -> list[Relationship]:
    kept = []
    for rel in rels:
        used = f'"{rel.ident}"' in text
        if part == MAIN:
            used = used or rel.kind in _DOCUMENT_PARTS
        if not used:
            continue
        if rel.external and not rel.target.lower().startswith(_SAFE_SCHEMES):
            rel = Relationship(rel.ident, rel.kind, "about:blank", True)  # never a local file or \\server
        kept.append(rel)
    return kept


def prune(parts: dict[str, bytes], section: str) -> dict[str, bytes]:
    """The template's parts reduced to what a report uses, given the body's section properties."""
    parts = dict(parts)
    parts[MAIN] = section.encode("utf-8")  # the body's references are exactly those of its sectPr
    if "word/settings.xml" in parts:
        parts["word/settings.xml"] = _SETTINGS_DROP.sub("", _text("word/settings.xml", parts["word/settings.xml"])).encode()
    for notes in ("word/footnotes.xml", "word/endnotes.xml"):
        if notes in parts:  # keep the separators, drop the template's own notes
            parts[notes] = _NOTES.sub("", _text(notes, parts[notes])).encode("utf-8")
    kept: dict[str, bytes] = {}
    root_rels = [Relationship("rId1", _OFFICE + "officeDocument", MAIN, False)]
    root_rels += [Relationship(f"rId{i}", kind, name, False) for i, (name, (kind, _)) in enumerate(_PROPERTIES.items(), 2)]
    kept["_rels/.rels"] = _write_rels(root_rels)
    pending = [MAIN]
    while pending:
        part = pending.pop()
        if part in kept or part not in parts:
            continue
        kept[part] = parts[part]
        rels = _read_rels(rels_name(part), parts.get(rels_name(part)))
        rels = _kept_relationships(part, parts[part].decode("utf-8", "replace"), rels)
        if rels:
            kept[rels_name(part)] = _write_rels(rels)
        pending.extend(_resolve(part, r.target) for r in rels if not r.external)
    for name in _PROPERTIES:
        kept[name] = parts.get(name, b"")  # rewritten from the report's metadata
    kept["[Content_Types].xml"] = _content_types(parts.get("[Content_Types].xml", b""), kept)
    return kept


def _content_types(data: bytes, kept: dict[str, bytes]) -> bytes:
    defaults: dict[str, str] = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                                "xml": "application/xml"}
    overrides: dict[str, str] = {}
    root = parse("[Content_Types].xml", data) if data else None
    if root is not None:
        for item in root.iter(f"{_CT_NS}Default"):
            defaults[item.get("Extension", "").lower()] = item.get("ContentType", "")
        for item in root.iter(f"{_CT_NS}Override"):
            name = item.get("PartName", "").lstrip("/")
            if name in kept:
                overrides[name] = item.get("ContentType", "")
    overrides[MAIN] = _MAIN_TYPE  # a .dotx or .docm template still gives a plain .docx
    for name, (_, content_type) in _PROPERTIES.items():
        overrides[name] = content_type
    body = "".join(f'<Default Extension="{_attr(ext)}" ContentType="{_attr(ct)}"/>' for ext, ct in sorted(defaults.items()))
    body += "".join(f'<Override PartName="/{_attr(name)}" ContentType="{_attr(ct)}"/>' for name, ct in sorted(overrides.items()))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{body}</Types>').encode()
