"""A workspace's Word template reduced to what a report may carry, by an allow-list over parsed XML.

A template made from a real document, or sent by someone else, brings what must not reach a
published report: macros, ActiveX controls and OLE objects, a remote attached template or
mail-merge source (Word fetches them when the report is opened), document variables, web
frames, remote images, fields that pull in files (INCLUDEPICTURE, INCLUDETEXT, DDEAUTO),
comments and their authors. The template is opened with the same limits as an imported
file (:mod:`lawreport.ooxml.package`: zip bombs, encrypted members, DTDs are refused), and
only these parts survive, each cleaned by :mod:`lawreport.render.allowlist`: styles,
numbering (without picture bullets), theme, fontTable, settings (layout entries only),
footnote separators, and the headers and footers the body's section properties use (text
and page-number fields). No relationship of a kept part survives but the main document's
links to those parts, so nothing external or embedded does. A part the clean-up leaves
unchanged keeps its exact bytes. Everything left out is described, each kind once.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lxml import etree

from lawreport.errors import UsageError, display_path
from lawreport.ooxml.limits import Purpose
from lawreport.ooxml.names import A_NS, CT, OFFICE_REL, R_NS, W_NS, R, local, namespace, w
from lawreport.ooxml.package import Package, Relationship, open_package, rels_name
from lawreport.ooxml.styles import read_styles
from lawreport.render.allowlist import Dropped, clean_story, clean_theme

__all__ = ["APP", "CORE", "MAIN", "CleanTemplate", "rels_name", "sanitise"]

TEMPLATE = Purpose("用作 Word 模板", UsageError, template=True)
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN = "word/document.xml"
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
_PROPERTIES = {
    CORE: ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
           "application/vnd.openxmlformats-package.core-properties+xml"),
    APP: (OFFICE_REL + "extended-properties", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
}
_KEPT = {"styles": "styles", "numbering": "numbering", "settings": "settings", "fontTable": "fonts",
         "theme": "theme", "footnotes": "footnotes", "endnotes": "endnotes", "header": "hdr", "footer": "ftr"}
"""Relationship kinds of the main document a report keeps → the root element their part must have."""
_SECTION = frozenset(("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                      "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                      "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid"))
_LABELS = {
    "vbaProject": "宏（VBA 工程）", "wordVbaData": "宏（VBA 数据）", "keyMapCustomizations": "宏的快捷键设置",
    "customXml": "自定义 XML 数据（customXml）", "webSettings": "网页设置（webSettings，可含网页框架）",
    "glossaryDocument": "文档部件库（构建基块）", "comments": "批注", "commentsExtended": "批注",
    "commentsIds": "批注", "commentsExtensible": "批注", "people": "批注作者信息", "image": "图片",
    "hyperlink": "超链接", "oleObject": "嵌入或链接的对象（OLE）", "package": "嵌入或链接的对象（OLE）",
    "control": "ActiveX 控件", "activeXControl": "ActiveX 控件", "activeXControlBinary": "ActiveX 控件",
    "stylesWithEffects": "Word 2010 的样式副本（stylesWithEffects）", "attachedTemplate": "附加模板",
    "mailMergeSource": "邮件合并数据源", "mailMergeHeaderSource": "邮件合并数据源", "recipientData": "邮件合并数据源",
    "printerSettings": "打印机设置", "custom-properties": "自定义文档属性", "thumbnail": "缩略图",
    "aFChunk": "嵌入的文件（altChunk）", "subDocument": "子文档", "frame": "网页框架", "font": "嵌入字体",
    "chart": "图表", "diagramData": "图表", "header": "未使用的页眉", "footer": "未使用的页脚",
}


class CleanTemplate(NamedTuple):
    """The template's parts a report carries, ready to be zipped around each report's own parts."""

    parts: dict[str, bytes]
    """Kept parts by member name, with rewritten relationships and content types (MAIN, CORE and
    APP are placeholders: each build writes its own)."""
    root_tag: str
    """The start tag of ``word/document.xml``, with the namespaces the section properties use."""
    sect_pr: str | None
    """The body's section properties, allow-listed; None when the template has none."""
    style_ids: dict[str, str]
    """Lower-cased style name → style id."""
    dropped: tuple[str, ...]
    """What was left out, each kind once."""


def _describe(rel: Relationship) -> str:
    if rel.external:
        shown = rel.target if len(rel.target) <= 80 else rel.target[:77] + "…"
        return f"外部链接（{_LABELS.get(rel.short_kind, rel.short_kind)}：{shown}）"
    return _LABELS.get(rel.short_kind) or f"部件 {rel.target}"


def _section(body: etree._Element | None, headers: dict[str, str]) -> tuple[str, str | None]:
    """The document's start tag and its body's section properties, rebuilt from the allow-list with
    the ``w`` and ``r`` prefixes whatever prefixes the template used."""
    root = etree.Element(w("document"), nsmap={"w": W_NS, "r": R_NS})
    new_body = etree.SubElement(root, w("body"))
    source = body[-1] if body is not None and len(body) and body[-1].tag == w("sectPr") else None
    if source is not None:
        section = etree.SubElement(new_body, w("sectPr"))
        for child in source:
            name = local(child.tag)
            if namespace(child.tag) != W_NS or name not in _SECTION:
                continue
            if name in ("headerReference", "footerReference"):
                ident = child.get(f"{R}id", "")
                if ident not in headers:
                    continue
                etree.SubElement(section, child.tag, {w("type"): child.get(w("type"), "default"), f"{R}id": ident})
                continue
            _copy(child, section)
    text = etree.tostring(root, encoding="unicode")
    start = text.index("<w:body")
    root_tag = text[:start]
    inner = text[start:].removeprefix("<w:body>").removesuffix("</w:body></w:document>")
    return root_tag, (inner if source is not None else None)


