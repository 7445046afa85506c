"""Attribution shapes added in statements/5.

Every text is invented (fictional people, places and organisations). Each family has
positive cases with exact source / cue / content spans and near-miss negatives.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.statements import Statement, find_statements
from tests.extract.statements._helpers import one_statement as _one


def _shape(st: Statement) -> tuple[str | None, list[str]]:
    return (st.source.text if st.source else None), [c.text for c in st.content]


# --- 1. adjectives and verbs with their preposition --------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("Senator Ada Lusk is critical of the harbour tax.", "is critical of", "Senator Ada Lusk",
         "the harbour tax"),
        ("Dorvan dairy farmers are deeply wary of the new grain levy.", "are deeply wary of",
         "Dorvan dairy farmers", "the new grain levy"),
        ("Mayor Tomas Reel voted against the bridge budget.", "voted against", "Mayor Tomas Reel",
         "the bridge budget"),
        ("Ilse Marn lashed out at the harbour board, which she called reckless.", "lashed out at",
         "Ilse Marn", "the harbour board"),
        ("The two councillors have sided with the port workers in the dispute.", "have sided with",
         "The two councillors", "the port workers in the dispute"),
    ],
)
def test_prepositional_stance(text: str, cue: str, source: str, content: str) -> None:
    st = _one(text, cue)
    assert _shape(st) == (source, [content])
    assert st.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "The hostile takeover of Marlow Foods was approved.",  # adjective without its preposition
        "Ana Petrov, an advocate for tenants, opened the meeting.",  # a noun, not a stance verb
        "Voted for by 40 members, the harbour bill passed easily.",  # no subject before the cue
    ],
)
def test_prepositional_look_alikes_are_not_statements(text: str) -> None:
    assert find_statements(text) == []


# --- 2. a stance verb's noun-phrase object ends with the phrase --------------------------
def test_stance_object_stops_at_an_apposition() -> None:
    text = "Governor Ilse Marn endorsed Tomas Reel, the harbour candidate, on Sunday."
    st = _one(text, "endorsed")
    assert _shape(st) == ("Governor Ilse Marn", ["Tomas Reel"])


def test_stance_object_stops_before_a_second_predicate() -> None:
    st = _one("Marn endorsed Reel and has campaigned with him since May.", "endorsed")
    assert _shape(st) == ("Marn", ["Reel"])


def test_reported_clause_keeps_its_coordination() -> None:
    # a speech verb's clause is not cut at "and": both halves were said
    text = "Dana Holt said the port will reopen in May and the levy will be cut."
    st = _one(text, "said")
    assert _shape(st) == ("Dana Holt", ["the port will reopen in May and the levy will be cut"])


# --- 3. ", but said": a second statement of the same source ------------------------------
def test_but_said_chains_a_second_statement() -> None:
    text = ("Holt admitted that the course name in the book was inaccurate, "
            "but said his campaign had found the old article.")
    first = _one(text, "admitted")
    second = _one(text, "said")
    assert _shape(first) == ("Holt", ["that the course name in the book was inaccurate"])
    assert second.content[0].text == "his campaign had found the old article"
    assert second.speaker == first.speaker == "Holt"


def test_but_without_a_cue_adds_nothing() -> None:
    text = "Officials praised the plan, but critics remain unconvinced."
    sts = find_statements(text)
    assert [_shape(s) for s in sts] == [("Officials", ["the plan"])]


# --- 4. ", and he/she ..." ends the reported clause --------------------------------------
def test_and_she_starts_the_writers_next_clause() -> None:
    text = ("Dana Holt said the real threat to the port is the new levy, "
            "and she railed against the harbour board for ignoring it.")
    st = _one(text, "said")
    assert _shape(st) == ("Dana Holt", ["the real threat to the port is the new levy"])


def test_and_with_another_subject_stays_in_the_content() -> None:
    text = "Dana Holt said the levy is too high, and the board should cut it by June."
    st = _one(text, "said")
    assert st.content[0].text == "the levy is too high, and the board should cut it by June"


# --- 5. base-form stance verbs after plural holders --------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("About three-quarters support a temporary ban on trawlers.", "support", "About three-quarters",
         "a temporary ban on trawlers"),
        ("Most voters favor a lower levy on grain exports.", "favor", "Most voters",
         "a lower levy on grain exports"),
    ],
)
def test_plural_holders_take_a_stance(text: str, cue: str, source: str, content: str) -> None:
    assert _shape(_one(text, cue)) == (source, [content])


@pytest.mark.parametrize(
    "text",
    [
        "The support of farmers is fading fast in the north.",  # a noun after a determiner
        "Local support for the levy is fading fast in the north.",
    ],
)
def test_support_as_a_noun_is_not_a_statement(text: str) -> None:
    assert find_statements(text) == []


# --- 6. subjects: long appositions, and no clause as an inverted source ------------------
def test_long_subject_with_apposition() -> None:
    text = ("Republican Rep. Lee Zelnik of New Dorset, a Korov supporter, said it will help "
            "both the candidate and the speaker.")
    st = _one(text, "said")
    assert _shape(st) == ("Republican Rep. Lee Zelnik of New Dorset, a Korov supporter",
                          ["it will help both the candidate and the speaker"])


def test_clause_after_said_is_content_not_an_inverted_source() -> None:
    text = ("One of the authors of that 2014 review, Ari Feldman, said Korov’s nomination "
            "will test their conclusions.")
    st = _one(text, "said")
    assert _shape(st) == ("One of the authors of that 2014 review, Ari Feldman",
                          ["Korov’s nomination will test their conclusions"])


def test_inverted_source_after_a_quote_still_found() -> None:
    st = _one("“We will not move,” said Ilse Marn.", "said")
    assert _shape(st) == ("Ilse Marn", ["“We will not move,”"])
