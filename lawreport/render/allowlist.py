"""What of a Word template's XML a report may carry: an allow-list per part, over parsed XML.

Each kept part (styles, numbering, settings, fontTable, theme, headers, footers, footnote
separators) is walked element by element; an element survives only when its part's rules
name it. Names are compared as namespace + local name, so the prefix an author (or an
attacker) chose does not matter. Property elements (``w:pPr``, ``w:rPr``…) keep their
WordprocessingML formatting children. ``mc:AlternateContent`` is replaced by its Fallback;
hyperlinks, content controls and smart tags are unwrapped to their text; a field survives
only when it is a page number (PAGE, NUMPAGES, SECTIONPAGES, with nothing but format switches
after the name). Hidden text never survives: a hidden run of a header or footer is removed with
its text, and the hiding property (``w:vanish``, ``w:webHidden``, ``w:specVanish``) is removed
from styles, numbering and paragraph marks. Relationship references
(``r:*`` attributes) are removed everywhere: no kept part points at another part or at the
network. Whatever is removed is described once, in Chinese, in ``Dropped``.
"""

from __future__ import annotations

import re

from lxml import etree

from lawreport.ooxml.names import A_NS, MC, R_NS, W_NS, local, namespace

_FIELDS = frozenset(("PAGE", "NUMPAGES", "SECTIONPAGES"))
_FORMAT_SWITCH = re.compile(r'\\\*\s*[A-Za-z0-9]+|\\#\s*(?:"[0#.,\s-]*"|[0#.,-]+)')
"""A page number's only switches: ``\\* ARABIC``, ``\\* MERGEFORMAT``, ``\\# "0"``."""
_HIDING = frozenset(("vanish", "webHidden", "specVanish"))
_OFF = frozenset(("0", "false", "off"))
_PROPS = frozenset(("pPr", "rPr", "tblPr", "trPr", "tcPr", "tblGrid", "sectPr", "tblStylePr", "tblPrEx"))
_NOT_PROPS = frozenset(("pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange",
                        "tblGridChange", "ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel", "cellMerge"))
_UNWRAP = frozenset(("hyperlink", "smartTag", "customXml", "sdt", "dir", "bdo"))
_TEXT_RUN = frozenset(("rPr", "t", "tab", "ptab", "br", "cr", "fldChar", "instrText", "noBreakHyphen", "softHyphen",
                       "sym", "lastRenderedPageBreak", "separator", "continuationSeparator", "footnoteRef",
                       "endnoteRef", "dayShort", "monthShort", "yearShort", "dayLong", "monthLong", "yearLong"))
_PARAGRAPH = frozenset(("pPr", "r", "fldSimple", "bookmarkStart", "bookmarkEnd", "proofErr"))
_STORY = frozenset(("p", "tbl", "bookmarkStart", "bookmarkEnd"))
RULES: dict[str, frozenset[str]] = {
    # stories: headers, footers, footnote separators
    "hdr": _STORY, "ftr": _STORY, "footnotes": frozenset(("footnote",)), "endnotes": frozenset(("endnote",)),
    "footnote": _STORY, "endnote": _STORY, "p": _PARAGRAPH, "r": _TEXT_RUN, "fldSimple": frozenset(("r",)),
    "tbl": frozenset(("tblPr", "tblGrid", "tr")), "tr": frozenset(("trPr", "tc", "tblPrEx")),
    "tc": frozenset(("tcPr", "p", "tbl")),
    # styles.xml
    "styles": frozenset(("docDefaults", "latentStyles", "style")),
    "docDefaults": frozenset(("rPrDefault", "pPrDefault")), "rPrDefault": frozenset(("rPr",)),
    "pPrDefault": frozenset(("pPr",)), "latentStyles": frozenset(("lsdException",)),
    "style": frozenset(("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
                        "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
                        "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr")),
    # numbering.xml (numPicBullet and lvlPicBulletId are picture bullets: left out)
    "numbering": frozenset(("abstractNum", "num", "numIdMacAtCleanup")),
    "abstractNum": frozenset(("nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl")),
    "lvl": frozenset(("start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlJc", "pPr", "rPr",
                      "legacy")),
    "num": frozenset(("abstractNumId", "lvlOverride")), "lvlOverride": frozenset(("startOverride", "lvl")),
    # fontTable.xml (embedded fonts are left out)
    "fonts": frozenset(("font",)),
    "font": frozenset(("altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig")),
    # settings.xml: layout and typography only
    "settings": frozenset((
        "zoom", "removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries", "mirrorMargins",
        "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
        "hideSpellingErrors", "hideGrammaticalErrors", "defaultTabStop", "autoHyphenation",
        "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "evenAndOddHeaders",
        "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
        "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
        "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
        "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
        "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "footnotePr", "endnotePr",
        "compat", "themeFontLang", "clrSchemeMapping", "decimalSymbol", "listSeparator", "defaultTableStyle",
        "styleLockTheme", "styleLockQFSet", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
        "kinsoku", "proofState")),
    "compat": frozenset(("compatSetting", "*")), "footnotePr": frozenset(("*",)), "endnotePr": frozenset(("*",)),
}
"""Parent local name → the ``w:`` children it keeps ("*": any, as in a property element)."""
NOTABLE = {
    "attachedTemplate": "附加模板（attachedTemplate，Word 打开文档时会去取）",
    "mailMerge": "邮件合并及其数据源（mailMerge）",
    "docVars": "文档变量（docVars）",
    "object": "嵌入或链接的对象（OLE）",
    "control": "ActiveX 控件",
    "drawing": "图片或图形", "pict": "图片或图形",
    "numPicBullet": "图片项目符号", "lvlPicBulletId": "图片项目符号",
    "embedRegular": "嵌入字体", "embedBold": "嵌入字体", "embedItalic": "嵌入字体", "embedBoldItalic": "嵌入字体",
    "documentProtection": "文档保护（含密码散列）", "writeProtection": "文档保护（含密码散列）",
    "trackRevisions": "修订跟踪开关", "updateFields": "打开时更新域的设置",
    "linkStyles": "从附加模板更新样式的设置", "ins": "修订痕迹", "del": "修订痕迹",
    "blipFill": "主题中的图片填充",
}