def _copy(element: etree._Element, parent: etree._Element) -> None:
    """A copy of a ``w:`` element and its ``w:`` children under ``parent`` (attributes outside ``w:`` left out)."""
    attributes = {key: value for key, value in element.attrib.items() if namespace(key) == W_NS}
    copy = etree.SubElement(parent, element.tag, attributes)
    for child in element:
        if namespace(child.tag) == W_NS:
            _copy(child, copy)


def _clean_part(package: Package, name: str, kind: str, dropped: Dropped) -> tuple[bytes, etree._Element] | None:
    """The part's bytes after the allow-list (unchanged bytes when nothing was removed) and its parsed,
    cleaned root (so that nothing parses the part again); None to drop it."""
    data = package.read(name)
    root = package.parse(data, name)
    expected = _KEPT[kind]
    if kind == "theme":
        if root.tag != f"{{{A_NS}}}theme":
            dropped.add(f"部件 {name}（不是主题）")
            return None
        changed = clean_theme(root, name, dropped)
    else:
        if root.tag != w(expected):
            dropped.add(f"部件 {name}（内容与类型不符）")
            return None
        changed = clean_story(root, name, dropped)
    for rel in package.relationships(name):
        dropped.add(_describe(rel))
    if not changed:
        return data, root
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), root


def sanitise(data: bytes, path: Path) -> CleanTemplate:
    """The template file ``path`` (its bytes ``data``) reduced to what a report may carry."""
    package = open_package(data, path, TEMPLATE)
    document = package.xml(package.main)
    body = document.find(w("body"))
    dropped = Dropped()
    kept: dict[str, bytes] = {MAIN: b"", CORE: b"", APP: b""}
    roots: dict[str, etree._Element] = {}
    """Kept parts as parsed (and cleaned) by _clean_part: the styles are read from their tree."""
    main_rels: list[Relationship] = []
    references = {child.get(f"{R}id", "") for child in (body[-1] if body is not None and len(body) else ())
                  if local(child.tag) in ("headerReference", "footerReference")}
    headers: dict[str, str] = {}
    for rel in package.relationships(package.main):
        kind = rel.short_kind
        member = package.find(rel.target) if not rel.external else None
        wanted = kind in _KEPT and (kind not in ("header", "footer") or rel.ident in references)
        if not wanted or member is None or rel.kind != OFFICE_REL + kind:
            dropped.add(_describe(rel))
            continue
        if member not in kept:
            cleaned = _clean_part(package, member, kind, dropped)
            if cleaned is None:
                continue
            kept[member], roots[member] = cleaned
        if kind in ("header", "footer"):
            headers[rel.ident] = member
        main_rels.append(Relationship(rel.ident, rel.kind, _relative(member), False))
    for rel in package.relationships(""):
        if rel.short_kind not in ("officeDocument", "core-properties", "extended-properties"):
            dropped.add(_describe(rel))
    root_tag, sect_pr = _section(body, headers)
    styles_part = next((package.find(r.target) for r in package.relationships(package.main)
                        if r.short_kind == "styles" and r.kind == OFFICE_REL + "styles"), None)
    styles = read_styles(roots.get(styles_part) if styles_part is not None else None)
    root_rels = [Relationship("rId1", OFFICE_REL + "officeDocument", MAIN, False)]
    root_rels += [Relationship(f"rId{i}", kind, name, False) for i, (name, (kind, _)) in enumerate(_PROPERTIES.items(), 2)]
    kept["_rels/.rels"] = _write_rels(root_rels)
    if main_rels:
        kept[rels_name(MAIN)] = _write_rels(main_rels)
    kept["[Content_Types].xml"] = _content_types(package, kept)
    return CleanTemplate(kept, root_tag, sect_pr, styles.ids_by_name(), tuple(dropped.items))


def _relative(member: str) -> str:
    """``member`` as a target relative to ``word/`` (where the main document is written)."""
    return member.removeprefix("word/") if member.startswith("word/") else "/" + member


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def _write_rels(rels: list[Relationship]) -> bytes:
    body = "".join(f'<Relationship Id="{_attr(r.ident)}" Type="{_attr(r.kind)}" Target="{_attr(r.target)}"/>'
                   for r in rels)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>').encode()


def _content_types(package: Package, kept: dict[str, bytes]) -> bytes:
    extensions = {name.rsplit(".", 1)[-1].lower() for name in kept if "." in name.rsplit("/", 1)[-1]}
    defaults: dict[str, str] = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                                "xml": "application/xml"}
    overrides: dict[str, str] = {}
    root = package.xml("[Content_Types].xml")
    for item in root.iter(f"{CT}Default"):
        extension = item.get("Extension", "").lower()
        if extension in extensions and extension not in ("rels", "xml"):
            defaults[extension] = item.get("ContentType", "")
    for item in root.iter(f"{CT}Override"):
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


def dropped_note(template: Path, dropped: tuple[str, ...]) -> str | None:
    """The one note a build prints about what the template brought and the report does not carry."""
    if not dropped:
        return None
    shown = "、".join(dropped[:30]) + (f" 等 {len(dropped)} 项" if len(dropped) > 30 else "")
    return (f"{display_path(template)}：Word 模板中的以下内容不会进入报告（已去掉）：{shown}。"
            "报告只使用模板的样式、编号、主题、字体、版面设置和页眉页脚文字（含页码）")
