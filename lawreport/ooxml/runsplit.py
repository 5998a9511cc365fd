"""Splitting Word runs so that a comment can mark just some of their characters.

A run (``w:r``) holds its formatting (``w:rPr``) and then its content in order: text (``w:t``),
tabs, breaks, field characters, drawings. :func:`split_text` cuts a ``w:t`` in two at a character,
and :func:`split_before` ends a run before one of its content elements, the rest going to a new run
right after it with a copy of the run's ``w:rPr`` and attributes (``w:rsidR``…). The document shows
the same characters with the same formatting; a range mark (``w:commentRangeStart``) can then go
between the two runs.
"""

from __future__ import annotations

import copy

from lxml import etree

from lawreport.ooxml.names import w

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def split_text(t: etree._Element, offset: int) -> etree._Element:
    """Cut ``w:t`` ``t`` after its first ``offset`` characters (0 < offset < its length): ``t`` keeps
    them, and the new ``w:t`` right after it, returned, holds the rest. Both keep their spaces."""
    text = t.text or ""
    rest = copy.deepcopy(t)
    rest.tail = None
    rest.text, t.text = text[offset:], text[:offset]
    for part in (t, rest):
        part.set(XML_SPACE, "preserve")
    t.addnext(rest)
    return rest


def split_before(child: etree._Element) -> etree._Element:
    """End ``child``'s run before ``child``: ``child`` and what follows it go to a new run, right
    after, with the same formatting; return the run ``child`` is now in (its own, when nothing
    precedes it)."""
    run = child.getparent()
    content = [item for item in run if item.tag != w("rPr")]
    if content[0] is child:
        return run
    new = etree.Element(run.tag, dict(run.attrib))
    properties = run.find(w("rPr"))
    if properties is not None:
        new.append(copy.deepcopy(properties))
    for item in content[content.index(child):]:
        new.append(item)
    run.addnext(new)
    return new


def split_after(child: etree._Element) -> None:
    """End ``child``'s run after ``child`` (nothing to do when it is the run's last content)."""
    following = child.getnext()
    if following is not None:
        split_before(following)
