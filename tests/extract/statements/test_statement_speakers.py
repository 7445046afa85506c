"""Hand-checked cases for source spans and speaker resolution (statements/2).

Every text is invented (fictional people, places and outlets). Each case picks the
statement whose content holds ``pick`` and checks content, source and speaker.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.statements import Statement, find_statements
from newsclaims.extract.statements.speakers import Resolver

# (id, text, pick, contents, source, speaker)
CASES = [
    # --- source between a quotation and its cue -----------------------------------------
    ("middle-apposition-told",
     "“This party is not divided,” Senator Jo Pell, a close adviser to the governor, told the Harlow Gazette.",
     "divided", ["“This party is not divided,”"], "Senator Jo Pell, a close adviser to the governor", "Jo Pell"),
    ("middle-age-said-as",
     "“They want us to shut up,” Nina Oduya, 25, said as she marched through the city.",
     "shut up", ["“They want us to shut up,”"], "Nina Oduya, 25", "Nina Oduya"),
    ("middle-said-of",
     "“We felt it was stifling,” Representative Carl B. Amsel, Republican of Ostland, said of the old rules.",
     "stifling", ["“We felt it was stifling,”"], "Representative Carl B. Amsel, Republican of Ostland", "Carl B. Amsel"),
    ("middle-outlet-wrote",
     "“Some may call this unkind,” Vessa, the official Valmoran news agency, wrote.",
     "unkind", ["“Some may call this unkind,”"], "Vessa, the official Valmoran news agency", "Vessa"),
    # --- inverted sources that are not plain names ----------------------------------------
    ("inverted-lowercase-descriptor", "“The excuses do not hold,” said widow Terry Varga.",
     "excuses", ["“The excuses do not hold,”"], "widow Terry Varga", "Terry Varga"),
    ("inverted-rev-abbreviation", "“The city will change,” said the Rev. Peter Morrow, of Linden Chapel.",
     "city", ["“The city will change,”"], "the Rev. Peter Morrow", "Peter Morrow"),
    ("inverted-middle-initial", "“There is a need for oversight,” said Ronald T. Farris, a Harlow lawyer.",
     "oversight", ["“There is a need for oversight,”"], "Ronald T. Farris", "Ronald T. Farris"),
    ("inverted-one-source", "“The panel is in a frenzy,” said one Democratic source on the panel.",
     "frenzy", ["“The panel is in a frenzy,”"], "one Democratic source", "one Democratic source"),
    ("inverted-determiner-after-quote", "“How big is that wall?” asked the boy.",
     "wall", ["“How big is that wall?”"], "the boy", "the boy"),
    ("inverted-pronoun-not-clause",
     "Rep. Ada Lusk (D-Ost.), a member of the budget committee, said she fully backs the deal.",
     "backs", ["she fully backs the deal"], "Rep. Ada Lusk (D-Ost.), a member of the budget committee", "Ada Lusk"),
    # --- the quotation is the content, not the adverbial after the cue ----------------------
    ("front-quote-trailing-adverbial",
     "The economy “has changed for the better,” Kowal said in June 2019, citing new jobs figures.",
     "better", ["The economy “has changed for the better,”"], "Kowal", "Kowal"),
    ("told-me-this-week", "“Every candidate should do so,” Doug Ebner, an economist, told me this week.",
     "candidate", ["“Every candidate should do so,”"], "Doug Ebner, an economist", "Doug Ebner"),
    # --- sources with time phrases, relative pronouns, openers --------------------------------
    ("time-phrase-before-cue",
     "The Valmoran foreign ministry less than two weeks ago said the border would reopen.",
     "reopen", ["the border would reopen"], "The Valmoran foreign ministry", "The Valmoran foreign ministry"),
    ("relative-who",
     "The bill was backed by Senator Ann Holt, who said the plan would cut costs.",
     "cut costs", ["the plan would cut costs"], "who", "Ann Holt"),
    ("relative-who-with-time",
     "The merger was blocked by Lena Marsh, who in 2014 said the party would “never” merge.",
     "merge", ["the party would “never” merge"], "who", "Lena Marsh"),
    ("opener-before-and-said",
     "However, Ivo Brandt met the envoy in May and declared that he found him “very charming.”",
     "charming", ["that he found him “very charming.”"], "Ivo Brandt", "Ivo Brandt"),
    ("this-source", "“The children do not like him,” this source told the Post.",
     "children", ["“The children do not like him,”"], "this source", "this source"),
    # --- cues -------------------------------------------------------------------------
    ("tag-after-question-mark",
     "“Remember when she said she was poor?” Kowal said Friday. “She has millions in the bank.”",
     "poor", ["“Remember when she said she was poor?”", "“She has millions in the bank.”"], "Kowal", "Kowal"),
    ("present-tense-nounish-cue", "“I can point to only two results,” Bozell answers.",
     "results", ["“I can point to only two results,”"], "Bozell", "Bozell"),
    ("as-put-it-front", "As Ann Amar, a law professor, put it, “Senators should take the deal.”",
     "Senators", ["“Senators should take the deal.”"], "Ann Amar, a law professor", "Ann Amar"),
    ("as-put-it-back", "The deal is “a farce” and a trap, as Ann Amar put it.",
     "farce", ["The deal is “a farce” and a trap"], "Ann Amar", "Ann Amar"),
    ("calling-them", "Mayor Rita Dunn attacked the council on Monday, calling its members “cowards.”",
     "cowards", ["its members “cowards.”"], "Mayor Rita Dunn", "Rita Dunn"),
    ("called-ends-with-quote",
     "Rita Dunn called the plan a “disaster,” a sign of the rift inside the coalition.",
     "disaster", ["the plan a “disaster,”"], "Rita Dunn", "Rita Dunn"),
    ("chanted", "Protesters chanted “No more cuts” outside the ministry.",
     "No more", ["“No more cuts” outside the ministry"], "Protesters", "Protesters"),
    ("asked-about-is-not-the-cue",
     "When asked whether the merger would go ahead, Devin Roe responded: “I guess so.”",
     "guess", ["“I guess so.”"], "Devin Roe", "Devin Roe"),
    # --- content ends before the writer's own trailing clause ----------------------------
    ("content-ends-at-which",
     "Wilma Cox said she was “a big advocate” of common standards, which many states have dropped.",
     "advocate", ["she was “a big advocate” of common standards"], "Wilma Cox", "Wilma Cox"),
    ("content-ends-at-participle",
     "Ivo Brandt insisted that he had “grown the party,” prompting laughter in the hall.",
     "grown", ["that he had “grown the party,”"], "Ivo Brandt", "Ivo Brandt"),
    ("content-chains-at-claiming",
     "Ivo Brandt insisted that he had “grown the party,” claiming that turnout had doubled.",
     "turnout", ["that turnout had doubled"], "Ivo Brandt", "Ivo Brandt"),
    ("content-ends-at-spaced-dash",
     "Ivo Brandt likened the rules to “burning the charter” - a charge that stung the party.",
     "charter", ["the rules to “burning the charter”"], "Ivo Brandt", "Ivo Brandt"),
    ("framing-phrase-with-title-quote",
     "In an interview on Valmora TV’s “Morning Hour,” Ivo Brandt said the budget would pass.",
     "budget", ["the budget would pass"], "Ivo Brandt", "Ivo Brandt"),
    ("adverb-between-source-and-cue", "Fact-checkers soon noted that the figure was wrong.",
     "figure", ["that the figure was wrong"], "Fact-checkers", "Fact-checkers"),
    ("statement-saying-author", "Ivo Brandt issued a statement saying the budget would pass.",
     "budget", ["the budget would pass"], "Ivo Brandt", "Ivo Brandt"),
    # --- cues added from counts on PolNeAR train ---------------------------------------
    ("referred-to", "Ivo Brandt referred to the plan as a trap.",
     "trap", ["the plan as a trap"], "Ivo Brandt", "Ivo Brandt"),
    ("railed-against", "Mayor Rita Dunn railed against the new tax.",
     "tax", ["the new tax"], "Mayor Rita Dunn", "Rita Dunn"),
    ("calls-for", "Rita Dunn calls for a recount in every district.",
     "recount", ["a recount in every district"], "Rita Dunn", "Rita Dunn"),
    ("base-belief-after-pronoun", "They hope the talks will resume.",
     "talks", ["the talks will resume"], "They", "They"),
    ("outer-report-wraps-belief", "We know the vote was fair, the mayor said.",
     "fair", ["We know the vote was fair"], "the mayor", "the mayor"),
    ("outer-report-wraps-3sg-belief", "Ivo Brandt believes the plan works, his aides said.",
     "plan works", ["Ivo Brandt believes the plan works"], "his aides", "his aides"),
    # --- titles inside a name ---------------------------------------------------------
    ("title-after-institution", "House Speaker Paul D. Kane (R-Ost.) said the protests demanded an answer.",
     "answer", ["the protests demanded an answer"], "House Speaker Paul D. Kane (R-Ost.)", "Paul D. Kane"),
    ("title-of-state", "Secretary of State Jo Kerr visited Harlow.\n\nThe secretary said the talks would resume.",
     "resume", ["the talks would resume"], "The secretary", "Jo Kerr"),
    ("title-in-org-name", "Bank of Ostland Governor Ann Holt said rates would rise.",
     "rates", ["rates would rise"], "Bank of Ostland Governor Ann Holt", "Ann Holt"),
]


def _pick(statements: list[Statement], needle: str) -> Statement:
    hits = [s for s in statements if any(needle in c.text for c in s.content)]
    assert hits, f"no statement holds {needle!r}: {statements}"
    return hits[0]


@pytest.mark.parametrize("text,pick,contents,source,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_source_and_speaker(text, pick, contents, source, speaker):
    st = _pick(find_statements(text), pick)
    assert [c.text for c in st.content] == contents
    assert (st.source.text if st.source else None) == source
    assert st.speaker == speaker
    for span in (*st.content, st.cue, st.source, st.speaker_span, st.sentence):
        if span is not None:
            assert text[span.start : span.end] == span.text


def test_title_case_quote_is_no_statement():
    text = "Her memoir, “Broken Roads: How Valmora Lost Its Way,” sold well in Harlow last year."
    assert find_statements(text) == []


def test_negated_cue_is_no_statement():
    assert find_statements("Ivo Brandt hasn't said whether he will run again next year.") == []


# --- gender learned from the document's own pronouns ------------------------------------
_TWO_PEOPLE = (
    "Dana Okoro and Sam Reyes met in Harlow on Monday.\n\n"
    "Okoro said she would back the bill. Later she added that her party agreed.\n\n"
    "Reyes said he was not convinced, and he repeated that his group would vote no.\n\n"
    "{last}"
)


def test_gender_from_pronouns_referring_back():
    r = Resolver(_TWO_PEOPLE.format(last=""), [])
    genders = {m.entity.name: m.entity.gender for m in r.mentions if m.entity.kind == "person"}
    assert genders["Dana Okoro"] == "f"
    assert genders["Sam Reyes"] == "m"


def test_she_skips_nearer_man_once_gender_is_known():
    text = _TWO_PEOPLE.format(last="After the vote, she said the count was fair.")
    st = _pick(find_statements(text), "count was fair")
    assert st.source is not None and st.source.text == "she"
    assert st.speaker == "Dana Okoro"


def test_he_resolves_to_the_man():
    text = _TWO_PEOPLE.format(last="After the vote, he said the count was rigged.")
    st = _pick(find_statements(text), "count was rigged")
    assert st.speaker == "Sam Reyes"


def test_one_pronoun_is_not_enough_evidence():
    r = Resolver("Kim Talvi spoke in Harlow. The crowd cheered him.", [])
    kim = [m.entity for m in r.mentions if m.entity.name == "Kim Talvi"][0]
    assert kim.gender is None  # a single vote may be wrong: gender stays open


def test_pronoun_prefers_a_confirmed_person_over_a_capitalised_phrase():
    text = (
        "Mr. Ivo Brandt campaigned hard before Super Tuesday.\n\n"
        "He said the Trade Partnership would cost jobs, and the partnership was never popular."
    )
    st = _pick(find_statements(text), "cost jobs")
    assert st.speaker == "Ivo Brandt"


def test_asked_opening_a_sentence_is_no_cue():
    # "Asked about X, Y ...": the question is the writer's framing, not a statement.
    text = "Asked about the “secret annex” on Monday, Devin Roe shrugged and left the room."
    assert find_statements(text) == []


def test_time_word_is_never_a_source():
    text = "The mayor, who has feuded with the council all week, on Friday described the vote as a farce."
    assert all(st.source is None or st.source.text != "Friday" for st in find_statements(text))


def test_outlet_name_is_no_cue():
    # "Post" after a capitalised word is a name, not the verb "post".
    assert find_statements("The figures were first printed by The Harlow Post.") == []


def test_plural_noun_calls_is_no_cue():
    assert find_statements("The calls for a recount grew louder.") == []
