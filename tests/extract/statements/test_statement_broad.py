"""Broad attribution shapes (extractor statements/3): raising verbs, question frames,
poll frames, nominal cues, subject participles, one-name stance objects, a participle
after a quoted statement, and a later clause with a source of its own.

Every text is invented (fictional people, places and outlets).
"""

from __future__ import annotations

from newsclaims.extract.statements import Statement, find_statements


def _pick(statements: list[Statement], needle: str) -> Statement:
    hits = [s for s in statements if any(needle in c.text for c in s.content)]
    assert hits, f"no statement holds {needle!r}: {statements}"
    return hits[0]


def _contents(st: Statement) -> list[str]:
    return [c.text for c in st.content]


def _check_offsets(text: str, statements: list[Statement]) -> None:
    for st in statements:
        for span in (*st.content, st.cue, st.source, st.speaker_span, st.sentence):
            if span is not None:
                assert text[span.start : span.end] == span.text


# --- raising verbs -------------------------------------------------------------------

def test_is_expected_to_gives_subject_and_complement_without_source():
    text = "The Harlow bridge tender is widely expected to collapse before the winter session."
    sts = find_statements(text)
    st = _pick(sts, "collapse")
    assert st.source is None and st.speaker is None
    assert st.cue is not None and st.cue.text == "is widely expected"
    assert _contents(st) == ["The Harlow bridge tender", "to collapse before the winter session"]
    _check_offsets(text, sts)


def test_seemed_reports_a_view():
    text = "By the third round of talks, the Ostland delegation seemed ready to walk out."
    st = _pick(find_statements(text), "walk out")
    assert st.cue is not None and st.cue.text == "seemed"
    assert _contents(st)[-1] == "ready to walk out"


def test_appeared_in_a_place_is_no_statement():
    assert find_statements("Mayor Ilse Varga appeared on Valmora Radio on Sunday morning.") == []
    assert find_statements("The minister appeared before the committee for three hours.") == []


def test_expected_without_to_is_no_statement():
    assert find_statements("Turnout was lower than expected in the northern districts.") == []


# --- question frames ------------------------------------------------------------------

def test_asked_whether_frame_is_its_own_statement_and_not_the_answer():
    text = "Asked whether the port would reopen, Harbour Master Lena Dahl said the cranes were still under repair."
    sts = find_statements(text)
    asked = _pick(sts, "port would reopen")
    assert asked.cue is not None and asked.cue.text == "Asked" and asked.source is None
    answer = _pick(sts, "cranes")
    assert answer.source is not None and answer.source.text == "Harbour Master Lena Dahl"
    assert all("reopen" not in c.text for c in answer.content)
    _check_offsets(text, sts)


def test_asked_frame_without_an_answer_reports_nothing():
    assert find_statements("Asked whether the port would reopen, Lena Dahl shrugged and walked away.") == []


# --- poll frames ----------------------------------------------------------------------

def test_in_a_poll_frame_names_the_poll_as_source():
    text = "In a Norvik Institute poll released Sunday, 41 percent of voters backed the canal levy."
    st = _pick(find_statements(text), "41 percent")
    assert st.kind == "according_to"
    assert st.source is not None and st.source.text == "a Norvik Institute poll released Sunday"
    assert _contents(st) == ["41 percent of voters backed the canal levy"]


def test_in_a_place_frame_is_no_poll():
    assert find_statements("In a small village near Harlow, 41 percent of the houses lack running water.") == []
    assert find_statements("In offering an analysis of the budget, the clerk counted 41 missing invoices.") == []


# --- nominal cues ---------------------------------------------------------------------

def test_possessive_nominal_cue():
    text = "Senator Aldo Pirrin’s criticism of the grain deal has split his own party."
    st = _pick(find_statements(text), "grain deal")
    assert st.source is not None and st.source.text == "Senator Aldo Pirrin’s"
    assert st.cue is not None and st.cue.text == "criticism of"
    assert _contents(st) == ["the grain deal"]


def test_nominal_cue_without_a_possessor_is_no_statement():
    assert find_statements("The criticism of the grain deal has split the party.") == []
    assert find_statements("Demand for steel fell in March.") == []


# --- subject participles and chained participles ----------------------------------------

def test_participle_takes_the_clause_subject_as_source():
    text = "The Ostland navy used the drills as a pretext, saying the strait was a legitimate training area."
    st = _pick(find_statements(text), "strait")
    assert st.source is not None and st.source.text == "The Ostland navy"
    assert st.cue is not None and st.cue.text == "saying"


def test_participle_after_a_leading_frame_skips_the_frame():
    text = "In a column last week, two Valmora economists urged caution, arguing that rates would rise."
    sts = find_statements(text)
    st = _pick(sts, "rates would rise")
    assert st.source is None or st.source.text not in ("In", "In a column last week")


def test_participle_after_quote_and_inverted_source_is_a_second_statement():
    text = "“It is a sound plan,” said Ed Ranulf, a former governor, referring to the canal levy."
    sts = find_statements(text)
    quote = _pick(sts, "sound plan")
    assert _contents(quote) == ["“It is a sound plan,”"]
    ref = _pick(sts, "canal levy")
    assert ref.cue is not None and ref.cue.text == "referring to"
    assert _contents(ref) == ["the canal levy"]
    assert ref.speaker == "Ed Ranulf"


def test_participle_right_after_paren_cue_is_not_content():
    text = "“You squeezed the staff,” she said, referencing the bank’s sales targets."
    sts = find_statements(text)
    quote = _pick(sts, "squeezed")
    assert all("sales targets" not in c.text for c in quote.content)
    assert _pick(sts, "sales targets").cue.text == "referencing"


# --- stance verbs ---------------------------------------------------------------------

def test_endorsed_one_name():
    text = "Governor Ada Lusk endorsed Vance on Thursday."
    st = _pick(find_statements(text), "Vance")
    assert st.source is not None and st.source.text == "Governor Ada Lusk"
    assert _contents(st) == ["Vance"]


def test_stance_verb_with_one_common_word_is_no_statement():
    assert find_statements("The committee supported unanimously.") == []


def test_accused_object_belongs_to_the_cue():
    text = "Ostland accused the northern leader, Kim Dal, of “fanatic recklessness.”"
    st = _pick(find_statements(text), "fanatic")
    assert st.cue is not None and st.cue.text == "accused the northern leader, Kim Dal,"
    assert _contents(st) == ["of “fanatic recklessness.”"]


def test_time_phrase_after_cue_is_not_content():
    text = "Holt tweeted in the early morning hours that the audit was “a hoax.”"
    st = _pick(find_statements(text), "hoax")
    assert _contents(st) == ["that the audit was “a hoax.”"]


def test_later_clause_with_its_own_source_is_a_second_statement():
    text = "Mayor Ilse Varga praised the harbour board, who said the new cranes would arrive in June."
    sts = find_statements(text)
    praise = _pick(sts, "harbour board")
    assert all("cranes" not in c.text for c in praise.content)
    said = _pick(sts, "cranes")
    assert said.cue is not None and said.cue.text == "said"
    _check_offsets(text, sts)
