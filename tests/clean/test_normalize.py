"""Canonical normalisation: the rules every stored offset depends on."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsclaims.clean.normalize import normalize_text, text_fingerprint, word_tokens

# Text biased towards the characters normalisation cares about.
_TRICKY = st.sampled_from(
    list(" \t\n\r\x0b\x0c\x85\u2028\u2029\xa0\u2009\u202f\u3000\u200b\u200d\u00ad\ufeff\u202e\x00\x1b")
    + ["e\u0301", "\u0301", "\u212b", "\u2000", "“", "”", "—", "…", "\r\n", "\n\n\n", "  ", "ﬁ", "\ud800"]
)
_TEXT = st.lists(st.one_of(st.text(max_size=8), _TRICKY), max_size=40).map("".join)


@settings(max_examples=400)
@given(_TEXT)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=300)
@given(st.text())
def test_normalize_idempotent_on_arbitrary_unicode(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=400)
@given(_TEXT)
def test_normalized_shape(text: str) -> None:
    out = normalize_text(text)
    assert "\r" not in out and "\t" not in out
    assert "\n\n\n" not in out
    assert "  " not in out
    assert out == out.strip()
    for line in out.split("\n"):
        assert line == line.strip(" ")
    # No invisible or control characters other than the newline survive.
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff\ud800-\udfff]", out)


def test_line_endings_and_paragraphs() -> None:
    text = "  Headline here \r\n\r\n\r\nFirst line\rsecond line\u2028third\u2029Next para  \n \n\n  Last\t para "
    assert normalize_text(text) == "Headline here\n\nFirst line\nsecond line\nthird\n\nNext para\n\nLast para"


def test_spaces_and_invisible_characters() -> None:
    text = "The\xa0army\u2009bought  40\u202ftanks, gov\u00adern\u200bment said\ufeff.\x00"
    assert normalize_text(text) == "The army bought 40 tanks, government said."


def test_nfc_but_not_nfkc_and_quotes_kept() -> None:
    text = "Cafe\u0301 \u201cWe will win\u201d \u2014 \u2018fine\u2019 \ufb01nance \u00bd \u2026"
    out = normalize_text(text)
    assert out == "Caf\u00e9 \u201cWe will win\u201d \u2014 \u2018fine\u2019 \ufb01nance \u00bd \u2026"


def test_invisible_between_base_and_mark_composes() -> None:
    assert normalize_text("e\u200b\u0301") == "\u00e9"


def test_empty_and_blank() -> None:
    assert normalize_text("") == ""
    assert normalize_text(" \n\t\r\n\u200b ") == ""


@settings(max_examples=200)
@given(st.lists(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=8), min_size=1, max_size=12))
def test_fingerprint_ignores_whitespace_case_and_punctuation(words: list[str]) -> None:
    # Case changes that Unicode itself does not round-trip (Turkish dotless i) are out of scope.
    assume(all(w.upper().casefold() == w.casefold() for w in words))
    plain = " ".join(words)
    noisy = "\n\n  ".join(w.upper() + ",\t" for w in words) + " !!"
    assert text_fingerprint(plain) == text_fingerprint(noisy)


def test_fingerprint_examples() -> None:
    a = "The ministry said: \u201cWe will buy 40 helicopters.\u201d"
    b = "the  MINISTRY said\n\nwe will buy 40 helicopters"
    c = "The ministry said: \u201cWe will buy 41 helicopters.\u201d"
    assert text_fingerprint(a) == text_fingerprint(b)
    assert text_fingerprint(a) != text_fingerprint(c)
    assert re.fullmatch("[0-9a-f]{64}", text_fingerprint(a))
    assert text_fingerprint("gov\u00adern\u200bment") == text_fingerprint("Government")


def test_word_tokens() -> None:
    assert word_tokens("The Army's \u201cnew\u201d 2.1-billion deal") == ["the", "army", "s", "new", "2", "1", "billion", "deal"]
    assert word_tokens("STRA\u00dfE \ufb01le") == ["strasse", "file"]
    assert word_tokens("") == []
