"""Token diff with semantic cleanup, and the similarity measures built on it.

Texts are cut into the tokens of :mod:`lawreport.diff.tokens` (a figure with its unit, a Latin
word, otherwise one character) and compared with :class:`difflib.SequenceMatcher`; then the
semantic cleanup of Neil Fraser's diff-match-patch (``diff_cleanupSemantic``) folds a short
equality squeezed between larger edits into them, so a rewritten clause reads as one deletion
and one insertion, while a two-character change inside an unchanged sentence stays two
characters. Edits never begin or end inside a token; a changed figure that keeps its unit
(``14件`` → ``16件``) shows the unit as unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from lawreport.diff.result import DELETE, EQUAL, INSERT, Segment
from lawreport.diff.tokens import is_number, tokens, unit_of
from lawreport.text.alignwork import bounded_opcodes

_Diff = list[tuple[str, str]]


Cut = Callable[[str], list[str]]


def text_diff(old: str, new: str, cut: Cut = tokens) -> tuple[Segment, ...]:
    """Segments turning ``old`` into ``new``, token by token (``cut`` makes the tokens), semantically cleaned."""
    if old == new:
        return (Segment(EQUAL, old),) if old else ()
    old_tokens, new_tokens = cut(old), cut(new)
    diffs: _Diff = []
    for tag, i1, i2, j1, j2 in bounded_opcodes(old_tokens, new_tokens):
        if tag == "equal":
            diffs.append((EQUAL, "".join(old_tokens[i1:i2])))
            continue
        if i2 > i1:
            diffs.append((DELETE, "".join(old_tokens[i1:i2])))
        if j2 > j1:
            diffs.append((INSERT, "".join(new_tokens[j1:j2])))
    return tuple(Segment(op, text) for op, text in merge(cleanup_semantic(diffs, cut), cut))


def cleanup_semantic(diffs: _Diff, cut: Cut = tokens) -> _Diff:
    """Fold equalities no longer than the edits on both sides of them into those edits.

    An equality between changed figures stays (``5个方面26项`` → ``6个方面30项`` shows two changed
    figures, not one changed phrase)."""
    diffs = list(diffs)
    changed = False
    equalities: list[int] = []
    last_equality: str | None = None
    before_ins = before_del = after_ins = after_del = 0
    before_figures = after_figures = True
    pointer = 0
    while pointer < len(diffs):
        op, text = diffs[pointer]
        if op == EQUAL:
            equalities.append(pointer)
            before_ins, before_del, after_ins, after_del = after_ins, after_del, 0, 0
            before_figures, after_figures = after_figures, True
            last_equality = text
        else:
            if op == INSERT:
                after_ins += len(text)
            else:
                after_del += len(text)
            after_figures = after_figures and _figures_only(text, cut)
            if (last_equality is not None and len(last_equality) <= max(before_ins, before_del)
                    and len(last_equality) <= max(after_ins, after_del)
                    and not (before_figures and after_figures)):
                where = equalities.pop()
                diffs[where] = (DELETE, last_equality)
                diffs.insert(where + 1, (INSERT, last_equality))
                if equalities:
                    equalities.pop()
                pointer = equalities[-1] if equalities else -1
                before_ins = before_del = after_ins = after_del = 0
                before_figures = after_figures = True
                last_equality = None
                changed = True
        pointer += 1
    return merge(diffs, cut) if changed else diffs


def _figures_only(text: str, cut: Cut) -> bool:
    return all(is_number(token) or token.isspace() for token in cut(text))


def merge(diffs: _Diff, cut: Cut = tokens) -> _Diff:
    """Join runs of edits into one deletion and one insertion; join adjacent equalities."""
    merged: _Diff = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        old, new = cut("".join(deleted)), cut("".join(inserted))
        prefix = _common_prefix(old, new)
        _append(merged, EQUAL, "".join(new[:prefix]))
        old, new = old[prefix:], new[prefix:]
        suffix = _common_suffix(old, new)
        tail = "".join(new[len(new) - suffix:]) if suffix else ""
        if suffix:
            old, new = old[:-suffix], new[:-suffix]
        unit = _shared_unit(old, new)
        if unit:
            old[-1], new[-1] = old[-1][:-len(unit)], new[-1][:-len(unit)]
            tail = unit + tail
        _append(merged, DELETE, "".join(old))
        _append(merged, INSERT, "".join(new))
        _append(merged, EQUAL, tail)
        deleted.clear()
        inserted.clear()

    for op, text in diffs:
        if op == DELETE:
            deleted.append(text)
        elif op == INSERT:
            inserted.append(text)
        else:
            flush()
            _append(merged, EQUAL, text)
    flush()
    return merged


def _append(diffs: _Diff, op: str, text: str) -> None:
    if not text:
        return
    if diffs and diffs[-1][0] == op:
        diffs[-1] = (op, diffs[-1][1] + text)
    else:
        diffs.append((op, text))


def _shared_unit(old: list[str], new: list[str]) -> str:
    """The unit both edits end in when each ends with a figure (``件`` of ``14件`` → ``16件``)."""
    if not old or not new or not is_number(old[-1]) or not is_number(new[-1]):
        return ""
    unit = unit_of(old[-1])
    return unit if unit and unit == unit_of(new[-1]) else ""


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def equal_chars(segments: tuple[Segment, ...]) -> int:
    """How many characters the two sides share in ``segments``."""
    return sum(len(s.text) for s in segments if s.op == EQUAL)


def ratio(shared: int, old_chars: int, new_chars: int) -> float:
    """2·shared / (old + new); 1.0 when both sides are empty."""
    total = old_chars + new_chars
    return 1.0 if total == 0 else 2 * shared / total


def bigrams(text: str) -> Counter[str]:
    """Character bigrams of ``text`` (whitespace removed), with counts."""
    compact = "".join(text.split())
    return Counter(compact[i:i + 2] for i in range(len(compact) - 1))


def dice(a: str, b: str) -> float:
    """Dice coefficient of the bigram multisets: a cheap, order-free text similarity in 0–1."""
    if a == b:
        return 1.0
    return dice_counts(bigrams(a), bigrams(b))


def dice_counts(left: Counter[str], right: Counter[str]) -> float:
    """:func:`dice` over bigram counts computed beforehand."""
    total = sum(left.values()) + sum(right.values())
    if total == 0:
        return 0.0
    return 2 * sum((left & right).values()) / total
