"""currency_before's quick test before its regex must never change an answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extract.quantities import units
from newsclaims.extract.quantities.units import currency_before

# every character the prefix patterns are written with, white space, letters and digits
_PATTERN_CHARS = sorted({c for pattern, _ in units._PREFIX_TABLE for c in pattern if not c.isspace()} - set("\\?:|()"))
_ALPHABET = st.sampled_from([*_PATTERN_CHARS, " ", "\u00a0", "\n", "\t", "a", "x", "Z", "0", "5", ",", "-"])
_PREFIXES = st.sampled_from(["$", "US$", "USD ", "USD\n", "USD \n", "USD\n\n", "USD  \n", "USD\t\u00a0\n", "Rs.", "Rs ", "SFr.", "zł ", "Y=",
                             "PS", "€ ", "£", "C$", "A$ ", "Mex$", "NT$", "R$", "RM", "SEK ", "kr", "FIRM"])


def _regex_only(text: str, start: int) -> tuple[int, str] | None:
    saved = units._PREFIX_ENDS
    units._PREFIX_ENDS = frozenset(text)  # every character passes: the regex alone decides
    try:
        return currency_before(text, start)
    finally:
        units._PREFIX_ENDS = saved


@settings(max_examples=500)
@given(st.lists(st.one_of(_ALPHABET, _PREFIXES), max_size=8).map("".join))
def test_quick_test_agrees_with_the_regex(before: str) -> None:
    text = before + "5"
    assert currency_before(text, len(before)) == _regex_only(text, len(before))


def test_prefixes_are_found():
    for text, code in (("$5", "USD"), ("USD\n5", "USD"), ("Rs. 5", "INR"), ("SFr.5", "CHF"), ("zł 5", "PLN")):
        assert currency_before(text, len(text) - 1)[1] == code, text
