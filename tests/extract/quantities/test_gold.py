"""Hand-checked gold cases for quantity extraction (own sentences, fictional places).

Each case: a sentence, the exact span of the figure, and the fields it must carry.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.extract.quantities import find_quantities

from ._gold import check_gold

M = 1e6
B = 1e9

# (sentence, span text, expected fields)
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- number forms ---
    ("The ministry counted 1,234,567 ballots.", "1,234,567", {"value": 1234567, "unit": "count", "item_text": "ballots"}),
    ("Inflation stood at 1.5 in Valoria.", "1.5", {"value": 1.5}),
    ("The army of Norland has 2.38 million personnel.", "2.38 million", {"value": 2.38 * M, "item_text": "personnel", "item_lemma": "personnel"}),
    ("Kestovia fields 1,500 tanks on the border.", "1,500", {"value": 1500, "item_lemma": "tank"}),
    ("Profit reached $1.13bn last year.", "$1.13bn", {"value": 1.13 * B, "unit": "money", "currency": "USD"}),
    ("The club was sold for £600m.", "£600m", {"value": 600 * M, "currency": "GBP"}),
    ("The plan costs 1.2 trillion rubles.", "1.2 trillion rubles", {"value": 1.2e12, "currency": "RUB"}),
    ("Brussels pledged €3.5 billion to the fund.", "€3.5 billion", {"value": 3.5 * B, "currency": "EUR"}),
    ("Temperatures fell to -12 overnight in Orsk.", "-12", {"value": -12}),
    ("The village has four schools.", "four", {"value": 4, "item_lemma": "school"}),
    ("Officials hired twenty-five inspectors.", "twenty-five", {"value": 25, "item_lemma": "inspector"}),
    ("Rescuers found one hundred and fifty survivors.", "one hundred and fifty", {"value": 150, "item_lemma": "survivor"}),
    ("The strike involved two million workers.", "two million", {"value": 2 * M, "item_lemma": "worker"}),
    ("The port handles half a million containers.", "half a million", {"value": 500000, "item_lemma": "container"}),
    ("A million visitors came to Lorvik.", "A million", {"value": 1 * M, "item_lemma": "visitor"}),
    ("She bought a dozen eggs.", "a dozen", {"value": 12, "item_lemma": "egg"}),
    ("The regiment has 4 000 soldiers.", "4 000", {"value": 4000, "item_lemma": "soldier"}),
    ("The fund holds 12\u00a0500 bonds.", "12\u00a0500", {"value": 12500, "item_lemma": "bond"}),
    ("The firm raised 10k donors.", "10k", {"value": 10000}),
    ("Analysts expect 3.4 mn barrels.", "3.4 mn barrels", {"value": 3.4 * M, "unit": "barrel"}),
    # --- currencies ---
    ("The bridge cost C$45 million.", "C$45 million", {"value": 45 * M, "currency": "CAD"}),
    ("The tower was valued at A$2.1bn.", "A$2.1bn", {"value": 2.1 * B, "currency": "AUD"}),
    ("Rent is HK$18,000.", "HK$18,000", {"value": 18000, "currency": "HKD"}),
    ("Shares fell to ¥1,200.", "¥1,200", {"value": 1200, "currency": "JPY"}),
    ("The grant was 40 million yuan.", "40 million yuan", {"value": 40 * M, "currency": "CNY"}),
    ("Farmers earn 9,000 rupees.", "9,000 rupees", {"value": 9000, "currency": "INR"}),
    ("Pensions rose to 5,000 hryvnias.", "5,000 hryvnias", {"value": 5000, "currency": "UAH"}),
    ("The ticket costs 30 euros.", "30 euros", {"value": 30, "currency": "EUR"}),
    ("The deal is worth US$2.5 billion.", "US$2.5 billion", {"value": 2.5 * B, "currency": "USD"}),
    ("Wages reached 800 roubles.", "800 roubles", {"value": 800, "currency": "RUB"}),
    ("The loan totals 3 billion dinars.", "3 billion dinars", {"value": 3 * B, "currency": "dinar"}),
    ("The budget is USD 450 million.", "USD 450 million", {"value": 450 * M, "currency": "USD"}),
    # --- ranges ---
    ("Between 40 and 50 people were hurt.", "40 and 50", {"value": None, "low": 40, "high": 50, "kind": "range"}),
    ("Some 40-50 boats sank.", "Some 40-50", {"low": 40, "high": 50, "kind": "range", "bound": "about", "item_lemma": "boat"}),
    ("Repairs will cost $3bn to $4bn.", "$3bn to $4bn", {"low": 3 * B, "high": 4 * B, "currency": "USD"}),
    ("Repairs will cost $3bn-$4bn.", "$3bn-$4bn", {"low": 3 * B, "high": 4 * B, "kind": "range"}),
    ("Turnout was 60-65%.", "60-65%", {"low": 60, "high": 65, "unit": "percent"}),
    ("The herd numbers 1 to 2 thousand animals.", "1 to 2 thousand", {"low": 1000, "high": 2000}),
    ("Prices will rise between 5% and 6%.", "5% and 6%", {"low": 5, "high": 6, "unit": "percent"}),
    ("Output is 33-35 billion euros.", "33-35 billion euros", {"low": 33 * B, "high": 35 * B, "currency": "EUR"}),
    # --- vague amounts ---
    ("Tens of thousands of people marched.", "Tens of thousands", {"value": 10000, "low": 10000, "high": 100000, "kind": "vague", "item_lemma": "person"}),
    ("Dozens of homes burned.", "Dozens", {"value": 12, "kind": "vague", "item_lemma": "home"}),
    ("Hundreds of soldiers deserted.", "Hundreds", {"value": 100, "high": 1000, "item_lemma": "soldier"}),
    ("Thousands of drones were built.", "Thousands", {"value": 1000, "kind": "vague", "item_lemma": "drone"}),
    ("It spent hundreds of millions of dollars.", "hundreds of millions of dollars", {"value": 100 * M, "kind": "vague", "currency": "USD"}),
    ("It spent several hundred million dollars.", "several hundred million dollars", {"value": 300 * M, "kind": "vague", "currency": "USD"}),
    ("A few thousand refugees arrived.", "A few thousand", {"value": 3000, "kind": "vague", "item_lemma": "refugee"}),
    # --- bounds ---
    ("Rebels fired more than 250,000 shells.", "more than 250,000", {"value": 250000, "bound": "over", "item_lemma": "shell"}),
    ("The tax raised over $2 billion.", "over $2 billion", {"bound": "over", "value": 2 * B}),
    ("Sales were above 300 units.", "above 300", {"bound": "over"}),
    ("Losses were in excess of £40m.", "in excess of £40m", {"bound": "over", "currency": "GBP"}),
    ("At least 12 people died.", "At least 12", {"bound": "at_least", "value": 12}),
    ("Almost 900 jobs went.", "Almost 900", {"bound": "nearly"}),
    ("Nearly 40% voted no.", "Nearly 40%", {"bound": "nearly", "unit": "percent"}),
    ("Close to 70 ships docked.", "Close to 70", {"bound": "nearly"}),
    ("The cut was just under 3%.", "just under 3%", {"bound": "nearly"}),
    ("Around 600 staff work there.", "Around 600", {"bound": "about", "item_lemma": "staff"}),
    ("About 5% of homes lack power.", "About 5%", {"bound": "about"}),
    ("Approximately 80 trucks crossed.", "Approximately 80", {"bound": "about"}),
    ("Some 3,000 troops moved north.", "Some 3,000", {"bound": "about", "item_lemma": "troop"}),
    ("Roughly 15 villages flooded.", "Roughly 15", {"bound": "about"}),
    ("An estimated 7,000 people fled.", "An estimated 7,000", {"bound": "about"}),
    ("Fewer than 20 firms bid.", "Fewer than 20", {"bound": "under"}),
    ("Less than 10% agreed.", "Less than 10%", {"bound": "under"}),
    ("No more than 50 guests may attend.", "No more than 50", {"bound": "at_most"}),
    ("The fund can lend up to $500m.", "up to $500m", {"bound": "up_to"}),
    ("The ship carries exactly 312 crew.", "exactly 312", {"bound": "exactly"}),
    ("The rally drew 2,000 or more people.", "2,000 or more", {"bound": "at_least"}),
    # --- rates and annualisation ---
    ("The plant makes 250,000 artillery shells per month.", "250,000", {"item_text": "artillery shells", "item_lemma": "shell", "period": "month", "annualised": 3_000_000, "period_text": "per month"}),
    ("The mine yields 40 tonnes a year.", "40 tonnes", {"unit": "tonne", "period": "year", "annualised": 40}),
    ("The field pumps 52,000 barrels a day.", "52,000 barrels", {"unit": "barrel", "period": "day", "annualised": 52000 * 365}),
    ("The airline adds 12 routes each week.", "12", {"period": "week", "annualised": 624}),
    ("The firm earns $3m annually.", "$3m", {"period": "year", "annualised": 3 * M, "period_text": "annually"}),
    ("They pay $3,500 a month in rent.", "$3,500", {"period": "month", "annualised": 42000}),
    ("Output grows 2% per quarter.", "2%", {"period": "quarter", "annualised": 8}),
    ("Interest is 4% per annum.", "4%", {"period": "year"}),
    ("The factory ships 300 drones monthly.", "300", {"item_lemma": "drone", "period": "month", "annualised": 3600}),
    ("Exports rose 6% year-on-year.", "6%", {"compared": "year_on_year", "period": None, "change": "increase"}),
    # --- items ---
    ("The depot stores 155mm shells.", None, {}),
    ("Kestovia ordered 20,000 155mm shells.", "20,000", {"item_text": "shells", "item_lemma": "shell"}),
    ("The budget rose to 1.2 trillion korunas.", "1.2 trillion korunas", {"unit": "money", "currency": "koruna"}),
    ("Prague spent 40 billion Czech korunas on tanks.", "40 billion Czech korunas", {"unit": "money", "currency": "CZK"}),
    ("Contracts were signed for hundreds of new armoured vehicles.", "hundreds",
     {"item_text": "new armoured vehicles", "item_lemma": "vehicle"}),
    ("The navy lost 300 servicemen.", "300", {"item_lemma": "serviceman"}),
    ("Doctors treated 45 children.", "45", {"item_lemma": "child"}),
    ("The census counted 12 cities.", "12", {"item_lemma": "city"}),
    ("Police seized 14 boxes.", "14", {"item_lemma": "box"}),
    ("The rate is 3.2 percent.", "3.2 percent", {"unit": "percent", "item": None}),
    # --- changes ---
    ("Unemployment rose to 9.6 percent.", "9.6 percent", {"change": "increase", "change_kind": "to"}),
    ("Exports rose 3 percent.", "3 percent", {"change": "increase", "change_kind": "by"}),
    ("Imports fell by 12%.", "12%", {"change": "decrease", "change_kind": "by"}),
    ("Shares were up 4% on Monday.", "4%", {"change": "increase"}),
    ("The index posted a 12% drop.", "12%", {"change": "decrease", "change_kind": "by"}),
    ("Debt fell by half.", "half", {"unit": "fraction", "value": 0.5, "change": "decrease"}),
    ("Troop numbers grew from 1.5 million to 2.38 million.", "1.5 million", {"change_kind": "from", "value": 1.5 * M}),
    ("Troop numbers grew from 1.5 million to 2.38 million.", "2.38 million", {"change_kind": "to", "change": "increase"}),
    ("Shares in Orvo jumped 9% to $84.", "$84", {"change": "increase", "change_kind": "to"}),
    ("Tax receipts were 2% lower.", "2%", {"change": "decrease"}),
    # --- percent vs points ---
    ("Support is 9.6%.", "9.6%", {"unit": "percent", "value": 9.6}),
    ("Support is 9.6 per cent.", "9.6 per cent", {"unit": "percent"}),
    ("Growth was 9.6 pc.", "9.6 pc", {"unit": "percent"}),
    ("Support slipped 2 percentage points.", "2 percentage points", {"unit": "percentage_point", "value": 2, "change": "decrease"}),
    ("The bank raised rates by 50 basis points.", "50 basis points", {"unit": "percentage_point", "value": 0.5}),
    ("Only four percent of firms replied.", "four percent", {"unit": "percent", "value": 4}),
    # --- multiples ---
    ("The new hall is three times as large.", "three times", {"unit": "ratio", "value": 3, "kind": "multiple"}),
    ("Exports tripled after the deal.", "tripled", {"unit": "ratio", "value": 3, "change": "increase"}),
    ("Demand grew threefold.", "threefold", {"unit": "ratio", "value": 3}),
    ("The stock trades at 2.5x sales.", "2.5x", {"unit": "ratio", "value": 2.5}),
    ("Costs have doubled.", "doubled", {"unit": "ratio", "value": 2, "change": "increase"}),
    # --- fractions ---
    ("Rebels hold half the territory.", "half", {"unit": "fraction", "value": 0.5}),
    ("A third of the wells are dry.", "A third", {"unit": "fraction", "value": 1 / 3, "item_lemma": "well"}),
    ("Two-thirds of voters backed the plan.", "Two-thirds", {"value": 2 / 3, "item_lemma": "voter"}),
    ("Three quarters of the budget is spent.", "Three quarters", {"value": 0.75}),
    ("One in five adults smokes.", "One in five", {"value": 0.2, "unit": "fraction"}),
    # --- durations and ages ---
    ("He served three years in prison.", "three years", {"unit": "year", "value": 3}),
    ("A 50-year-old man was arrested.", "50-year-old", {"unit": "year_old", "value": 50}),
    ("The road is 12 km long.", "12 km", {"unit": "km"}),
    ("The new line carries 400 MW.", "400 MW", {"unit": "MW"}),
    ("The estate covers 300 hectares.", "300 hectares", {"unit": "hectare"}),
]


@pytest.mark.parametrize(("text", "span", "fields"), CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_gold(text: str, span: str | None, fields: dict[str, Any]) -> None:
    if span is None:
        assert find_quantities(text) == [], [q.text for q in find_quantities(text)]
        return
    check_gold(text, span, fields)


# --- things that are not figures ---
NOT_FIGURES: list[str] = [
    "The summit opens on March 3, 2026.",
    "The summit opens on 3 March.",
    "The file is dated 2026-03-03.",
    "The law passed in 2024.",
    "Prices have risen since 2014.",
    "Emissions must fall by 2030.",
    "Music of the 1990s returned.",
    "The meeting starts at 09:30.",
    "The meeting starts at 9 a.m. sharp.",
    "She finished third and he was 21st.",
    "He came first.",
    "The claim is disputed.[1]",
    "The claim is disputed [12].",
    "Pilots flew the F-16 and the Su-57.",
    "Guards carried the AK-47.",
    "The T-90M and S-400 were shown.",
    "The MiG-29 crashed.",
    "Leaders met at the G7.",
    "Covid-19 spread quickly.",
    "He flew on a Boeing 737.",
    "Total: 0 Average: 0",
    "Readers left 12 comments.",
    "Article 5 was invoked.",
    "Call +44 20 7946 0958 today.",
    "The office is at 575 Harbour Road.",
    "The depot stores 155mm shells.",
    "It fired 152-millimetre shells.",
    "Plants were told to raise output of 155mm and 152mm rounds.",
    "The brigade fields 105, 120 or 155mm guns.",
    "Its main 155mm line is running close to full capacity.",
    "The plant began making 120mm barrels in May.",
    "The morning shift starts at half past five.",
    "Buses leave at seven o'clock and again at quarter to nine.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert [q.text for q in find_quantities(text)] == []


def test_year_number_in_count_context_is_a_figure() -> None:
    qs = find_quantities("The plant built 2030 tanks and 2,030 trucks.")
    assert [(q.text, q.value) for q in qs] == [("2030", 2030.0), ("2,030", 2030.0)]
    assert qs[0].item_lemma == "tank"


def test_from_to_is_two_quantities_not_a_range() -> None:
    qs = find_quantities("Staff numbers grew from 1.5 million to 2.38 million.")
    assert [q.kind for q in qs] == ["point", "point"]
    assert [q.change_kind for q in qs] == ["from", "to"]


def test_article_offsets_in_long_text() -> None:
    text = ("Vostra News, 4 May. Officials said about 1,200 people fled.\n\n"
            "The ministry put damage at €40m, up 12% on last year.")
    qs = find_quantities(text)
    assert [q.text for q in qs] == ["about 1,200", "€40m", "12%"]
    for q in qs:
        assert text[q.start:q.end] == q.text