class Dropped:
    """Descriptions of what was left out, each once, in the order found."""

    def __init__(self) -> None:
        self.items: dict[str, None] = {}

    def add(self, description: str) -> None:
        """Record ``description`` (a repeated one is kept once)."""
        self.items.setdefault(description, None)

    def element(self, element: etree._Element, part: str) -> None:
        """Record a removed element, by what it is when known, else by its name."""
        name = local(element.tag)
        label = NOTABLE.get(name) if namespace(element.tag) in (W_NS, A_NS) else None
        prefix = element.prefix or ""
        self.add(label or f"{part} 中的 {prefix + ':' if prefix else ''}{name}")


def _field_name(instruction: str) -> str:
    words = instruction.replace("\\", " \\").split()
    return words[0].upper() if words else ""


def _field_label(name: str) -> str:
    if name in _FIELDS:
        return f"域 {name}（页码之后另有内容）"
    return f"域 {name or '（空）'}"


def _kept_field(instruction: str) -> bool:
    """Whether a field is a page number: its name, then format switches only (anything else, such as
    ``PAGE INCLUDETEXT "http://…"``, carries text or an address that is not a page number)."""
    name = _field_name(instruction)
    if name not in _FIELDS:
        return False
    rest = instruction.strip()[len(name):]
    return not _FORMAT_SWITCH.sub(" ", rest).strip()


def _allowed(rule: str, child: etree._Element, props: bool) -> bool:
    if namespace(child.tag) != W_NS:
        return False
    if props:
        return local(child.tag) not in _NOT_PROPS
    return local(child.tag) in RULES.get(rule, frozenset())


def _replacement(child: etree._Element) -> list[etree._Element] | None:
    """What stands in for ``child``: the content of a wrapper, the Fallback of AlternateContent; None: keep."""
    if child.tag == f"{MC}AlternateContent":
        fallback = child.find(f"{MC}Fallback")
        return list(fallback) if fallback is not None else []
    if namespace(child.tag) == W_NS and local(child.tag) in _UNWRAP:
        content = child.find(f"{{{W_NS}}}sdtContent") if local(child.tag) == "sdt" else child
        return [node for node in (content if content is not None else []) if local(node.tag) != "sdtPr"]
    return None


def clean_story(root: etree._Element, part: str, dropped: Dropped) -> bool:
    """Remove from a WordprocessingML part what its rules do not name; True when anything changed."""
    changed = _strip_relationship_attributes(root)
    changed |= _clean_children(root, local(root.tag), part, dropped, props=False)
    changed |= _clean_fields(root, dropped)
    changed |= _clean_hidden(root, dropped)
    return changed


