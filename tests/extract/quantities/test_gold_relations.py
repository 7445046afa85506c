"""Gold cases for the third pass: units shared between figures, ages named by context,
context-read unit symbols, hyphenated and coordinated items, pence, scientific notation.
Own sentences, fictional places, outlets and people. Same format as ``test_gold_forms``."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.extract.quantities import find_quantities
from ._gold import check_gold

M = 1e6
B = 1e9

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- a unit shared between related figures ---
    ("Velk has raised only 280 million of the 1.5 billion shekels he needs.", "280 million",
     {"value": 280 * M, "unit": "money", "currency": "ILS"}),
    ("Orvo sold 40,000 of the 90,000 tonnes on offer.", "40,000", {"unit": "tonne"}),
    ("Only 22 of the 30 planned bridges were finished.", "22", {"item_text": "planned bridges", "item_lemma": "bridge"}),
    ("Nearly two-thirds of the combined 4.3M print and digital copies went abroad.", "Nearly two-thirds",
     {"unit": "fraction", "item_lemma": "copy"}),
    ("Rates will rise 2, 3 and 4 percent over three years.", "2", {"unit": "percent"}),
    ("Rates will rise 2, 3 and 4 percent over three years.", "3", {"unit": "percent"}),
    ("The Lorvik index increased by 2 percent but the Vostra index decreased by 1.", "1",
     {"unit": "percent", "change": "decrease"}),
    ("The Kesto-40 ended down 1% at 1,463.78 points, while the Kesto-90 lost 1.1% to end at 1,334.20.",
     "1,334.20", {"item_lemma": "point", "change": "decrease", "change_kind": "to"}),
    ("Diamonds score between 50 and 70 on the GPa scale.", "50 and 70", {"unit": "GPa", "kind": "range"}),
    ("The cell ran at a density of 1.3 A/cm2 to 0.03 A/cm2.", "1.3 A/cm2 to 0.03 A/cm2",
     {"kind": "range", "low": 1.3, "high": 0.03, "unit": "A/cm2"}),
    # --- from X ... to Y ---
    ("The token plunged from $36,040 at 10.45pm on Monday to $34,935 at dawn.", "$34,935",
     {"change_kind": "to", "change": "decrease"}),
    ("Mileage improved from 20 miles per gallon in 2008 to 29 mpg in 2020.", "29 mpg",
     {"change_kind": "to", "unit": "mpg"}),
    ("Prices fell from $75 per barrel to $45.88 by December.", "$45.88", {"per_unit": "barrel"}),
    ("Kestovia expects the value to grow from 24.2 to 33 billion euros.", "24.2",
     {"value": 24.2 * B, "currency": "EUR", "change_kind": "from"}),
    ("Orvo revised its forecast from 5 to 7 per cent to 3 to 5 per cent.", "5 to 7 per cent",
     {"kind": "range", "low": 5, "high": 7}),
    # --- a rate named after a conversion in brackets ---
    ("Vostra's 9 billion shekels ($2.4 billion) a year tobacco trade.", "9 billion shekels", {"period": "year"}),
    # --- ages named by context ---
    ("Teams may field 17 players over the age of 21.", "21", {"unit": "year_old"}),
    ("Dara Velk will be 35 by the end of the season, and she turns 36 in May next year.", "36", {"unit": "year_old"}),
    ("He will be 35 by the end of the year.", "35", {"unit": "year_old"}),
    ("Life expectancy for men in Norland is around 73, the report says.", "around 73",
     {"unit": "year_old", "bound": "about"}),
    # --- units and symbols ---
    ("The ice has a 12 C melting point.", "12 C", {"unit": "degC"}),
    ("Highs of 31C are forecast for the weekend.", "31C", {"unit": "degC"}),
    ("The capacitor stored 2.5 F of charge.", "2.5 F", {"unit": "farad"}),
    ("The plan offers 54GB of data and 100Mbps speeds.", "100Mbps", {"unit": "Mbit/s"}),
    ("The chip holds 16 Gb of memory.", "16 Gb", {"unit": "Gbit"}),
    ("The ferry cruised at 30 knots.", "30 knots", {"unit": "knot"}),
    ("The engine makes 450 Nm (332 lb-ft) of torque.", "332 lb-ft", {"unit": "lb-ft"}),
    ("The concert ticket cost 150 kn in Split.", "150 kn", {"unit": "money", "currency": "HRK"}),
    ("The sun weighs about 1.99×10−30 kilograms.", "about 1.99×10−30 kilograms", {"value": 1.99e-30, "unit": "kg"}),
    ("The probe saw 3 x 10^6 particles.", "3 x 10^6", {"value": 3e6}),
    ("Shares in Orvo closed at 118.5p, down 2.5 p.", "118.5p", {"unit": "money", "currency": "GBX", "value": 118.5}),
    ("Shares in Orvo closed at 118.5p, down 2.5 p.", "2.5 p", {"currency": "GBX", "change": "decrease"}),
    # --- items ---
    ("The coupe comes with four-, five- and six-cylinder engines.", "four", {"item_lemma": "cylinder"}),
    ("The coupe comes with four-, five- and six-cylinder engines.", "six", {"item_lemma": "cylinder"}),
    ("He hit 32.3% from three-point range.", "three", {"item_lemma": "point"}),
    ("The council approved a 12-storey block.", "12", {"item_lemma": "storey"}),
    ("A 20-strong crew boarded the ship.", "20", {"item_text": "crew"}),
    ("The clinic procured thousands of COVID-19 tests.", "thousands", {"item_text": "COVID-19 tests", "item_lemma": "test"}),
    ("The firm runs 15 deep and surface mines.", "15", {"item_text": "deep and surface mines", "item_lemma": "mine"}),
    ("A third of the Lorvik population lives on the coast.", "A third", {"item_text": "Lorvik population"}),
    ("One US fluid ounce is 1/16 of a US pint.", "1/16", {"item_text": "US pint", "item_lemma": "pint"}),
    ("One US fluid ounce is 1/16 of a US pint.", "One", {"item_lemma": "ounce"}),
    ("The club hopes to add another pick or two in the draft.", "two", {"item_text": "pick"}),
    ("Results are due in a day or two.", "two", {"unit": "day"}),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_gold_relations(text: str, span: str, fields: dict[str, Any]) -> None:
    check_gold(text, span, fields)


# What must NOT be related, aged, or read as a unit.
def _units(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    "The Kesto-500 rose 0.2% and the sp 500 is poised to drop 0.2%.",
    "Orvo launched the Vela 11 Pro and 11 Pro Max on Friday.",
    "The office is at 9 E 71st St in Lorvik.",
    "Write to Velk House, Lorvik M21 9AB for details.",
    "Vostra slipped towards the bottom three on Saturday.",
])
def test_names_codes_and_ranks_are_not_counts(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit == "count" and q.item is None] == []


def test_restated_figure_keeps_its_own_unit() -> None:
    # ", or 50%" restates 27 million as a share: it is no list member
    assert ("27 million", "count") in _units("It compares with 27 million, or 50%, of adults.")


def test_parallel_move_of_another_order_takes_no_unit() -> None:
    units = _units("Sales rose 7% last year, up 23,600 to 27,700.")
    assert ("23,600", "count") in units


def test_one_of_a_measured_thing_is_no_measure() -> None:
    qs = find_quantities("She goes in as one of the 800 metres favourites.")
    assert [q.unit for q in qs if q.text == "one"] in ([], ["count"])


def test_move_then_level_is_not_a_unit_range() -> None:
    qs = find_quantities("Demand grew by 80,000 barrels a day to 84 million barrels a day.")
    assert all(q.kind != "range" for q in qs)
    qs = find_quantities("He stepped down from his favoured 400m to 200m.")
    assert all(q.kind != "range" for q in qs)


@pytest.mark.parametrize("text", [
    "She was 35 points clear of Velk.",
    "He is one of the most gifted players in Norland.",
    "Seat 12C was empty on the Lorvik flight.",
    "Vitamin levels of 30 C were logged.",
    "The Olympic 4x100m relay team won gold.",
])
def test_no_age_or_temperature_without_context(text: str) -> None:
    assert all(q.unit not in ("year_old", "degC", "degF") for q in find_quantities(text))
    assert all(abs(q.value or 0) >= 1e-3 or q.value == 0 for q in find_quantities(text))


def test_video_format_is_no_price() -> None:
    assert all(q.currency != "GBX" for q in find_quantities("The set shows 1080p video."))


def test_hyphen_modifiers_are_no_items() -> None:
    qs = find_quantities("The four-time champion joined 80-odd rivals.")
    assert all(q.item is None or q.item.text not in ("time", "odd") for q in qs)
