"""Property tests: find_quantities never raises and every span it returns is exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extract.quantities import find_quantities

_PIECES = [
    "more than", "about", "nearly", "up to", "between", "and", "to", "from", "-", "–", "$", "£", "€",
    "US$", "C$", "1,500", "2.38", "million", "bn", "m", "k", "250,000", "40", "50", "9.6", "%",
    "percent", "per cent", "percentage points", "basis points", "tens of thousands", "dozens", "half",
    "a third", "two-thirds", "three times", "doubled", "twenty-five", "one hundred and fifty", "a dozen",
    "tanks", "artillery shells", "per month", "a year", "annually", "year-on-year", "rose", "fell by",
    "a 12% drop", "March 3, 2026", "in 2024", "09:30", "21st", "[1]", "F-16", "155mm", "shells",
    "Article 5", "12 comments", "rubles", "yuan", "km", "tonnes", "barrels a day", "or more", ",", ".",
    "\n\n", "\u00a0", "(", ")", "'s", "minus", "+", "0", "1 234", "1/2", "one in five",
]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_text_spans_are_exact(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        for span in (q.item, q.period_span):
            if span is not None:
                assert text[span.start:span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from([" ", "", "  "]))
def test_news_like_text_spans_are_exact(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    previous_end = 0
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.start >= previous_end  # figures never overlap
        previous_end = q.end
        for span in (q.item, q.period_span):
            if span is not None:
                assert text[span.start:span.end] == span.text
        if q.kind == "range":
            assert q.value is None and q.low is not None and q.high is not None
        if q.period is not None:
            assert q.annualised is not None
