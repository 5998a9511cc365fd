"""Write docs/rules.md from the rules' docstrings and examples (``--check``: fail if it is stale)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lawreport.lint.docs import rules_markdown  # noqa: E402
from lawreport.lint.registry import ALL_RULES  # noqa: E402

TARGET = ROOT / "docs" / "rules.md"


def main(argv: list[str]) -> int:
    """Regenerate (or with --check, compare) docs/rules.md."""
    text = rules_markdown(ALL_RULES)
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print("docs/rules.md 已过期，请运行 python scripts/build_rule_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
