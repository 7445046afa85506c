"""Named entities: titles split into roles, merging within a document, keys, offsets.

Sentences, people and outlets are invented. The pure parts (titles, keys, cleaning,
merging) are tested without the model; the rest runs the real pipeline, loaded once.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims.errors import ModelMissing
from newsclaims.extract.entities import EXTRACTOR_VERSION, EntityMention, entity_key, find_entities
from newsclaims.extract.entities.merge import Mention, merge
from newsclaims.extract.entities.ner import RawMention, clean_span, pipeline
from newsclaims.extract.entities.sweep import sweep
from newsclaims.extract.entities.titles import apposition_after, strip_leading_titles, title_before
from newsclaims.extract.sentences import split_sentences


@pytest.fixture(scope="module")
def nlp():
    try:
        return pipeline()
    except ModelMissing:
        pytest.skip("the English model is not installed")


def _by_text(mentions: list[EntityMention]) -> dict[str, EntityMention]:
    return {m.text: m for m in mentions}


def _check_offsets(text: str, mentions: list[EntityMention]) -> None:
    last = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last, "mentions must be sorted and non-overlapping"
        assert m.start < m.end
        assert m.kind in ("person", "org", "place", "group")
        last = m.end


# --- titles and appositions (no model) ---------------------------------------------


@pytest.mark.parametrize(
    "text, role",
    [
        ("Defence Minister Orrin Vask", "Defence Minister"),
        ("the talks, said Kremlin spokesman Ivo Dragan", "spokesman"),
        ("Northwire chief executive Marta Lindqvist", "chief executive"),
        ("former President Ilsa Korvath", "former President"),
        ("Lt. Gen. Tomas Reyel", "Lt. Gen."),
        ("Minister of Defence Orrin Vask", "Minister of Defence"),
        ("the company's chief executive, Marta Lindqvist", "chief executive"),
        ("Harbour Bank energy analyst Lee Ward", "energy analyst"),
    ],
)
def test_title_before_a_name_gives_the_role(text: str, role: str) -> None:
    name_start = text.rindex(" ", 0, text.rindex(" ")) + 1
    found = title_before(text, name_start, 0)
    assert found is not None
    assert found[1] == role
    assert text[found[0] : found[0] + len(role)] == role


@pytest.mark.parametrize(
    "text",
    ["Officials met Orrin Vask", "Reporters asked Orrin Vask", "In Valmora, Orrin Vask", "Northwire, Orrin Vask"],
)
def test_no_title_before_a_plain_name(text: str) -> None:
    found = title_before(text, text.index("Orrin"), 0)
    assert found is None or found[1] is None


def test_honorific_is_stripped_but_is_no_role() -> None:
    text = "Mr Oduya said"
    assert title_before(text, 3, 0) == (0, None, True)
    assert strip_leading_titles("Mr Oduya") == 3
    assert strip_leading_titles("Prime Minister Anneke Stroom") == len("Prime Minister ")
    assert strip_leading_titles("Mr King") == 3  # a name that is also a title word stays
    assert strip_leading_titles("Anneke Stroom") == 0


@pytest.mark.parametrize(
    "after, role",
    [
        (", the company's chief executive, said", "chief executive"),
        (", 54, a former spokeswoman for the Harbour Institute.", "former spokeswoman for the Harbour Institute"),
        (", director of the Pell Foundation, said", "director of the Pell Foundation"),
        (", who was not at the meeting, said", None),
        (", Bram Okafor and Lee Ward said", None),
        (" said the company's chief executive.", None),
    ],
)
def test_apposition_after_a_name(after: str, role: str | None) -> None:
    text = "Marta Lindqvist" + after
    assert apposition_after(text, len("Marta Lindqvist"), len(text)) == role


# --- keys and span cleaning (no model) ----------------------------------------------


def test_keys_drop_titles_possessives_and_case() -> None:
    k = entity_key("Ilsa Korvath", "person")
    assert k == "ilsa korvath"
    assert entity_key("President Ilsa Korvath", "person") == k
    assert entity_key("Ilsa  Korvath’s", "person") == k
    assert entity_key("The Daily Harbinger", "org") == entity_key("Daily Harbinger", "org") == "daily harbinger"
    assert entity_key("The Hague", "place") == "the hague"  # only organisations lose "the"
    assert entity_key("U.S.", "place") == entity_key("US", "place")
    assert entity_key("Ｎｏｒｔｈｗｉｒｅ", "org") == "northwire"  # NFKC


@pytest.mark.parametrize(
    "span, kind, expected",
    [
        ("Korvath's", "person", ("Korvath", "person")),
        ("Northwire’s", "org", ("Northwire", "org")),
        ("the Valmoran Defence Agency", "org", ("Valmoran Defence Agency", "org")),
        ("President Ilsa Korvath", "person", ("Ilsa Korvath", "person")),
        ("Mr Oduya", "org", ("Oduya", "person")),
        ("Northwire Holdings", "person", ("Northwire Holdings", "org")),
        ("\u201cHallam Bank,", "org", ("Hallam Bank", "org")),
        ("Harbour Corp.", "org", ("Harbour Corp.", "org")),
        ("AT&T. Consolidation", "org", ("AT&T", "org")),
        ("Minister", "person", None),
        ("ministry", "org", None),
        ("Hallam\nBank", "org", None),
    ],
)
def test_clean_span(span: str, kind: str, expected: tuple[str, str] | None) -> None:
    text = "Yesterday " + span + " later"
    got = clean_span(text, 10, 10 + len(span), kind)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        start, end, got_kind = got
        assert (text[start:end], got_kind) == expected


# --- merging (no model) -------------------------------------------------------------


def _merged(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions = [Mention(i * 100, i * 100 + len(t), t, k) for i, (t, k) in enumerate(items)]
    clusters = merge(mentions)
    return [(clusters[m.cluster].name, m.kind) for m in mentions]


def test_surname_joins_the_most_recent_full_name() -> None:
    got = _merged([("Ada Brenn", "person"), ("Tom Brenn", "person"), ("Brenn", "person"), ("Ada", "person")])
    assert got[2] == ("Tom Brenn", "person")
    assert got[3] == ("Ada Brenn", "person")


def test_an_early_short_name_takes_the_later_full_name() -> None:
    assert _merged([("Korvath", "person"), ("Ilsa Korvath", "person")])[0] == ("Ilsa Korvath", "person")


def test_org_short_forms_and_acronyms() -> None:
    got = _merged(
        [
            ("Arsenal Group", "org"),
            ("Valmoran Defence Agency", "org"),
            ("Arsenal", "org"),
            ("VDA", "org"),
            ("United States", "place"),
            ("US", "place"),
        ]
    )
    assert got[2][0] == "Arsenal Group"
    assert got[3][0] == "Valmoran Defence Agency"
    assert got[5][0] == "United States"


def test_ambiguous_or_generic_short_forms_stay_apart() -> None:
    got = _merged([("Pell Motors", "org"), ("Pell Media", "org"), ("Pell", "org"), ("National Grid", "org"), ("National", "org")])
    assert got[2][0] == "Pell"
    assert got[4][0] == "National"


def test_org_surname_slip_becomes_the_person() -> None:
    got = _merged([("Craig Bellamo", "person"), ("Bellamo", "org")])
    assert got[1] == ("Craig Bellamo", "person")


# --- repeats the NER missed (no model) ----------------------------------------------


def test_sweep_finds_missed_repeats_but_not_common_words() -> None:
    text = (
        "Petra Young and Hallam Bank signed. Young declined to comment. Young people protested. "
        "Officials at Hallam said Mr. Brenn was absent."
    )
    sents = split_sentences(text)
    raw = [
        RawMention(0, 11, "person", sents[0]),
        RawMention(16, 27, "org", sents[0]),
    ]
    found = {(text[r.start : r.end], r.kind, r.start) for r in sweep(text, sents, raw)}
    assert ("Hallam", "org", text.index("Hallam said")) in found  # an organisation's first word
    assert ("Brenn", "person", text.index("Brenn")) in found  # after an honorific
    # "Young" opens two sentences and "young" never appears in lower case: both kept;
    # once the lower-case word is in the text, a sentence-opening "Young" is not a name.
    assert sum(1 for t, _k, _s in found if t == "Young") == 2
    lowered = text + " The young left."
    found2 = {text[r.start : r.end] for r in sweep(lowered, split_sentences(lowered), raw)}
    assert "Young" not in found2
    assert not any(r.start < 27 for r in sweep(text, sents, raw)), "nothing inside a found mention"


# --- the whole extractor (model) ----------------------------------------------------

ARTICLE = (
    "Defence Minister Orrin Vask said on Tuesday that the army would buy 40 helicopters.\n\n"
    "President Ilsa Korvath arrived in Berlin on Monday. Korvath's spokesman said she would "
    "meet German officials.\n\n"
    "Marta Lindqvist, the company's chief executive, said Northwire Defence Systems would "
    "hire 300 engineers. Northwire shares rose 4%. Lindqvist declined to comment further.\n\n"
    "The Valmoran Defence Agency (VDA) signed the contract. A VDA official confirmed it.\n\n"
    "Prime Minister Anneke Stroom met Chancellor Dieter Wohlfahrt in Vienna. Stroom later "
    "told the Daily Harbinger that the meeting went well."
)


@pytest.fixture(scope="module")
def article_mentions(nlp) -> list[EntityMention]:
    return find_entities(ARTICLE)


def test_version() -> None:
    assert EXTRACTOR_VERSION == "entities/1"


def test_titles_become_roles(article_mentions: list[EntityMention]) -> None:
    by = _by_text(article_mentions)
    assert by["Orrin Vask"].role == "Defence Minister"
    assert by["Orrin Vask"].kind == "person"
    assert by["Ilsa Korvath"].role == "President"
    assert by["Anneke Stroom"].role == "Prime Minister"
    assert by["Dieter Wohlfahrt"].role == "Chancellor"
    assert by["Marta Lindqvist"].role == "chief executive"  # from the apposition
    assert not any(m.text.startswith(("President", "Defence", "Prime", "Chancellor")) for m in article_mentions)


def test_later_surnames_merge_and_carry_the_role(article_mentions: list[EntityMention]) -> None:
    korvath = [m for m in article_mentions if m.name == "Ilsa Korvath"]
    assert [m.text for m in korvath] == ["Ilsa Korvath", "Korvath"]  # "Korvath's" without 's
    assert {m.key for m in korvath} == {"ilsa korvath"}
    assert {m.role for m in korvath} == {"President"}
    lindqvist = [m for m in article_mentions if m.key == "marta lindqvist"]
    assert [m.text for m in lindqvist] == ["Marta Lindqvist", "Lindqvist"]
    assert lindqvist[1].role == "chief executive"
    stroom = [m for m in article_mentions if m.text == "Stroom"]
    assert stroom and stroom[0].name == "Anneke Stroom" and stroom[0].role == "Prime Minister"


def test_org_short_forms_merge(article_mentions: list[EntityMention]) -> None:
    northwire = [m for m in article_mentions if m.key == "northwire defence systems"]
    assert [m.text for m in northwire] == ["Northwire Defence Systems", "Northwire"]
    vda = [m for m in article_mentions if m.text == "VDA"]
    assert len(vda) == 2
    assert {m.name for m in vda} == {"Valmoran Defence Agency"}
    assert all(m.kind == "org" for m in vda)
    harbinger = _by_text(article_mentions)["Daily Harbinger"]  # "the" left out
    assert harbinger.kind == "org" and harbinger.key == "daily harbinger"


def test_kinds(article_mentions: list[EntityMention]) -> None:
    by = _by_text(article_mentions)
    assert by["Berlin"].kind == "place"
    assert by["Vienna"].kind == "place"
    assert by["German"].kind == "group"
    assert by["Berlin"].role is None and by["Daily Harbinger"].role is None


def test_offsets_read_back(article_mentions: list[EntityMention]) -> None:
    _check_offsets(ARTICLE, article_mentions)


def test_possessive_keys_match_the_full_name(nlp) -> None:
    text = (
        "President Ilsa Korvath opened the session. Ilsa Korvath then left the hall. "
        "Korvath's aides stayed behind."
    )
    got = [m for m in find_entities(text) if "Korvath" in m.text]
    assert len(got) == 3
    assert {m.key for m in got} == {"ilsa korvath"}
    assert got[2].text == "Korvath"


def test_sentences_restrict_the_search(nlp) -> None:
    sents = split_sentences(ARTICLE)
    chosen = [sents[1], sents[4]]
    got = find_entities(ARTICLE, chosen)
    assert got, "the chosen sentences hold names"
    for m in got:
        assert any(s <= m.start and m.end <= e for s, e in chosen)
    assert {m.text for m in got} < {m.text for m in find_entities(ARTICLE)}
    assert find_entities(ARTICLE, []) == []
    # Out-of-range and overlapping sentences are clamped and joined, never an error.
    _check_offsets(ARTICLE, find_entities(ARTICLE, [(-5, 40), (30, 90), (len(ARTICLE) - 10, 10**9)]))


def test_honorific_names_and_long_unpunctuated_text(nlp) -> None:
    text = "Mr. King said the plan was sound, and Ms Halden agreed. " + "the fleet sailed on " * 250 + "with Mr Oduya Brenn aboard"
    got = find_entities(text)
    _check_offsets(text, got)
    by = _by_text(got)
    assert by["King"].kind == "person" and by["King"].role is None
    assert by["Oduya Brenn"].kind == "person"


_WORDS = st.sampled_from(
    "President Minister Mr Dr the The of Korvath Ilsa Northwire Group VDA 's ’s , . \n \n\n "
    "said Berlin German Gen. Lt. U.S. AT&T said: \" “ ” ( ) - 40% £2m Inc. Valmoran".split(" ")
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.lists(_WORDS, max_size=40).map(" ".join),
        st.text(max_size=200),
    ),
    st.data(),
)
def test_any_text_reads_back(nlp, text: str, data) -> None:
    mentions = find_entities(text)
    _check_offsets(text, mentions)
    if text:
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        part = find_entities(text, [(a, b)])
        _check_offsets(text, part)
        assert all(a <= m.start and m.end <= b for m in part)


def test_known_speaker_names_become_mentions_without_ner():
    text = ("The plan was approved on Monday. Oskar Lind, a deputy minister, said output would rise. "
            "The Velmora Arms Group said it would hire staff.")
    lind = text.index("Oskar Lind")
    group = text.index("Velmora Arms Group")
    found = find_entities(text, [], known=[(lind, lind + len("Oskar Lind")), (group, group + len("Velmora Arms Group"))])
    kinds = {m.text: m.kind for m in found}
    assert kinds == {"Oskar Lind": "person", "Velmora Arms Group": "org"}
    assert all(text[m.start:m.end] == m.text for m in found)
