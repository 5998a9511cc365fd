"""The Word-template sanitiser parses every part once, and only with the one hardened parser
(lawreport.ooxml.xml.parse): no second parse of styles.xml with lxml's default parser (issue 16)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from lawreport.ooxml import xml
from lawreport.render import package

REPO = Path(__file__).resolve().parents[2]


def test_every_part_is_parsed_once_and_only_by_the_hardened_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    template = REPO / "templates" / "reference.docx"
    parsed: Counter[str] = Counter()
    hardened = xml.parse
    unguarded: list[int] = []
    default_fromstring = etree.fromstring

    def counting_parse(data: bytes, name: str, *args: object, **kwargs: object) -> etree._Element:
        parsed[name] += 1
        return hardened(data, name, *args, **kwargs)

    def guarded_fromstring(text: bytes, parser: etree.XMLParser | None = None, **kwargs: object) -> etree._Element:
        if parser is None:  # lxml's default parser: DTDs and entities as libxml2 pleases
            unguarded.append(len(text))
        return default_fromstring(text, parser, **kwargs)

    monkeypatch.setattr(xml, "parse", counting_parse)
    monkeypatch.setattr(etree, "fromstring", guarded_fromstring)
    clean = package.sanitise(template.read_bytes(), template)
    assert unguarded == []
    assert "word/styles.xml" in clean.parts and parsed["word/styles.xml"] == 1, parsed
    assert clean.style_ids.get("heading 1"), clean.style_ids  # the styles were still read
