"""Figures: the same measure followed across documents.

A *figure* groups the quantity claims that measure the same thing: the same measure (the
counted item, "artillery shells", or the indicator a rate or amount describes, "inflation",
"key rate", "defence budget"), a compatible unit (counts with counts, percentages with
percentages, money in one currency), rates and non-rates kept apart ("1,500 tanks" is not
"1,500 tanks a year"), and the same subject: documents that share a named place. Rates are
compared on their annualised value.

Everything here is pure: it works on ``FigureClaim`` records the storage layer reads, so it
can be tested without a database and run wherever the data is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

LINKER_VERSION = "figures/2"  # 2: labels use the item as written

#: Relative difference below which two values agree (rounding in reporting: "about 3m").
TOLERANCE = 0.05

# How a bound widens a stated value into the interval of values it allows.
_BOUND_INTERVAL = {
    "over": (1.0, float("inf")),
    "at_least": (1.0, float("inf")),
    "under": (0.0, 1.0),
    "at_most": (0.0, 1.0),
    "up_to": (0.0, 1.0),
    "about": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "exactly": (1.0, 1.0),
}

# Words between an indicator and its figure ("inflation ROSE TO 9.6%", "budget OF $14bn").
_LINKING = frozenset(
    """rose rise rising risen fell fall falling fallen climbed climbing jumped slowed eased accelerated
    reached reaching hit hitting stood stands grew grown dropped declined increased decreased surged
    soared slipped totalled totaled amounted came raised raises raising lifted cut set kept held
    has have had was were is are will would be been being to at of by from in around an a the""".split()
)
_WORD = re.compile(r"[A-Za-z][\w'-]*|[^\sA-Za-z]")
_NOT_MEASURE = frozenset(
    """the a an its their his her our this that these those it they he she we which who what
    and or but of to at by from in on for with as than then there here also only just nearly
    about around over under more less some roughly approximately almost up down year years
    month months week weeks day days quarter percent per cent said says say told record new
    total annual estimated further another same first last next between among against after
    before since until within without into onto across through during while when where""".split()
)
# Counted items too generic to define a measure on their own ("two people familiar with ...").
_GENERIC_ITEMS = frozenset("person people one thing time way case example part other".split())


@dataclass(frozen=True, slots=True)
class FigureClaim:
    """One quantity claim, with what grouping and comparing need to know about it."""

    quantity_id: int
    doc_id: int
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    unit: str
    currency: str | None
    item_lemma: str | None
    period: str | None
    annualised: float | None
    change_kind: str | None
    sentence: str  # the claim's sentence
    figure_start: int  # offset of the figure inside ``sentence``
    places: frozenset[str] = frozenset()  # named places of the document (lower-cased)
    published: str | None = None
    outlet: str | None = None
    asserted_by: str | None = None
    modality: str | None = None
    copies: int = 1  # places the document was seen (syndication)
    item_text: str | None = None  # the counted item as written ("artillery shells"), for labels


@dataclass(frozen=True, slots=True)
class FigureKey:
    measure: str
    unit: str  # count | percent | percentage_point | money:USD | ...
    rate: bool  # a rate ("per month", "a year") or a level / stock


@dataclass
class Figure:
    key: FigureKey
    subject: str | None
    claims: list[FigureClaim] = field(default_factory=list)

    @property
    def label(self) -> str:
        unit = {"count": "", "percent": " (%)", "percentage_point": " (points)"}.get(
            self.key.unit, f" ({self.key.unit.split(':', 1)[-1]})"
        )
        rate = " per year" if self.key.rate else ""
        where = f"{self.subject}: " if self.subject else ""
        return f"{where}{self._measure_as_written()}{unit}{rate}"

    def _measure_as_written(self) -> str:
        """The counted item as most claims write it ("artillery shells"), else the measure."""
        counts: dict[str, int] = {}
        for c in self.claims:
            if c.item_text and c.item_lemma == self.key.measure:
                written = c.item_text.lower()
                counts[written] = counts.get(written, 0) + 1
        return max(sorted(counts), key=lambda w: counts[w]) if counts else self.key.measure


def indicator(sentence: str, figure_start: int) -> str | None:
    """The measure a figure without a counted item describes: the noun phrase before it
    ("Inflation reached 9.6 percent" -> "inflation"; "raised its key rate to 17.5%" -> "key rate")."""
    words = _WORD.findall(sentence[:figure_start])[-10:]
    while words and words[-1].lower() in _LINKING:
        words.pop()
    # "inflation in Velmora reached": the place names the subject, not the measure
    while len(words) > 2 and words[-1][:1].isupper():
        k = len(words) - 1
        while k > 0 and words[k][:1].isupper():
            k -= 1
        if words[k].lower() in ("in", "of", "for", "at", "across"):
            words = words[:k]
        else:
            break
    if not words or not words[-1].isalpha() or words[-1].lower() in _NOT_MEASURE:
        return None
    from ..extract.quantities.items import lemma

    head = lemma(words[-1])
    before = words[-2].lower() if len(words) > 1 else ""
    if before.isalpha() and before not in _NOT_MEASURE and before not in _LINKING and not before.endswith("ed"):
        return f"{before} {head}"
    return head


def key_of(claim: FigureClaim) -> FigureKey | None:
    """What a claim measures, or None when it is not comparable (no measure, a ratio...)."""
    if claim.unit in ("ratio", "fraction") or claim.change_kind == "by":
        return None  # multiples, shares and sizes of moves are relative: nothing to line up
    measure = claim.item_lemma if claim.item_lemma not in _GENERIC_ITEMS else None
    if claim.unit == "count" and claim.item_lemma and not measure:
        return None
    if claim.unit != "count" or not measure:
        measure = measure or indicator(claim.sentence, claim.figure_start)
    if not measure:
        return None
    unit = f"money:{claim.currency or '?'}" if claim.unit == "money" else claim.unit
    return FigureKey(measure, unit, claim.period is not None)


def interval(claim: FigureClaim) -> tuple[float, float] | None:
    """The values a claim allows, annualised for rates ("over 4%" -> (4, inf))."""
    scale = 1.0
    base = claim.value if claim.value is not None else claim.low
    if claim.period is not None and claim.annualised is not None and base:
        scale = claim.annualised / base
    if claim.value is None:
        if claim.low is None or claim.high is None:
            return None
        return claim.low * scale, claim.high * scale
    if claim.low is not None and claim.high is not None and claim.high > claim.low:
        return claim.low * scale, claim.high * scale  # vague amounts: "tens of thousands"
    lo, hi = _BOUND_INTERVAL.get(claim.bound or "", (1.0, 1.0))
    v = claim.value * scale
    return (v * lo, v * hi) if v >= 0 else (v * hi, v * lo)


def agree(a: tuple[float, float], b: tuple[float, float], tolerance: float = TOLERANCE) -> bool:
    """Whether two intervals overlap, allowing for rounding."""
    lo = max(a[0], b[0])
    hi = min(a[1], b[1])
    if lo <= hi:
        return True
    gap = lo - hi
    scale = max(abs(lo), abs(hi), 1e-9)
    return gap / scale <= tolerance


def group(claims: Iterable[FigureClaim]) -> list[Figure]:
    """Claims grouped into figures: same key, documents linked by a shared named place.

    Documents that name no place form one group per key: a corpus about one country still
    lines up, and two countries' inflation figures do not mix once their articles name them.
    """
    by_key: dict[FigureKey, list[FigureClaim]] = {}
    for c in claims:
        k = key_of(c)
        if k is not None:
            by_key.setdefault(k, []).append(c)
    figures: list[Figure] = []
    for k in sorted(by_key, key=lambda x: (x.measure, x.unit, x.rate)):
        members = sorted(by_key[k], key=lambda c: (c.published or "", c.doc_id, c.quantity_id))
        for component in _by_shared_place(members):
            figures.append(Figure(k, _subject(component), component))
    return figures


def _by_shared_place(claims: Sequence[FigureClaim]) -> list[list[FigureClaim]]:
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    no_place: int | None = None
    for i, c in enumerate(claims):
        if not c.places:
            if no_place is None:
                no_place = i
            else:
                parent[find(i)] = find(no_place)
        for place in c.places:
            if place in first_with:
                parent[find(i)] = find(first_with[place])
            else:
                first_with[place] = i
    groups: dict[int, list[FigureClaim]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(find(i), []).append(c)
    return list(groups.values())


def _subject(claims: Sequence[FigureClaim]) -> str | None:
    counts: dict[str, int] = {}
    for c in claims:
        for p in c.places:
            counts[p] = counts.get(p, 0) + 1
    if not counts:
        return None
    best = max(sorted(counts), key=lambda p: counts[p])
    return best.title() if best.islower() else best


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a figure's timeline shows."""

    disputed: bool
    disagreements: tuple[tuple[int, int], ...]  # pairs of quantity ids whose values differ
    repeated: tuple[tuple[int, ...], ...]  # quantity ids reporting the same value, first appearance first
    changes: tuple[tuple[int, int], ...]  # (earlier, later) quantity ids: the value moved on


