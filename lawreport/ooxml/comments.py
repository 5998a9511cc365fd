"""Word comments (批注) added to a copy of a Word package, written with lxml and zipfile.

The copy is the package as :mod:`lawreport.ooxml.package` opened it (limits checked, every part
read with a bound and parsed with the one hardened parser) with four parts changed, as
ECMA-376 Part 1 §17.13.4 describes comments; every other member is copied unchanged, in order:

- the main document: a ``w:commentRangeStart`` before the first commented run, a
  ``w:commentRangeEnd`` after the last, then a run holding the ``w:commentReference`` (what Word
  itself writes);
- the comments part: the one the document has (its comments are kept) or a new
  ``comments.xml`` beside the main document, with one ``w:comment`` per comment;
- the main document's relationships: a ``comments`` relationship when there is none to the part;
- ``[Content_Types].xml``: the comments part's Override.

Comment ids follow every comment id the document already uses.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Sequence
from typing import NamedTuple

from lxml import etree

from lawreport.ooxml.names import CT, OFFICE_REL, REL, REL_NS, W_NS, w
from lawreport.ooxml.package import MAX_SMALL_XML, Package, rels_name, resolve_target
from lawreport.ooxml.values import int_attr

COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
COMMENTS_REL = OFFICE_REL + "comments"
MAX_ID = 2**31 - 1
"""Word reads comment ids as 32-bit signed integers."""
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF)."""
_RANGE_MARKS = (w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))


class Note(NamedTuple):
    """One comment to add: the first and last run of the main document's tree it marks (the
    same run for one), and its text."""

    first: etree._Element
    last: etree._Element
    text: str


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _comments_part(package: Package, rels: etree._Element) -> tuple[str, etree._Element]:
    """The comments part to add to (its member name and root): the document's own, else a new one
    beside the main document (a relationship to a missing part is pointed at the new one)."""
    internal = [element for element in rels.iter(f"{REL}Relationship") if element.get("Type") == COMMENTS_REL
                and (element.get("TargetMode") or "").casefold() != "external"]
    for element in internal:
        member = package.find(resolve_target(package.main, element.get("Target") or ""))
        if member is not None:
            root = package.xml(member)
            if root.tag != w("comments"):
                raise package.refuse(f"文档部件 {member} 应是批注，内容却不是，文件可能已损坏",
                                     "请在 Word/WPS 中打开并重新“另存为”.docx 后再加批注。")
            return member, root
    folder = posixpath.dirname(package.main)
    name = next(candidate for number in range(len(package.names) + 2)
                if package.find(candidate := posixpath.join(folder, f"comments{number or ''}.xml")) is None)
    target = posixpath.basename(name)
    if internal:  # a relationship to a comments part the package lacks: it names the new one
        internal[0].set("Target", target)
    else:
        used = {element.get("Id") for element in rels.iter(f"{REL}Relationship")}
        ident = next(f"rId{n}" for n in range(1, len(used) + 2) if f"rId{n}" not in used)
        etree.SubElement(rels, f"{REL}Relationship", Id=ident, Type=COMMENTS_REL, Target=target)
    return name, etree.Element(w("comments"), nsmap={"w": W_NS})


def _declare(types: etree._Element, name: str, rels_member: str | None) -> None:
    """Declare the comments part's content type (and relationship parts', for a new relationships part)."""
    part = "/" + name
    override = next((item for item in types.iter(f"{CT}Override")
                     if (item.get("PartName") or "").casefold() == part.casefold()), None)
    if override is None:
        override = etree.SubElement(types, f"{CT}Override", PartName=part)
    override.set("ContentType", COMMENTS_TYPE)
    if rels_member is None and not any((item.get("Extension") or "").casefold() == "rels"
                                       for item in types.iter(f"{CT}Default")):
        default = etree.Element(f"{CT}Default", Extension="rels", ContentType=RELS_TYPE)
        types.insert(0, default)  # a Default goes before the Overrides


