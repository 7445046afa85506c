"""The records quantity extraction returns.

Conventions (decided once, used everywhere):

* Offsets are end-exclusive character offsets into the text passed to ``find_quantities``;
  ``text[q.start:q.end] == q.text`` holds for the figure and for its ``item`` and
  ``period_span`` sub-spans.
* ``value`` is the single number an analyst would tabulate, already scaled
  ("2.38 million" -> 2380000.0):

  - a point figure: its value; ``low == high == value``;
  - an explicit range ("between 40 and 50", "$3bn-$4bn"): ``value`` is None, ``low``/``high``
    hold the ends (``kind == "range"``);
  - a vague amount ("tens of thousands", "dozens", "several hundred"): coded conservatively,
    as ACLED does, at the LOW end: ``value == low`` and ``high`` is the order-of-magnitude
    ceiling ("tens of thousands" -> low 10000, high 100000; "dozens" -> 12, 120;
    "hundreds" -> 100, 1000; "several"/"a few" N -> 3N, 9N; ``kind == "vague"``).
* ``unit`` is a normalised unit name: ``count``, ``percent``, ``percentage_point``
  (basis points are converted: 50 bp -> 0.5), ``money`` (with ``currency``), ``ratio``
  (multiples: "three times", "threefold", "2.5x", "doubled"), ``fraction`` ("half",
  "a third", "two-thirds", "one in five": value in 0..1), ages (``year_old``...) and
  physical units by symbol (``km``, ``kg``, ``tonne``, ``barrel``, ``MW``, ``year``...).
* ``bound`` qualifies a point value: over, at_least, under, at_most, up_to, about, nearly,
  exactly (or None).
* ``change`` is "increase" / "decrease" when the figure describes a movement;
  ``change_kind`` says how the figure relates to it: "by" (the size of the move: "rose 3%"),
  "to" (the level reached: "rose to 9.6%"), "from" (the starting level: "grew from 1.5 million
  to 2.38 million" gives two quantities, "from" and "to", never one range; a bare starting
  level takes the unit of the other end: "from 4.8 to 4.7 percent"). Without a change word,
  "from X to Y" is a range ("prices from $5 to $7"), and so are "X through Y", "three or
  four", and a lower bound joined to an upper one ("more than 10 and less than 20").
  "fell by 1 to 1.5 degrees" is a range of the move; "rose by $4bn to $9bn" is a move and a level.
* Money keeps sub-units as written: "470 pence" -> currency "GBX", value 470; "63 cents" ->
  currency "cent", value 63. Bare "francs" is "franc" (which franc is unknown). ASCII-folded
  copy is read too: "Y=28,030" is yen, "PS2.7m" pounds (but "PS5" is no figure).
* Adjectival durations in words ("a five-year plan") are not reported unless
  ``QuantityOptions.with_adjectival_durations``; a whole number between commas after a name
  ("Dara Velk, 66, said") is an age (``year_old``).
* ``period`` makes a figure a rate ("per month", "a year", "annually"); ``annualised`` is
  the value (or low end) converted to a yearly rate. "year-on-year" is not a rate: it goes
  to ``compared`` ("year_on_year").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Span  # the project's one span type

EXTRACTOR_VERSION = "quantities/3"  # 2: units shared between related figures, context ages; 3: clock times in words, calibres of lines/barrels


@dataclass(frozen=True, slots=True)
class QuantityOptions:
    """Switches for ``find_quantities``. The defaults suit general English news."""

    with_items: bool = True  # find the counted thing ("1,500 tanks" -> "tanks")
    count_one: bool = True  # report "one" as a count ("one solution"); "no one"/"one another" never
    with_fractions: bool = True  # "half the territory", "a third of"
    with_multiples: bool = True  # "three times", "doubled", "threefold"
    with_vague: bool = True  # "dozens", "tens of thousands"
    with_durations: bool = True  # "three years", "48 hours" (unit year/hour)
    # "a five-year plan", "a two-month trial": a duration in words hyphenated to the noun it
    # describes. Off: it is a property of the thing, rarely a claim (NewsQuant agrees).
    with_adjectival_durations: bool = False


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: str = "point"  # point | range | vague | fraction | multiple
    unit: str = "count"
    currency: str | None = None  # ISO 4217 code, or the currency word when unknown
    per_unit: str | None = None  # "$58 per barrel" -> "barrel" (a price per something)
    bound: str | None = None
    change: str | None = None  # increase | decrease
    change_kind: str | None = None  # by | to | from
    item: Span | None = None
    item_lemma: str | None = None
    period: str | None = None  # day | week | month | quarter | year | decade | century
    period_span: Span | None = None
    annualised: float | None = None
    compared: str | None = None  # year_on_year | month_on_month | quarter_on_quarter
    extractor_version: str = field(default=EXTRACTOR_VERSION)