_PLANS = frozenset({"target", "official_statement", "projection"})


def assess(figure: Figure, tolerance: float = TOLERANCE) -> Assessment:
    """Disagreements, repetitions and changes among a figure's claims.

    Claims are first pooled by value (claims that agree with each other, in date order).
    Claims from one document, or from syndicated copies of it, are one report: they never
    confirm each other, and copies count as repetition. Two pools that disagree are a
    *change* when one replaced the other (every report of the old value predates every
    report of the new one and both are stated plans or official figures, e.g. a target
    raised from 1.5 to 2.38 million), and a *disagreement* otherwise. A "from" value
    ("raised from 1.5 million") describes the past and disputes nothing.
    """
    items = [(c, interval(c)) for c in figure.claims if c.change_kind != "from"]
    items = [(c, iv) for c, iv in items if iv is not None]
    pools: list[list[tuple[FigureClaim, tuple[float, float]]]] = []
    for c, iv in items:
        for pool in pools:
            if all(agree(iv, other, tolerance) for _, other in pool):
                pool.append((c, iv))
                break
        else:
            pools.append([(c, iv)])
    disagreements: list[tuple[int, int]] = []
    changes: list[tuple[int, int]] = []
    for i, a in enumerate(pools):
        for b in pools[i + 1 :]:
            pairs = [(x, y) for x, ix in a for y, iy in b if x.doc_id != y.doc_id and not agree(ix, iy, tolerance)]
            if not pairs:
                continue
            if _replaced(a, b) or _replaced(b, a):
                old, new = (a, b) if _replaced(a, b) else (b, a)
                before = [c for c, iv in old if _precise(iv)]
                after = [c for c, iv in new if _precise(iv)]
                changes.append((before[-1].quantity_id, after[0].quantity_id))
            else:
                disagreements.extend((x.quantity_id, y.quantity_id) for x, y in pairs)
    repeated = tuple(
        tuple(c.quantity_id for c, _ in pool)
        for pool in pools
        if len({c.doc_id for c, _ in pool}) > 1 or any(c.copies > 1 for c, _ in pool)
    )
    return Assessment(bool(disagreements), tuple(disagreements), repeated, tuple(changes))


def _precise(iv: tuple[float, float]) -> bool:
    return iv[1] != float("inf") and abs(iv[1] - iv[0]) <= 0.1 * max(abs(iv[0]), abs(iv[1]), 1e-9)


def _replaced(old: list, new: list) -> bool:
    # a wide range ("1.5 million to 2.38 million") agrees with both values: it dates neither
    old_dates = [c.published or "" for c, iv in old if _precise(iv)]
    new_dates = [c.published or "~" for c, iv in new if _precise(iv)]
    if not old_dates or not new_dates:
        return False
    last_old, first_new = max(old_dates), min(new_dates)
    plans = all(c.modality in _PLANS for c, _ in old + new)
    return bool(last_old) and last_old[:10] < first_new[:10] and plans