def _clean_hidden(root: etree._Element, dropped: Dropped) -> bool:
    """A hidden run goes with its text; elsewhere (a style, a numbering level, a paragraph mark) the
    hiding property goes."""
    changed = False
    w = f"{{{W_NS}}}"
    for prop in list(root.iter(*(w + name for name in _HIDING))):
        properties = prop.getparent()
        if properties is None:
            continue
        if (prop.get(f"{w}val") or "").lower() in _OFF:  # says "not hidden": nothing to keep of it
            properties.remove(prop)
            changed = True
            continue
        run = properties.getparent()
        if run is not None and run.tag == f"{w}r" and run.getparent() is not None:
            dropped.add("页眉页脚中的隐藏文字")
            run.getparent().remove(run)
        else:
            dropped.add("隐藏文字格式（vanish）")
            properties.remove(prop)
        changed = True
    return changed


def _clean_children(element: etree._Element, rule: str, part: str, dropped: Dropped, props: bool) -> bool:
    changed = False
    index = 0
    while index < len(element):
        child = element[index]
        replacement = _replacement(child)
        if replacement is not None:
            if local(child.tag) == "hyperlink":
                dropped.add(f"{part} 中的超链接（只保留其文字）")
            element[index:index + 1] = replacement
            changed = True
            continue
        if _allowed(rule, child, props) and not _story_note_dropped(child):
            name = local(child.tag)
            inner = props or name in _PROPS or "*" in RULES.get(name, ())
            changed |= _clean_children(child, name, part, dropped, inner)
            index += 1
            continue
        dropped.element(child, part)
        del element[index]
        changed = True
    return changed


def _story_note_dropped(child: etree._Element) -> bool:
    """A footnote or endnote that is not a separator: the template's own notes never reach a report."""
    if local(child.tag) not in ("footnote", "endnote"):
        return False
    return child.get(f"{{{W_NS}}}type") not in ("separator", "continuationSeparator", "continuationNotice")


def _strip_relationship_attributes(root: etree._Element) -> bool:
    changed = False
    for element in root.iter():
        for key in [key for key in element.attrib if namespace(key) == R_NS]:
            del element.attrib[key]
            changed = True
    return changed


def _clean_fields(root: etree._Element, dropped: Dropped) -> bool:
    """Keep page-number fields; any other field keeps only its shown result (its code is removed)."""
    changed = False
    w = f"{{{W_NS}}}"
    for simple in list(root.iter(f"{w}fldSimple")):
        instruction = simple.get(f"{w}instr", "")
        name = _field_name(instruction)
        if not _kept_field(instruction):
            dropped.add(_field_label(name))
            parent = simple.getparent()
            position = parent.index(simple)
            parent[position:position + 1] = list(simple)
            changed = True
    stack: list[tuple[list[etree._Element], list[str]]] = []
    for node in list(root.iter(f"{w}fldChar", f"{w}instrText")):
        kind = node.get(f"{w}fldCharType") if node.tag == f"{w}fldChar" else "instr"
        if kind == "begin":
            stack.append(([node], []))
        elif stack:
            stack[-1][0].append(node)
            if kind == "instr":
                stack[-1][1].append(node.text or "")
            elif kind == "end":
                nodes, code = stack.pop()
                name = _field_name("".join(code))
                if not _kept_field("".join(code)):
                    dropped.add(_field_label(name))
                    for field_node in nodes:
                        field_node.getparent().remove(field_node)
                    changed = True
    for nodes, code in stack:  # a field never ended: its code goes too
        dropped.add(f"域 {_field_name(''.join(code)) or '（未结束）'}")
        for field_node in nodes:
            field_node.getparent().remove(field_node)
        changed = True
    return changed


def clean_theme(root: etree._Element, part: str, dropped: Dropped) -> bool:
    """A theme keeps its colours, fonts and fills: an image fill becomes a plain fill, and whatever refers
    to another part or to the network (an ``r:`` attribute), or is an extension (``a:extLst``), goes."""
    changed = False
    a = f"{{{A_NS}}}"
    for fill in list(root.iter(f"{a}blipFill")):
        dropped.element(fill, part)
        plain = etree.Element(f"{a}solidFill")
        etree.SubElement(plain, f"{a}schemeClr", val="phClr")
        fill.getparent().replace(fill, plain)
        changed = True
    return _clean_theme_children(root, part, dropped) or changed


def _clean_theme_children(element: etree._Element, part: str, dropped: Dropped) -> bool:
    changed = False
    for child in list(element):
        foreign = namespace(child.tag) != A_NS or local(child.tag) == "extLst"
        if foreign or any(namespace(key) == R_NS for key in child.attrib):
            dropped.element(child, part)
            element.remove(child)
            changed = True
        else:
            changed |= _clean_theme_children(child, part, dropped)
    return changed
