"""Attribution shapes fixed in statements/8.

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


def _by_cue(text: str) -> dict[str, Statement]:
    return {s.cue.text: s for s in find_statements(text) if s.cue is not None}


# --- a quotation opened after a no-break space ------------------------------------------
def test_split_quote_after_a_no_break_space_is_one_statement() -> None:
    text = ("Budget talks stalled again.\n"
            "\"We are short of 3,000 nurses,\" Ilse Varga said.\u00a0\"And the agencies charge "
            "twice the rate. That cannot go on.\"")
    (st,) = find_statements(text)
    assert st.speaker == "Ilse Varga"
    assert _content(st) == ["\"We are short of 3,000 nurses,\"",
                            "\"And the agencies charge twice the rate. That cannot go on.\""]


# --- the main report after a relative clause that reports too ---------------------------
def test_main_report_after_a_reporting_relative_clause() -> None:
    text = ("Tomas Reyl, who said he usually votes for the Harbour Party, said the tram levy "
            "would cost his shop 900 crowns a year.")
    found = find_statements(text)
    assert [(s.cue.text, s.source.text, _content(s)) for s in found if s.cue and s.source] == [
        ("said", "who", ["he usually votes for the Harbour Party"]),
        ("said", "Tomas Reyl", ["the tram levy would cost his shop 900 crowns a year"]),
    ]
    assert {s.speaker for s in found} == {"Tomas Reyl"}


def test_relative_clause_source_still_resolves_to_its_antecedent() -> None:
    st = _one("Mayor Ilse Varga praised Piet Loran, who called the toll plan a disaster.", "called")
    assert st.source is not None and st.source.text == "who"
    assert st.speaker == "Piet Loran"


# --- dash asides around the cue -----------------------------------------------------------
def test_dash_aside_between_cue_and_that_clause_is_not_content() -> None:
    st = _one("The ministry's spokesman Aron Dalk said — in a post on Sunday, as it happens — "
              "that output had reached 250,000 shells a month.", "said")
    assert _content(st) == ["that output had reached 250,000 shells a month"]
    assert st.speaker == "Aron Dalk"


def test_comma_aside_before_that_clause_is_not_content() -> None:
    st = _one("The Dorvan treasury said, in a statement on Friday, that inflation fell to 9.6 percent.", "said")
    assert _content(st) == ["that inflation fell to 9.6 percent"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("Reached by phone, Mara Ellis — who runs the Valmora dock union — told the Harbour Wire "
         "the strike would go on.", "told the Harbour Wire", "Mara Ellis", "the strike would go on"),
        ("Several speakers at the rally — including two former ministers — said the budget "
         "was unlawful.", "said", "Several speakers at the rally", "the budget was unlawful"),
    ],
)
def test_source_before_a_dash_aside(text: str, cue: str, source: str, content: str) -> None:
    st = _one(text, cue)
    assert st.source is not None and st.source.text == source
    assert _content(st) == [content]


def test_a_clause_between_dashes_is_no_source() -> None:
    st = _one("The plan — costs rose sharply — officials said.", "said")
    assert st.source is not None and st.source.text == "officials"


# --- content that opens with "As" or "So" before the cue ----------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As a newcomer, Lind probably drew less attention, Mr. Varga said.",
         "As a newcomer, Lind probably drew less attention"),
        ("So far the rationing has held, the minister said.", "So far the rationing has held"),
    ],
)
def test_fronted_content_may_open_with_as_or_so(text: str, content: str) -> None:
    assert _content(_one(text, "said")) == [content]


def test_said_as_much_is_still_no_statement() -> None:
    assert find_statements("Ilse Varga said as much on Tuesday.") == []


# --- "X says A but argues B": two statements ---------------------------------------------
def test_but_plus_cue_starts_a_second_statement() -> None:
    found = _by_cue("Varga says she respects Loran’s “energy and drive” but argues that he cannot "
                    "pay for the tram line.")
    assert _content(found["says"]) == ["she respects Loran’s “energy and drive”"]
    assert _content(found["argues"]) == ["that he cannot pay for the tram line"]
    assert found["argues"].speaker == "Varga"


def test_but_without_a_cue_stays_inside_the_content() -> None:
    st = _one("The mayor said the budget was tight but necessary.", "said")
    assert _content(st) == ["the budget was tight but necessary"]


# --- participles after a dash or ", while" -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Piet Loran changed his vote on the spot – saying he now backed the tram levy.",
         "he now backed the tram levy", "Piet Loran"),
        ("Piet Loran changed his vote on the spot - saying he now backed the tram levy.",
         "he now backed the tram levy", "Piet Loran"),
        ("Ilse Varga gave a cautious assessment of the port deal, while saying that the "
         "new cranes would pay for themselves.", "that the new cranes would pay for themselves", "Ilse Varga"),
    ],
)
def test_participle_after_dash_or_while_takes_the_clause_subject(text: str, content: str, speaker: str) -> None:
    st = _one(text, "saying")
    assert _content(st) == [content]
    assert st.speaker == speaker


def test_participle_after_a_stance_verb_keeps_the_stance_subject() -> None:
    found = _by_cue("Loran has denounced members who heckle reporters, saying the party "
                    "doesn’t want “that kind of noise,” in an interview on Sunday.")
    assert found["saying"].source is not None and found["saying"].source.text == "Loran"
    assert _content(found["saying"])[0].startswith("the party doesn’t want")


# --- a trailing "according to" attributes the clause before it ------------------------------
@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Varga did well among voters who believe that the port is a boon for the city, "
         "according to exit polls.", "exit polls",
         "Varga did well among voters who believe that the port is a boon for the city"),
        ("Forty percent of all reported donations came from women, according to an analysis "
         "by Fundwatch, a campaign finance website.",
         "an analysis by Fundwatch, a campaign finance website",
         "Forty percent of all reported donations came from women"),
        ("The publisher declined to renew the offer, according to an executive familiar "
         "with the talks.", "an executive familiar with the talks",
         "The publisher declined to renew the offer"),
        ("Output rose 12 percent, according to the ministry, which gave no reason.",
         "the ministry", "Output rose 12 percent"),
    ],
)
def test_trailing_according_to_takes_the_clause(text: str, source: str, content: str) -> None:
    (st,) = find_statements(text)
    assert st.kind == "according_to"
    assert st.source is not None and st.source.text == source
    assert _content(st) == [content]


def test_speech_inside_an_according_to_clause_is_kept_and_cut() -> None:
    found = find_statements("Loran said the plan had failed, according to the Harbour Post.")
    assert [(s.kind, _content(s)) for s in found] == [
        ("according_to", ["Loran said the plan had failed"]),
        ("indirect", ["the plan had failed"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Varga leads Loran by 271 pledged delegates, with four states left to vote.",
        "The ministry's announced target is 250,000 shells a month.",
    ],
)
def test_participle_adjectives_are_no_cue(text: str) -> None:
    assert find_statements(text) == []


def test_contracted_has_before_a_cue_is_still_a_cue() -> None:
    st = _one("Loran, who’s argued for years that the levy is unlawful, lost the vote.", "argued")
    assert _content(st) == ["that the levy is unlawful"]
    assert st.speaker == "Loran"


def test_all_before_a_cue_verb_is_a_group_of_speakers() -> None:
    st = _one("Senators Ada Lusk (D-Ost.) and Piet Loran (R-Val.) all suggested that the "
              "bank had misled its customers.", "suggested")
    assert _content(st) == ["that the bank had misled its customers"]


def test_and_after_a_trailing_according_to_goes_on_with_the_report() -> None:
    found = find_statements("The families watched the videos on Thursday, according to their lawyers, "
                            "and found no sign of a warning.")
    acc = [s for s in found if s.kind == "according_to"]
    assert [_content(s) for s in acc] == [["The families watched the videos on Thursday",
                                           "and found no sign of a warning"]]


# --- records as sources: polls, surveys, filings ------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("A Harbour Wire/Lind poll of Valmora released on Tuesday showed Varga with a 16-point "
         "lead over Loran.", "showed", "A Harbour Wire/Lind poll", "Varga with a 16-point lead over Loran"),
        ("Treasury records from the 2019 budget cycle show the ministry spent 1.2 billion crowns "
         "on shells.", "show", "Treasury records",
         "the ministry spent 1.2 billion crowns on shells"),
        ("Early results of exit polls conducted by Lind Research for the Harbour Wire show "
         "two-thirds of voters back the levy.", "show", "Early results of exit polls",
         "two-thirds of voters back the levy"),
        ("A Harbour Wire poll, conducted jointly with Lind Research and Ostmark Data, shows "
         "Varga at 47 percent and Loran at 44 percent.", "shows", "A Harbour Wire poll",
         "Varga at 47 percent and Loran at 44 percent"),
        ("Loran has not given to any other campaign, election commission records compiled by "
         "the Civic Ledger show.", "show", "election commission records",
         "Loran has not given to any other campaign"),
        ("More than 40 percent of that money arrived in February alone, new fundraising reports show.",
         "show", "new fundraising reports", "More than 40 percent of that money arrived in February alone"),
    ],
)
def test_records_report_what_they_show(text: str, cue: str, source: str, content: str) -> None:
    st = _one(text, cue)
    assert st.source is not None and st.source.text == source
    assert _content(st) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The shipyard showed a profit of 30 million crowns in the third quarter.",
        "Police found the body of a man near the harbour.",
    ],
)
def test_show_and_find_without_a_record_are_no_report(text: str) -> None:
    assert find_statements(text) == []


# --- sources: lower-case heads, counts of respondents --------------------------------------
def test_clause_subject_runs_to_its_role_head() -> None:
    st = _one("The ministry's press office issued a note and said output had doubled.", "said")
    assert st.source is not None and st.source.text == "The ministry's press office"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("More than 4 in 10 said Varga would be best at handling the economy.", "More than 4 in 10"),
        ("Six in 10 voters say the levy is unfair.", "Six in 10 voters"),
        ("Three-quarters of the voters said they were very worried.", "Three-quarters of the voters"),
    ],
)
def test_counts_of_respondents_are_unnamed_sources(text: str, source: str) -> None:
    (st,) = find_statements(text)
    assert st.source is not None and st.source.text == source
    assert st.speaker == source and st.speaker_named is False


def test_a_comparison_is_still_no_source() -> None:
    assert find_statements("Output rose faster than analysts had expected.") == []


# --- "but said", asides typed with hyphens, adverbials before "that" ----------------------
def test_but_said_takes_the_clause_subject() -> None:
    st = _one("Judge Ana Sorel put off ruling on the request but said the group could come back "
              "later.", "said")
    assert st.source is not None and st.source.text == "Judge Ana Sorel"
    assert _content(st) == ["the group could come back later"]


def test_a_short_quotation_inside_an_opening_phrase_is_not_the_content() -> None:
    st = _one('Walking into the hall to chants of "Varga! Varga!," the senator said her campaign '
              'was "closing really strong."', "said")
    assert _content(st) == ['her campaign was "closing really strong."']


@pytest.mark.parametrize("dash", [" - ", " — "])
def test_relative_clause_between_dashes_and_the_main_report(dash: str) -> None:
    text = (f"Harbour Party leader Mara Ellis{dash}who previously said she would scrap the levy{dash}"
            "said at a Saturday rally in Valmora that the port should stay public.")
    found = find_statements(text)
    assert [(s.cue.text, _content(s), s.speaker) for s in found if s.cue] == [
        ("previously said", ["she would scrap the levy"], "Mara Ellis"),
        ("said", ["that the port should stay public"], "Mara Ellis"),
    ]


def test_content_after_a_time_adverbial_keeps_its_relative_clause() -> None:
    st = _one("Holt said on Tuesday the plan that he backed was dead.", "said")
    assert _content(st) == ["the plan that he backed was dead"]


def test_name_colon_quote_inside_a_paragraph_is_a_speaker_line() -> None:
    found = find_statements('Varga and Loran, among others, reject the term. Varga: "Our goal is not to '
                            'contain the strike, but to end it." Loran: "The mission is to end the strike '
                            '-- not to contain it."')
    assert [(s.speaker, len(s.content)) for s in found] == [("Varga", 1), ("Loran", 1)]


def test_a_colon_inside_a_paragraph_without_a_quotation_is_no_speaker_line() -> None:
    assert find_statements("Prices rose again. The report had one conclusion: prices will rise.") == []


@pytest.mark.parametrize("verb", ["backed the government's response", "said the response was measured"])
def test_an_adverb_is_never_a_source(verb: str) -> None:
    found = find_statements(f"Opposition parties in Lisenholm, usually critical of military spending, {verb}.")
    sources = [s.source.text for s in found if s.source is not None]
    assert "usually" not in sources
    if verb.startswith("said"):  # the apposition belongs to the parties, who speak
        assert sources == ["Opposition parties in Lisenholm, usually critical of military spending"]
