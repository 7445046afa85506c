"""Hand-checked statement cases: kind, content, source and resolved speaker.

Every text here is invented (fictional people, places and outlets). Each case picks the
statement whose content holds ``pick`` and checks it against what a careful reader
would mark by hand.
"""

from __future__ import annotations

import pytest

from newsclaims.extract.statements import EXTRACTOR_VERSION, Statement, find_statements

KOROV = "Defense Minister Ivan Korov visited the front on Monday.\n\n"
ELLIS = "Opposition leader Mara Ellis spoke in Harlow on Friday.\n\n"
BRIGHT = "Brightwater Systems Inc. cut its annual forecast on Tuesday.\n\n"

# (id, text, pick, kind, contents, source, speaker, named)
CASES = [
    # --- direct quotes -------------------------------------------------------------
    ("direct-inverted-title", "“We will not retreat,” said Defense Minister Ivan Korov.",
     "retreat", "direct", ["“We will not retreat,”"], "Defense Minister Ivan Korov", "Ivan Korov", True),
    ("direct-surname-alias", KOROV + "“The border is calm,” Korov said.",
     "calm", "direct", ["“The border is calm,”"], "Korov", "Ivan Korov", True),
    ("direct-straight-quotes", '"We will appeal," lawyer Tomas Brandt said.',
     "appeal", "direct", ['"We will appeal,"'], "lawyer Tomas Brandt", "Tomas Brandt", True),
    ("direct-colon-she", ELLIS + "She said: “The vote was rigged.”",
     "rigged", "direct", ["“The vote was rigged.”"], "She", "Mara Ellis", True),
    ("direct-told-reporters", KOROV + "“We have nothing to hide,” Korov told reporters.",
     "hide", "direct", ["“We have nothing to hide,”"], "Korov", "Ivan Korov", True),
    ("direct-trailing-place", KOROV + "“We are ready,” he told reporters in Harlow.",
     "ready", "direct", ["“We are ready,”"], "he", "Ivan Korov", True),
    ("direct-cue-inside-quote-ignored", ELLIS + "“They said we would be safe,” Ellis recalled.",
     "safe", "direct", ["“They said we would be safe,”"], "Ellis", "Mara Ellis", True),
    ("direct-multi-sentence-quote", KOROV + "“The first phase is over. The second starts in May,” Korov said.",
     "first phase", "direct", ["“The first phase is over. The second starts in May,”"], "Korov", "Ivan Korov", True),
    ("direct-transcript-colon", "KOROV: We will hold the line whatever it costs.",
     "hold the line", "direct", ["We will hold the line whatever it costs"], "KOROV", "KOROV", True),
    # --- split and multi-paragraph quotes --------------------------------------------
    ("split-quote-one-sentence", KOROV + "“We are ready,” Korov said, “and we will not wait for permission.”",
     "ready", "direct", ["“We are ready,”", "“and we will not wait for permission.”"], "Korov", "Ivan Korov", True),
    ("split-quote-two-sentences", KOROV + "“We are ready,” Korov said. “Nobody will stop us now.”",
     "ready", "direct", ["“We are ready,”", "“Nobody will stop us now.”"], "Korov", "Ivan Korov", True),
    ("multi-paragraph-quote-forward", KOROV + "Korov said: “The first phase of the operation is over.\n\n“The second phase starts in May and will take weeks.”",
     "first phase", "direct", ["“The first phase of the operation is over.", "“The second phase starts in May and will take weeks.”"],
     "Korov", "Ivan Korov", True),
    ("multi-paragraph-quote-backward", ELLIS + "“The count was a farce from start to finish.\n\n“We will take this to the courts,” Ellis said.",
     "farce", "direct", ["“The count was a farce from start to finish.", "“We will take this to the courts,”"],
     "Ellis", "Mara Ellis", True),
    # --- mixed -----------------------------------------------------------------------
    ("mixed-fragment", KOROV + "Korov said the offensive was “going exactly to plan” despite the losses.",
     "offensive", "mixed", ["the offensive was “going exactly to plan” despite the losses"], "Korov", "Ivan Korov", True),
    ("mixed-called", ELLIS + "Ellis called the plan “reckless” and said she would oppose it.",
     "reckless", "mixed", ["the plan “reckless”"], "Ellis", "Mara Ellis", True),
    ("mixed-called-then-said", ELLIS + "Ellis called the plan “reckless” and said she would oppose it.",
     "oppose", "indirect", ["she would oppose it"], "Ellis", "Mara Ellis", True),
    # --- indirect ----------------------------------------------------------------------
    ("indirect-said-that-title", "Defense Minister Ivan Korov said on Tuesday that the army would withdraw by March.",
     "withdraw", "indirect", ["that the army would withdraw by March"], "Defense Minister Ivan Korov", "Ivan Korov", True),
    ("indirect-said-no-that", KOROV + "Korov said the army would withdraw by March.",
     "withdraw", "indirect", ["the army would withdraw by March"], "Korov", "Ivan Korov", True),
    ("indirect-warned", KOROV + "Korov warned that any incursion would be met with force.",
     "incursion", "indirect", ["that any incursion would be met with force"], "Korov", "Ivan Korov", True),
    ("indirect-urged-role", "UN envoy Sara Lind arrived in Harlow on Sunday.\n\nThe envoy urged both sides to return to the talks.",
     "both sides", "indirect", ["both sides to return to the talks"], "The envoy", "Sara Lind", True),
    ("indirect-added-pronoun", KOROV + "He added that the talks would resume next week.",
     "resume", "indirect", ["that the talks would resume next week"], "He", "Ivan Korov", True),
    ("indirect-noted", ELLIS + "Ellis noted that turnout had fallen in every district.",
     "turnout", "indirect", ["that turnout had fallen in every district"], "Ellis", "Mara Ellis", True),
    ("indirect-claimed", ELLIS + "Ellis claimed that ballots had been destroyed.",
     "ballots", "indirect", ["that ballots had been destroyed"], "Ellis", "Mara Ellis", True),
    ("indirect-insisted", KOROV + "The minister insisted the troops had never crossed the river.",
     "troops", "indirect", ["the troops had never crossed the river"], "The minister", "Ivan Korov", True),
    ("indirect-announced-company", BRIGHT + "The company announced that it would close two plants.",
     "plants", "indirect", ["that it would close two plants"], "The company", "Brightwater Systems Inc.", True),
    ("indirect-denied-ministry", "The Valmoran Defence Ministry published casualty figures on Monday.\n\nThe ministry denied that any civilians had been hurt.",
     "civilians", "indirect", ["that any civilians had been hurt"], "The ministry", "Valmoran Defence Ministry", True),
    ("indirect-told-outlet", KOROV + "Korov told Reuters that the deal was dead.",
     "deal", "indirect", ["that the deal was dead"], "Korov", "Ivan Korov", True),
    ("indirect-told-outlet-no-that", "A senior official told the Harlow Gazette the talks had stalled.",
     "stalled", "indirect", ["the talks had stalled"], "A senior official", "A senior official", False),
    ("indirect-says-present", ELLIS + "Ellis says the election was stolen.",
     "election", "indirect", ["the election was stolen"], "Ellis", "Mara Ellis", True),
    ("indirect-said-in-statement", "Brightwater Systems said in a statement that it would cut 200 jobs.",
     "200 jobs", "indirect", ["that it would cut 200 jobs"], "Brightwater Systems", "Brightwater Systems", True),
    ("indirect-outlet-reported", "The Harlow Gazette reported that the mayor had resigned.",
     "mayor", "indirect", ["that the mayor had resigned"], "The Harlow Gazette", "Harlow Gazette", True),
    ("indirect-belief", "Most analysts believe that the currency will recover by spring.",
     "currency", "indirect", ["that the currency will recover by spring"], "Most analysts", "Most analysts", False),
    ("indirect-adding-chain-first", KOROV + "Korov said the talks had failed, adding that new sanctions were likely.",
     "talks had failed", "indirect", ["the talks had failed"], "Korov", "Ivan Korov", True),
    ("indirect-adding-chain-second", KOROV + "Korov said the talks had failed, adding that new sanctions were likely.",
     "sanctions", "indirect", ["that new sanctions were likely"], "Korov", "Ivan Korov", True),
    # --- inverted and parenthetical --------------------------------------------------
    ("inverted-said-unnamed", "The talks have stalled, said a senior diplomat.",
     "stalled", "indirect", ["The talks have stalled"], "a senior diplomat", "a senior diplomat", False),
    ("inverted-x-said", "The talks have stalled, the diplomat said.",
     "stalled", "indirect", ["The talks have stalled"], "the diplomat", "the diplomat", False),
    ("inverted-said-name-apposition", "The plan is unrealistic, said Mara Ellis, the opposition leader.",
     "unrealistic", "indirect", ["The plan is unrealistic"], "Mara Ellis", "Mara Ellis", True),
    ("parenthetical", KOROV + "The talks, Korov said, would resume in May.",
     "resume", "indirect", ["The talks", "would resume in May"], "Korov", "Ivan Korov", True),
    ("apposition-before-cue", "Jane Whitford, the company's chief executive, said sales would double.",
     "sales", "indirect", ["sales would double"], "Jane Whitford, the company's chief executive", "Jane Whitford", True),
    ("apposition-name-second", "A lawyer for the newspaper, David Schulz, said no decision had been made.",
     "decision", "indirect", ["no decision had been made"], "A lawyer for the newspaper, David Schulz", "David Schulz", True),
    ("bracket-before-cue", "Sen. Nora Pike (D-Ore.) said the bill would pass.",
     "bill", "indirect", ["the bill would pass"], "Sen. Nora Pike (D-Ore.)", "Nora Pike", True),
    # --- according to --------------------------------------------------------------------
    ("according-to-front", "According to the Valmoran Interior Ministry, 42 people were arrested.",
     "arrested", "according_to", ["42 people were arrested"], "the Valmoran Interior Ministry", "Valmoran Interior Ministry", True),
    ("according-to-end", "Forty people were arrested overnight, according to police.",
     "arrested", "according_to", ["Forty people were arrested overnight"], "police", "police", False),
    ("according-to-middle", "The convoy, according to witnesses, was hit twice.",
     "convoy", "according_to", ["The convoy", "was hit twice"], "witnesses", "witnesses", False),
    # --- unnamed and passive -----------------------------------------------------------
    ("unnamed-officials-say", "US officials say the drills will continue through June.",
     "drills", "indirect", ["the drills will continue through June"], "US officials", "US officials", False),
    ("unnamed-source-close-to", "A source close to the ministry said the minister would resign.",
     "resign", "indirect", ["the minister would resign"], "A source close to the ministry", "A source close to the ministry", False),
    ("unnamed-analysts", "Analysts said the currency could fall further.",
     "currency", "indirect", ["the currency could fall further"], "Analysts", "Analysts", False),
    ("passive-announced", "It was announced that the summit would be postponed.",
     "summit", "indirect", ["that the summit would be postponed"], None, None, False),
    # --- speaker resolution ------------------------------------------------------------
    ("pronoun-he", "Ivan Korov arrived in Harlow on Monday. He said the visit was routine.",
     "routine", "indirect", ["the visit was routine"], "He", "Ivan Korov", True),
    ("pronoun-she-skips-mr", "Mara Ellis met Mr. Tomas Brandt on Monday. She said the meeting went well.",
     "meeting", "indirect", ["the meeting went well"], "She", "Mara Ellis", True),
    ("pronoun-he-not-from-quote", "Ivan Korov spoke in Harlow.\n\n“I told Mara Ellis the truth,” he said.",
     "truth", "direct", ["“I told Mara Ellis the truth,”"], "he", "Ivan Korov", True),
    ("pronoun-it-org", BRIGHT + "It said demand had slumped in every market.",
     "demand", "indirect", ["demand had slumped in every market"], "It", "Brightwater Systems Inc.", True),
    ("pronoun-they-group", "US officials said the talks were useful. They said a deal was close.",
     "deal", "indirect", ["a deal was close"], "They", "US officials", False),
    ("role-minister", KOROV + "The minister said the troops were ready.",
     "ready", "indirect", ["the troops were ready"], "The minister", "Ivan Korov", True),
    ("role-from-apposition", "Jane Whitford, Brightwater's chief executive, spoke on Monday. The chief executive said sales would double.",
     "double", "indirect", ["sales would double"], "The chief executive", "Jane Whitford", True),
    ("role-generic-leader", "President Arkady Sorin addressed parliament on Monday. The Valmoran leader said the war would end soon.",
     "war", "indirect", ["the war would end soon"], "The Valmoran leader", "Arkady Sorin", True),
    ("role-company", BRIGHT + "The company said demand had slumped.",
     "slumped", "indirect", ["demand had slumped"], "The company", "Brightwater Systems Inc.", True),
    ("role-spokesman-inverted", "Ministry spokesman Pavel Dren held a briefing.\n\n“It is a dark day,” said the spokesman.",
     "dark day", "direct", ["“It is a dark day,”"], "the spokesman", "Pavel Dren", True),
    ("role-bank", "The Bank of Valmora raised rates on Monday. The bank said inflation would peak in June.",
     "inflation", "indirect", ["inflation would peak in June"], "The bank", "Bank of Valmora", True),
]


