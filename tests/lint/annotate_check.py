"""What a test of an annotated copy checks: the characters each comment marks, that every
character keeps its text and formatting, and that the comment markup is well formed."""

from __future__ import annotations

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SHOWN = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n"}
_MARKS = (f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}commentReference")


def _seen(element: etree._Element) -> bool:
    """Not deleted, not hidden text, not a ruby's guide."""
    if any(a.tag in (f"{W}del", f"{W}moveFrom", f"{W}rt") for a in element.iterancestors()):
        return False
    run = next(element.iterancestors(f"{W}r"))
    return run.find(f"{W}rPr/{W}vanish") is None


def marked(document: etree._Element) -> dict[str, str]:
    """Comment id → the visible characters between its range start and end."""
    open_ids: set[str] = set()
    found: dict[str, list[str]] = {}
    for element in document.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.add(element.get(f"{W}id"))
            found.setdefault(element.get(f"{W}id"), [])
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.discard(element.get(f"{W}id"))
        elif element.tag in _SHOWN and _seen(element):
            for ident in open_ids:
                found[ident].append(_SHOWN[element.tag] or element.text or "")
    return {ident: "".join(text) for ident, text in found.items()}


def characters(document: etree._Element) -> list[tuple[str, bytes, tuple[str, ...]]]:
    """Every character of the body's runs (comment reference runs left out) with its run's
    properties and attributes and the elements around its run: what the document shows."""
    out = []
    for element in document.iter(*_SHOWN, f"{W}instrText", f"{W}fldChar"):
        run = element.getparent()
        if run.find(f"{W}commentReference") is not None:
            continue
        properties = run.find(f"{W}rPr")
        style = etree.tostring(properties, method="c14n") if properties is not None else b""
        style += repr(sorted(run.attrib.items())).encode()
        around = tuple(a.tag for a in run.iterancestors())
        text = element.text if element.tag in (f"{W}t", f"{W}instrText") else element.tag + repr(dict(element.attrib))
        out += [(char, style, around) for char in (text or "")]
    return out


def check_markup(document: etree._Element, comments: etree._Element) -> None:
    """No run inside a run; comment ids unique; each comment has its range start, end and reference."""
    for run in document.iter(f"{W}r"):  # a ruby's runs and a text box's paragraphs are inside a run
        holder = next(run.iterancestors(f"{W}r", f"{W}ruby", f"{W}p"), None)
        assert holder is None or holder.tag != f"{W}r", etree.tostring(holder)
    ids = [c.get(f"{W}id") for c in comments.iter(f"{W}comment")]
    assert len(ids) == len(set(ids))
    for tag in _MARKS:
        placed = [m.get(f"{W}id") for m in document.iter(tag)]
        assert sorted(placed) == sorted(ids), tag
    for reference in document.iter(f"{W}commentReference"):
        assert reference.getparent().tag == f"{W}r"
    for start in document.iter(f"{W}commentRangeStart"):
        assert start.getparent().tag != f"{W}r"


def _style(run: etree._Element) -> bytes:
    properties = run.find(f"{W}rPr")
    return etree.tostring(properties) if properties is not None else b""


def rejoin(document: etree._Element) -> None:
    """Join neighbouring runs with the same properties and attributes, and neighbouring ``w:t``."""
    for run in list(document.iter(f"{W}r")):
        if run.getparent() is None:
            continue
        following = run.getnext()
        while (following is not None and following.tag == f"{W}r" and _style(following) == _style(run)
               and following.attrib == run.attrib):
            for child in [c for c in following if c.tag != f"{W}rPr"]:
                run.append(child)
            following.getparent().remove(following)
            following = run.getnext()
    for t in list(document.iter(f"{W}t")):
        if t.getparent() is None:
            continue
        following = t.getnext()
        while following is not None and following.tag == f"{W}t":
            t.text = (t.text or "") + (following.text or "")
            t.getparent().remove(following)
            following = t.getnext()
