"""Content boundaries added in statements/6.

Every text is invented (fictional people, places and organisations). Each rule has cases
where the content must now stop earlier (exact spans) and cases where the longer
content is right and must stay.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.statements import Statement, find_statements
from tests.extract.statements._helpers import one_statement as _one


def _content(st: Statement) -> list[str]:
    return [c.text for c in st.content]


# --- 1. a cue inside a sentence-opening subordinate clause -------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("When Mayor Ilse Varga said the bridge toll would double, the harbour council "
         "called an emergency session.", "said", "the bridge toll would double"),
        ("After the Dorvan finance ministry announced that fuel duty would rise by 4 percent, "
         "hauliers blocked the ring road for two days.", "announced",
         "that fuel duty would rise by 4 percent"),
        ("Although Senator Piet Loran argued the levy was unfair, the chamber passed it "
         "by 61 votes to 40.", "argued", "the levy was unfair"),
        ("Because the port authority claimed the cranes were unsafe, the strike went on "
         "for a week.", "claimed", "the cranes were unsafe"),
        ("When Mayor Ilse Varga said that, in her view, the toll would double, the harbour council met.",
         "said", "that, in her view, the toll would double"),
    ],
)
def test_subordinate_clause_content_ends_at_its_comma(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # no subordinator: the reported clause runs on past its comma
        ("Mayor Ilse Varga said the bridge toll would double, and the council would meet "
         "on Friday.", "said", "the bridge toll would double, and the council would meet on Friday"),
        # the subordinate clause closes before the cue: the main clause reports
        ("When the vote ended, Mayor Ilse Varga said the bridge toll would double next year.",
         "said", "the bridge toll would double next year"),
    ],
)
def test_longer_content_outside_subordinate_clause_stays(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


def test_as_clause_keeps_front_content() -> None:
    text = "As Mayor Ilse Varga said, the bridge toll will double next spring."
    st = _one(text, "said")
    assert _content(st) == ["the bridge toll will double next spring"]
    assert st.source is not None and st.source.text == "Mayor Ilse Varga"


# --- 2. a stance object ends before an adverbial opener ----------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Governor Rada Kell endorsed Tomas Brill during a radio phone-in on Sunday.",
         "endorsed", "Tomas Brill"),
        ("The Lantis union condemned the pension reform because it raises the retirement age "
         "to 69.", "condemned", "the pension reform"),
        ("Councillor Emre Dost defended the harbour tax after the opposition walked out.",
         "defended", "the harbour tax"),
        ("Two dozen farm groups opposed the grain levy while the capital stayed quiet.",
         "opposed", "the grain levy"),
    ],
)
def test_stance_object_ends_before_adverbial(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause after a stance verb keeps its own "because"
        ("Councillor Emre Dost denied that the budget grew because of the harbour tax.",
         "denied", "that the budget grew because of the harbour tax"),
        # the object's own modifiers stay
        ("Governor Rada Kell endorsed the plan for a second rail tunnel under the bay.",
         "endorsed", "the plan for a second rail tunnel under the bay"),
    ],
)
def test_stance_content_that_stays_long(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


# --- 3. dashes: only a spaced, unpaired dash ends reported content -----------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a paired dash is an aside inside the content
        ("Minister Oren Vahl said the new frigate programme - the largest in a decade - "
         "would be delayed by two years.", "said",
         "the new frigate programme - the largest in a decade - would be delayed by two years"),
        # a hyphen joined to its words is part of the content
        ("Analyst Mira Coln said the hard-line bloc and its so-called reform wing would split "
         "before the spring vote.", "said",
         "the hard-line bloc and its so-called reform wing would split before the spring vote"),
    ],
)
def test_dash_inside_content_stays(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


def test_single_spaced_dash_still_ends_content() -> None:
    text = ("Minister Oren Vahl said the frigate programme would be delayed by two years - "
            "a setback his rivals were quick to seize on.")
    assert _content(_one(text, "said")) == ["the frigate programme would be delayed by two years"]


# --- 4. a cue inside a comma-opened relative clause ---------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mayor Ilse Varga, who said the bridge toll would double, resigned on Friday.",
         "said", "the bridge toll would double"),
        ("The grain levy, which the Dorvan farmers' union claimed would cost 3,000 jobs, "
         "was scrapped in March.", "claimed", "would cost 3,000 jobs"),
        # an aside right after "that" holds the clause's first two commas
        ("Mayor Ilse Varga, who said that, in her view, the bridge toll would double, resigned on Friday.",
         "said", "that, in her view, the bridge toll would double"),
    ],
)
def test_relative_clause_content_ends_at_its_comma(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # no relative pronoun before the cue: commas inside the content stay
        ("Mayor Ilse Varga said the bridge toll, in her view, would double in May.",
         "said", "the bridge toll, in her view, would double in May"),
        # the relative clause closes before the cue: the port itself reports
        ("The port, which is the largest in Lantis, said the cranes would be replaced, "
         "one by one, in June.", "said", "the cranes would be replaced, one by one, in June"),
    ],
)
def test_content_around_relative_clause_stays(text: str, cue: str, content: str) -> None:
    assert _content(_one(text, cue)) == [content]


def test_digit_group_comma_does_not_close_a_subordinate_clause() -> None:
    text = "When the Lantis rail board said 4,200 jobs would go, the unions called a strike."
    assert _content(_one(text, "said")) == ["4,200 jobs would go"]


# --- 5. a second report after a comma ------------------------------------------------------
def test_second_report_after_comma_ends_the_first_content() -> None:
    text = ("Most Dorvan grain farmers said the new levy was unfair, 27 percent of traders said "
            "it should rise further, and the rest were undecided.")
    found = find_statements(text)
    by_source = {s.source.text: _content(s) for s in found if s.source is not None}
    assert by_source["Most Dorvan grain farmers"] == ["the new levy was unfair"]
    assert by_source["27 percent of traders"] == ["it should rise further, and the rest were undecided"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a comma and more narration without a speech verb: the content goes on
        ("Ilse Varga said the bridge would open in May, the ministry having approved the last "
         "permits on Friday.", "the bridge would open in May, the ministry having approved the last "
         "permits on Friday"),
        ("Ilse Varga said the bridge would open in May, two weeks later than planned.",
         "the bridge would open in May, two weeks later than planned"),
        # the sentence's own verb after a parenthesis and a comma: no second report
        ("The bank said that government spending, and in particular the defence budget of 1.2 "
         "trillion korunas ($14.3bn), was adding to demand.", "that government spending, and in "
         "particular the defence budget of 1.2 trillion korunas ($14.3bn), was adding to demand"),
        # a relative clause holding a report is part of the content, figure and all
        ("Ilse Varga said the plan, which analysts believe is flawed, would cost more than "
         "$2 billion.", "the plan, which analysts believe is flawed, would cost more than $2 billion"),
        ("Ilse Varga said the plant, whose managers say output has tripled, would need 400 "
         "more workers.", "the plant, whose managers say output has tripled, would need 400 more workers"),
    ],
)
def test_content_without_second_report_stays(text: str, content: str) -> None:
    assert _content(_one(text, "said")) == [content]
    assert len(find_statements(text)) == 1


@pytest.mark.parametrize("opening", ["On", "Sunday on", "Last week on"])
def test_programme_title_in_a_framing_phrase_is_not_the_content(opening: str) -> None:
    text = (f"{opening} Lantis Radio’s “Harbour Hour,” Mayor Ilse Varga said the bridge toll "
            "would double next spring.")
    st = _one(text, "said")
    assert _content(st) == ["the bridge toll would double next spring"]
    assert st.source is not None and st.source.text == "Mayor Ilse Varga"


def test_quotation_before_the_source_stays_the_content() -> None:
    text = "“The toll will double,” Mayor Ilse Varga said on Sunday."
    assert _content(_one(text, "said")) == ["“The toll will double,”"]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        ("In a statement on Monday, Ilse Varga, the harbour commissioner, said the toll would double.",
         "Ilse Varga, the harbour commissioner", "Ilse Varga"),
        ("After meeting Tomas Reyl, Ilse Varga, the harbour commissioner, said the toll would double.",
         "Ilse Varga, the harbour commissioner", "Ilse Varga"),
        ("On Monday, however, the head of the port board, Ilse Varga, said the toll would double.",
         "the head of the port board, Ilse Varga", "Ilse Varga"),
        ("In a statement, one of the family’s lawyers, Piet Loran, said the video showed no threat.",
         "one of the family’s lawyers, Piet Loran", "Piet Loran"),
        # no opening phrase: the apposition source as before
        ("Ilse Varga, the harbour commissioner, said the toll would double.",
         "Ilse Varga, the harbour commissioner", "Ilse Varga"),
    ],
)
def test_opening_phrase_is_no_part_of_an_apposition_source(text: str, source: str, speaker: str) -> None:
    st = _one(text, "said")
    assert st.source is not None and st.source.text == source
    assert st.speaker == speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Hours later, Kim Dal returned the favour to Piet Loran, saying the crews had saved the quay.", "Kim Dal"),
        ("VALMORA, March 3 (Harbour Wire) — In response to the plan, Mayor Ilse Varga rallied "
         "supporters, saying the toll was unfair.", "Mayor Ilse Varga"),
        ("The Ostland navy used the drill as a pretext, saying the strait was under threat.", "The Ostland navy"),
        ("Ted Holt, the mayor, praised the crews, saying the port was safe.", "Ted Holt, the mayor"),
        ("On Monday, officials closed the Valmora port, saying the storm would reach the coast.", "officials"),
        ("Arriving at the quay, police searched the ferry, saying the gunman had fled.", "police"),
    ],
)
def test_participle_after_a_clause_takes_its_subject(text: str, source: str) -> None:
    st = _one(text, "saying")
    assert st.source is not None and st.source.text == source