def _pick(statements: list[Statement], needle: str) -> Statement:
    hits = [s for s in statements if any(needle in c.text for c in s.content)]
    assert hits, f"no statement holds {needle!r}: {statements}"
    return hits[0]


@pytest.mark.parametrize(
    "text,pick,kind,contents,source,speaker,named", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_statement_case(text, pick, kind, contents, source, speaker, named):
    st = _pick(find_statements(text), pick)
    assert st.kind == kind
    assert [c.text for c in st.content] == contents
    assert (st.source.text if st.source else None) == source
    assert st.speaker == speaker
    assert st.speaker_named is named
    for span in (*st.content, st.cue, st.source, st.speaker_span, st.sentence):
        if span is not None:
            assert text[span.start : span.end] == span.text


def test_enough_cases():
    assert len(CASES) >= 50


def test_version_is_public():
    assert EXTRACTOR_VERSION == "statements/9"


def test_cues_are_reported():
    text = KOROV + "Korov told Reuters that the deal was dead. Brightwater said in a statement that it would cut jobs."
    cues = [s.cue.text for s in find_statements(text) if s.cue]
    assert cues == ["told Reuters", "said in a statement"]


def test_cue_less_quote_in_new_paragraph_keeps_speaker():
    text = KOROV + "Korov said the talks had failed.\n\n“There is nothing left to discuss. We are going home.”"
    sts = find_statements(text)
    last = _pick(sts, "going home")
    assert last.kind == "direct" and last.cue is None and last.source is None
    assert last.speaker == "Ivan Korov"


def test_no_statement_in_plain_or_scare_quoted_text():
    assert find_statements("The bridge was completed in 2019 and carries 40,000 vehicles a day.") == []
    assert find_statements("The so-called “peace dividend” never arrived.") == []
    assert find_statements("") == []


def test_statements_in_text_order():
    text = KOROV + ELLIS + "Korov said the army was ready. Ellis said the army was exhausted."
    sts = find_statements(text)
    assert [s.speaker for s in sts] == ["Ivan Korov", "Mara Ellis"]
    assert sts[0].content[0].start < sts[1].content[0].start
