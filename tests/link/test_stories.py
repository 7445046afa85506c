"""Story linking on short invented articles (fictional places, people and outlets)."""

from __future__ import annotations

import pickle
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.link import StoryDoc, StoryIndex, StoryOptions, cluster
from newsclaims.link.features import FeatureOptions, dateline, figure_terms, term_counts

# Event A: a warehouse fire at the port of Valdria, reported by two outlets.
VALDRIA_LEDGER = """Fire destroys grain warehouse at Valdria port
March 4, 2025
A fire tore through a grain warehouse at the port of Valdria on Tuesday, destroying 1,200 tonnes of wheat, harbour commissioner Elin Marsk said.
Fourteen firefighters from the Valdria brigade fought the blaze for six hours before bringing it under control. Two dock workers were treated for smoke inhalation.
Marsk said the cause was not yet known and that the Ostrava Grain Cooperative, which leases the warehouse, had put the loss at $3.4 million.
Shipping at the eastern quay was suspended until Wednesday morning."""

VALDRIA_TRIBUNE = """Valdria blaze: 1,200 tonnes of wheat lost, port commissioner says
Coastal Tribune, 5 March 2025
Elin Marsk, the harbour commissioner of Valdria, said on Wednesday that 1,200 tonnes of wheat were lost when fire swept through a warehouse leased by the Ostrava Grain Cooperative.
The cooperative estimates the damage at $3.4 million. Firefighters from the Valdria brigade needed six hours to contain the blaze, and two dock workers were treated for smoke inhalation.
The eastern quay of Valdria port reopened to shipping on Wednesday, Marsk said, while investigators look for the cause."""

# Event B: a look-alike (same topic: a port warehouse fire) in another place, year and scale.
KORVENNA_HERALD = """Rice store burns at Korvenna harbour
August 19, 2023
Fire gutted a rice store at Korvenna harbour late on Saturday, destroying about 800 tonnes of rice, port director Tomas Reyl said.
Nine firefighters from the Korvenna station battled the flames through the night. Nobody was hurt.
Reyl said the Benn Shipping Line, which owns the store, valued the cargo at $950,000, and that an electrical fault was suspected.
Ferries to Lisk Island were delayed by three hours."""

KORVENNA_POST = """Korvenna port fire: electrical fault suspected in rice store blaze
Harbour Post, 20 August 2023
An electrical fault is the likely cause of the fire that destroyed 800 tonnes of rice in a Korvenna harbour store owned by Benn Shipping Line, port director Tomas Reyl said on Sunday.
Firefighters from the Korvenna station worked through the night; no injuries were reported. Benn Shipping Line put the value of the cargo at $950,000.
Ferry services to Lisk Island resumed after delays of three hours."""

# Unrelated stories, so that document frequencies look like a (tiny) archive.
BUDGET = """Parliament of Amberland passes 2025 budget
Amberland's parliament approved a 48.2 billion crown budget on Thursday after finance minister Hanne Volder agreed to raise spending on rural schools.
The bill passed by 112 votes to 87. Opposition leader Piet Carrow called the deficit target of 2.9% unrealistic."""

FOOTBALL = """Ravensport beat Millhaven to reach cup final
Ravensport reached the Amberland Cup final with a 3-1 win over Millhaven at the Northgate Stadium on Sunday.
Striker Jonas Eck scored twice in front of 31,400 fans; coach Mira Talb said her side had earned its first final since 2009."""


def _docs() -> list[StoryDoc]:
    texts = [VALDRIA_LEDGER, KORVENNA_HERALD, BUDGET, VALDRIA_TRIBUNE, FOOTBALL, KORVENNA_POST]
    return [StoryDoc(doc_id=i + 1, text=t) for i, t in enumerate(texts)]


VALDRIA = (1, 4)
KORVENNA = (2, 6)


