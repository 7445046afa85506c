"""Gold cases for number forms, ranges, currencies and exclusions added in the second pass
(own sentences, fictional places and people). Same format as ``test_gold``."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.extract.quantities import QuantityOptions, find_quantities
from ._gold import check_gold

M = 1e6
B = 1e9

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- number forms ---
    ("The convoy needed one and a half days to cross.", "one and a half days", {"value": 1.5, "unit": "day"}),
    ("Engineers laid five and a quarter kilometres of track.", "five and a quarter kilometres", {"value": 5.25, "unit": "km"}),
    ("Lorvik has 3 million and a half residents.", "3 million and a half", {"value": 3.5 * M}),
    ("Valoria owes five and a half million dollars.", "five and a half million dollars", {"value": 5.5 * M, "currency": "USD"}),
    ("The archive keeps one hundred and three quarters of a shelf.", "one hundred and three quarters", {"value": 100.75}),
    ("Farmers sold 3 dozen eggs at the market.", "3 dozen", {"value": 36, "item_lemma": "egg"}),
    ("Farmers sold three dozens eggs.", "three dozens", {"value": 36}),
    ("The crate held three hundred and two dozens bottles.", "three hundred and two dozens", {"value": 324}),
    ("Officials counted 3 hundred and 21 ballots.", "3 hundred and 21", {"value": 321, "item_lemma": "ballot"}),
    ("The fund holds 4 thousand 3 hundred and 21 bonds.", "4 thousand 3 hundred and 21", {"value": 4321}),
    ("The state owes 6 crore and two hundred rupees.", "6 crore and two hundred rupees", {"value": 60_000_200, "currency": "INR"}),
    ("Rebels fired 2 hundred million rounds.", "2 hundred million", {"value": 200 * M, "item_lemma": "round"}),
    ("Orvo booked sales of 1.2b last year.", "1.2b", {"value": 1.2 * B}),
    ("The queue reached 2.33 k people.", "2.33 k", {"value": 2330}),
    ("Investors lost 2mil in the scheme.", "2mil", {"value": 2 * M}),
    ("About ⅔ of the wells are dry.", "About ⅔", {"value": 2 / 3, "unit": "fraction", "bound": "about", "item_lemma": "well"}),
    ("The pipe is 2½ metres wide.", "2½ metres", {"value": 2.5, "unit": "m"}),
    ("The plant lost two thirds of a million litres.", "two thirds of a million litres", {"value": 2 / 3 * M, "unit": "litre"}),
    ("The port handled a quarter million containers.", "a quarter million", {"value": 250000, "item_lemma": "container"}),
    ("The city planted half million trees.", "half million", {"value": 500000}),
    ("The sprint was decided by a hundredth of a second.", "a hundredth", {"value": 0.01, "unit": "fraction"}),
    ("Some 3 in 10 voters backed the reform.", "Some 3 in 10", {"value": 0.3, "unit": "fraction", "item_lemma": "voter"}),
    ("Two out of five hundred sets failed.", "Two out of five hundred", {"value": 0.004}),
    ("The final score was nought.", "nought", {"value": 0}),
    # --- percent ---
    ("Turnout hit 100 percentage in Orsk.", "100 percentage", {"unit": "percent", "value": 100}),
    ("Support slipped 2 percentage points.", "2 percentage points", {"unit": "percentage_point"}),
    # --- ranges and bounds ---
    ("Prices range from 200 to 300 in Kestovia.", "200 to 300", {"kind": "range", "low": 200, "high": 300}),
    ("Tickets cost from $5 to $7 at the gate.", "$5 to $7", {"kind": "range", "low": 5, "high": 7, "currency": "USD"}),
    ("Pupils aged 20 through 30 qualify.", "20 through 30", {"kind": "range", "low": 20, "high": 30}),
    ("He served three or four years in Vostra.", "three or four years", {"kind": "range", "low": 3, "high": 4, "unit": "year"}),
    ("Readers sent more than 10 and less than 20 letters.", "more than 10 and less than 20", {"kind": "range", "low": 10, "high": 20, "bound": None}),
    ("The depot holds at most 100 and at least 20 trucks.", "at most 100 and at least 20", {"kind": "range", "low": 20, "high": 100}),
    ("The ledger lists 1000-5000 entries.", "1000-5000", {"kind": "range", "low": 1000, "high": 5000}),
    ("Temperatures dropped by 1 to 1.5 degrees.", "1 to 1.5 degrees", {"kind": "range", "low": 1, "high": 1.5, "unit": "degree"}),
    ("Guidance fell to the $89 to $93 billion range.", "$89 to $93 billion", {"low": 89 * B, "high": 93 * B}),
    ("Claims ranged from $200 to $4 million.", "$200 to $4 million", {"low": 200, "high": 4 * M}),
    ("Bids came in from $370,000 to $5.5 million.", "$370,000 to $5.5 million", {"low": 370000, "high": 5.5 * M}),
    ("The number is above 1500 and climbing.", "above 1500", {"bound": "over", "value": 1500}),
    ("Losses exceeded $2bn in Norland.", "exceeded $2bn", {"bound": "over", "value": 2 * B}),
    ("Children aged 5 and under travel free.", "5 and under", {"bound": "at_most", "value": 5}),
    ("Scores of 200 or greater win a prize.", "200 or greater", {"bound": "at_least"}),
    # --- changes: from/to pairs and moves ---
    ("Output rose from 4.8 to 5.1 percent.", "4.8", {"unit": "percent", "change_kind": "from", "change": "increase"}),
    ("Output rose from 4.8 to 5.1 percent.", "5.1 percent", {"unit": "percent", "change_kind": "to"}),
    ("The deficit increased by $43.6 billion to $419.2 billion.", "$43.6 billion", {"kind": "point", "change_kind": "by"}),
    ("The deficit increased by $43.6 billion to $419.2 billion.", "$419.2 billion", {"kind": "point", "change_kind": "to"}),
    ("Sales fell 0.6% to 309,381 yen.", "309,381 yen", {"kind": "point", "currency": "JPY", "value": 309381}),
    # --- currencies ---
    ("Shares closed at 470 pence.", "470 pence", {"unit": "money", "currency": "GBX", "value": 470}),
    ("The dividend is 63 cents a share.", "63 cents", {"unit": "money", "currency": "cent", "value": 63, "per_unit": "share"}),
    ("The stake sold for 1,015 francs a share.", "1,015 francs", {"currency": "franc"}),
    ("The stake sold for 900 Swiss francs.", "900 Swiss francs", {"currency": "CHF"}),
    ("The fund lost 30 MUSD last year.", "30 MUSD", {"value": 30 * M, "currency": "USD"}),
    ("They lost 75 USD million in Orsk.", "75 USD million", {"value": 75 * M, "currency": "USD"}),
    ("The bill cost c $ 300 million.", "c $ 300 million", {"value": 300 * M, "currency": "CAD"}),
    ("The deal is worth hk $ 10 billion.", "hk $ 10 billion", {"currency": "HKD"}),
    ("Kestovia signed a $48 million deal.", "$48 million", {"currency": "USD"}),
    ("The bid was a one-yen offer.", "one-yen", {"value": 1, "currency": "JPY"}),
    ("The fine was PS2.7m last year.", "PS2.7m", {"value": 2.7 * M, "currency": "GBP"}),
    ("Orvo fell to Y=28,030 in Tokyo.", "Y=28,030", {"value": 28030, "currency": "JPY"}),
    ("Supply is capped at ₿21,000,000.", "₿21,000,000", {"currency": "BTC"}),
    ("The ticket costs 100 ₾ in Tbilisi.", "100 ₾", {"currency": "GEL"}),
    # --- units, periods, ages, items ---
    ("The engine makes 275 pound-feet of torque.", "275 pound-feet", {"unit": "lb-ft"}),
    ("The coupe delivers 640bhp.", "640bhp", {"unit": "bhp"}),
    ("Sea levels rise 11 feet per century.", "11 feet", {"unit": "ft", "period": "century", "annualised": 0.11}),
    ("Valorian revenue was $6.8 billion a year earlier.", "$6.8 billion", {"period": None}),
    ("Dara Velk, 66, resigned on Friday.", "66", {"unit": "year_old"}),
    ("The band sold 300 recorded songs.", "300", {"item_text": "recorded songs", "item_lemma": "song"}),
    ("The sprinter ran 9.58s in Lorvik.", "9.58s", {"unit": "second"}),
    ("Pour a third of a pint.", "a third", {"unit": "fraction", "item_lemma": "pint"}),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_gold_forms(text: str, span: str, fields: dict[str, Any]) -> None:
    check_gold(text, span, fields)


# --- not figures (or not these figures) ---
NOT_FIGURES: list[str] = [
    "The PS5 sold out in Lorvik.",
    "The team reached the last-32 draw.",
    "The under-21 side won.",
    "It happened at 16-18 Harbour Road.",
    "The match ended 89-89.",
    "Orvo launched the iPhone 11 today.",
    "The Model 3s were recalled.",
    "Her 2018s were strong.",
    "Homes in the 90210 ZIP Code sold fast.",
    "Kestovia tested COVID -19 kits.",
    "The army ran a five-year plan.",
    "Trading ended this half.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert [q.text for q in find_quantities(text)] == []


def test_adjectival_duration_kept_on_request() -> None:
    qs = find_quantities("The army ran a five-year plan.", QuantityOptions(with_adjectival_durations=True))
    assert [(q.text, q.unit, q.value) for q in qs] == [("five-year", "year", 5.0)]


def test_one_before_a_figure_is_not_a_count() -> None:
    qs = find_quantities("The port hosts just one 52,000 barrel-a-day refinery.")
    assert [q.value for q in qs] == [52000.0]


def test_two_large_figures_joined_by_and_stay_apart() -> None:
    qs = find_quantities("It cost $2 million and 300 jobs.")
    assert [q.text for q in qs] == ["$2 million", "300"]


def test_bounds_that_cross_stay_two_figures() -> None:
    qs = find_quantities("More than 40 and less than 10 were named.")
    assert [(q.bound, q.value) for q in qs] == [("over", 40.0), ("under", 10.0)]


def test_n_in_m_needs_the_smaller_first() -> None:
    assert [q.value for q in find_quantities("The result is 8 in 5.")] == [8.0, 5.0]
    assert all(q.unit != "fraction" for q in find_quantities("Sales rose 2 in 2009."))
