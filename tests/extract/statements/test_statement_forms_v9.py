"""Attribution shapes fixed in statements/9.

Every text is invented (fictional people, places and organisations). Each case states
the exact content, source or speaker expected; several guard the shape that must not
change.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.statements import Statement, find_statements
from tests.extract.statements._helpers import one_statement as _one


def _content(st: Statement) -> list[str]:
    return [c.text for c in st.content]


def _shape(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [(s.cue.text if s.cue else "", s.source.text if s.source else None, s.speaker, _content(s))
            for s in find_statements(text)]


# --- an auxiliary before the cue: the subject is never inverted ------------------------
def test_group_with_examples_before_an_auxiliary_cue_is_the_source() -> None:
    text = ("But others, including Sen. Mara Velk, are gently urging Tomas Reyl to accept "
            "that the coalition will pick its own candidate.")
    assert _shape(text) == [(
        "are gently urging", "others, including Sen. Mara Velk", "others",
        ["Tomas Reyl to accept that the coalition will pick its own candidate"],
    )]


def test_name_and_role_before_an_auxiliary_cue_is_the_source() -> None:
    assert _shape("Ilse Varga, the port director, has said the new crane will lift 40 tonnes.") == [
        ("has said", "Ilse Varga, the port director", "Ilse Varga", ["the new crane will lift 40 tonnes"]),
    ]


def test_group_source_with_an_aside_speaks_as_the_group() -> None:
    st = _one("Officials, speaking on condition of anonymity, have said the depot holds 12 trains.", "have said")
    assert st.speaker == "Officials"
    assert not st.speaker_named
    assert _content(st) == ["the depot holds 12 trains"]


# --- a long group subject with asides before the cue ----------------------------------------
@pytest.mark.parametrize("text, source, speaker, content", [
    ("But several dock workers interviewed at the gates in Valmora this week, including Mr. Osk, "
     "said they had no quarrel with the new shift rota.",
     "several dock workers interviewed at the gates in Valmora this week, including Mr. Osk",
     "several dock workers interviewed at the gates in Valmora this week",
     "they had no quarrel with the new shift rota"),
    ("Yet some traders who have watched the port for decades, on the quays or in the offices, "
     "said it had never been this quiet.",
     "some traders who have watched the port for decades, on the quays or in the offices",
     None, "it had never been this quiet"),
])
def test_group_subject_with_asides_before_the_cue(text: str, source: str, speaker: str | None, content: str) -> None:
    st = _one(text, "said")
    assert st.source is not None and st.source.text == source
    assert not st.speaker_named
    if speaker is not None:
        assert st.speaker == speaker
    assert _content(st) == [content]


# --- an inverted name with its role after a clause-like front ----------------------------------
def test_inverted_name_with_role_beats_a_clause_read_as_apposition() -> None:
    text = ("Reyl also lacks support from his colleagues in the council, whom he has alienated with "
            "his rhetoric, said Piet Loran, director of the Valmora Institute.")
    st = _one(text, "said")
    assert st.source is not None and st.source.text == "Piet Loran"
    assert st.speaker == "Piet Loran"
    assert _content(st) == ["Reyl also lacks support from his colleagues in the council, "
                            "whom he has alienated with his rhetoric"]


def test_apposition_source_still_wins_over_a_name_in_the_content() -> None:
    st = _one("Ilse Varga, the mayor, said Valmora, a town of 20,000, would double its tram fleet.", "said")
    assert st.source is not None and st.source.text == "Ilse Varga, the mayor"
    assert _content(st) == ["Valmora, a town of 20,000, would double its tram fleet"]


def test_inverted_source_with_role_words_before_the_name() -> None:
    st = _one("Even Ostland has more reach through its films, says political scientist Dana Reyl in Valmora.", "says")
    assert st.source is not None and st.source.text == "political scientist Dana Reyl"
    assert st.speaker == "Dana Reyl"
    assert _content(st) == ["Even Ostland has more reach through its films"]


def test_who_is_informed_is_neither_source_nor_content() -> None:
    text = ("In an email, Ivo Marn, the regional security director, informed "
            "regional director Ana Lusk that he would call about the lack of guards.")
    st = _one(text, "informed regional director Ana Lusk")
    assert st.speaker == "Ivo Marn"
    assert _content(st) == ["that he would call about the lack of guards"]


def test_a_name_after_informed_is_never_an_inverted_source() -> None:
    text = "The depot had too few guards, informed regional director Ana Lusk in an email."
    assert all(st.speaker != "Ana Lusk" for st in find_statements(text))


# --- a name and its role between the content and the cue ---------------------------------------
@pytest.mark.parametrize("text, source, cue", [
    ("The tram levy will fail, his chief adviser, Tad Orlen, said.", "his chief adviser, Tad Orlen", "said"),
    ("The tram levy will fail, Tad Orlen, his chief adviser, said.", "Tad Orlen, his chief adviser", "said"),
    ("Reyl remains committed to the race, Tad Orlen, his chief adviser, told reporters.",
     "Tad Orlen, his chief adviser", "told reporters"),
])
def test_name_and_role_between_content_and_cue(text: str, source: str, cue: str) -> None:
    st = _one(text, cue)
    assert st.source is not None and st.source.text == source
    assert st.speaker == "Tad Orlen"
    assert _content(st) == [text.split(",")[0]]


def test_name_and_role_before_the_cue_with_nothing_after_is_no_statement() -> None:
    assert find_statements("Jane Orlen, the chief executive, said.") == []


# --- the subject of "... and urged" after an opening phrase --------------------------------------
def test_subject_after_an_opening_phrase_speaks_for_a_coordinated_cue() -> None:
    st = _one("But on Tuesday, she stood with other harbour leaders and urged the council to "
              "vote for the dredging plan.", "urged")
    assert st.source is not None and st.source.text == "she"
    assert _content(st) == ["the council to vote for the dredging plan"]


@pytest.mark.parametrize("text, source", [
    ("On Monday, officials closed the port and said the strike would last a week.", "officials"),
    ("After the vote in the council, the minister left the room and said the strike would last a week.",
     "the minister"),
])
def test_opening_phrase_is_never_the_subject(text: str, source: str) -> None:
    st = _one(text, "said")
    assert st.source is not None and st.source.text == source
    assert _content(st) == ["the strike would last a week"]


def test_opening_phrase_before_a_statement_noun_is_no_content() -> None:
    text = 'At the time, she released a statement saying, "The yard has been a trusted partner for decades."'
    st = _one(text, "saying")
    assert st.source is not None and st.source.text == "she"
    assert _content(st) == ['"The yard has been a trusted partner for decades."']


# --- noun-like report verbs after a name ------------------------------------------------------
@pytest.mark.parametrize("text, cue, content", [
    ("For example, Schweizer notes the foundation hid four donations worth $2.35 million.", "notes",
     "the foundation hid four donations worth $2.35 million"),
    ("Mayor Varga vows not to take the builder's calls until it changes course.", "vows",
     "not to take the builder's calls until it changes course"),
    ("Ilse Varga promises to cut the tram fare by 20 percent.", "promises", "to cut the tram fare by 20 percent"),
])
def test_noun_like_report_verb_after_a_name(text: str, cue: str, content: str) -> None:
    st = _one(text, cue)
    assert _content(st) == [content]


@pytest.mark.parametrize("text, word", [
    ("The United States claims to the islands were rejected.", "claims"),
    ("Mayor Varga's promises to the tram drivers cost 12 million crowns.", "promises"),
    ("Ilse Varga continues to lead the polls with 40 percent.", "continues"),
])
def test_names_and_aspect_verbs_are_no_report(text: str, word: str) -> None:
    assert [s for s in find_statements(text) if s.cue is not None and word in s.cue.text] == []


# --- "agreed with X that ..." ---------------------------------------------------------------
def test_agreed_with_someone_that_takes_the_clause() -> None:
    st = _one("Most voters agreed with the mayor that the tram would have to wait its turn.", "agreed with the mayor")
    assert st.source is not None and st.source.text == "Most voters"
    assert _content(st) == ["that the tram would have to wait its turn"]


def test_agreed_with_a_plan_keeps_the_plan_as_content() -> None:
    st = _one("Varga agreed with the dredging plan.", "agreed with")
    assert _content(st) == ["the dredging plan"]