def _partition(assignments: dict[int, int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for doc_id, story in assignments.items():
        groups.setdefault(story, set()).add(doc_id)
    return {frozenset(g) for g in groups.values()}


def test_two_outlets_reporting_one_event_join_one_story() -> None:
    stories = cluster(_docs())
    assert stories[VALDRIA[0]] == stories[VALDRIA[1]]
    assert stories[KORVENNA[0]] == stories[KORVENNA[1]]


def test_look_alike_event_stays_apart() -> None:
    stories = cluster(_docs())
    assert stories[VALDRIA[0]] != stories[KORVENNA[0]]
    assert stories[3] not in {stories[1], stories[2]}  # the budget story joins neither fire
    assert _partition(stories) == {frozenset(VALDRIA), frozenset(KORVENNA), frozenset({3}), frozenset({5})}


def test_story_id_is_the_smallest_doc_id() -> None:
    stories = cluster(_docs())
    assert stories[4] == 1 and stories[6] == 2


def test_batch_is_independent_of_input_order_and_repeatable() -> None:
    docs = _docs()
    expected = cluster(docs)
    for seed in range(4):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster(shuffled) == expected
    assert cluster(docs) == expected


def test_incremental_adds_equal_batch_on_a_small_set() -> None:
    docs = _docs()
    index = StoryIndex()
    returned = {doc.doc_id: index.add(doc) for doc in docs}
    assert _partition(index.assignments()) == _partition(cluster(docs))
    assert index.assignments() == cluster(docs)
    # what add returned is where the document still is, unless a later add moved it
    assert returned[VALDRIA[1]] == index.story_of(VALDRIA[1])


def test_add_many_places_a_batch_like_cluster() -> None:
    docs = _docs()
    index = StoryIndex()
    index.add_many(docs[:3])
    placed = index.add_many(docs[3:])
    assert set(placed) == {4, 5, 6}
    assert index.assignments() == cluster(docs)
    assert index.stories()[1] == [1, 4]


def test_adding_a_known_document_again_changes_nothing() -> None:
    docs = _docs()
    index = StoryIndex()
    index.add_many(docs)
    before = index.stories()
    assert index.add(StoryDoc(doc_id=4, text=FOOTBALL)) == 1
    assert index.stories() == before
    assert len(index) == len(docs)


def test_serialisation_round_trip_and_resume() -> None:
    docs = _docs()
    index = StoryIndex()
    index.add_many(docs[:5])
    restored = StoryIndex.from_bytes(index.to_bytes())
    unpickled = pickle.loads(pickle.dumps(index))
    assert restored.stories() == index.stories() == unpickled.stories()
    assert restored.to_dict() == index.to_dict()
    # the restored index goes on exactly like the original
    last = docs[5]
    assert restored.add(last) == index.add(last) == unpickled.add(last) == 2
    assert restored.stories() == index.stories()


def test_from_bytes_refuses_another_format() -> None:
    index = StoryIndex()
    state = index.to_dict()
    state["format"] = "something-else/9"
    try:
        StoryIndex.from_dict(state)
    except ValueError as exc:
        assert "format" in str(exc)
    else:  # pragma: no cover - the assertion below explains the failure
        raise AssertionError("a foreign format was accepted")


def test_dates_far_apart_keep_otherwise_similar_reports_apart() -> None:
    # The same event text, once undated and once with publication dates three years apart.
    strict = StoryOptions(date_factor=0.0)
    undated = [StoryDoc(1, VALDRIA_LEDGER), StoryDoc(2, VALDRIA_TRIBUNE), StoryDoc(3, BUDGET), StoryDoc(4, FOOTBALL)]
    assert cluster(undated, strict)[2] == 1
    dated = [
        StoryDoc(1, VALDRIA_LEDGER.replace("March 4, 2025\n", ""), published="2022-03-04"),
        StoryDoc(2, VALDRIA_TRIBUNE.replace("Coastal Tribune, 5 March 2025\n", ""), published="2025-03-05"),
        StoryDoc(3, BUDGET),
        StoryDoc(4, FOOTBALL),
    ]
    assert cluster(dated, strict)[2] == 2


def test_empty_and_tiny_documents_start_their_own_story() -> None:
    stories = cluster([StoryDoc(1, ""), StoryDoc(2, "Yes."), *[StoryDoc(d.doc_id + 10, d.text) for d in _docs()]])
    assert stories[1] == 1 and stories[2] == 2


def test_features_hold_names_figures_years_and_a_dateline() -> None:
    counts = term_counts(VALDRIA_LEDGER, None, FeatureOptions())
    figures = {t for t in counts if t.startswith("q:")}
    assert {"q:tonne::1200", "q:count::14"} <= figures
    assert any(t.startswith("q:money:USD:") for t in figures)
    assert not any(t.startswith("q:hour") for t in figures)  # "six hours" is no event evidence
    assert counts["y:2025"] > 0
    assert counts["n:marsk"] > 0 and "n:fire" not in counts  # sentence-initial capitals are no names
    # a capitalised word inside a sentence is a name, weighted up against an ordinary word
    options = FeatureOptions()
    short = term_counts("Officials met Marsk at the harbour. Police thanked Marsk at the harbour.", None, options)
    assert short["marsk"] == options.name_weight * short["harbour"]
    assert "the" not in counts and "said" not in counts
    assert dateline(VALDRIA_LEDGER) == dateline("4 March 2025") != dateline("March 5, 2025")


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry put the cost at $1.13bn and later at 600 million euros.",
     ["q:money:USD:1.13e+09", "q:money:EUR:6e+08"]),
    ("Inflation reached 9.6 percent, up from 12% a year earlier.", ["q:percent::9.6", "q:percent::12"]),
    ("Crews cleared 1,200 tonnes of debris along 45 km of road.", ["q:tonne::1200", "q:km::45"]),
    ("Twenty-three people were hurt; 2.38 million were evacuated.", ["q:count::23", "q:count::2.38e+06"]),
    # not event figures: years, dates, clock times, durations, ages, ordinals, codes, small counts
    ("In 2019, on March 14 at 10:30 GMT, the 3rd of 7 F-16 jets flew for 45 minutes; "
     "the pilot, 34 years old, had trained for 12 weeks.", []),
])
def test_figure_terms_key_event_figures_only(text: str, expected: list[str]) -> None:
    assert list(figure_terms(text)) == expected


