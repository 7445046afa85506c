"""A figure being built by the scanner, and the passes that relate neighbouring figures:
"from X to Y" change pairs and "more than X and less than Y" bound pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Span

_TO_GAP_RE = re.compile(
    r"^[ \u00a0,]*(?:to(?:[ \u00a0]+(?:close|end|finish|settle|stand)(?:[ \u00a0]+the[ \u00a0]+\w+)?[ \u00a0]+at)?|at)[ \u00a0]*$",
    re.I,
)
# "from $36,040 at 10.45pm last night to $34,935", "from 20 mpg in 2008 to 29 mpg": a short
# time or qualifier between the starting level and "to" (never a clause: no "and", no stop)
_FROM_TO_GAP_RE = re.compile(
    r"^[ \u00a0]+(?:(?:at|in|on|during|by|as\s+of|last|this|combined|overall|apiece|each)\b(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,32}?)[ \u00a0,]*to[ \u00a0]*$",
    re.I,
)
_CLAUSE_RE = re.compile(r"\b(?:and|but|while|whereas|which|who|that)\b|,[ \u00a0]+\w+[ \u00a0]+\w+[ \u00a0]+\w+", re.I)


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    value: float
    low: float
    high: float
    kind: str = "point"
    unit: str = "count"
    currency: str | None = None
    per_unit: str | None = None
    bound: str | None = None
    change: str | None = None
    change_kind: str | None = None
    item: Span | None = None
    item_lemma: str | None = None
    period: str | None = None
    period_span: Span | None = None
    compared: str | None = None
    from_pending: bool = False
    scaled: bool = False  # a scale word was written ("24 billion"): the value is not the bare digits
    scale: float = 1.0  # the multiplier that scale word applied
    tail: int = 0  # the furthest offset the draft consumed (item, period included)


def link_changes(drafts: list[Draft], text: str) -> None:
    """"from X to Y" and "rose 3% to $84": the second figure is the level reached ("to")."""
    for a, b in zip(drafts, drafts[1:]):
        gap = text[a.tail if a.tail <= b.start else a.end:b.start]
        if not _TO_GAP_RE.match(gap) and not _TO_GAP_RE.match(text[a.end:b.start]):
            if not (a.from_pending and _FROM_TO_GAP_RE.match(gap) and not _CLAUSE_RE.search(gap)):
                continue
        if a.from_pending:
            a.change_kind = "from"
            b.change_kind = "to"
            b.change = b.change or a.change
            # "from 4.8 to 4.7 percent", "from 208 pounds to 193": one unit for both ends
            for x, y in ((a, b), (b, a)):
                if x.unit == "count" and x.item is None and x.kind != "vague" and y.unit != "count":
                    x.unit, x.currency = y.unit, y.currency
                # "from $75 per barrel to $45": a price per unit, or a rate, at both ends
                if x.unit == y.unit == "money" and x.currency == y.currency:
                    x.per_unit = x.per_unit or y.per_unit
                    x.period = x.period or y.period
            # "from 24.2 to 33 billion euros": a scale word written once, for both ends
            if not a.scaled and b.scaled and a.kind == "point" and a.value < 1000 and b.scale > 1:
                v = a.value * b.scale
                if b.low / 20 <= v <= b.high * 20:
                    a.value = a.low = a.high = v
                    a.scaled = True
        elif a.change is not None and b.change is None:
            b.change, b.change_kind = a.change, "to"
    for d in drafts:
        if d.change_kind == "from" and d.from_pending is False:
            d.change_kind = None


_LOWER_BOUNDS = ("over", "at_least")
_UPPER_BOUNDS = ("under", "at_most", "up_to")
_PAIR_GAP_RE = re.compile(r"[ \u00a0,]*(?:and|but)[ \u00a0]+$", re.I)


def merge_bound_pairs(drafts: list[Draft], text: str) -> list[Draft]:
    """"more than 10 and less than 20", "at most 100 and at least 20": one range, when one
    figure bounds from below, the next from above, in the same unit, and they do not cross."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if (
            b is not None
            and a.kind in ("point", "fraction") and b.kind in ("point", "fraction")
            and a.bound and b.bound and (a.unit, a.currency) == (b.unit, b.currency)
            and _PAIR_GAP_RE.fullmatch(text, a.end, b.start)
        ):
            lo, hi = (a, b) if a.bound in _LOWER_BOUNDS and b.bound in _UPPER_BOUNDS else (
                (b, a) if b.bound in _LOWER_BOUNDS and a.bound in _UPPER_BOUNDS else (None, None))
            if lo is not None and hi is not None and lo.value < hi.value:
                a.kind, a.value, a.low, a.high, a.bound = "range", lo.value, lo.value, hi.value, None
                a.end, a.tail = b.end, max(a.tail, b.tail)
                a.item, a.item_lemma = a.item or b.item, a.item_lemma or b.item_lemma
                out.append(a)
                i += 2
                continue
        out.append(a)
        i += 1
    return out
