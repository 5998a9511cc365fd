"""Calibrating the follow-up verdicts on labelled plan/measure pairs (tests/diff/fixtures/followup/).

Run ``python tests/diff/calibration.py`` to print every plan's score and label, the thresholds
that agree best with the labels, the agreement, and the agreement of the thresholds in force
(DiffOptions' defaults). docs/diff.md publishes these figures; test_diff_followup checks them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from diffkit import report  # noqa: E402

from lawreport.diff.canonical import flatten  # noqa: E402
from lawreport.diff.followup import follow_up, verdict  # noqa: E402
from lawreport.diff.result import FOLLOWED, NOT_SEEN, POSSIBLY, VERDICTS, DiffOptions  # noqa: E402

LABELLED = HERE / "fixtures" / "followup"
GRADES = {label: grade for grade, label in VERDICTS.items()}


class Scored(NamedTuple):
    office: str
    title: str
    label: str
    """``followed``, ``possibly`` or ``not_seen``."""
    score: float


def _outline(sections: list[dict], level: int = 2) -> list[tuple[int, str, list[str]]]:
    items: list[tuple[int, str, list[str]]] = []
    for section in sections:
        items.append((level, section["title"], section.get("paragraphs", [])))
        items.extend(_outline(section.get("children", []), level + 1))
    return items


def _workspaces() -> list[Scored]:
    from lawreport.sources.loader import load_report
    from lawreport.sources.workspace import load_workspace

    found = []
    for entry in yaml.safe_load((LABELLED / "workspaces.yaml").read_text("utf-8")):
        workspace = load_workspace(HERE.parents[1] / entry["root"])
        old, new = (load_report(workspace, entry["old"] + n) for n in (0, 1))
        for result in follow_up(flatten(old), flatten(new), 0.0, 1.0):
            found.append(Scored(old.meta.issuer, result.title, GRADES[entry["labels"][result.title]], result.score))
    return found


def scored() -> list[Scored]:
    """Every labelled plan with its follow-up score."""
    found = _workspaces()
    for path in sorted(LABELLED.glob("*.yaml")):
        if path.name == "workspaces.yaml":
            continue
        data = yaml.safe_load(path.read_text("utf-8"))
        old = report(2030, {"plans": [(2, p["title"], [p["text"]]) for p in data["plans"]]}, issuer=data["office"])
        new = report(2031, {"measures": _outline(data["measures"])}, issuer=data["office"])
        results = follow_up(flatten(old), flatten(new), 0.0, 1.0)
        for plan, result in zip(data["plans"], results, strict=True):
            found.append(Scored(data["office"], plan["title"], GRADES[plan["label"]], result.score))
    return found


def agreement(items: list[Scored], possibly: float, followed: float) -> float:
    """Share of the plans whose verdict equals their label."""
    return sum(verdict(i.score, possibly, followed) == i.label for i in items) / len(items)


def best_thresholds(items: list[Scored]) -> tuple[float, float]:
    """The thresholds (0.01 steps) that agree best with the labels; among equals, the middle ones."""
    steps = [n / 100 for n in range(1, 100)]
    results = [(agreement(items, low, high), low, high) for low in steps for high in steps if high > low]
    top = max(value for value, _low, _high in results)
    lows = sorted({low for value, low, _high in results if value == top})
    low = lows[len(lows) // 2]
    highs = sorted(high for value, each, high in results if value == top and each == low)
    return low, highs[len(highs) // 2]


def confusion(items: list[Scored], possibly: float, followed: float) -> dict[tuple[str, str], int]:
    """(label, verdict) → count."""
    table: dict[tuple[str, str], int] = {}
    for item in items:
        key = (item.label, verdict(item.score, possibly, followed))
        table[key] = table.get(key, 0) + 1
    return table


def held_out(items: list[Scored]) -> float:
    """Agreement when each office's plans are judged with thresholds calibrated on the others only."""
    right = 0
    for office in {i.office for i in items}:
        low, high = best_thresholds([i for i in items if i.office != office])
        right += sum(verdict(i.score, low, high) == i.label for i in items if i.office == office)
    return right / len(items)


def main() -> None:
    items = scored()
    for item in sorted(items, key=lambda i: i.score):
        print(f"{item.score:.3f}  {VERDICTS[item.label]:<5} {item.office}  {item.title}")
    low, high = best_thresholds(items)
    defaults = DiffOptions()
    print(f"\n{len(items)} plans; best thresholds: 可能落实 ≥ {low:.2f}, 已落实 ≥ {high:.2f}, "
          f"agreement {agreement(items, low, high):.1%}; held out by office {held_out(items):.1%}")
    print(f"thresholds in force ({defaults.threshold:.2f}, {defaults.followed:.2f}): "
          f"agreement {agreement(items, defaults.threshold, defaults.followed):.1%}")
    table = confusion(items, defaults.threshold, defaults.followed)
    for label in (FOLLOWED, POSSIBLY, NOT_SEEN):
        print(VERDICTS[label], [table.get((label, grade), 0) for grade in (FOLLOWED, POSSIBLY, NOT_SEEN)])


if __name__ == "__main__":
    main()