def test_a_story_takes_its_smallest_doc_id_and_reports_moved_documents() -> None:
    index = StoryIndex()
    index.add_many([StoryDoc(20, BUDGET), StoryDoc(21, FOOTBALL), StoryDoc(22, KORVENNA_HERALD)])
    assert index.add(StoryDoc(10, VALDRIA_TRIBUNE)) == 10
    assert index.add(StoryDoc(5, VALDRIA_LEDGER)) == 5  # joins story 10, which becomes story 5
    assert index.last_moved == {10: 5}
    assert index.stories()[5] == [5, 10]
    # without regrouping, a merge into a story with a smaller id is reported the same way
    plain = StoryIndex(StoryOptions(revise_small=0))
    plain.add_many([StoryDoc(20, BUDGET), StoryDoc(21, FOOTBALL), StoryDoc(30, VALDRIA_TRIBUNE), StoryDoc(31, KORVENNA_POST)])
    assert plain.add(StoryDoc(5, VALDRIA_LEDGER)) == 5
    assert plain.last_moved == {30: 5}


@pytest.mark.parametrize("revise_small", [0, 50])
def test_returned_ids_plus_moves_keep_a_copy_of_the_assignments_exact(revise_small: int) -> None:
    # What a caller storing story ids per document must do: apply the return value and
    # ``last_moved`` after every call; the copy then always equals the index's own view.
    docs = _docs() + [StoryDoc(7, VALDRIA_TRIBUNE.replace("Wednesday", "Thursday")), StoryDoc(8, BUDGET[:200])]
    for seed in range(3):
        arrival = docs[:]
        random.Random(seed).shuffle(arrival)
        index = StoryIndex(StoryOptions(revise_small=revise_small))
        table: dict[int, int] = {}
        for doc in arrival:
            table[doc.doc_id] = index.add(doc)
            table.update(index.last_moved)
            assert table == index.assignments()


def test_archive_story_ids_follow_the_index_across_ingests(tmp_path):
    """Story ids stored in the archive stay in step with the index when stories merge later."""
    import json as _json

    import newsclaims
    from newsclaims.options import IngestOptions
    from newsclaims.storage.stories import load_index

    docs = _docs()
    with newsclaims.open(tmp_path / "s.db") as archive:
        for i, d in enumerate(docs):
            path = tmp_path / f"d{i}.jsonl"
            path.write_text(_json.dumps({"text": d.text, "title": d.title, "published": d.published}) + "\n")
            archive.ingest([str(path)], IngestOptions(workers=1, extract=False))
        index = load_index(archive.backend.conn)
        stored = dict(archive.backend.conn.execute("SELECT id, story_id FROM documents").fetchall())
        assert stored == index.assignments()
        assert len(set(stored.values())) < len(stored)  # some reports did join a story


def test_a_shared_year_alone_does_not_make_a_story() -> None:
    """Unrelated reports whose only common ground is the year they mention stay apart."""
    docs = [
        StoryDoc(1, "Harbour pilots in Valdria began a strike over night shifts in 2012.", "Pilots strike"),
        StoryDoc(2, "A new bakery chain opened forty shops across Amberland in 2012.", "Bakeries open"),
        StoryDoc(3, "Kessin chess club crowned a junior champion during its 2012 season.", "Chess title"),
    ]
    assert len(set(cluster(docs).values())) == 3
    # without the cap the year vector alone (cosine 1, weight 0.25) reaches the threshold
    uncapped = StoryOptions(extra_cap=None)
    assert len(set(cluster(docs, uncapped).values())) < 3


# Figures followed by every kind of character: punctuation (where figure_terms skips the
# scale, currency, percent and unit tests) and what those tests read.
_FIGURE_PIECES = st.sampled_from([
    "12", "2019", "1,200", "3.4", "$", "€ ", "USD ", "one", "twelve", "forty", " million", "bn", "m", " percent", "%",
    " tonnes", "km", "°C", " years", " dollars", "-year-old", " May", "March ", ":", ".", ",", ";", ")", "\"", "”",
    "’", "\n", "/", "&", " ", "-", "a", " of ", "x",
])


@settings(max_examples=400)
@given(st.lists(_FIGURE_PIECES, max_size=12).map("".join))
def test_figure_terms_after_punctuation_as_without_the_shortcut(text: str) -> None:
    from newsclaims.link import features

    fast = list(figure_terms(text))
    saved, features._CLOSERS = features._CLOSERS, frozenset()
    try:
        assert fast == list(figure_terms(text))
    finally:
        features._CLOSERS = saved
