"""Units shared between figures of one sentence.

English names a unit once for several figures that stand in a fixed relation to each other;
the figures written bare get it from their partner:

* a part and its whole: "280 million of the 1.5 billion shekels", "two-thirds of the combined
  4.3M sales" (the part is counted in the whole's unit or thing);
* a list: "2, 3 and 4 percent", "5 or 6 km" (when the range parser did not already join them);
* parallel moves: "X increased by 2 percent but Y decreased by 1", "A ended at 1,463 points
  while B ended at 1,334" (the second, bare move is in the unit of the first of its kind);
* a scale named after the figure: "between 50 and 70 on the GPa scale".

Only a figure with nothing of its own (unit ``count``, no counted item) ever takes a unit,
and never across a sentence end. Runs on the scanner's drafts before they are finished.
"""

from __future__ import annotations

import re

from . import units
from .draft import Draft

_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter"})
_SHARE_GAP_RE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:(?:the|its|their|his|her|our|this|that|these|those|a|an)[ \u00a0]+)?"
    r"(?:(?:combined|total|overall|entire|whole|planned|estimated|available|targeted|promised|pledged|required|needed|"
    r"original|initial|remaining|reported|budgeted|allocated|projected)[ \u00a0]+)?"
)
# ", or" is left out on purpose: "27 million, or 50%" restates a figure, it does not list one
_LIST_GAP_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")
_SENTENCE_END_RE = re.compile(r"[.!?;][\"'”’)]*(?:\s|$)|\n")
_SCALE_NAMED_RE = re.compile(r"[ \u00a0]+on[ \u00a0]+the[ \u00a0]+(?P<u>[A-Za-z/²0-9]+)[ \u00a0]+scale\b")
_PARALLEL_WINDOW = 160


def _bare(d: Draft) -> bool:
    """A figure that names no unit, currency or counted thing of its own."""
    return d.unit == "count" and d.item is None and d.kind in ("point", "range", "vague") and d.currency is None


def _has_unit(d: Draft) -> bool:
    return d.unit not in ("count", "fraction", "ratio", "year_old") and d.unit not in _DURATIONS


def _take_unit(x: Draft, y: Draft, with_item: bool) -> None:
    x.unit, x.currency, x.per_unit = y.unit, y.currency, y.per_unit
    if x.period is None and y.period is not None:
        x.period = y.period
    if with_item and y.item is not None:
        x.item, x.item_lemma = y.item, y.item_lemma


def _comparable(x: float, y: float, ratio: float) -> bool:
    """Two figures in one unit are of one order: "increased by 2 percent ... decreased by 1",
    not "rose 7% ... up 23,600"."""
    x, y = abs(x), abs(y)
    if x == 0 or y == 0:
        return x == y
    return max(x, y) / min(x, y) <= ratio


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENTENCE_END_RE.search(text, a, b) is None


def share_units(drafts: list[Draft], text: str) -> None:
    """A part "of the" whole, and bare list members, take the unit of the figure after them."""
    for a, b in zip(drafts, drafts[1:]):
        gap_start = a.tail if a.tail <= b.start else a.end
        if not _SHARE_GAP_RE.fullmatch(text, gap_start, b.start):
            continue
        if a.kind != "fraction" and _bare(a) and a.value <= (b.high if b.kind == "range" else b.value):
            # a part is no larger than its whole; "one of the 800 metres favourites" takes no unit
            if (_has_unit(b) and a.value != 1) or (b.unit == "count" and b.item is not None):
                _take_unit(a, b, with_item=True)  # "280 million of the 1.5 billion shekels"
        elif a.kind == "fraction" and a.unit == "fraction" and a.item is None and b.item is not None:
            a.item, a.item_lemma = b.item, b.item_lemma  # "two-thirds of the 4.3M sales"
    # lists run right to left: in "2, 3 and 4 percent" the first member reaches the unit through
    # the second; a comma alone links only inside such a list (else it may part two clauses)
    linked: set[int] = set()
    for i in range(len(drafts) - 2, -1, -1):
        a, b = drafts[i], drafts[i + 1]
        if not (_bare(a) and a.kind == b.kind == "point" and _has_unit(b) and b.change_kind is None):
            continue
        m = _LIST_GAP_RE.fullmatch(text, a.tail if a.tail <= b.start else a.end, b.start)
        if m and (re.search(r"and", m.group(0)) or i + 1 in linked) and _comparable(a.value, b.value, 10):
            _take_unit(a, b, with_item=False)
            linked.add(i)