def _ids(used: set[int], count: int) -> list[int]:
    """``count`` comment ids not in ``used``: after the largest, or the free ones from 0 when that
    would pass MAX_ID."""
    start = max(used, default=-1) + 1
    if start + count - 1 <= MAX_ID:
        return list(range(start, start + count))
    free: list[int] = []
    candidate = 0
    while len(free) < count:
        if candidate not in used:
            free.append(candidate)
        candidate += 1
    return free


def _used_ids(document: etree._Element, comments: etree._Element) -> set[int]:
    values = [item.get(w("id"), "") for item in comments.iter(w("comment"))]
    values += [item.get(w("id"), "") for item in document.iter(*_RANGE_MARKS)]
    numbers = (int_attr(value, -(2**40), 2**40) for value in values)
    return {number for number in numbers if number is not None}


def _comment(ident: int, text: str, author: str, initials: str, date: str | None) -> etree._Element:
    """A ``w:comment`` as Word writes one: a paragraph per line, the first opening with its mark."""
    comment = etree.Element(w("comment"), {w("id"): str(ident), w("author"): author, w("initials"): initials})
    if date is not None:
        comment.set(w("date"), date)
    for number, line in enumerate(_NOT_XML.sub("", text).split("\n")):
        p = etree.SubElement(comment, w("p"))
        etree.SubElement(etree.SubElement(p, w("pPr")), w("pStyle"), {w("val"): "CommentText"})
        if number == 0:
            mark = etree.SubElement(p, w("r"))
            etree.SubElement(etree.SubElement(mark, w("rPr")), w("rStyle"), {w("val"): "CommentReference"})
            etree.SubElement(mark, w("annotationRef"))
        t = etree.SubElement(etree.SubElement(p, w("r")), w("t"))
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = line
    return comment


def _anchor(first: etree._Element, last: etree._Element, ident: int) -> None:
    """Mark ``first`` to ``last`` as the text of comment ``ident``: range start, the runs, range
    end, reference run."""
    first.addprevious(etree.Element(w("commentRangeStart"), {w("id"): str(ident)}))
    reference = etree.Element(w("r"))
    etree.SubElement(etree.SubElement(reference, w("rPr")), w("rStyle"), {w("val"): "CommentReference"})
    etree.SubElement(reference, w("commentReference"), {w("id"): str(ident)})
    last.addnext(reference)
    last.addnext(etree.Element(w("commentRangeEnd"), {w("id"): str(ident)}))


def _zip_info(name: str, date_time: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, (max(date_time[0], 1980), *date_time[1:]))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def add_comments(package: Package, document: etree._Element, notes: Sequence[Note], author: str,
                 initials: str, date: str | None = None) -> bytes:
    """The bytes of a copy of ``package`` with ``notes`` as comments by ``author``, dated ``date``
    (``2024-02-20T08:00:00Z``; None: undated).

    ``document`` is the package's main document part as parsed; each note's runs are in it. The
    tree is changed (the range marks are added); ``package`` and its file are only read.
    """
    rels_member = package.find(rels_name(package.main))
    rels = package.xml(rels_member, MAX_SMALL_XML) if rels_member else etree.Element(f"{REL}Relationships",
                                                                                      nsmap={None: REL_NS})
    name, comments = _comments_part(package, rels)
    types = package.xml("[Content_Types].xml", MAX_SMALL_XML)  # its root is Types: open_package read it
    _declare(types, name, rels_member)
    for ident, note in zip(_ids(_used_ids(document, comments), len(notes)), notes, strict=True):
        comments.append(_comment(ident, note.text, author, initials, date))
        _anchor(note.first, note.last, ident)
    changed = {package.main: _xml(document), name: _xml(comments), rels_member or rels_name(package.main): _xml(rels),
               "[Content_Types].xml": _xml(types)}
    main_date = package.zip.getinfo(package.main).date_time
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in package.zip.infolist():
            data = changed.pop(info.filename, None)
            archive.writestr(_zip_info(info.filename, info.date_time), data if data is not None else
                             package.read(info.filename))
        for member, data in changed.items():  # the parts the package did not have
            archive.writestr(_zip_info(member, main_date), data)
    return buffer.getvalue()
