"""Figures: one measure across sources; disagreement, repetition and change."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import newsclaims
from newsclaims.link.figures import FigureClaim, agree, assess, group, indicator, interval, key_of
from newsclaims.options import IngestOptions


def claim(qid, doc, value, *, unit="count", item="shell", period=None, bound=None, published="2026-03-01",
          by="Ledger", modality="reported_fact", copies=1, places=frozenset({"velmora"}), low=None, high=None,
          sentence="", start=0, change_kind=None):
    annual = None
    if period:
        annual = value * {"month": 12, "year": 1, "week": 52}[period]
    return FigureClaim(qid, doc, value, low if low is not None else value, high if high is not None else value,
                       bound, unit, None, item, period, annual, change_kind, sentence, start, places, published,
                       "Ledger", by, modality, copies)


def test_rates_are_compared_annualised_and_levels_kept_apart():
    claims = [claim(1, 1, 250_000, period="month"), claim(2, 2, 3_000_000, period="year"),
              claim(3, 3, 1_500, item="tank"), claim(4, 4, 1_500, item="tank", period="year")]
    figures = group(claims)
    keys = sorted((f.key.measure, f.key.rate, len(f.claims)) for f in figures)
    assert keys == [("shell", True, 2), ("tank", False, 1), ("tank", True, 1)]
    shells = next(f for f in figures if f.key.measure == "shell")
    assert not assess(shells).disputed  # 250,000 a month is 3 million a year


def test_different_values_are_a_disagreement():
    f = group([claim(1, 1, 3_000_000, period="year", modality="target", published="2026-02-13"),
               claim(2, 2, 2_000_000, period="year", bound="about", modality="estimate", published="2026-03-04"),
               claim(3, 3, 3_000_000, period="year", modality="target", published="2026-03-20")])[0]
    a = assess(f)
    assert a.disputed and {frozenset(p) for p in a.disagreements} == {frozenset({1, 2}), frozenset({2, 3})}


def test_bounds_widen_values():
    over4 = claim(1, 1, 4.0, unit="percent", item=None, bound="over")
    assert interval(over4) == (4.0, float("inf"))
    assert agree(interval(over4), (4.3, 4.3))
    assert not agree(interval(claim(2, 2, 4.0, unit="percent", item=None, bound="under")), (4.3, 4.3))
    assert agree((100.0, 100.0), (103.0, 103.0))  # rounding tolerance
    assert not agree((100.0, 100.0), (120.0, 120.0))


def test_syndicated_copies_are_repetition_not_confirmation():
    f = group([claim(1, 1, 250_000, period="month", copies=3), claim(2, 1, 250_000, period="month")])[0]
    a = assess(f)
    assert not a.disputed and a.repeated == ((1, 2),)


def test_a_target_raised_later_is_a_change_not_a_dispute():
    f = group([claim(1, 1, 1_500_000, item="personnel", modality="target", published="2026-02-12"),
               claim(2, 2, 1_500_000, item="personnel", modality="target", published="2026-02-13"),
               claim(3, 3, 2_380_000, item="personnel", modality="target", published="2026-05-21")])[0]
    a = assess(f)
    assert not a.disputed and a.changes == ((2, 3),)


def test_documents_naming_different_places_do_not_mix():
    figures = group([claim(1, 1, 9.6, unit="percent", item="inflation", places=frozenset({"velmora"})),
                     claim(2, 2, 4.1, unit="percent", item="inflation", places=frozenset({"kessin"}))])
    assert len(figures) == 2 and not any(assess(f).disputed for f in figures)


@pytest.mark.parametrize("sentence,figure,expected", [
    ("Inflation reached 9.6 percent in May.", "9.6 percent", "inflation"),
    ("The central bank raised its key rate to 17.5%.", "17.5%", "key rate"),
    ("Parliament approved a record defence budget of 1.2 trillion korunas.", "1.2 trillion", "defence budget"),
    ("Unemployment fell to 3.1 percent.", "3.1 percent", "unemployment"),
    ("It rose by 4 percent.", "4 percent", None),
    ("Inflation in Velmora reached over 4% in February.", "over 4%", "inflation"),
])
def test_indicator_of_a_figure_without_item(sentence, figure, expected):
    assert indicator(sentence, sentence.index(figure)) == expected


def test_relative_figures_have_no_key():
    assert key_of(claim(1, 1, 3, unit="ratio", item=None)) is None
    assert key_of(claim(1, 1, 3, unit="percent", item=None, change_kind="by", sentence="up 3 percent")) is None
    assert key_of(claim(1, 1, 2, item="people")) is None


ARTICLES = [
    ("Northwire", "2026-02-12", "Velmora shell target set",
     "Velmora will produce 250,000 artillery shells per month by December, Defence Minister Arno Kell said "
     "on Thursday at a meeting of the defence board in the capital Lisk. Kell said the plants of Velmora "
     "were already working three shifts and that new lines would open in the spring."),
    ("The Lisk Ledger", "2026-02-13", "Velmora plans 3 million shells a year",
     "Velmora aims to make 3 million artillery shells a year, the defence ministry said in a statement on "
     "Friday, confirming the plan announced in Lisk. The ministry did not say how many workers the plants employ "
     "or when the new lines would open."),
    ("Harcourt Review", "2026-03-04", "Think-tank doubts Velmora's shell figures",
     "The Harcourt Institute estimated that Velmora produces about 2 million artillery shells a year, far "
     "below the official target, citing satellite images of the plants. Inflation in Velmora reached over 4% in "
     "February, the institute said."),
    ("Kessin Daily", "2026-03-05", "Velmora inflation at 4.3 percent",
     "Inflation in Velmora was 4.3 percent in February, the statistics office in Lisk said on Wednesday. "
     "The office said food and fuel prices rose fastest, while rents were flat for a third month in a row "
     "and wages kept pace."),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("figs")
    with (folder / "batch.jsonl").open("w", encoding="utf-8") as fh:
        for outlet, date, title, text in ARTICLES:
            fh.write(json.dumps({"text": text, "title": title, "outlet": outlet, "published": date}) + "\n")
        # a syndicated copy of the first story
        outlet, date, title, text = ARTICLES[0]
        fh.write(json.dumps({"text": text + " Reporting by Northwire.", "title": title, "outlet": "Echo Times",
                             "published": "2026-02-12"}) + "\n")
    with newsclaims.open(folder / "f.db") as a:
        a.ingest([str(folder / "batch.jsonl")], IngestOptions(workers=1))
        yield a


def test_one_shell_figure_across_outlets_with_disagreement(archive):
    shells = [f for f in archive.figures(min_documents=2) if f["measure"] == "artillery shell" or f["measure"] == "shell"]
    assert len(shells) == 1 and shells[0]["rate"] and shells[0]["disputed"]
    timeline = archive.figure(shells[0]["id"])
    outlets = {e["outlet"] for e in timeline["entries"]}
    assert {"Northwire", "The Lisk Ledger", "Harcourt Review"} <= outlets
    assert all(e["sentence"]["text"] and e["doc_id"] for e in timeline["entries"])
    doc = archive.get(timeline["entries"][0]["doc_id"])
    e = timeline["entries"][0]
    assert doc.text[e["sentence"]["start"]:e["sentence"]["end"]] == e["sentence"]["text"]
    assert doc.text[e["start"]:e["end"]] == e["text"]
    northwire = next(e for e in timeline["entries"] if e["outlet"] == "Northwire")
    assert northwire["copies"] == 2  # the Echo Times copy is repetition, not a second source


def test_over_four_percent_agrees_with_four_point_three(archive):
    inflation = [f for f in archive.figures(min_documents=2) if f["measure"] == "inflation"]
    assert len(inflation) == 1 and not inflation[0]["disputed"]


def test_label_writes_the_item_as_most_claims_write_it():
    claims = [claim(1, 1, 250_000, period="month"), claim(2, 2, 3_000_000, period="year"),
              claim(3, 3, 2_000_000, period="year")]
    written = ["artillery shells", "Artillery shells", "shells"]
    claims = [replace(c, item_text=w) for c, w in zip(claims, written)]
    (figure,) = group(claims)
    assert figure.label == "Velmora: artillery shells per year"
    (bare,) = group([claim(4, 4, 9.6, unit="percent", item=None, sentence="Inflation reached 9.6%", start=18)])
    assert bare.label == "Velmora: inflation (%)"
