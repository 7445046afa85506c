"""Properties on arbitrary text: spans read back, splitter spans are ordered, nothing raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extract.sentences import split_sentences
from newsclaims.extract.statements import find_statements

_WORDS = st.sampled_from(
    ["Korov", "said", "told", "Reuters", "that", "the", "minister", "he", "she", "it", "they",
     "according", "to", "officials", "“", "”", '"', "''", ",", ".", ":", "?", "!", "\n", "\n\n",
     "Mr.", "U.S.", "3.5", "and", "added", "(", ")", "Inc.", "warned", "it", "was", "announced",
     "The", "company", "a", "source", "close", "—"]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_WORDS, max_size=80).map(" ".join),
    st.lists(_WORDS, max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_splitter_spans_ordered_within_bounds(text):
    spans = split_sentences(text)
    prev_end = 0
    for s, e in spans:
        assert 0 <= prev_end <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
        prev_end = e


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_statement_spans_read_back(text):
    for stmt in find_statements(text):
        assert stmt.content
        spans = [*stmt.content, stmt.cue, stmt.source, stmt.speaker_span, stmt.sentence]
        for span in spans:
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert stmt.kind in ("direct", "indirect", "mixed", "according_to")
        if stmt.speaker is None:
            assert stmt.speaker_span is None and not stmt.speaker_named