def parallel_units(drafts: list[Draft], text: str) -> None:
    """A bare move takes the unit of the previous move of the same kind in its sentence:
    "the DAX increased by 2 percent but the Nasdaq decreased by 1"."""
    for i, b in enumerate(drafts):
        if not (_bare(b) and b.change is not None and b.change_kind in ("by", "to") and b.kind == "point"):
            continue
        for a in reversed(drafts[:i]):
            if b.start - a.end > _PARALLEL_WINDOW or not _same_sentence(text, a.end, b.start):
                break
            if a.change is None or a.change_kind != b.change_kind:
                continue
            if _has_unit(a) and a.kind in ("point", "range") and _comparable(a.value if a.kind == "point" else a.high, b.value, 20):
                _take_unit(b, a, with_item=False)
            elif a.unit == "count" and a.item_lemma == "point":
                b.item, b.item_lemma = a.item, a.item_lemma  # index levels: "1,463 points"
            break


def named_scale(drafts: list[Draft], text: str) -> None:
    """"between 50 and 70 on the GPa scale": the unit named as the scale."""
    for d in drafts:
        if not _bare(d):
            continue
        m = _SCALE_NAMED_RE.match(text, d.tail)
        if m:
            u = units.unit_after(text, m.start("u") - 1)
            if u and u[0] == m.end("u") and _has_unit_name(u[1]):
                d.unit = u[1]


def _has_unit_name(unit: str) -> bool:
    return unit not in _DURATIONS and not unit.endswith("_old")


_FROM_BEFORE_RE = re.compile(r"(?<![A-Za-z])from\b[^.;,]*$", re.I)  # "down from his 400m to 200m": a move
_BY_BEFORE_RE = re.compile(r"(?<![A-Za-z])by[ \u00a0]+$", re.I)  # "by 80,000 b/d to 84 million b/d": a move, a level
_UNIT_RANGE_GAP_RE = re.compile(r"[ \u00a0]+to[ \u00a0]+|[ \u00a0]*[-–][ \u00a0]*")


def unit_ranges(drafts: list[Draft], text: str) -> list[Draft]:
    """"1.3 A/cm2 to 0.03 A/cm2", "5 km to 10 km": one range when the unit is written at both
    ends (the range parser joins "5 to 10 km" itself). Never a move ("rose 3% to 5%")."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if (b is not None and a.kind == b.kind == "point" and a.unit == b.unit and _has_unit(a) and a.unit != "money"
                and a.change is None and b.change is None and a.change_kind is None and b.change_kind is None
                and not a.from_pending and a.bound is None and b.bound is None and a.period == b.period
                and _UNIT_RANGE_GAP_RE.fullmatch(text, a.tail, b.start)
                and not _FROM_BEFORE_RE.search(text, max(0, a.start - 40), a.start)
                and not _BY_BEFORE_RE.search(text, max(0, a.start - 6), a.start)
                and _comparable(a.value, b.value, 100)):
            a.kind, a.low, a.high = "range", a.value, b.value
            a.end, a.tail = b.end, max(a.tail, b.tail)
            out.append(a)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def relate(drafts: list[Draft], text: str) -> list[Draft]:
    """All the passes, in the order they depend on each other."""
    drafts = unit_ranges(drafts, text)
    named_scale(drafts, text)
    share_units(drafts, text)
    parallel_units(drafts, text)
    return drafts
