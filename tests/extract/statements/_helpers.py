"""Shared checks for the statement tests."""

from __future__ import annotations

from newsclaims.extract.statements import Statement, find_statements


def one_statement(text: str, cue: str) -> Statement:
    """The one statement of ``text`` whose cue reads ``cue``, with every span checked
    against the text it points into."""
    hits = [s for s in find_statements(text) if s.cue is not None and s.cue.text == cue]
    assert len(hits) == 1, f"expected one statement with cue {cue!r}: {find_statements(text)}"
    st = hits[0]
    for span in (st.cue, st.source, *st.content):
        if span is not None:
            assert text[span.start : span.end] == span.text
    return st
