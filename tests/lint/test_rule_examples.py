"""Every rule's bad examples are flagged by it and its good examples are not; the registry is complete."""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil

import pytest

import lawreport.lint as lint_package
from lawreport.lint.registry import ALL_RULES
from lint.examples import lint_example

EXAMPLES = [(rule, "bad", text) for rule in ALL_RULES for text in rule.bad] + [
    (rule, "good", text) for rule in ALL_RULES for text in rule.good
]


@pytest.mark.parametrize(("rule", "kind", "text"), EXAMPLES, ids=[f"{r.code}-{k}-{i}" for i, (r, k, _) in enumerate(EXAMPLES)])
def test_example(rule, kind, text):
    if rule.code == "D005" and shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("D005 lays the DOCX out with LibreOffice, which is not installed (CI installs it)")
    found = [d for d in lint_example(rule, text) if d.code == rule.code]
    if kind == "bad":
        assert found, f"{rule.code} did not flag {text!r}"
    else:
        assert not found, f"{rule.code} flagged good text {text!r}: {[d.message for d in found]}"


def test_codes_and_names_are_unique_and_well_formed():
    codes = [r.code for r in ALL_RULES]
    names = [r.name for r in ALL_RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in ALL_RULES:
        assert re.fullmatch(r"[SHPNTMLD]\d{3}", rule.code)
        assert re.fullmatch(r"[a-z0-9-]+", rule.name)
        assert rule.summary and rule.doc.strip()
        assert "作用" in rule.doc and "原因" in rule.doc and "修复" in rule.doc, rule.code
        assert rule.target in ("report", "built") and (rule.target == "built") == rule.code.startswith("D")


def test_every_rule_has_examples():
    for rule in ALL_RULES:
        if rule.code == "S000":
            continue
        assert rule.bad and rule.good, rule.code


def test_every_rule_module_is_registered():
    registered = {rule.check.__module__ for rule in ALL_RULES}
    for group in ("structure", "headings", "punctuation", "numbers", "terms", "metadata", "textchecks", "built"):
        package = importlib.import_module(f"lawreport.lint.{group}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            if hasattr(module, "RULE"):
                assert module.__name__ in registered, f"{module.__name__} is not in ALL_RULES"
    assert lint_package.__doc__
